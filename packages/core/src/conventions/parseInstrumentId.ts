import * as E from 'fp-ts/lib/Either.js';
import { closestMatch } from '../shared/closest.js';
import { problem, type Problems } from '../shared/problem.js';
import { instruments } from './data/index.js';
import { InstrumentId, instrumentIds } from './schema.js';

const modelled = new Set<string>(instrumentIds);

/** Lower case, no accents, words separated by single spaces; `labor` read as `labour`. */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\blabor\b/g, 'labour')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Titles and aliases, normalised, pointing at their instrument.
const names = new Map<string, InstrumentId>();
for (const instrument of instruments) {
  const title = normaliseText(instrument.title);
  names.set(title, instrument.id);
  // "Minimum Age Convention, 1973 (No. 138)" is also written without the year and number.
  names.set(title.replace(/ no\. ?\d+$/, ''), instrument.id);
  names.set(title.replace(/ \d{4}( no\. ?\d+)?$/, '').replace(/ no\. ?\d+$/, ''), instrument.id);
  names.set(normaliseText(instrument.longTitle.value), instrument.id);
  names.set(normaliseText(instrument.code), instrument.id);
  for (const alias of instrument.aliases) names.set(normaliseText(alias), instrument.id);
}
const nameList = [...names.keys()];

const known = (prefix: 'C' | 'P' | 'R', number: string): InstrumentId | undefined => {
  const id = `${prefix}${String(Number(number))}`;
  return modelled.has(id) ? InstrumentId.parse(id) : undefined;
};

const listModelled = (): string =>
  instruments
    .filter((i) => i.coverage === 'full')
    .map((i) => i.code)
    .join(', ');

// "C138", "C.138", "c 138", "C-138", "C029": a letter, optional punctuation, a number.
const coded = /^(c|p|r)\s*[.\-#]?\s*0*(\d{1,3})$/;
// "No. 138", "Convention 138", "ILO Convention No. 182", "Recommendation 190", "Protocol 29".
const numbered =
  /^(?:ilo |the )*(convention|protocol|recommendation)?\s*(?:no\.?|nr\.?|number|#)?\s*0*(\d{1,3})$/;

/**
 * Reads an instrument id from any way people write one: `C138`, `C.138`, `c 138`, `No. 138`,
 * `Convention 138`, `ILO Convention No. 182`, `P29`, `Protocol of 2014`, `R190`,
 * `Minimum Age Convention`, `Palermo Protocol`, `SDG 8.7`. A bare number means the convention.
 *
 * Anything else is a problem that says what was wrong and, where one is close, suggests the
 * instrument probably meant.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * parseInstrumentId('ILO Convention No. 182'); // E.right('C182')
 * parseInstrumentId('Minimum Age Convention'); // E.right('C138')
 * parseInstrumentId('minimun age convension'); // E.left([{ ..., suggestion: 'C138' }])
 * @category constructors
 */
export const parseInstrumentId = (text: string): E.Either<Problems, InstrumentId> => {
  const input = normaliseText(text).replace(/\.$/, '');
  if (input === '')
    return E.left([
      problem('empty', '', 'No instrument given: try C138, P29 or "Minimum Age Convention".'),
    ]);

  const byName = names.get(input) ?? names.get(input.replace(/^(the|ilo) /, ''));
  if (byName !== undefined) return E.right(byName);

  const code = coded.exec(input.replace(/^(ilo |the )+/, ''));
  const number = code === null ? numbered.exec(input) : null;
  if (code !== null || number !== null) {
    const prefix = code
      ? ((code[1] ?? 'c').toUpperCase() as 'C' | 'P' | 'R')
      : number?.[1] === 'protocol'
        ? 'P'
        : number?.[1] === 'recommendation'
          ? 'R'
          : 'C';
    const digits = (code ? code[2] : number?.[2]) ?? '';
    const id = known(prefix, digits);
    if (id !== undefined) return E.right(id);
    const kind = prefix === 'C' ? 'Convention' : prefix === 'P' ? 'Protocol' : 'Recommendation';
    return E.left([
      problem(
        'unknown-value',
        '',
        `${kind} No. ${String(Number(digits))} is not modelled here. The library covers ${listModelled()} in full, and their recommendations and related instruments in summary.`,
      ),
    ]);
  }

  const closest = closestMatch(input, nameList);
  const suggestion = closest === undefined ? undefined : names.get(closest);
  return E.left([
    problem(
      'unknown-value',
      '',
      `"${text.trim()}" is not an instrument the library knows. Write it as C138, C.182, No. 29, P29 or by its title.`,
      suggestion,
    ),
  ]);
};
