import * as z from 'zod';
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
 * @example
 * import { Exploitation } from '@target87/core';
 * Exploitation.options; // ['forced-labour', 'child-labour', 'migrant-workers', 'trafficking']
 * @category model
 */
export const Exploitation = Theme;
/** @category model */
export type Exploitation = z.infer<typeof Exploitation>;

/**
 * The shared aim and agreed concepts (seed 000, "Making a partnership work": agree on concepts,
 * the type of exploitation and how to address it, and have a shared aim).
 *
 * @example
 * import { PlanAim } from '@target87/core';
 * PlanAim.parse({ statement: 'No child works in the kilns.', exploitation: ['child-labour'] });
 * PlanAim.safeParse({ statement: 'End child labour.', exploitation: [] }).success; // false
 * // list at least one form of exploitation, or leave the field out
 * @category model
 */
export const PlanAim = z
  .strictObject({
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
  })
  .meta({
    description:
      'The shared aim, the forms of exploitation addressed and the concepts the partners agreed.',
  });
/** @category model */
export type PlanAim = z.infer<typeof PlanAim>;

/**
 * A district, province, corridor or site the partnership works in, and where it lies along the
 * route (seed 000, "Making a partnership work": select geographical areas).
 *
 * @example
 * import { PlanArea } from '@target87/core';
 * PlanArea.parse({ name: 'Bhaktapur district', place: 'destination', country: 'Nepal' });
 * PlanArea.safeParse({ name: 'Bhaktapur', place: 'origin' }).success; // false
 * // a place is 'source', 'transit' or 'destination'
 * @category model
 */
export const PlanArea = z
  .strictObject({
    name: Text.meta({ description: 'A district, province, corridor or site.' }),
    place: Place.optional(),
    country: Text.optional().meta({ description: 'The country it lies in.' }),
  })
  .meta({ description: 'A district, province, corridor or site the partnership works in.' });
/** @category model */
export type PlanArea = z.infer<typeof PlanArea>;

/**
 * A group the partnership works with: children, adults or both, and whether they are at risk,
 * already victims, or both.
 *
 * @example
 * import { TargetGroup } from '@target87/core';
 * TargetGroup.parse({ name: 'Kiln children', people: ['children'], situation: 'at-risk' });
 * TargetGroup.safeParse({ name: 'Youth', people: [] }).success; // false: children, adults or both
 * @category model
 */
export const TargetGroup = z
  .strictObject({
    name: Text.meta({ description: 'The group, as `interventions[].targetGroups` refers to it.' }),
    people: z
      .array(z.enum(['children', 'adults']))
      .min(1)
      .meta({ description: 'children, adults or both.' }),
    situation: z.enum(['at-risk', 'victims', 'at-risk-and-victims']).optional().meta({
      description: 'Whether the group is at risk, already victims, or both.',
    }),
    description: Text.optional().meta({ description: 'Who the group are, in a sentence or two.' }),
  })
  .meta({ description: 'A group of people the partnership works with.' });
/** @category model */
export type TargetGroup = z.infer<typeof TargetGroup>;

/**
 * Which ministry or public body a government partner is; the Pathfinder lessons ask for
 * ministries beyond labour.
 *
 * @example
 * import { Ministry } from '@target87/core';
 * Ministry.parse('education');
 * // ministries other than labour count for the Pathfinder lesson on ministries beyond labour
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

/**
 * The person in a partner organisation who answers for its part of the work, and how much of their
 * post goes to it.
 *
 * @example
 * import { FocalPoint } from '@target87/core';
 * FocalPoint.parse({ name: 'Policy Officer', timeInJobDescription: '10% of the post' });
 * @category model
 */
export const FocalPoint = z
  .strictObject({
    name: Text.meta({ description: 'The person, by name or post.' }),
    role: Text.optional().meta({ description: 'Their role in the partnership.' }),
    contact: Text.optional().meta({ description: 'How to reach them.' }),
    timeInJobDescription: Text.optional().meta({
      description:
        'How much of the post goes to the partnership, and whether it is written into the job description.',
    }),
  })
  .meta({ description: "The person who answers for this partner's part of the work." });
/** @category model */
export type FocalPoint = z.infer<typeof FocalPoint>;

/**
 * An organisation in the partnership: its kind of actor (and ministry, for a government), what it
 * is responsible for and its focal point.
 *
 * @example
 * import { Partner } from '@target87/core';
 * Partner.parse({ name: 'Ministry of Labour', actorType: 'government', ministry: 'labour' });
 * Partner.safeParse({ name: 'Kiln Workers Union', actorType: 'trade-union' }).success; // false
 * // the id is 'workers-organisation'; decodePlan suggests it for "trade union"
 * @category model
 */
export const Partner = z
  .strictObject({
    name: Text.meta({
      description: 'The organisation; other fields name the partner exactly like this.',
    }),
    actorType: ActorTypeId,
    ministry: Ministry.optional(),
    organisation: Text.optional().meta({
      description:
        'For an international organisation: which one (ILO, IOM, UNICEF, UNODC, OHCHR…).',
    }),
    country: Text.optional().meta({ description: 'The country it works from.' }),
    responsibilities: z.array(Text).optional().meta({
      description: 'What this partner is responsible for in the partnership.',
    }),
    focalPoint: FocalPoint.optional(),
  })
  .meta({ description: 'An organisation in the partnership.' });
/** @category model */
export type Partner = z.infer<typeof Partner>;

/**
 * A local organisation that reaches the target groups on the ground, in the areas named in `areas`.
 *
 * @example
 * import { OutreachPartner } from '@target87/core';
 * OutreachPartner.parse({ name: 'Kiln monitoring committees', areas: ['Bhaktapur district'] });
 * @category model
 */
export const OutreachPartner = z
  .strictObject({
    name: Text.meta({ description: 'The local organisation.' }),
    actorType: ActorTypeId.optional(),
    areas: z.array(Text).optional().meta({ description: 'The areas (from `areas`) it works in.' }),
    role: Text.optional().meta({ description: 'What it does.' }),
  })
  .meta({ description: 'A local organisation that reaches the target groups on the ground.' });
/** @category model */
export type OutreachPartner = z.infer<typeof OutreachPartner>;

/**
 * A piece of work in seed 000's matrix of who does what, where: its type, level and places, the
 * partner that leads it and those that support it.
 *
 * @example
 * import { PlanIntervention } from '@target87/core';
 * PlanIntervention.parse({
 *   name: 'Kiln schools', type: 'broad-prevention', level: 'outreach', places: ['destination'],
 *   lead: "Kiln Children's Rights Forum",
 * });
 * @category model
 */
export const PlanIntervention = z
  .strictObject({
    name: Text.meta({ description: 'The piece of work.' }),
    type: InterventionTypeId,
    level: InterventionLevel,
    places: z
      .array(Place)
      .min(1)
      .meta({ description: 'Where along the route it happens: source, transit, destination.' }),
    countries: z.array(Text).optional().meta({ description: 'The countries it happens in.' }),
    lead: PartnerName.optional().meta({ description: 'The partner that leads it.' }),
    supporting: z
      .array(PartnerName)
      .optional()
      .meta({ description: 'The partners that support it.' }),
    targetGroups: z.array(Text).optional().meta({
      description: 'The target groups (from `targetGroups`) it reaches.',
    }),
    description: Text.optional().meta({ description: 'What the work is, in a sentence or two.' }),
  })
  .meta({
    description:
      'A piece of work in the matrix of who does what, where: its type, level, places and lead.',
  });
/** @category model */
export type PlanIntervention = z.infer<typeof PlanIntervention>;

/**
 * Local baseline data on the target group: collected, planned or not planned (seed 000: gather it
 * before working with the group).
 *
 * @example
 * import { Baseline } from '@target87/core';
 * Baseline.parse({ status: 'planned', description: 'Survey of kiln families', date: '2026-06' });
 * Baseline.safeParse({ status: 'planned', date: 'June 2026' }).success; // false: 2026 or 2026-06
 * @category model
 */
export const Baseline = z
  .strictObject({
    status: z.enum(['collected', 'planned', 'none']).meta({
      description: 'Whether local baseline data has been collected, is planned, or is not planned.',
    }),
    description: Text.optional().meta({ description: 'What data, about whom, from where.' }),
    date: PlanDate.optional().meta({
      description: 'When it was or will be collected: a year or a date.',
    }),
    by: PartnerName.optional().meta({ description: 'The partner that collects it.' }),
  })
  .meta({
    description: 'Local baseline data on the target groups, gathered before the work starts.',
  });
/** @category model */
export type Baseline = z.infer<typeof Baseline>;

/**
 * How the partners track progress, how often, and which partner is responsible.
 *
 * @example
 * import { Monitoring } from '@target87/core';
 * Monitoring.parse({ mechanism: 'Kiln register and joint reports', frequency: 'quarterly' });
 * @category model
 */
export const Monitoring = z
  .strictObject({
    mechanism: Text.meta({ description: 'How progress is tracked.' }),
    frequency: Text.optional().meta({ description: 'How often: monthly, quarterly…' }),
    responsible: PartnerName.optional().meta({ description: 'The partner responsible for it.' }),
  })
  .meta({ description: 'How the partners track progress.' });
/** @category model */
export type Monitoring = z.infer<typeof Monitoring>;

/**
 * An indicator with its baseline and target (numbers, or words such as `41%`), the date to reach it
 * and the partner whose mandate covers it.
 *
 * @example
 * import { Indicator } from '@target87/core';
 * Indicator.parse({ name: 'Kiln children in school', baseline: '41%', target: '95%', by: 2028 });
 * @category model
 */
export const Indicator = z
  .strictObject({
    name: Text.meta({ description: 'What is measured.' }),
    baseline: Amount.optional().meta({
      description: 'The value at the start: a number, or words such as 41%.',
    }),
    target: Amount.optional().meta({ description: 'The value to reach.' }),
    by: PlanDate.optional().meta({ description: 'When to reach it: a year or a date.' }),
    owner: PartnerName.optional().meta({
      description: 'The partner whose mandate covers this target.',
    }),
  })
  .meta({ description: 'An indicator with its baseline, target and date.' });
/** @category model */
export type Indicator = z.infer<typeof Indicator>;

/**
 * A regular event where the partners share experience and learn.
 *
 * @example
 * import { LearningEvent } from '@target87/core';
 * LearningEvent.parse({ name: "Partners' learning review", frequency: 'twice a year' });
 * @category model
 */
export const LearningEvent = z
  .strictObject({
    name: Text.meta({ description: 'The event.' }),
    frequency: Text.optional().meta({ description: 'How often: quarterly, twice a year…' }),
    participants: z.array(Text).optional().meta({ description: 'Who takes part.' }),
  })
  .meta({ description: 'A regular event where the partners share experience and learn.' });
/** @category model */
export type LearningEvent = z.infer<typeof LearningEvent>;

/**
 * The person who leads the partnership, their organisation, and how they lead.
 *
 * @example
 * import { Leader } from '@target87/core';
 * Leader.parse({ name: 'Joint Secretary for Labour', organisation: 'Ministry of Labour' });
 * @category model
 */
export const Leader = z
  .strictObject({
    name: Text.meta({ description: 'The person, by name or post.' }),
    organisation: PartnerName.optional().meta({
      description: 'The partner they belong to, as named in `partners`.',
    }),
    approach: Text.optional().meta({
      description: 'How they lead: what makes them motivating and non-threatening to the partners.',
    }),
  })
  .meta({ description: 'The person who leads the partnership.' });
/** @category model */
export type Leader = z.infer<typeof Leader>;

/**
 * What gives the partnership standing: respected champions who speak for it, and targeted
 * publicity.
 *
 * @example
 * import { Legitimacy } from '@target87/core';
 * Legitimacy.parse({ champions: ['A former child kiln worker'], publicity: 'Radio spots' });
 * @category model
 */
export const Legitimacy = z
  .strictObject({
    champions: z.array(Text).optional().meta({
      description: 'Well-respected people who speak for the partnership.',
    }),
    publicity: Text.optional().meta({ description: 'Targeted publicity about the partnership.' }),
  })
  .meta({ description: 'What gives the partnership standing: champions and publicity.' });
/** @category model */
export type Legitimacy = z.infer<typeof Legitimacy>;

/**
 * The lead ministry or agency, named as in `partners`, and the lead country of a cross-border plan.
 *
 * @example
 * import { LeadInstitution } from '@target87/core';
 * LeadInstitution.parse({ name: 'Ministry of Labour (Thailand)', country: 'Thailand' });
 * @category model
 */
export const LeadInstitution = z
  .strictObject({
    name: PartnerName.meta({ description: 'The lead ministry or agency, as named in `partners`.' }),
    country: Text.optional().meta({ description: 'The lead country, for a cross-border plan.' }),
  })
  .meta({
    description: 'The lead ministry or agency, and the lead country of a cross-border plan.',
  });
/** @category model */
export type LeadInstitution = z.infer<typeof LeadInstitution>;

/**
 * Pressure from outside that moves the partners: supervisory comments, a regional body, buyers,
 * donors.
 *
 * @example
 * import { ExternalPressure } from '@target87/core';
 * ExternalPressure.parse({ source: 'ILO supervisory comments on C.138 and C.182' });
 * @category model
 */
export const ExternalPressure = z
  .strictObject({
    source: Text.meta({
      description: 'Where it comes from: supervisory comments, a regional body, buyers, donors…',
    }),
    description: Text.optional().meta({ description: 'How it moves the partners.' }),
  })
  .meta({ description: 'Pressure from outside that moves the partners.' });
/** @category model */
export type ExternalPressure = z.infer<typeof ExternalPressure>;

/**
 * The coordination unit or secretariat: who hosts and staffs it, and how often the partners meet.
 *
 * @example
 * import { Coordination } from '@target87/core';
 * Coordination.parse({ unit: 'Secretariat', hostedBy: 'Ministry of Labour', meetings: 'monthly' });
 * @category model
 */
export const Coordination = z
  .strictObject({
    unit: Text.meta({ description: 'The coordination unit or secretariat.' }),
    hostedBy: PartnerName.optional().meta({ description: 'The partner that hosts it.' }),
    staff: Text.optional().meta({ description: 'Who staffs it, and how much of their time.' }),
    meetings: Text.optional().meta({ description: 'How often the partners meet.' }),
  })
  .meta({
    description:
      'How the partnership is coordinated: the unit, its host and staff, and its meetings.',
  });
/** @category model */
export type Coordination = z.infer<typeof Coordination>;

/**
 * One source of money: the funder, whether it is secured, pledged or sought, how much and what it
 * pays for.
 *
 * @example
 * import { FundingSource } from '@target87/core';
 * FundingSource.parse({ funder: 'Government', status: 'secured', amount: 'NPR 40 million' });
 * FundingSource.safeParse({ funder: 'EU', status: 'promised' }).success; // false
 * @category model
 */
export const FundingSource = z
  .strictObject({
    funder: Text.meta({ description: 'Who pays.' }),
    status: z
      .enum(['secured', 'pledged', 'sought'])
      .meta({ description: 'Whether the money is secured, pledged or still sought.' }),
    amount: Amount.optional().meta({
      description: 'How much: a number, or words such as USD 200,000.',
    }),
    covers: Text.optional().meta({ description: 'What it pays for (coordination, activities…).' }),
  })
  .meta({ description: 'One source of money.' });
/** @category model */
export type FundingSource = z.infer<typeof FundingSource>;

/**
 * How the partnership is paid for: its sources, and its strategy for mobilising the resources it
 * needs.
 *
 * @example
 * import { Funding } from '@target87/core';
 * Funding.parse({ sources: [{ funder: 'Development partner grant', status: 'pledged' }] });
 * // in a plan, a secured source meets the funding criterion; a pledged or sought one, in part
 * @category model
 */
export const Funding = z
  .strictObject({
    sources: z.array(FundingSource).optional().meta({ description: 'Where the money comes from.' }),
    resourceMobilisation: Text.optional().meta({
      description: 'The strategy for mobilising the resources the priority actions need.',
    }),
  })
  .meta({ description: 'How the partnership is paid for.' });
/** @category model */
export type Funding = z.infer<typeof Funding>;

/**
 * The rules members agree: how decisions are made, joining and leaving, data sharing and who speaks
 * for the partnership.
 *
 * @example
 * import { MemberRules } from '@target87/core';
 * MemberRules.parse({ decisionMaking: 'By consensus', dataSharing: 'Anonymised data only' });
 * @category model
 */
export const MemberRules = z
  .strictObject({
    decisionMaking: Text.optional().meta({ description: 'How decisions are made.' }),
    membership: Text.optional().meta({
      description: 'Joining, leaving and what members commit to.',
    }),
    dataSharing: Text.optional().meta({
      description: 'What data the partners share, and with whom.',
    }),
    communication: Text.optional().meta({ description: 'Who speaks for the partnership.' }),
    other: z.array(Text).optional().meta({ description: 'Any other rules.' }),
  })
  .meta({ description: 'The rules members agree.' });
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
export const PartnershipGeography = z
  .enum(['in-country', 'cross-border', 'both'])
  .meta({ description: 'Within one country, across borders, or both.' });
/** @category model */
export type PartnershipGeography = z.infer<typeof PartnershipGeography>;

/**
 * The plan's answers to seed 000's focus questions.
 *
 * @example
 * import { Focus } from '@target87/core';
 * Focus.parse({ level: 'both', geography: 'cross-border', places: ['source', 'destination'] });
 * @category model
 */
export const Focus = z
  .strictObject({
    level: z.enum(['policy', 'outreach', 'both']).optional().meta({
      description: 'Broad policy (enabling) initiatives, outreach (direct assistance), or both.',
    }),
    geography: PartnershipGeography.optional(),
    places: z
      .array(Place)
      .min(1)
      .optional()
      .meta({ description: 'Where along the route it works: source, transit, destination.' }),
    market: z.enum(['supply', 'demand', 'both']).optional().meta({
      description: 'Addressing supply, demand or both.',
    }),
    target: z.enum(['people', 'traffickers', 'both']).optional().meta({
      description:
        'Assisting people (at risk or victims), fighting traffickers (recruiters, intermediaries, clients, unscrupulous employers), or both.',
    }),
    interventionTypes: z
      .array(InterventionTypeId)
      .min(1)
      .optional()
      .meta({ description: 'The kinds of work it does.' }),
    labourAngle: Text.optional().meta({
      description: 'How the plan keeps the labour (exploitation) angle in view.',
    }),
  })
  .meta({ description: 'The answers to the focus questions of seed 000.' });
/** @category model */
export type Focus = z.infer<typeof Focus>;

/**
 * How high the plan has been endorsed, highest first.
 *
 * @example
 * import { EndorsementLevel } from '@target87/core';
 * EndorsementLevel.options[0]; // 'head-of-state-or-government'
 * // in a plan, the head of state or government or the cabinet meets the Pathfinder lesson on
 * // endorsement; a minister or a senior official meets it in part
 * @category model
 */
export const EndorsementLevel = z
  .enum(['head-of-state-or-government', 'cabinet', 'minister', 'senior-official', 'none'])
  .meta({ description: 'How high the plan has been endorsed.' });
/** @category model */
export type EndorsementLevel = z.infer<typeof EndorsementLevel>;

/**
 * Who endorsed the plan, at what level and when (seed 003: seek the highest political level).
 *
 * @example
 * import { Endorsement } from '@target87/core';
 * Endorsement.parse({ level: 'minister', by: 'Minister of Labour', date: '2025-09' });
 * @category model
 */
export const Endorsement = z
  .strictObject({
    level: EndorsementLevel,
    by: Text.optional().meta({ description: 'Who endorsed it.' }),
    date: PlanDate.optional().meta({ description: 'When: a year or a date.' }),
  })
  .meta({ description: 'Who endorsed the plan, at what level and when.' });
/** @category model */
export type Endorsement = z.infer<typeof Endorsement>;

/**
 * The national focal point and the partner institution it sits in (seed 003, "Lessons Learnt").
 *
 * @example
 * import { NationalFocalPoint } from '@target87/core';
 * NationalFocalPoint.parse({ name: 'Joint Secretary', institution: 'Ministry of Labour' });
 * @category model
 */
export const NationalFocalPoint = z
  .strictObject({
    name: Text.meta({ description: 'The person, by name or post.' }),
    institution: PartnerName.optional().meta({
      description: 'The partner institution they sit in, as named in `partners`.',
    }),
    role: Text.optional().meta({ description: 'Their role.' }),
  })
  .meta({ description: 'The national focal point who leads the process in government.' });
/** @category model */
export type NationalFocalPoint = z.infer<typeof NationalFocalPoint>;

/**
 * The international labour standards the partnership works under, and what it does where a country
 * has not ratified them.
 *
 * @example
 * import { PlanStandards } from '@target87/core';
 * PlanStandards.parse({ workUnder: ['C138', 'C182'] });
 * PlanStandards.safeParse({ workUnder: ['C.182'] }).success; // false: write C182
 * @category model
 */
export const PlanStandards = z
  .strictObject({
    workUnder: z.array(InstrumentId).optional().meta({
      description: 'The instruments the partnership works under: C29, P29, C138, C182, C97, C143…',
    }),
    ratificationAdvocacy: Text.optional().meta({
      description: 'What the partnership will do where a country has not ratified them.',
    }),
  })
  .meta({ description: 'The international labour standards the partnership works under.' });
/** @category model */
export type PlanStandards = z.infer<typeof PlanStandards>;

/**
 * One safeguard: what is done, and which partner is responsible for it.
 *
 * @example
 * import { Safeguard } from '@target87/core';
 * Safeguard.parse({ description: 'Files stay with the case worker', responsible: 'Kiln Forum' });
 * @category model
 */
export const Safeguard = z.strictObject({
  description: Text.meta({ description: 'What is done.' }),
  responsible: PartnerName.optional().meta({ description: 'The partner responsible for it.' }),
});
/** @category model */
export type Safeguard = z.infer<typeof Safeguard>;

/**
 * The safeguards for work that touches victims or children: a referral pathway, the best interests
 * of the child, confidential data and a survivor-centred approach.
 *
 * @example
 * import { Safeguards } from '@target87/core';
 * Safeguards.parse({ referralPathway: { description: 'Inspectors refer children to shelters' } });
 * // a plan that works with neither victims nor children has them all set aside as not applicable
 * @category model
 */
export const Safeguards = z
  .strictObject({
    referralPathway: Safeguard.optional().meta({
      description: 'How victims are identified and referred to services, and by whom.',
    }),
    bestInterestsOfTheChild: Safeguard.optional().meta({
      description: "How every action that touches children puts the child's best interests first.",
    }),
    dataConfidentiality: Safeguard.optional().meta({
      description: "How victims' personal data is kept confidential.",
    }),
    survivorCentred: Safeguard.optional().meta({
      description: 'How the work puts survivors first (consent, non-punishment, remedies).',
    }),
  })
  .meta({ description: 'The safeguards for work that touches victims or children.' });
/** @category model */
export type Safeguards = z.infer<typeof Safeguards>;

// ---- criteria ----------------------------------------------------------------

/**
 * The groups of criteria a plan is checked against.
 *
 * @example
 * import { checkGroupIds } from '@target87/core';
 * checkGroupIds.length; // 8
 * checkGroupIds.slice(0, 3); // ['work', 'facilitate', 'complementarity']
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

/**
 * A group's id, one of {@link checkGroupIds}; branded so that a plain string cannot be passed by
 * mistake.
 *
 * @example
 * import { checkGroup, CheckGroupId } from '@target87/core';
 * checkGroup(CheckGroupId.parse('matrix')).title; // 'Who does what, where'
 * @category model
 */
export const CheckGroupId = z.enum(checkGroupIds).brand<'CheckGroupId'>();
/** @category model */
export type CheckGroupId = z.infer<typeof CheckGroupId>;
/** A group id without its brand, to index records keyed by group. @category model */
export type CheckGroupKey = (typeof checkGroupIds)[number];

/**
 * Every criterion, `group.name`. The order is the order of the report.
 *
 * @example
 * import { criterionIds } from '@target87/core';
 * criterionIds.length; // 38
 * criterionIds[0]; // 'work.shared-aim'
 * criterionIds.filter((id) => id.startsWith('safeguards.')).length; // 4
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
 * @example
 * import { citeCriterionSource, criterion, CriterionId } from '@target87/core';
 * const { source } = criterion(CriterionId.parse('safeguards.referral-pathway'));
 * source; // { instrument: 'P29', ref: '3' }
 * citeCriterionSource(source); // 'P.29 Art. 3'
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
 * @example
 * import { checkGroups } from '@target87/core';
 * checkGroups.find((g) => g.id === 'complementarity')?.source;
 * // { seed: '000_13e4478fe2e762d6.txt', section: 'Synergy: 1 + 1 = 3' }
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
 * @example
 * import { criterion, CriterionId } from '@target87/core';
 * const aim = criterion(CriterionId.parse('work.shared-aim'));
 * aim.title; // 'Shared aim and agreed concepts'
 * aim.mayBeNotApplicable; // false: every partnership needs one
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

/**
 * A criterion a plan sets aside as not applicable, with the reason; only criteria that allow it
 * (`mayBeNotApplicable`) can be set aside.
 *
 * @example
 * import { NotApplicable } from '@target87/core';
 * NotApplicable.parse({ criterion: 'pathfinder.un-agencies', reason: 'No UN country team here.' });
 * // decodePlan refuses one for a criterion every partnership needs, such as work.shared-aim
 * @category model
 */
export const NotApplicable = z
  .strictObject({
    criterion: CriterionId.meta({ description: 'The criterion that does not apply.' }),
    reason: Text.meta({ description: 'Why it does not apply to this partnership.' }),
  })
  .meta({ description: 'A criterion set aside as not applicable, with the reason.' });
/** @category model */
export type NotApplicable = z.infer<typeof NotApplicable>;

// ---- the plan document ---------------------------------------------------------

/**
 * A partnership plan: the document a team fills in (YAML or JSON) and the library scores. Only
 * `name` and `partners` are required, so that a draft can be scored and the report can say what
 * is missing.
 *
 * @example
 * import { PartnershipPlan, scorePlan } from '@target87/core';
 * const draft = PartnershipPlan.parse({
 *   name: 'Kiln watch',
 *   partners: [{ name: 'Safe Futures', actorType: 'ngo' }],
 * });
 * scorePlan(draft).gates.map((g) => g.id);
 * // ['no-shared-aim', 'one-kind-of-actor', 'no-responsibilities', 'no-funding']
 * @category model
 */
export const PartnershipPlan = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows.' }),
    name: Text.meta({ description: 'The name of the partnership.' }),
    summary: Text.optional().meta({
      description: 'What the partnership is, in one or two sentences.',
    }),
    aim: PlanAim.optional(),
    issues: z
      .array(Text)
      .optional()
      .meta({ description: 'The problems the partnership takes on.' }),
    countries: z.array(Text).optional().meta({
      description: 'The countries it works in, by name or ISO alpha-3 code.',
    }),
    areas: z
      .array(PlanArea)
      .optional()
      .meta({ description: 'The areas the partnership works in.' }),
    targetGroups: z
      .array(TargetGroup)
      .optional()
      .meta({ description: 'The groups it works with.' }),
    partners: z.array(Partner).meta({ description: 'The organisations in the partnership.' }),
    localOutreachPartners: z
      .array(OutreachPartner)
      .optional()
      .meta({ description: 'The local organisations that carry the outreach.' }),
    interventions: z
      .array(PlanIntervention)
      .optional()
      .meta({ description: 'Who does what, where: each piece of work and its lead.' }),
    baseline: Baseline.optional(),
    monitoring: Monitoring.optional(),
    indicators: z
      .array(Indicator)
      .optional()
      .meta({ description: 'The indicators and targets, set together.' }),
    learningEvents: z
      .array(LearningEvent)
      .optional()
      .meta({ description: 'Regular events for sharing experience and learning.' }),
    leader: Leader.optional(),
    legitimacy: Legitimacy.optional(),
    leadInstitution: LeadInstitution.optional(),
    externalPressure: z
      .array(ExternalPressure)
      .optional()
      .meta({ description: 'Pressure from outside that the partnership can use.' }),
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
 * @example
 * import { AnswerValue } from '@target87/core';
 * AnswerValue.options; // ['yes', 'partly', 'no', 'not-applicable']
 * // under the default profile, `partly` earns half the credit of `yes`
 * @category model
 */
export const AnswerValue = z
  .enum(['yes', 'partly', 'no', 'not-applicable'])
  .meta({ description: 'The answer: yes, partly, no or not-applicable.' });
/** @category model */
export type AnswerValue = z.infer<typeof AnswerValue>;

/**
 * One answer of the quick self-assessment: the criterion, the answer, what it rests on, and the
 * reason when it is `not-applicable`.
 *
 * @example
 * import { Answer } from '@target87/core';
 * Answer.parse({ criterion: 'facilitate.funding', answer: 'partly', note: 'Not signed yet.' });
 * @category model
 */
export const Answer = z
  .strictObject({
    criterion: CriterionId.meta({ description: 'The criterion answered.' }),
    answer: AnswerValue,
    note: Text.optional().meta({ description: 'What the answer rests on; shown as evidence.' }),
    reason: Text.optional().meta({
      description: 'Why the criterion does not apply; required with not-applicable.',
    }),
  })
  .meta({ description: "One criterion's answer." });
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
 * @example
 * import { scoreSelfAssessment, SelfAssessment } from '@target87/core';
 * const quick = SelfAssessment.parse({
 *   partnership: 'Kiln watch',
 *   answers: [{ criterion: 'work.shared-aim', answer: 'yes' }],
 * });
 * scoreSelfAssessment(quick).score; // 5.1: the 37 criteria left unanswered count as no
 * @category model
 */
export const SelfAssessment = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows.' }),
    partnership: Text.meta({ description: 'The name of the partnership being assessed.' }),
    rater: z
      .strictObject({
        name: Text.optional().meta({ description: 'The person who answered, by name or post.' }),
        organisation: Text.optional().meta({ description: 'The organisation they answered for.' }),
      })
      .optional()
      .meta({ description: 'Who answered, for combining several raters.' }),
    makeUp: PartnershipMakeUp.optional(),
    answers: z
      .array(Answer)
      .meta({ description: 'One answer per criterion; a criterion left out counts as no.' }),
  })
  .meta({
    description:
      "One person's quick answers about a partnership: yes, partly, no or not-applicable for each criterion, and optionally its make-up.",
  });
/** @category model */
export type SelfAssessment = z.infer<typeof SelfAssessment>;

// ---- findings: what the checks and the answers both produce -------------------------

/**
 * How far a criterion is met.
 *
 * @example
 * import { CheckStatus, statusLabel } from '@target87/core';
 * CheckStatus.options.map(statusLabel); // ['met', 'partly met', 'missing', 'not applicable']
 * @category model
 */
export const CheckStatus = z.enum(['met', 'partial', 'missing', 'not-applicable']);
/** @category model */
export type CheckStatus = z.infer<typeof CheckStatus>;

/**
 * Something in the input that a result rests on: where (`partners[2].focalPoint`, or
 * `answers[4]`) and what it says.
 *
 * @example
 * import { scorePlan } from '@target87/core';
 * scorePlan(weak).checks[0]?.evidence; // weak: planExamples.weak, decoded
 * // [{ path: 'aim.statement', text: 'Raise awareness about trafficking in our region.' }]
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
 * @example
 * import { combineSelfAssessments } from '@target87/core';
 * const report = combineSelfAssessments([ministry, union, ngo]); // selfAssessmentExamples, decoded
 * const funding = report.checks.find((c) => c.id === 'facilitate.funding');
 * funding?.agreement?.answers.map((a) => a.answer); // ['yes', 'no', 'partly']
 * // so mean 0.5, spread 1 and disputed true
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
 * @example
 * import { assessPlan } from '@target87/core';
 * assessPlan(weak).find((f) => f.criterion === 'facilitate.funding')?.status; // 'missing'
 * // weak is planExamples.weak, decoded: it says nothing about funding
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
 * @example
 * import { bandIds, bandLabel } from '@target87/core';
 * bandIds.map(bandLabel); // ['low', 'medium', 'high', 'very high']
 * @category model
 */
export const bandIds = ['low', 'medium', 'high', 'very-high'] as const;
/**
 * A readiness band, one of {@link bandIds}.
 *
 * @example
 * import { bandForScore, defaultScoringProfile } from '@target87/core';
 * bandForScore(68.4, defaultScoringProfile); // 'high': the default bands start at 40, 65 and 85
 * @category model
 */
export const BandId = z.enum(bandIds);
/** @category model */
export type BandId = z.infer<typeof BandId>;

/**
 * A good practice from the seed documents that speaks to a gap, and why it is suggested.
 *
 * @example
 * import { scorePlan } from '@target87/core';
 * const [aim] = scorePlan(weak).checks; // weak: planExamples.weak, decoded
 * aim?.practices.map((p) => p.id);
 * // ['central-america-child-labour-roadmaps', 'costa-rica-guatemala-cct']
 * @category model
 */
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
 * @example
 * import { scorePlan } from '@target87/core';
 * const [aim] = scorePlan(weak).checks; // weak: planExamples.weak, decoded
 * [aim?.id, aim?.status, aim?.credit, aim?.weight]; // ['work.shared-aim', 'partial', 0.5, 6]
 * aim?.citation; // '000_13e4478fe2e762d6.txt, "Making a partnership work"'
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

/**
 * A group's score in a report, with its weight and how many of its criteria applied.
 *
 * @example
 * import { scorePlan } from '@target87/core';
 * scorePlan(weak).groups.map((g) => g.score); // weak: planExamples.weak, decoded
 * // [18.4, 0, 50, 0, 100, 0, 6.3, null]: no safeguard applies without victims or children
 * @category model
 */
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
 * @example
 * import { scorePlan } from '@target87/core';
 * const report = scorePlan(sourceOnly); // planExamples.sourceOnly, decoded
 * report.gates.map((g) => [g.id, g.capsAt, g.binding]);
 * // [['one-end-of-the-route', 'medium', true]]: without it the band would be 'high'
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
 * @example
 * import { scorePlan } from '@target87/core';
 * const [first] = scorePlan(weak).recommendations; // weak: planExamples.weak, decoded
 * [first?.criterion, first?.gain, first?.scoreAfter]; // ['complementarity.actor-types', 7.1, 29.8]
 * first?.releasesGates; // ['one-kind-of-actor']
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

/**
 * Something the partnership already does well, with the evidence for it.
 *
 * @example
 * import { scorePlan } from '@target87/core';
 * scorePlan(weak).strengths.map((s) => s.criterion); // weak: planExamples.weak, decoded
 * // ['complementarity.roles-covered', 'matrix.cells-covered', 'matrix.best-placed']
 * @category model
 */
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
 * @example
 * import { scorePlan } from '@target87/core';
 * const report = scorePlan(sourceOnly); // planExamples.sourceOnly, decoded
 * [report.score, report.bandFromScore, report.band]; // [68.4, 'high', 'medium']: a gate holds it
 * report.recommendations[0]?.criterion; // 'matrix.cross-border-reach'
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
