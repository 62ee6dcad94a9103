import * as E from 'fp-ts/lib/Either.js';
import { closestMatch } from '../shared/closest.js';
import { PartialDate, VerificationStatus, verificationCaveat } from '../shared/evidence.js';
import { problem, type Problem, type Problems } from '../shared/problem.js';
import { cite } from './catalogue.js';
import { countries, ratifications } from './data/index.js';
import { parseInstrumentId, normaliseText } from './parseInstrumentId.js';
import {
  CountryCode,
  type Country,
  type InstrumentId,
  type Ratification,
  type RatificationStatus,
} from './schema.js';

const countryNames = new Map<string, Country>();
for (const country of countries) {
  for (const name of [country.code, country.name, ...country.aliases]) {
    countryNames.set(normaliseText(name), country);
  }
}

/**
 * A country the library knows, by ISO alpha-3 code, name or alias, ignoring case and accents.
 *
 * @example
 * findCountry('viet nam')?.code; // 'VNM'
 * findCountry('NPL')?.name; // 'Nepal'
 * @category queries
 */
export const findCountry = (text: string): Country | undefined =>
  countryNames.get(normaliseText(text));

/**
 * A country's position on an instrument, with a sentence that says it plainly and how sure it is.
 *
 * @category model
 */
export interface RatificationAnswer {
  readonly country: CountryCode;
  readonly instrumentId: InstrumentId;
  readonly status: RatificationStatus;
  readonly date?: PartialDate;
  readonly summary: string;
  /** The record the answer rests on; absent when the library has none (status `unknown`). */
  readonly record?: Ratification;
}

/**
 * Whether a country has ratified an instrument, from the built-in records or a table you pass
 * (see {@link parseRatificationCsv}). A pair with no record is `unknown`: the library never
 * guesses.
 *
 * @example
 * ratificationStatus(nepal, c182).summary;
 * // 'Nepal ratified C.182 on 2002-01-03 (sources disagree; see the note).'
 * @category queries
 */
export const ratificationStatus = (
  country: CountryCode,
  instrumentId: InstrumentId,
  table: readonly Ratification[] = ratifications,
): RatificationAnswer => {
  const name = countries.find((c) => c.code === country)?.name ?? country;
  const code = cite(instrumentId);
  const record = table.find((r) => r.country === country && r.instrumentId === instrumentId);
  if (record === undefined) {
    return {
      country,
      instrumentId,
      status: 'unknown',
      summary: `No record: whether ${name} has ratified ${code} is unknown here. Check NORMLEX.`,
    };
  }
  const when =
    record.date === undefined ? '' : `${record.date.length === 10 ? ' on' : ' in'} ${record.date}`;
  const caveat =
    record.verification === 'conflicting'
      ? ' (sources disagree; see the note)'
      : verificationCaveat({ status: record.verification });
  const summary =
    record.status === 'ratified'
      ? `${name} ratified ${code}${when}${caveat}.`
      : record.status === 'not-ratified'
        ? `${name} has not ratified ${code}${caveat}.`
        : `Whether ${name} has ratified ${code} is unknown${record.note === undefined ? '.' : `: ${record.note.replace(/\.?$/, '.')}`}`;
  return {
    country,
    instrumentId,
    status: record.status,
    ...(record.date === undefined ? {} : { date: record.date }),
    summary,
    record,
  };
};

// ---- loading your own table ------------------------------------------------

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
const splitCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',' || char === ';' || char === '\t') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
};

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2017-06-13`, `2017-06`, `2017`, or NORMLEX's `13 Jun 2017`. */
const readDate = (text: string): PartialDate | undefined => {
  const iso = PartialDate.safeParse(text);
  if (iso.success) return iso.data;
  const written = /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})$/i.exec(text);
  const month = written === null ? -1 : months.indexOf((written[2] ?? '').toLowerCase());
  if (written === null || month < 0) return undefined;
  const day = (written[1] ?? '').padStart(2, '0');
  const candidate = PartialDate.safeParse(
    `${written[3] ?? ''}-${String(month + 1).padStart(2, '0')}-${day}`,
  );
  return candidate.success ? candidate.data : undefined;
};

const statuses: Readonly<Record<string, RatificationStatus>> = {
  ratified: 'ratified',
  'in force': 'ratified',
  'not ratified': 'not-ratified',
  'not-ratified': 'not-ratified',
  denounced: 'not-ratified',
  unknown: 'unknown',
};

const columns = [
  'country',
  'instrument',
  'status',
  'date',
  'source',
  'note',
  'verification',
] as const;
const required = ['country', 'instrument', 'status'] as const;

/**
 * A ratification table read from CSV, and the rows it left aside because they name ILO
 * instruments the library does not model (a full NORMLEX export has many).
 *
 * @category model
 */
export interface RatificationTable {
  readonly records: readonly Ratification[];
  readonly skipped: readonly { readonly line: number; readonly instrument: string }[];
}

/**
 * Reads your own ratification table from CSV text (for example exported from NORMLEX), checking
 * every row and reporting every problem with its line.
 *
 * Columns, in any order, header required: `country` (ISO alpha-3 code, or a name the library
 * knows), `instrument` (any form: C138, C.182, No. 29, P29), `status` (ratified, not ratified,
 * unknown; NORMLEX's "In Force" and "Denounced" are understood), `date` (YYYY, YYYY-MM,
 * YYYY-MM-DD or "13 Jun 2017"; optional), `source` (required unless the status is unknown),
 * `note` (optional) and `verification` (verified, secondary, unverified or conflicting; unverified
 * when left out). Commas, semicolons or tabs separate fields.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * const table = parseRatificationCsv('country,instrument,status,date,source\nNPL,C138,ratified,1997,NORMLEX');
 * if (E.isRight(table)) ratificationStatus(nepal, c138, table.right.records).status; // 'ratified'
 * @category constructors
 */
export const parseRatificationCsv = (text: string): E.Either<Problems, RatificationTable> => {
  if (text.length > 5_000_000) {
    return E.left([problem('too-large', '', 'The table is larger than 5 MB; split it.')]);
  }
  const rows = splitCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((f) => f.trim() !== ''));
  const [header, ...body] = rows;
  if (header === undefined) {
    return E.left([
      problem('empty', '', 'The table is empty: it needs a header row and at least one record.'),
    ]);
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: Problem[] = [];
  for (const name of required) {
    if (!names.includes(name)) {
      problems.push(
        problem(
          'required',
          'line 1',
          `The header has no "${name}" column. Columns: ${columns.join(', ')}.`,
        ),
      );
    }
  }
  names.forEach((name, i) => {
    if (!(columns as readonly string[]).includes(name)) {
      problems.push(
        problem(
          'unknown-field',
          `line 1, column ${String(i + 1)}`,
          `"${name}" is not a column this table uses.`,
          closestMatch(name, columns),
        ),
      );
    }
  });
  const [firstHeaderProblem, ...otherHeaderProblems] = problems;
  if (firstHeaderProblem !== undefined) return E.left([firstHeaderProblem, ...otherHeaderProblems]);

  const records: Ratification[] = [];
  const skipped: { line: number; instrument: string }[] = [];
  const seen = new Map<string, number>();
  body.forEach((fields, index) => {
    const line = index + 2;
    const at = (column: string) => `line ${String(line)}, ${column}`;
    const get = (column: string) => (fields[names.indexOf(column)] ?? '').trim();

    const countryText = get('country');
    const country =
      findCountry(countryText)?.code ??
      (/^[A-Z]{3}$/.test(countryText) ? CountryCode.parse(countryText) : undefined);
    if (country === undefined) {
      const suggestion = closestMatch(
        countryText,
        countries.map((c) => c.name),
      );
      problems.push(
        problem(
          countryText === '' ? 'required' : 'unknown-value',
          at('country'),
          countryText === ''
            ? 'The country is missing.'
            : `"${countryText}" is not a country name the library knows; use its ISO alpha-3 code.`,
          suggestion,
        ),
      );
    }

    const instrumentText = get('instrument');
    const instrument = parseInstrumentId(instrumentText);
    if (E.isLeft(instrument)) {
      // A real ILO instrument code the library does not model (C087 in a NORMLEX export).
      if (/^(ilo\s+)?[cpr]\s*[.-]?\s*0*\d{1,3}\b/i.test(instrumentText)) {
        skipped.push({ line, instrument: instrumentText });
        return;
      }
      problems.push(...instrument.left.map((p) => ({ ...p, path: at('instrument') })));
    }

    const statusText = get('status').toLowerCase();
    const status = statuses[statusText];
    if (status === undefined) {
      problems.push(
        problem(
          statusText === '' ? 'required' : 'unknown-value',
          at('status'),
          `Status must be ratified, not ratified or unknown${statusText === '' ? '' : `, not "${statusText}"`}.`,
          statusText === '' ? undefined : closestMatch(statusText, Object.keys(statuses)),
        ),
      );
    }

    const dateText = get('date');
    const date = dateText === '' ? undefined : readDate(dateText);
    if (dateText !== '' && date === undefined) {
      problems.push(
        problem(
          'invalid-value',
          at('date'),
          `"${dateText}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`,
        ),
      );
    }

    const verificationText = get('verification').toLowerCase();
    const verification = VerificationStatus.safeParse(
      verificationText === '' ? 'unverified' : verificationText,
    );
    if (!verification.success) {
      problems.push(
        problem(
          'unknown-value',
          at('verification'),
          `Verification must be one of ${VerificationStatus.options.join(', ')}.`,
          closestMatch(verificationText, VerificationStatus.options),
        ),
      );
    }

    const sourceText = get('source');
    if (sourceText === '' && status !== undefined && status !== 'unknown') {
      problems.push(
        problem(
          'required',
          at('source'),
          'Say where this comes from (for example "NORMLEX, 2026-10-01").',
        ),
      );
    }

    if (
      country === undefined ||
      E.isLeft(instrument) ||
      status === undefined ||
      !verification.success
    ) {
      return;
    }
    const key = `${country}/${instrument.right}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'invalid-value',
          `line ${String(line)}`,
          `${country} and ${cite(instrument.right)} are already given on line ${String(earlier)}.`,
        ),
      );
      return;
    }
    seen.set(key, line);
    const note = get('note');
    records.push({
      country,
      instrumentId: instrument.right,
      status,
      ...(date === undefined ? {} : { date }),
      verification: verification.data,
      sources:
        sourceText === ''
          ? []
          : [/^https?:\/\//.test(sourceText) ? { url: sourceText } : { label: sourceText }],
      ...(note === '' ? {} : { note }),
    });
  });

  const [first, ...rest] = problems;
  if (first !== undefined) return E.left([first, ...rest]);
  return E.right({ records, skipped });
};

/**
 * Lays your records over another table (by default the built-in one): where both have the same
 * country and instrument, yours wins.
 *
 * @example
 * const table = mergeRatifications(myRecords); // use with ratificationStatus(country, id, table)
 * @category combinators
 */
export const mergeRatifications = (
  overrides: readonly Ratification[],
  base: readonly Ratification[] = ratifications,
): readonly Ratification[] => {
  const key = (r: Ratification) => `${r.country}/${r.instrumentId}`;
  const replaced = new Set(overrides.map(key));
  return [...base.filter((r) => !replaced.has(key(r))), ...overrides];
};
