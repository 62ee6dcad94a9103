import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  findCountry,
  mergeRatifications,
  parseRatificationCsv,
  ratificationStatus,
  type RatificationTable,
} from './ratifications.js';
import { CountryCode, InstrumentId } from './schema.js';

const country = (code: string) => CountryCode.parse(code);
const id = (text: string) => InstrumentId.parse(text);

const table = (csv: string): RatificationTable => {
  const result = parseRatificationCsv(csv);
  if (E.isLeft(result))
    throw new Error(result.left.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.right;
};

describe('findCountry', () => {
  it('finds a country by code, name or alias, ignoring case', () => {
    expect(findCountry('npl')?.name).toBe('Nepal');
    expect(findCountry('Vietnam')?.code).toBe('VNM');
    expect(findCountry('viet nam')?.code).toBe('VNM');
  });

  it('finds nothing for a country the library does not hold', () => {
    expect(findCountry('Atlantis')).toBeUndefined();
  });
});

describe('ratificationStatus', () => {
  it('answers from a dated, sourced record', () => {
    const answer = ratificationStatus(country('CHL'), id('P29'));
    expect(answer).toMatchObject({ status: 'ratified', date: '2021-01-19' });
    expect(answer.summary).toContain('Chile ratified P.29 on 2021-01-19');
    expect(answer.record?.sources.length).toBeGreaterThan(0);
  });

  it('says unknown, plainly, for a pair with no record', () => {
    const answer = ratificationStatus(country('NGA'), id('C143'));
    expect(answer.status).toBe('unknown');
    expect(answer.record).toBeUndefined();
    expect(answer.summary).toContain('unknown');
  });

  it("ends an unknown record's note with one full stop", () => {
    const answer = ratificationStatus(country('MDG'), id('P29'));
    expect(answer.status).toBe('unknown');
    expect(answer.summary).toMatch(/[^.]\.$/);
  });

  it('flags a date the sources disagree on', () => {
    const answer = ratificationStatus(country('NPL'), id('C182'));
    expect(answer).toMatchObject({ status: 'ratified', date: '2002-01-03' });
    expect(answer.summary).toContain('sources disagree');
  });
});

describe('parseRatificationCsv', () => {
  it('reads a table with quoted fields, NORMLEX words and dates, in any column order', () => {
    const { records, skipped } = table(
      [
        'instrument,country,status,date,source,note',
        'C138,Nepal,In Force,22 May 1997,"NORMLEX, 2026-10-01","declared age 14"',
        'C.182,NPL,ratified,2002-01-03,https://normlex.ilo.org/,',
        'C087,NPL,ratified,1996,NORMLEX,',
        'P29,NPL,unknown,,,',
      ].join('\r\n'),
    );
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      country: 'NPL',
      instrumentId: 'C138',
      status: 'ratified',
      date: '1997-05-22',
      sources: [{ label: 'NORMLEX, 2026-10-01' }],
      note: 'declared age 14',
    });
    expect(records[1]?.sources).toEqual([{ url: 'https://normlex.ilo.org/' }]);
    expect(skipped).toEqual([{ line: 4, instrument: 'C087' }]);
  });

  it('reports every problem in the table at once, with its line and a suggestion', () => {
    const result = parseRatificationCsv(
      [
        'country,instrument,status,date,source',
        'Nepall,C138,ratifed,1997,NORMLEX',
        'NPL,minimun age,ratified,97,',
      ].join('\n'),
    );
    expect(E.isLeft(result)).toBe(true);
    if (E.isRight(result)) return;
    expect(result.left).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'line 2, country', suggestion: 'Nepal' }),
        expect.objectContaining({ path: 'line 2, status', suggestion: 'ratified' }),
        expect.objectContaining({ path: 'line 3, instrument' }),
        expect.objectContaining({ path: 'line 3, date' }),
        expect.objectContaining({ path: 'line 3, source' }),
      ]),
    );
  });

  it('refuses a header without the required columns', () => {
    const result = parseRatificationCsv('nation,convention\nNPL,C138');
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) expect(result.left.map((p) => p.code)).toContain('required');
  });

  it('refuses an empty table and a repeated pair', () => {
    expect(parseRatificationCsv('\n\n')).toEqual(
      E.left([expect.objectContaining({ code: 'empty' })]),
    );
    const repeated = parseRatificationCsv(
      'country,instrument,status,source\nNPL,C138,ratified,x\nNPL,C.138,ratified,y',
    );
    expect(repeated).toEqual(E.left([expect.objectContaining({ path: 'line 3' })]));
  });

  it('lets a loaded table override the built-in records', () => {
    const mine = table(
      'country,instrument,status,source\nNGA,C143,not ratified,NORMLEX 2026',
    ).records;
    const merged = mergeRatifications(mine);
    expect(ratificationStatus(country('NGA'), id('C143'), merged).status).toBe('not-ratified');
    expect(ratificationStatus(country('CHL'), id('P29'), merged).status).toBe('ratified');
  });
});
