import * as z from 'zod';
import {
  Evidence,
  fact,
  PartialDate,
  SeedReference,
  Source,
  VerificationStatus,
} from '../shared/evidence.js';

// ---- ids -------------------------------------------------------------------

/**
 * Every instrument the library models: the five conventions and the 2014 Protocol in full, and
 * the recommendations and related instruments in summary.
 *
 * @example
 * instrumentIds.length; // 19
 * instrumentIds.filter((id) => id.startsWith('R'));
 * // ['R35', 'R36', 'R203', 'R146', 'R190', 'R86', 'R151', 'R201']
 * @category model
 */
export const instrumentIds = [
  'C29',
  'P29',
  'C138',
  'C182',
  'C97',
  'C143',
  'C105',
  'C181',
  'C189',
  'R35',
  'R36',
  'R203',
  'R146',
  'R190',
  'R86',
  'R151',
  'R201',
  'PALERMO',
  'SDG-8.7',
] as const;

/**
 * An instrument's id, as `C138`, `P29`, `R190`, `PALERMO` or `SDG-8.7`. Get one from
 * {@link parseInstrumentId}; ids are branded so a plain string cannot be passed by mistake.
 *
 * @example
 * InstrumentId.safeParse('C138').success; // true
 * InstrumentId.safeParse('C.138').success; // false: parseInstrumentId reads the forms people type
 * @category model
 */
export const InstrumentId = z.enum(instrumentIds).brand<'InstrumentId'>();
/** @category model */
export type InstrumentId = z.infer<typeof InstrumentId>;

/**
 * The instruments modelled article by article: C.29 with its 2014 Protocol, C.138, C.182, C.97
 * and C.143.
 *
 * @example
 * conventionIds.map((id) => articlesOf(ConventionId.parse(id)).length); // [3, 7, 10, 8, 11, 15]
 * @category model
 */
export const conventionIds = ['C29', 'P29', 'C138', 'C182', 'C97', 'C143'] as const;

/**
 * The id of an instrument modelled article by article (one of {@link conventionIds}). It carries
 * the `InstrumentId` brand, so it goes wherever an {@link InstrumentId} is expected.
 *
 * @example
 * ConventionId.safeParse('C182').success; // true
 * ConventionId.safeParse('C105').success; // false: C.105 is held in summary only
 * @category model
 */
export const ConventionId = z.enum(conventionIds).brand<'InstrumentId'>();
/** @category model */
export type ConventionId = z.infer<typeof ConventionId>;

/**
 * An article's id: the instrument, a colon and the article's number (`C138:3`, `C97:Annex I`).
 *
 * @example
 * ArticleId.safeParse('C97:Annex I').success; // true
 * ArticleId.safeParse('C138 Art. 3').success; // false: parseArticleReference reads that form
 * @category model
 */
export const ArticleId = z
  .string()
  .regex(/^[A-Z0-9.-]+:(\d+|Annex [IVX]+)$/, {
    error: 'Expected an article id such as C138:3 or C97:Annex I.',
  })
  .brand<'ArticleId'>();
/** @category model */
export type ArticleId = z.infer<typeof ArticleId>;

// ---- instruments -----------------------------------------------------------

/**
 * What kind of text an instrument is: an ILO convention, protocol or recommendation, a UN
 * protocol (Palermo) or an SDG target.
 *
 * @example
 * instruments.filter((i) => i.kind === 'recommendation').length; // 8
 * @category model
 */
export const InstrumentKind = z.enum([
  'convention',
  'protocol',
  'recommendation',
  'un-protocol',
  'sdg-target',
]);
/** @category model */
export type InstrumentKind = z.infer<typeof InstrumentKind>;

/**
 * What an instrument is about, in the terms of the field.
 *
 * @example
 * instruments.filter((i) => i.themes.includes('trafficking')).map((i) => i.id);
 * // ['P29', 'C182', 'C143', 'PALERMO', 'SDG-8.7']
 * @category model
 */
export const Theme = z.enum(['forced-labour', 'child-labour', 'migrant-workers', 'trafficking']);
/** @category model */
export type Theme = z.infer<typeof Theme>;

/**
 * When and where an instrument was adopted.
 *
 * @example
 * getInstrument(InstrumentId.parse('C182')).adoption.value;
 * // { date: '1999-06-17', session: '87th Session', place: 'Geneva' }
 * @category model
 */
export const Adoption = z.strictObject({
  date: PartialDate,
  /** The International Labour Conference session, e.g. `58th Session`; `null` for non-ILO texts. */
  session: z.string().min(1).nullable(),
  place: z.string().min(1).nullable(),
});
/** @category model */
export type Adoption = z.infer<typeof Adoption>;

/**
 * How many states had ratified an instrument, and as of when.
 *
 * @example
 * getInstrument(InstrumentId.parse('C182')).ratifications?.value;
 * // { count: 187, asOf: '2020-08-04', atLeast: false }
 * @category model
 */
export const RatificationCount = z.strictObject({
  count: z.int().nonnegative(),
  asOf: PartialDate,
  /** `true` when the figure is a milestone (at least this many), not a full count. */
  atLeast: z.boolean(),
});
/** @category model */
export type RatificationCount = z.infer<typeof RatificationCount>;

/**
 * An instrument: identity, dates, status, what it is about and what goes with it. Every fact
 * carries its evidence (see {@link Fact}).
 *
 * @example
 * const c182 = getInstrument(InstrumentId.parse('C182'));
 * c182.title; // 'Worst Forms of Child Labour Convention, 1999 (No. 182)'
 * c182.recommendations; // ['R190']
 * @category model
 */
export const Instrument = z.strictObject({
  id: InstrumentId,
  kind: InstrumentKind,
  /** The ILO number (138 for C.138); `null` for the Palermo Protocol and SDG Target 8.7. */
  number: z.int().positive().nullable(),
  /** How people cite it: `C.138`, `P.29`, `R.190`. */
  code: z.string().min(1),
  /** Official short title, e.g. `Minimum Age Convention, 1973 (No. 138)`. */
  title: z.string().min(1),
  /** Official long title, e.g. `Convention concerning Minimum Age for Admission to Employment`. */
  longTitle: fact(z.string().min(1)),
  year: z.int().min(1900).max(2100),
  adoption: fact(Adoption),
  entryIntoForce: fact(PartialDate).nullable(),
  /** Whether the ILO counts it among its fundamental conventions; `null` where that does not apply. */
  fundamental: fact(z.boolean()).nullable(),
  themes: z.array(Theme).min(1),
  /** `full` for the instruments modelled article by article, `summary` for the others. */
  coverage: z.enum(['full', 'summary']),
  /** What it supplements or revises among the modelled instruments (P.29 supplements C.29). */
  supplements: z.array(InstrumentId),
  recommendations: z.array(InstrumentId),
  related: z.array(InstrumentId),
  ratifications: fact(RatificationCount).nullable(),
  /** What it does, in two or three sentences of our own. */
  summary: z.string().min(1),
  /** Names people use for it besides its title, for search and parsing. */
  aliases: z.array(z.string().min(1)),
});
/** @category model */
export type Instrument = z.infer<typeof Instrument>;

// ---- articles --------------------------------------------------------------

/**
 * A paragraph or sub-paragraph of an article that practitioners cite on its own, such as
 * `3(3)` or `2(2)(c)`.
 *
 * @example
 * getArticle(InstrumentId.parse('C138'), '3')?.paragraphs.map((p) => p.ref);
 * // ['3(1)', '3(2)', '3(3)']
 * @category model
 */
export const Paragraph = z.strictObject({
  ref: z.string().regex(/^(\d+|Annex [IVX]+)(\(\d+\))?(\([a-z]\))?(\((i|ii|iii|iv|v)\))?$/, {
    error: 'Expected a reference such as 3, 3(1), 2(2)(c) or 6(1)(a)(i).',
  }),
  summary: z.string().min(1),
  /** Set where this paragraph is less certain than its article. */
  status: VerificationStatus.optional(),
  note: z.string().min(1).optional(),
});
/** @category model */
export type Paragraph = z.infer<typeof Paragraph>;

/**
 * A key article, summarised in our own words, with the paragraphs people cite and the words
 * people use for it.
 *
 * @example
 * const hazardous = getArticle(InstrumentId.parse('C138'), '3');
 * hazardous?.heading; // 'Hazardous work'
 * hazardous?.status; // 'secondary'
 * @category model
 */
export const Article = Evidence.extend({
  id: ArticleId,
  instrumentId: InstrumentId,
  /** `3`, or `Annex I` for C.97's annexes. */
  number: z.string().regex(/^(\d+|Annex [IVX]+)$/),
  /** The part it sits in, where the instrument has parts (C.143 Part I and Part II). */
  part: z.string().min(1).optional(),
  heading: z.string().min(1),
  summary: z.string().min(1),
  paragraphs: z.array(Paragraph),
  /** Words and phrases people use for what the article covers ("child soldiers", "debt bondage"). */
  keywords: z.array(z.string().min(1)),
});
/** @category model */
export type Article = z.infer<typeof Article>;

// ---- countries and ratifications -------------------------------------------

/**
 * An ISO 3166-1 alpha-3 country code, such as `NPL`.
 *
 * @example
 * CountryCode.safeParse('NPL').success; // true
 * CountryCode.safeParse('Nepal').success; // false: findCountry('Nepal') looks names up
 * @category model
 */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Expected an ISO 3166-1 alpha-3 code such as NPL.' })
  .brand<'CountryCode'>();
/** @category model */
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * A country the seeds name, and why they name it.
 *
 * @example
 * findCountry('Vietnam')?.name; // 'Viet Nam'
 * countries.filter((c) => c.pathfinder).length; // 9
 * @category model
 */
export const Country = z.strictObject({
  code: CountryCode,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Alliance 8.7 Pathfinder country per seed 003. */
  pathfinder: z.boolean(),
  mentions: z.array(SeedReference).min(1),
});
/** @category model */
export type Country = z.infer<typeof Country>;

/**
 * Where a country stands on an instrument; `unknown` when no record says.
 *
 * @example
 * ratificationStatus(CountryCode.parse('USA'), InstrumentId.parse('C29')).status; // 'not-ratified'
 * ratificationStatus(CountryCode.parse('FRA'), InstrumentId.parse('C29')).status; // 'unknown'
 * @category model
 */
export const RatificationStatus = z.enum(['ratified', 'not-ratified', 'unknown']);
/** @category model */
export type RatificationStatus = z.infer<typeof RatificationStatus>;

/**
 * Where a user-supplied record came from, when it is not a web page ("NORMLEX export,
 * 2026-10-01").
 *
 * @example
 * const fromExport: RecordSource = { label: 'NORMLEX export, 2026-10-01' };
 * const fromPage: RecordSource = { url: 'https://normlex.ilo.org/', label: 'NORMLEX' };
 * @category model
 */
export const RecordSource = z.union([Source, z.strictObject({ label: z.string().min(1) })]);
/** @category model */
export type RecordSource = z.infer<typeof RecordSource>;

/**
 * One country's position on one instrument, dated and sourced. `unknown` is a real answer: the
 * library never guesses a ratification.
 *
 * @example
 * const thailand = ratifications.find((r) => r.country === 'THA' && r.instrumentId === 'C138');
 * thailand?.date; // '2004-05-11'
 * thailand?.declaredMinimumAge; // 15
 * @category model
 */
export const Ratification = z
  .strictObject({
    country: CountryCode,
    instrumentId: InstrumentId,
    status: RatificationStatus,
    /** As precise as known: a year alone where only the year was found. */
    date: PartialDate.optional(),
    /** For C.138: the minimum age declared on ratification, where known. */
    declaredMinimumAge: z.int().min(14).max(18).optional(),
    verification: VerificationStatus,
    sources: z.array(RecordSource),
    note: z.string().min(1).optional(),
  })
  .refine((r) => r.status === 'unknown' || r.sources.length > 0, {
    error: 'A ratified or not-ratified record needs at least one source.',
    path: ['sources'],
  });
/** @category model */
export type Ratification = z.infer<typeof Ratification>;
