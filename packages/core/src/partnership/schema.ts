import { z } from 'zod';
import { ActorTypeId } from '../actors/schema.js';
import { InstrumentId, Theme } from '../conventions/schema.js';
import { InterventionLevel, InterventionTypeId, Place } from '../interventions/schema.js';
import { PathfinderLessonId } from '../pathfinders/schema.js';
import { PartialDate, SeedReference } from '../shared/evidence.js';

// ---- building blocks ---------------------------------------------------------

/** Text that is not blank. */
const Text = z.string().regex(/\S/, { error: 'Must not be blank.' });

/** A partner's name as written in `partners` (checked against that list when a plan is parsed). */
const PartnerName = Text.meta({ description: 'The name of a partner, exactly as in `partners`.' });

/** A year (`2027`) or a date (`2027-06`, `2027-06-30`). */
const PlanDate = z.union([z.int().min(1900).max(2200), PartialDate], {
  error: 'Expected a year such as 2027 or a date such as 2027-06-30.',
});

/** A value people may write as a number or as words (`35%`, `12 districts`). */
const Amount = z.union([z.number(), Text], { error: 'Expected a number or a short text.' });

// ---- the plan ----------------------------------------------------------------

/**
 * The forms of exploitation a plan addresses; the same words the conventions module uses for its
 * themes.
 *
 * @category model
 */
export const Exploitation = Theme;
/** @category model */
export type Exploitation = z.infer<typeof Exploitation>;

/**
 * The shared aim and agreed concepts (seed 000, "Making a partnership work": agree on concepts,
 * the type of exploitation and how to address it, and have a shared aim).
 *
 * @category model
 */
export const PlanAim = z.strictObject({
  statement: Text.meta({ description: 'The shared aim, in one or two sentences.' }),
  exploitation: z.array(Exploitation).min(1).optional().meta({
    description:
      'The forms of exploitation addressed: child-labour, forced-labour, trafficking, migrant-workers.',
  }),
  concepts: Text.optional().meta({
    description: 'The concepts and definitions the partners agreed (what counts as the problem).',
  }),
  approach: Text.optional().meta({ description: 'How the partners agreed to address it.' }),
  agreedBy: z.array(PartnerName).optional().meta({
    description: 'The partners that have agreed the aim and concepts.',
  }),
});
/** @category model */
export type PlanAim = z.infer<typeof PlanAim>;

/** @category model */
export const PlanArea = z.strictObject({
  name: Text.meta({ description: 'A district, province, corridor or site.' }),
  place: Place.optional(),
  country: Text.optional(),
});
/** @category model */
export type PlanArea = z.infer<typeof PlanArea>;

/** @category model */
export const TargetGroup = z.strictObject({
  name: Text,
  people: z
    .array(z.enum(['children', 'adults']))
    .min(1)
    .meta({ description: 'children, adults or both.' }),
  situation: z.enum(['at-risk', 'victims', 'at-risk-and-victims']).optional().meta({
    description: 'Whether the group is at risk, already victims, or both.',
  }),
  description: Text.optional(),
});
/** @category model */
export type TargetGroup = z.infer<typeof TargetGroup>;

/**
 * Which ministry or public body a government partner is; the Pathfinder lessons ask for
 * ministries beyond labour.
 *
 * @category model
 */
export const Ministry = z
  .enum([
    'labour',
    'interior',
    'justice',
    'foreign-affairs',
    'education',
    'social-welfare',
    'women-children',
    'health',
    'agriculture',
    'planning-finance',
    'statistics',
    'local-government',
    'other',
  ])
  .meta({ description: 'For a government partner: which ministry or public body it is.' });
/** @category model */
export type Ministry = z.infer<typeof Ministry>;

/** @category model */
export const FocalPoint = z.strictObject({
  name: Text,
  role: Text.optional(),
  contact: Text.optional(),
  timeInJobDescription: Text.optional().meta({
    description:
      'How much of the post goes to the partnership, and whether it is written into the job description.',
  }),
});
/** @category model */
export type FocalPoint = z.infer<typeof FocalPoint>;

/** @category model */
export const Partner = z.strictObject({
  name: Text,
  actorType: ActorTypeId,
  ministry: Ministry.optional(),
  organisation: Text.optional().meta({
    description: 'For an international organisation: which one (ILO, IOM, UNICEF, UNODC, OHCHR…).',
  }),
  country: Text.optional(),
  responsibilities: z.array(Text).optional().meta({
    description: 'What this partner is responsible for in the partnership.',
  }),
  focalPoint: FocalPoint.optional(),
});
/** @category model */
export type Partner = z.infer<typeof Partner>;

/** @category model */
export const OutreachPartner = z.strictObject({
  name: Text,
  actorType: ActorTypeId.optional(),
  areas: z.array(Text).optional().meta({ description: 'The areas (from `areas`) it works in.' }),
  role: Text.optional(),
});
/** @category model */
export type OutreachPartner = z.infer<typeof OutreachPartner>;

/** @category model */
export const PlanIntervention = z.strictObject({
  name: Text,
  type: InterventionTypeId,
  level: InterventionLevel,
  places: z.array(Place).min(1),
  countries: z.array(Text).optional(),
  lead: PartnerName.optional().meta({ description: 'The partner that leads it.' }),
  supporting: z.array(PartnerName).optional(),
  targetGroups: z.array(Text).optional().meta({
    description: 'The target groups (from `targetGroups`) it reaches.',
  }),
  description: Text.optional(),
});
/** @category model */
export type PlanIntervention = z.infer<typeof PlanIntervention>;

/** @category model */
export const Baseline = z.strictObject({
  status: z.enum(['collected', 'planned', 'none']).meta({
    description: 'Whether local baseline data has been collected, is planned, or is not planned.',
  }),
  description: Text.optional(),
  date: PlanDate.optional(),
  by: PartnerName.optional(),
});
/** @category model */
export type Baseline = z.infer<typeof Baseline>;

/** @category model */
export const Monitoring = z.strictObject({
  mechanism: Text.meta({ description: 'How progress is tracked.' }),
  frequency: Text.optional(),
  responsible: PartnerName.optional(),
});
/** @category model */
export type Monitoring = z.infer<typeof Monitoring>;

/** @category model */
export const Indicator = z.strictObject({
  name: Text,
  baseline: Amount.optional(),
  target: Amount.optional(),
  by: PlanDate.optional(),
  owner: PartnerName.optional().meta({
    description: 'The partner whose mandate covers this target.',
  }),
});
/** @category model */
export type Indicator = z.infer<typeof Indicator>;

/** @category model */
export const LearningEvent = z.strictObject({
  name: Text,
  frequency: Text.optional().meta({ description: 'How often: quarterly, twice a year…' }),
  participants: z.array(Text).optional(),
});
/** @category model */
export type LearningEvent = z.infer<typeof LearningEvent>;

/** @category model */
export const Leader = z.strictObject({
  name: Text,
  organisation: PartnerName.optional(),
  approach: Text.optional().meta({
    description: 'How they lead: what makes them motivating and non-threatening to the partners.',
  }),
});
/** @category model */
export type Leader = z.infer<typeof Leader>;

/** @category model */
export const Legitimacy = z.strictObject({
  champions: z.array(Text).optional().meta({
    description: 'Well-respected people who speak for the partnership.',
  }),
  publicity: Text.optional().meta({ description: 'Targeted publicity about the partnership.' }),
});
/** @category model */
export type Legitimacy = z.infer<typeof Legitimacy>;

/** @category model */
export const LeadInstitution = z.strictObject({
  name: PartnerName.meta({ description: 'The lead ministry or agency, as named in `partners`.' }),
  country: Text.optional().meta({ description: 'The lead country, for a cross-border plan.' }),
});
/** @category model */
export type LeadInstitution = z.infer<typeof LeadInstitution>;

/** @category model */
export const ExternalPressure = z.strictObject({
  source: Text.meta({
    description: 'Where it comes from: supervisory comments, a regional body, buyers, donors…',
  }),
  description: Text.optional(),
});
/** @category model */
export type ExternalPressure = z.infer<typeof ExternalPressure>;

/** @category model */
export const Coordination = z.strictObject({
  unit: Text.meta({ description: 'The coordination unit or secretariat.' }),
  hostedBy: PartnerName.optional(),
  staff: Text.optional(),
  meetings: Text.optional().meta({ description: 'How often the partners meet.' }),
});
/** @category model */
export type Coordination = z.infer<typeof Coordination>;

/** @category model */
export const FundingSource = z.strictObject({
  funder: Text,
  status: z.enum(['secured', 'pledged', 'sought']),
  amount: Amount.optional(),
  covers: Text.optional().meta({ description: 'What it pays for (coordination, activities…).' }),
});
/** @category model */
export type FundingSource = z.infer<typeof FundingSource>;

/** @category model */
export const Funding = z.strictObject({
  sources: z.array(FundingSource).optional(),
  resourceMobilisation: Text.optional().meta({
    description: 'The strategy for mobilising the resources the priority actions need.',
  }),
});
/** @category model */
export type Funding = z.infer<typeof Funding>;

/** @category model */
export const MemberRules = z.strictObject({
  decisionMaking: Text.optional(),
  membership: Text.optional().meta({
    description: 'Joining, leaving and what members commit to.',
  }),
  dataSharing: Text.optional(),
  communication: Text.optional(),
  other: z.array(Text).optional(),
});
/** @category model */
export type MemberRules = z.infer<typeof MemberRules>;

/**
 * Where a partnership works: within one country, across borders, or both (seed 000, "What should
 * a partnership against trafficking focus on?").
 *
 * @example
 * import { PartnershipGeography } from '@target87/core';
 * PartnershipGeography.parse('cross-border');
 * @category model
 */
export const PartnershipGeography = z.enum(['in-country', 'cross-border', 'both']);
/** @category model */
export type PartnershipGeography = z.infer<typeof PartnershipGeography>;

/**
 * The plan's answers to seed 000's focus questions.
 *
 * @category model
 */
export const Focus = z.strictObject({
  level: z.enum(['policy', 'outreach', 'both']).optional().meta({
    description: 'Broad policy (enabling) initiatives, outreach (direct assistance), or both.',
  }),
  geography: PartnershipGeography.optional(),
  places: z.array(Place).min(1).optional(),
  market: z.enum(['supply', 'demand', 'both']).optional().meta({
    description: 'Addressing supply, demand or both.',
  }),
  target: z.enum(['people', 'traffickers', 'both']).optional().meta({
    description:
      'Assisting people (at risk or victims), fighting traffickers (recruiters, intermediaries, clients, unscrupulous employers), or both.',
  }),
  interventionTypes: z.array(InterventionTypeId).min(1).optional(),
  labourAngle: Text.optional().meta({
    description: 'How the plan keeps the labour (exploitation) angle in view.',
  }),
});
/** @category model */
export type Focus = z.infer<typeof Focus>;

/** @category model */
export const EndorsementLevel = z.enum([
  'head-of-state-or-government',
  'cabinet',
  'minister',
  'senior-official',
  'none',
]);
/** @category model */
export type EndorsementLevel = z.infer<typeof EndorsementLevel>;

/** @category model */
export const Endorsement = z.strictObject({
  level: EndorsementLevel,
  by: Text.optional(),
  date: PlanDate.optional(),
});
/** @category model */
export type Endorsement = z.infer<typeof Endorsement>;

/** @category model */
export const NationalFocalPoint = z.strictObject({
  name: Text,
  institution: PartnerName.optional(),
  role: Text.optional(),
});
/** @category model */
export type NationalFocalPoint = z.infer<typeof NationalFocalPoint>;

/** @category model */
export const PlanStandards = z.strictObject({
  workUnder: z.array(InstrumentId).optional().meta({
    description: 'The instruments the partnership works under: C29, P29, C138, C182, C97, C143…',
  }),
  ratificationAdvocacy: Text.optional().meta({
    description: 'What the partnership will do where a country has not ratified them.',
  }),
});
/** @category model */
export type PlanStandards = z.infer<typeof PlanStandards>;

/** @category model */
export const Safeguard = z.strictObject({
  description: Text,
  responsible: PartnerName.optional(),
});
/** @category model */
export type Safeguard = z.infer<typeof Safeguard>;

/** @category model */
export const Safeguards = z.strictObject({
  referralPathway: Safeguard.optional().meta({
    description: 'How victims are identified and referred to services, and by whom.',
  }),
  bestInterestsOfTheChild: Safeguard.optional(),
  dataConfidentiality: Safeguard.optional().meta({
    description: "How victims' personal data is kept confidential.",
  }),
  survivorCentred: Safeguard.optional().meta({
    description: 'How the work puts survivors first (consent, non-punishment, remedies).',
  }),
});
/** @category model */
export type Safeguards = z.infer<typeof Safeguards>;

// ---- criteria ----------------------------------------------------------------

/**
 * The groups of criteria a plan is checked against.
 *
 * @category model
 */
export const checkGroupIds = [
  'work',
  'facilitate',
  'complementarity',
  'focus',
  'matrix',
  'standards',
  'pathfinder',
  'safeguards',
] as const;

/** @category model */
export const CheckGroupId = z.enum(checkGroupIds).brand<'CheckGroupId'>();
/** @category model */
export type CheckGroupId = z.infer<typeof CheckGroupId>;
/** A group id without its brand, to index records keyed by group. @category model */
export type CheckGroupKey = (typeof checkGroupIds)[number];

/**
 * Every criterion, `group.name`. The order is the order of the report.
 *
 * @category model
 */
export const criterionIds = [
  'work.shared-aim',
  'work.responsibilities',
  'work.areas-and-groups',
  'work.local-outreach-partners',
  'work.baseline',
  'work.monitoring',
  'work.indicators',
  'work.learning-events',
  'facilitate.leader',
  'facilitate.legitimacy',
  'facilitate.lead-institution',
  'facilitate.external-pressure',
  'facilitate.focal-points',
  'facilitate.coordination-unit',
  'facilitate.funding',
  'facilitate.coordination-time',
  'facilitate.member-rules',
  'complementarity.actor-types',
  'complementarity.roles-covered',
  'focus.questions',
  'focus.labour-angle',
  'matrix.cells-covered',
  'matrix.best-placed',
  'matrix.cross-border-reach',
  'standards.applicable',
  'standards.ratification',
  'pathfinder.endorsement',
  'pathfinder.national-focal-point',
  'pathfinder.ministries-beyond-labour',
  'pathfinder.social-partners-civil-society',
  'pathfinder.resource-mobilisation',
  'pathfinder.targets-within-mandates',
  'pathfinder.un-agencies',
  'pathfinder.statistics-and-research',
  'safeguards.referral-pathway',
  'safeguards.best-interests',
  'safeguards.data-confidentiality',
  'safeguards.survivor-centred',
] as const;

/**
 * A criterion's id, such as `work.shared-aim` or `safeguards.referral-pathway`.
 *
 * @example
 * import { CriterionId } from '@target87/core';
 * CriterionId.parse('work.baseline');
 * @category model
 */
export const CriterionId = z.enum(criterionIds).brand<'CriterionId'>();
/** @category model */
export type CriterionId = z.infer<typeof CriterionId>;
/** A criterion id without its brand, to index records keyed by criterion. @category model */
export type CriterionKey = (typeof criterionIds)[number];

/**
 * Where a criterion comes from: a seed document's section, an article of an instrument, or a
 * practitioners' publication.
 *
 * @category model
 */
export const CriterionSource = z.union([
  SeedReference,
  z.strictObject({
    instrument: InstrumentId,
    /** The article and paragraph, as `3` or `7(2)(b)`. */
    ref: z.string().min(1),
  }),
  z.strictObject({ publication: z.string().min(1), url: z.url() }),
]);
/** @category model */
export type CriterionSource = z.infer<typeof CriterionSource>;

/**
 * A group of criteria: id, title, a one-sentence summary and where it comes from.
 *
 * @category model
 */
export const CheckGroup = z.strictObject({
  id: CheckGroupId,
  title: z.string().min(1),
  summary: z.string().min(1),
  source: CriterionSource,
});
/** @category model */
export type CheckGroup = z.infer<typeof CheckGroup>;

/**
 * A criterion as data, separate from the function that checks a plan against it.
 *
 * @category model
 */
export const Criterion = z.strictObject({
  id: CriterionId,
  group: CheckGroupId,
  title: z.string().min(1),
  /** What the criterion asks, in one sentence. */
  summary: z.string().min(1),
  /** The question the quick self-assessment asks, answerable yes, partly, no or not applicable. */
  question: z.string().min(1),
  /** What to do when it is not met, in general terms (checks on a plan say it more precisely). */
  advice: z.string().min(1),
  source: CriterionSource,
  seeAlso: z.array(CriterionSource),
  /** Whether a plan or a rater may set it aside as not applicable (always with a reason). */
  mayBeNotApplicable: z.boolean(),
  /** The Pathfinder lesson (seed 003) this criterion checks or echoes, where there is one. */
  lesson: PathfinderLessonId.optional(),
  /** How people describe the gap when it is not met, to find good practices that speak to it. */
  gapKeywords: z.array(z.string().min(1)).min(1),
  /** When the check itself finds it does not apply, in plain words. */
  appliesWhen: z.string().min(1).optional(),
});
/** @category model */
export type Criterion = z.infer<typeof Criterion>;

/** @category model */
export const NotApplicable = z.strictObject({
  criterion: CriterionId,
  reason: Text.meta({ description: 'Why it does not apply to this partnership.' }),
});
/** @category model */
export type NotApplicable = z.infer<typeof NotApplicable>;

// ---- the plan document ---------------------------------------------------------

/**
 * A partnership plan: the document a team fills in (YAML or JSON) and the library scores. Only
 * `name` and `partners` are required, so that a draft can be scored and the report can say what
 * is missing.
 *
 * @category model
 */
export const PartnershipPlan = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows.' }),
    name: Text.meta({ description: 'The name of the partnership.' }),
    summary: Text.optional(),
    aim: PlanAim.optional(),
    issues: z
      .array(Text)
      .optional()
      .meta({ description: 'The problems the partnership takes on.' }),
    countries: z.array(Text).optional().meta({
      description: 'The countries it works in, by name or ISO alpha-3 code.',
    }),
    areas: z.array(PlanArea).optional(),
    targetGroups: z.array(TargetGroup).optional(),
    partners: z.array(Partner),
    localOutreachPartners: z.array(OutreachPartner).optional(),
    interventions: z.array(PlanIntervention).optional(),
    baseline: Baseline.optional(),
    monitoring: Monitoring.optional(),
    indicators: z.array(Indicator).optional(),
    learningEvents: z.array(LearningEvent).optional(),
    leader: Leader.optional(),
    legitimacy: Legitimacy.optional(),
    leadInstitution: LeadInstitution.optional(),
    externalPressure: z.array(ExternalPressure).optional(),
    coordination: Coordination.optional(),
    funding: Funding.optional(),
    rules: MemberRules.optional(),
    focus: Focus.optional(),
    endorsement: Endorsement.optional(),
    nationalFocalPoint: NationalFocalPoint.optional(),
    standards: PlanStandards.optional(),
    safeguards: Safeguards.optional(),
    notApplicable: z.array(NotApplicable).optional().meta({
      description: 'Criteria that do not apply to this partnership, each with the reason.',
    }),
  })
  .meta({
    title: 'Partnership plan',
    description:
      'A partnership against child labour, forced labour or trafficking, scored by @target87/core (seed 000, "Partnerships and cooperation").',
  });
/** @category model */
export type PartnershipPlan = z.infer<typeof PartnershipPlan>;

// ---- the quick self-assessment ----------------------------------------------------

/**
 * A quick self-assessment answer.
 *
 * @category model
 */
export const AnswerValue = z.enum(['yes', 'partly', 'no', 'not-applicable']);
/** @category model */
export type AnswerValue = z.infer<typeof AnswerValue>;

/** @category model */
export const Answer = z.strictObject({
  criterion: CriterionId,
  answer: AnswerValue,
  /** What the answer rests on; shown as evidence. */
  note: Text.optional(),
  /** Required for `not-applicable`. */
  reason: Text.optional(),
});
/** @category model */
export type Answer = z.infer<typeof Answer>;

/**
 * What a partnership is made of, as a chat form can ask it with a few menus: the kinds of actor
 * among its partners, the kinds of work it does, at which levels, in which places, and whether it
 * works across borders. Every fact is optional; each criterion these facts decide (the kinds of
 * actor, the roles and matrix cells covered, reach across borders...) is worked out from them by
 * the same rules as a plan's checks, instead of from a yes or no.
 *
 * @example
 * import { PartnershipMakeUp } from '@target87/core';
 * PartnershipMakeUp.parse({ actorTypes: ['government', 'ngo'], places: ['source'] });
 * @category model
 */
export const PartnershipMakeUp = z
  .strictObject({
    actorTypes: z.array(ActorTypeId).min(1).optional().meta({
      description: 'The kinds of actor among the partners, local outreach partners included.',
    }),
    interventionTypes: z.array(InterventionTypeId).min(1).optional().meta({
      description: 'The kinds of work the partnership does.',
    }),
    levels: z.array(InterventionLevel).min(1).optional().meta({
      description: 'The levels it works at: policy (enabling), outreach (direct assistance).',
    }),
    places: z.array(Place).min(1).optional().meta({
      description: 'Where along the route it works: source, transit, destination.',
    }),
    geography: PartnershipGeography.optional().meta({
      description: 'Whether it works within one country, across borders, or both.',
    }),
  })
  .meta({
    description:
      'What the partnership is made of. The criteria these facts decide are worked out from them, not from answers.',
  });
/** @category model */
export type PartnershipMakeUp = z.infer<typeof PartnershipMakeUp>;

/**
 * One question of the make-up as a chat form asks it: which field it fills, a title, the question,
 * whether several options may be picked, and the options (their values are the field's values).
 *
 * @example
 * import { makeUpQuestions } from '@target87/core';
 * makeUpQuestions[0]?.title; // 'Kinds of actor'
 * @category model
 */
export const MakeUpQuestion = z.strictObject({
  field: PartnershipMakeUp.keyof(),
  /** A few words, as a heading or to recall the answer: `Kinds of actor`. */
  title: z.string().min(1),
  question: z.string().min(1),
  /** Several options may be picked; otherwise exactly one. */
  multiple: z.boolean(),
  options: z
    .array(
      z.strictObject({
        value: z.string().min(1),
        label: z.string().min(1),
        description: z.string().min(1),
      }),
    )
    .min(1),
});
/** @category model */
export type MakeUpQuestion = z.infer<typeof MakeUpQuestion>;

/**
 * The quick self-assessment: one person's yes / partly / no / not-applicable answer to each
 * criterion's question, and optionally the partnership's make-up, which decides the criteria it
 * covers. Unanswered criteria count as `no`.
 *
 * @category model
 */
export const SelfAssessment = z.strictObject({
  $schema: z.string().optional(),
  partnership: Text.meta({ description: 'The name of the partnership being assessed.' }),
  rater: z
    .strictObject({ name: Text.optional(), organisation: Text.optional() })
    .optional()
    .meta({ description: 'Who answered, for combining several raters.' }),
  makeUp: PartnershipMakeUp.optional(),
  answers: z.array(Answer),
});
/** @category model */
export type SelfAssessment = z.infer<typeof SelfAssessment>;

// ---- findings: what the checks and the answers both produce -------------------------

/**
 * How far a criterion is met.
 *
 * @category model
 */
export const CheckStatus = z.enum(['met', 'partial', 'missing', 'not-applicable']);
/** @category model */
export type CheckStatus = z.infer<typeof CheckStatus>;

/**
 * Something in the input that a result rests on: where (`partners[2].focalPoint`, or
 * `answers[4]`) and what it says.
 *
 * @category model
 */
export const CheckEvidence = z.strictObject({
  path: z.string(),
  text: z.string().min(1),
});
/** @category model */
export type CheckEvidence = z.infer<typeof CheckEvidence>;

/**
 * How several raters answered one criterion.
 *
 * @category model
 */
export const RaterAgreement = z.strictObject({
  answers: z.array(
    z.strictObject({
      rater: z.string().min(1),
      answer: AnswerValue,
      /** Worked out from the rater's make-up rather than answered (met is yes, and so on). */
      fromMakeUp: z.boolean().optional(),
    }),
  ),
  /** Mean credit of the raters who found it applicable, 0 to 1. */
  mean: z.number().min(0).max(1),
  /** Highest minus lowest credit, 0 (all agree) to 1 (yes and no). */
  spread: z.number().min(0).max(1),
  standardDeviation: z.number().min(0),
  /** Flagged as one of the criteria the raters disagree on most. */
  disputed: z.boolean(),
});
/** @category model */
export type RaterAgreement = z.infer<typeof RaterAgreement>;

/**
 * One criterion's result before scoring: the shared form that both the plan checks and the quick
 * self-assessment produce, so that both are scored and reported the same way.
 *
 * @category model
 */
export const Finding = z.strictObject({
  criterion: CriterionId,
  status: CheckStatus,
  evidence: z.array(CheckEvidence),
  recommendation: z.string().min(1),
  /** Why it does not apply; set exactly when the status is `not-applicable`. */
  reason: z.string().min(1).optional(),
  /** Credit between 0 and 1 when it is not simply the profile's credit for the status (raters' mean). */
  credit: z.number().min(0).max(1).optional(),
  agreement: RaterAgreement.optional(),
});
/** @category model */
export type Finding = z.infer<typeof Finding>;

// ---- the report --------------------------------------------------------------------

/**
 * Readiness bands, lowest first.
 *
 * @category model
 */
export const bandIds = ['low', 'medium', 'high', 'very-high'] as const;
/** @category model */
export const BandId = z.enum(bandIds);
/** @category model */
export type BandId = z.infer<typeof BandId>;

/** @category model */
export const PracticeSuggestion = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  why: z.string().min(1),
  source: SeedReference,
});
/** @category model */
export type PracticeSuggestion = z.infer<typeof PracticeSuggestion>;

/**
 * One criterion in a report: its finding, with its weight, credit and source.
 *
 * @category model
 */
export const CheckResult = Finding.omit({ criterion: true, credit: true }).extend({
  id: CriterionId,
  group: CheckGroupId,
  title: z.string().min(1),
  /** Credit earned, 0 to 1 (0 for not applicable). */
  credit: z.number().min(0).max(1),
  /** Share of the whole method this criterion carries under the profile, in points out of 100. */
  weight: z.number().min(0),
  source: CriterionSource,
  /** The source as people cite it: `000_13e4478fe2e762d6.txt, "Making a partnership work"`. */
  citation: z.string().min(1),
  practices: z.array(PracticeSuggestion),
});
/** @category model */
export type CheckResult = z.infer<typeof CheckResult>;

/** @category model */
export const GroupScore = z.strictObject({
  id: CheckGroupId,
  title: z.string().min(1),
  /** 0 to 100, or `null` when nothing in the group applies. */
  score: z.number().min(0).max(100).nullable(),
  /** The group's weight under the profile. */
  weight: z.number().min(0),
  applicable: z.int().min(0),
  total: z.int().min(0),
});
/** @category model */
export type GroupScore = z.infer<typeof GroupScore>;

/**
 * A gate that holds the band down: a critical gap caps the band whatever the total.
 *
 * @category model
 */
export const HeldGate = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  criterion: CriterionId,
  capsAt: BandId,
  why: z.string().min(1),
  /** Whether this gate is what holds the band down (the score alone would give a higher band). */
  binding: z.boolean(),
});
/** @category model */
export type HeldGate = z.infer<typeof HeldGate>;

/**
 * One of the changes that would raise the score most, with its computed effect.
 *
 * @category model
 */
export const Change = z.strictObject({
  criterion: CriterionId,
  title: z.string().min(1),
  action: z.string().min(1),
  /** Points gained if this criterion were fully met, everything else unchanged. */
  gain: z.number().min(0),
  scoreAfter: z.number().min(0).max(100),
  bandAfter: BandId,
  /** Gates this change would release. */
  releasesGates: z.array(z.string().min(1)),
  practices: z.array(PracticeSuggestion),
});
/** @category model */
export type Change = z.infer<typeof Change>;

/** @category model */
export const Strength = z.strictObject({
  criterion: CriterionId,
  title: z.string().min(1),
  evidence: z.string().min(1),
});
/** @category model */
export type Strength = z.infer<typeof Strength>;

/**
 * A readiness report: the score and band, why, and what to do next.
 *
 * @category model
 */
export const ReadinessReport = z.strictObject({
  kind: z.enum(['plan', 'self-assessment', 'combined']),
  name: z.string().min(1),
  profile: z.strictObject({ id: z.string().min(1), title: z.string().min(1) }),
  /** 0 to 100, one decimal. */
  score: z.number().min(0).max(100),
  /** The band after gates. */
  band: BandId,
  /** The band the score alone would give. */
  bandFromScore: BandId,
  /** Share of the method (by weight) that applied to this partnership, 0 to 1. */
  applicableShare: z.number().min(0).max(1),
  gates: z.array(HeldGate),
  groups: z.array(GroupScore),
  strengths: z.array(Strength),
  recommendations: z.array(Change),
  checks: z.array(CheckResult),
  raters: z
    .strictObject({
      count: z.int().min(1),
      names: z.array(z.string().min(1)),
      disputed: z.array(CriterionId),
    })
    .optional(),
});
/** @category model */
export type ReadinessReport = z.infer<typeof ReadinessReport>;
