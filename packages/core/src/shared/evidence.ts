import * as z from 'zod';

/**
 * How sure the library is of a fact.
 *
 * - `verified`: read in an official text (NORMLEX, an ILO or UN page, an official translation).
 * - `secondary`: found only in secondary sources (mirrors, news, summaries) that agree.
 * - `unverified`: not confirmed; shown with a caveat, never as certain.
 * - `conflicting`: sources disagree; the value is the one the library chose and `note` says why.
 *
 * @example
 * getInstrument(InstrumentId.parse('C138')).ratifications?.status; // 'secondary'
 * ratifications.filter((r) => r.verification === 'conflicting').length; // 3
 * @category model
 */
export const VerificationStatus = z.enum(['verified', 'secondary', 'unverified', 'conflicting']);
/** @category model */
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/**
 * A public page a fact was read from.
 *
 * @example
 * const source: Source = { url: 'https://normlex.ilo.org/', label: 'NORMLEX' };
 * @category model
 */
export const Source = z.strictObject({
  url: z.url(),
  label: z.string().min(1).optional(),
});
/** @category model */
export type Source = z.infer<typeof Source>;

/**
 * The seed documents the project's method comes from (see `docs/` and the seeds' README).
 *
 * @example
 * getPathfinder(CountryCode.parse('NPL'))?.sources[0]?.seed; // '003_108115038eae456f.txt'
 * SeedFile.safeParse('005_0000000000000000.txt').success; // false
 * @category model
 */
export const SeedFile = z.enum([
  '000_13e4478fe2e762d6.txt',
  '001_9148a8ca8a7c6ecc.txt',
  '002_b77dc5cac94d77d7.txt',
  '003_108115038eae456f.txt',
  '004_606416beeff1216a.txt',
]);
/** @category model */
export type SeedFile = z.infer<typeof SeedFile>;

/**
 * Where in a seed document something comes from: the file and the section's heading.
 *
 * @example
 * const ref: SeedReference = { seed: '000_13e4478fe2e762d6.txt', section: 'Making a partnership work' };
 * @category model
 */
export const SeedReference = z.strictObject({
  seed: SeedFile,
  section: z.string().min(1),
});
/** @category model */
export type SeedReference = z.infer<typeof SeedReference>;

/**
 * How sure, and on what grounds: the part every fact carries besides its value.
 *
 * @example
 * const evidence: Evidence = { status: 'secondary', sources: [{ url: 'https://normlex.ilo.org/' }] };
 * Evidence.safeParse({ status: 'verified', sources: [] }).success; // false: a fact needs a source
 * @category model
 */
export const Evidence = z.strictObject({
  status: VerificationStatus,
  sources: z.array(Source).min(1),
  note: z.string().min(1).optional(),
});
/** @category model */
export type Evidence = z.infer<typeof Evidence>;

/**
 * A schema for a value with its evidence.
 *
 * @example
 * const AdoptionDate = fact(z.iso.date());
 * AdoptionDate.parse({ value: '1999-06-17', status: 'verified', sources: [{ url: 'https://www.ohchr.org/' }] });
 * @category constructors
 */
export const fact = <T extends z.ZodType>(value: T) => Evidence.extend({ value });

/**
 * A value with its evidence: how sure the library is, the sources, and a note where it matters.
 *
 * @category model
 */
export type Fact<T> = Evidence & { readonly value: T };

/**
 * A date written as precisely as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * PartialDate.safeParse('2019-02').success; // true
 * PartialDate.safeParse('02/2019').success; // false
 * @category model
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  .brand<'PartialDate'>();
/** @category model */
export type PartialDate = z.infer<typeof PartialDate>;

const caveats: Readonly<Record<VerificationStatus, string>> = {
  verified: '',
  secondary: ' (from secondary sources)',
  unverified: ' (unverified)',
  conflicting: ' (sources disagree)',
};

/**
 * What to write after a fact so that it is never shown as more certain than it is: nothing for a
 * verified fact, otherwise a short parenthesis. Where sources disagree and a note says how, the
 * note is included.
 *
 * @example
 * `176 ratifications${verificationCaveat({ status: 'secondary' })}`; // '176 ratifications (from secondary sources)'
 * verificationCaveat({ status: 'conflicting', note: 'Another source says 2004.' }); // ' (sources disagree: Another source says 2004)'
 * @category combinators
 */
export const verificationCaveat = (evidence: {
  readonly status: VerificationStatus;
  readonly note?: string | undefined;
}): string =>
  evidence.status === 'conflicting' && evidence.note !== undefined
    ? ` (sources disagree: ${evidence.note.replace(/\.$/, '')})`
    : caveats[evidence.status];
