import * as z from 'zod';
import { kebabCaseId } from '../shared/ids.js';
import { ArticleId, CountryCode, InstrumentId } from '../conventions/schema.js';
import { PartialDate, SeedReference } from '../shared/evidence.js';

// ---- ids -------------------------------------------------------------------

/**
 * A good practice's id: a kebab-case slug such as `costa-rica-guatemala-cct`.
 *
 * @example
 * PracticeId.parse('costa-rica-guatemala-cct');
 * @category model
 */
export const PracticeId = kebabCaseId('PracticeId');
/** @category model */
export type PracticeId = z.infer<typeof PracticeId>;

// ---- vocabularies ------------------------------------------------------------

/**
 * How countries cooperated in a case, as the cases of seed 001 describe it. A case usually
 * combines several.
 *
 * - `study-tour`: a delegation visits another country (study tours, exchange and staff visits).
 * - `workshop`: a seminar, workshop or regional meeting where several countries share experience.
 * - `training`: a training course or training of trainers.
 * - `technical-assistance`: one country advises another on building something specific.
 * - `trade-union-partnership`: trade unions of two or more countries work together.
 * - `triangular-cooperation`: Southern partners cooperate with a Northern donor as third partner.
 * - `south-south-funding`: a Southern government pays for the cooperation (Brazil's ABC grants).
 * - `cooperation-agreement`: a memorandum of understanding or agreement between countries.
 * - `participatory-forum`: children and young people meet and advise decision makers.
 * - `joint-planning`: countries plan together to a common outline (sub-regional roadmaps).
 *
 * @example
 * practiceModalities.filter((modality) => practicesFor({ modality }).length >= 10);
 * // ['study-tour', 'workshop']
 * @category model
 */
export const practiceModalities = [
  'study-tour',
  'workshop',
  'training',
  'technical-assistance',
  'trade-union-partnership',
  'triangular-cooperation',
  'south-south-funding',
  'cooperation-agreement',
  'participatory-forum',
  'joint-planning',
] as const;

/**
 * One of {@link practiceModalities}, as a schema for checking input.
 *
 * @example
 * practicesFor({ modality: PracticeModality.parse('south-south-funding') }).length; // 3
 * @category model
 */
export const PracticeModality = z.enum(practiceModalities);
/** @category model */
export type PracticeModality = z.infer<typeof PracticeModality>;

/**
 * What a case is about. Derived from the seed's cases; see `practiceThemeInfo` for the labels and
 * the words practitioners use for each.
 *
 * @example
 * practiceThemes.filter((theme) => practicesFor({ theme }).length === 1);
 * // ['monitoring-and-evaluation', 'commercial-sexual-exploitation', 'youth-employment', 'child-participation']
 * @category model
 */
export const practiceThemes = [
  'education',
  'cash-transfers',
  'social-protection',
  'labour-inspection',
  'child-labour-monitoring',
  'monitoring-and-evaluation',
  'data-and-research',
  'action-planning',
  'institutional-coordination',
  'hazardous-work-list',
  'social-dialogue',
  'social-partners',
  'legislation',
  'trafficking',
  'commercial-sexual-exploitation',
  'victim-assistance',
  'youth-employment',
  'awareness-raising',
  'child-participation',
  'resource-mobilisation',
  'corporate-social-responsibility',
] as const;

/**
 * One of {@link practiceThemes}, as a schema for checking input.
 *
 * @example
 * practicesFor({ theme: PracticeTheme.parse('trafficking') }).map((p) => p.id);
 * // ['mekong-youth-forum-trafficking', 'central-america-csec-cooperation']
 * @category model
 */
export const PracticeTheme = z.enum(practiceThemes);
/** @category model */
export type PracticeTheme = z.infer<typeof PracticeTheme>;

/**
 * The regional section of seed 001 a case sits in (`interregional` for the one case before the
 * regional sections).
 *
 * @example
 * practicesFor({ region: 'africa' }).length; // 3
 * practicesFor({ region: 'interregional' })[0]?.id; // 'ibsa-latin-america-south-south-launch'
 * @category model
 */
export const PracticeRegion = z.enum([
  'interregional',
  'africa',
  'asia-pacific',
  'europe-central-asia',
  'latin-america',
]);
/** @category model */
export type PracticeRegion = z.infer<typeof PracticeRegion>;

/**
 * What a country did in a case.
 *
 * - `provider`: shared its experience or advised the others.
 * - `recipient`: came to learn or received the advice.
 * - `participant`: took part in a shared exchange without a clear direction.
 * - `host`: the activity took place there.
 * - `donor`: paid for the cooperation.
 *
 * @example
 * practicesFor({ country: CountryCode.parse('BRA'), role: 'donor' }).map((p) => p.id);
 * // ['ibsa-latin-america-south-south-launch', 'angola-mozambique-scream-trade-unions', 'timor-leste-brazil-tripartite-commission']
 * @category model
 */
export const PracticeCountryRole = z.enum([
  'provider',
  'recipient',
  'participant',
  'host',
  'donor',
]);
/** @category model */
export type PracticeCountryRole = z.infer<typeof PracticeCountryRole>;

/**
 * The kinds of "necessary conditions" the cases of seed 001 name, so that conditions can be
 * compared across cases and matched to a partnership's gaps.
 *
 * @example
 * conditionKinds.filter((kind) => practicesWithCondition(kind).length >= 4);
 * // ['political-commitment', 'institutional-involvement']
 * @category model
 */
export const conditionKinds = [
  'political-commitment',
  'shared-understanding',
  'institutional-involvement',
  'resources',
  'social-partners',
  'civil-society-and-dialogue',
  'common-framework',
  'facilitation',
  'shared-language-or-context',
  'openness-to-cooperation',
  'clear-need',
  'preparation-and-follow-up',
  'right-participants',
  'prior-experience',
  'coordination-with-others',
] as const;

/**
 * One of {@link conditionKinds}, as a schema for checking input.
 *
 * @example
 * practicesWithCondition(ConditionKind.parse('resources')).length; // 2
 * @category model
 */
export const ConditionKind = z.enum(conditionKinds);
/** @category model */
export type ConditionKind = z.infer<typeof ConditionKind>;

/**
 * A label and the words people use, for a value of one of the vocabularies above. The `keywords`
 * drive {@link practicesMatchingGap} and the knowledge search.
 *
 * @category model
 */
const vocabularyEntry = <T extends z.ZodType>(id: T) =>
  z.strictObject({
    id,
    label: z.string().min(1),
    description: z.string().min(1),
    /** Words and short phrases practitioners use for it, lower case. */
    keywords: z.array(z.string().min(1)).min(1),
  });

/**
 * A modality with its label and description.
 *
 * @example
 * practiceModalityInfo[0]?.label; // 'Study tour or exchange visit'
 * @category model
 */
export const PracticeModalityInfo = vocabularyEntry(PracticeModality);
/** @category model */
export type PracticeModalityInfo = z.infer<typeof PracticeModalityInfo>;

/**
 * A theme with its label, description and search words.
 *
 * @example
 * practiceThemeInfo.find((t) => t.id === 'cash-transfers')?.label; // 'Conditional cash transfers'
 * @category model
 */
export const PracticeThemeInfo = vocabularyEntry(PracticeTheme);
/** @category model */
export type PracticeThemeInfo = z.infer<typeof PracticeThemeInfo>;

/**
 * A kind of necessary condition with its label, description and search words.
 *
 * @example
 * conditionKindInfo[0]?.label; // 'Political commitment at the highest level'
 * @category model
 */
export const ConditionKindInfo = vocabularyEntry(ConditionKind);
/** @category model */
export type ConditionKindInfo = z.infer<typeof ConditionKindInfo>;

// ---- a good practice ---------------------------------------------------------

/**
 * A country named by a case, with what it did there. `roles` is empty where the text names the
 * country without saying what it did; `note` says more where it helps.
 *
 * @example
 * const guatemala: PracticeCountry = { code: CountryCode.parse('GTM'), roles: ['recipient'] };
 * @category model
 */
export const PracticeCountry = z.strictObject({
  code: CountryCode,
  roles: z.array(PracticeCountryRole),
  note: z.string().min(1).optional(),
});
/** @category model */
export type PracticeCountry = z.infer<typeof PracticeCountry>;

/**
 * When a case happened, as precisely as the seed says.
 *
 * @example
 * const period: PracticePeriod = { from: PartialDate.parse('2007-11'), to: PartialDate.parse('2008-04') };
 * @category model
 */
export const PracticePeriod = z
  .strictObject({
    from: PartialDate,
    to: PartialDate.optional(),
    /** Set where the dates are inferred rather than stated in the case. */
    note: z.string().min(1).optional(),
  })
  .refine((p) => p.to === undefined || p.to >= p.from.slice(0, p.to.length), {
    error: 'A period cannot end before it starts.',
    path: ['to'],
  });
/** @category model */
export type PracticePeriod = z.infer<typeof PracticePeriod>;

/**
 * One necessary condition of a case, in our words, with its kind.
 *
 * @example
 * const condition: NecessaryCondition = {
 *   kind: 'political-commitment',
 *   text: 'Clear political commitment to act on child labour at the highest level.',
 * };
 * @category model
 */
export const NecessaryCondition = z.strictObject({
  kind: ConditionKind,
  text: z.string().min(1),
});
/** @category model */
export type NecessaryCondition = z.infer<typeof NecessaryCondition>;

/**
 * A good-practice case of South-South cooperation against child labour, from seed 001 ("The
 * growing role of South-South Cooperation in combating child labour", IPEC 2010), summarised in
 * our own words.
 *
 * @example
 * const practice = getPractice(PracticeId.parse('costa-rica-guatemala-cct'));
 * practice?.countries.map((c) => c.code); // ['CRI', 'GTM', 'GHA', 'BLZ', 'URY']
 * @category model
 */
export const GoodPractice = z.strictObject({
  id: PracticeId,
  /** The case's heading in the seed. */
  title: z.string().min(1),
  /** One sentence of our own, for search results and suggestions. */
  summary: z.string().min(1),
  region: PracticeRegion,
  /** A narrower area where the case names one (`Central America`, `Mekong sub-region`). */
  subregion: z.string().min(1).optional(),
  countries: z.array(PracticeCountry).min(1),
  period: PracticePeriod,
  modalities: z.array(PracticeModality).min(1),
  themes: z.array(PracticeTheme).min(1),
  /** Organisations, bodies and programmes the case names (UNTA, ABC, COMMIT, ...). */
  organisations: z.array(z.string().min(1)),
  /** Instruments the case refers to. */
  instruments: z.array(InstrumentId),
  background: z.string().min(1),
  action: z.string().min(1),
  results: z.array(z.string().min(1)).min(1),
  sustainability: z.string().min(1),
  lessons: z.array(z.string().min(1)).min(1),
  /** Empty where the case has no "Necessary conditions" section (three of them do not). */
  necessaryConditions: z.array(NecessaryCondition),
  /** Words practitioners would use to find the case. */
  keywords: z.array(z.string().min(1)),
  source: SeedReference,
});
/** @category model */
export type GoodPractice = z.infer<typeof GoodPractice>;

// ---- IPEC's criteria and the legal basis -------------------------------------

/**
 * An IPEC criterion for calling an initiative a good practice, as seed 001 lists them.
 *
 * @example
 * goodPracticeCriteria.map((c) => c.id); // ['tested-in-practice', 'innovative', ...]
 * @category model
 */
export const GoodPracticeCriterion = z.strictObject({
  id: kebabCaseId('GoodPracticeCriterionId'),
  title: z.string().min(1),
  summary: z.string().min(1),
  source: SeedReference,
});
/** @category model */
export type GoodPracticeCriterion = z.infer<typeof GoodPracticeCriterion>;

/**
 * A provision a seed relies on, with what the seed takes from it.
 *
 * @example
 * southSouthCooperationBasis.articleId; // 'C182:8'
 * @category model
 */
export const ProvisionReference = z.strictObject({
  instrumentId: InstrumentId,
  articleId: ArticleId,
  title: z.string().min(1),
  summary: z.string().min(1),
  source: SeedReference,
});
/** @category model */
export type ProvisionReference = z.infer<typeof ProvisionReference>;

// ---- query results -----------------------------------------------------------

/**
 * A good practice that matches a partnership's gap, with why: the themes and kinds of necessary
 * condition it matched, and the words found in its text.
 *
 * @example
 * const [best] = practicesMatchingGap(['no monitoring mechanism']);
 * best?.practice.id; // 'clms-exchange-eastern-europe-central-asia'
 * best?.themes; // ['child-labour-monitoring']
 * best?.terms; // ['monitoring', 'mechanism']
 * @category model
 */
export const PracticeMatch = z.strictObject({
  practice: GoodPractice,
  score: z.number().positive(),
  themes: z.array(PracticeTheme),
  conditions: z.array(ConditionKind),
  terms: z.array(z.string().min(1)),
});
/** @category model */
export type PracticeMatch = z.infer<typeof PracticeMatch>;
