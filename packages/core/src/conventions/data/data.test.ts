import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { decode } from '../../shared/decode.js';
import type { Evidence } from '../../shared/evidence.js';
import {
  Article,
  Country,
  Instrument,
  instrumentIds,
  conventionIds,
  Ratification,
} from '../schema.js';
import {
  articleRecords,
  articles,
  countries,
  countryRecords,
  instrumentRecords,
  instruments,
  ratificationRecords,
  ratifications,
} from './index.js';
import { nonMemberCountries } from './ratifications.js';
import { official } from './sources.js';

/** The problems a schema finds in a record, as readable lines (empty when it decodes). */
const problemsIn =
  (schema: z.ZodType) =>
  (record: unknown): string[] =>
    E.match(
      (problems: readonly { path: string; message: string }[]) =>
        problems.map((p) => `${p.path}: ${p.message}`),
      () => [],
    )(decode(schema)(record));

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, i) => values.indexOf(value) !== i);

/** Case, accents, punctuation and US spelling ignored, as people type names. */
const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\blabor\b/g, 'labour')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

const instrumentById = new Map(instruments.map((i) => [i.id as string, i]));
const articleById = new Map(articles.map((a) => [a.id as string, a]));
const article = (id: string) => articleById.get(id);
const paragraph = (articleId: string, ref: string) =>
  article(articleId)?.paragraphs.find((p) => p.ref === ref);
const ratification = (country: string, instrumentId: string) =>
  ratifications.find((r) => r.country === country && r.instrumentId === instrumentId);

// The articles the library's functions and search cite; each must be held.
const requiredArticles: Readonly<Record<string, readonly string[]>> = {
  C29: ['1', '2', '25'],
  P29: ['1', '2', '3', '4', '5', '6', '7'],
  C138: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  C182: ['1', '2', '3', '4', '5', '6', '7', '8'],
  C97: ['1', '2', '3', '4', '6', '8', '11', '14', 'Annex I', 'Annex II', 'Annex III'],
  C143: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '14', '15', '16'],
  C105: ['1'],
  C181: ['7', '8'],
  PALERMO: ['2', '3'],
};

// The paragraphs practitioners cite on their own; each must be held.
const requiredParagraphs: Readonly<Record<string, readonly string[]>> = {
  'C29:1': ['1(1)', '1(2)', '1(3)'],
  'C29:2': ['2(1)', '2(2)(a)', '2(2)(b)', '2(2)(c)', '2(2)(d)', '2(2)(e)'],
  'P29:1': ['1(1)', '1(2)', '1(3)'],
  'P29:2': ['2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)'],
  'P29:4': ['4(1)', '4(2)'],
  'C138:2': ['2(1)', '2(2)', '2(3)', '2(4)', '2(5)'],
  'C138:3': ['3(1)', '3(2)', '3(3)'],
  'C138:4': ['4(1)'],
  'C138:7': ['7(1)', '7(2)', '7(3)', '7(4)'],
  'C138:8': ['8(1)'],
  'C138:9': ['9(1)', '9(2)', '9(3)'],
  'C182:3': ['3(a)', '3(b)', '3(c)', '3(d)'],
  'C182:4': ['4(1)', '4(2)', '4(3)'],
  'C182:7': ['7(1)', '7(2)', '7(2)(a)', '7(2)(b)', '7(2)(c)', '7(2)(d)', '7(2)(e)', '7(3)'],
  'C97:6': ['6(1)', '6(1)(a)(i)', '6(1)(b)', '6(1)(c)', '6(1)(d)'],
  'C143:9': ['9(1)', '9(2)'],
  'C143:14': ['14(a)', '14(b)', '14(c)'],
  'PALERMO:3': ['3(a)', '3(b)'],
};

const pathfinders = ['MDG', 'NPL', 'MRT', 'CHL', 'UGA', 'ALB', 'NGA', 'VNM', 'FJI'];

describe('every record decodes through its schema', () => {
  it.each(instrumentRecords.map((r) => [r.id, r] as const))('instrument %s', (_id, record) => {
    expect(problemsIn(Instrument)(record)).toEqual([]);
  });
  it.each(articleRecords.map((r) => [r.id, r] as const))('article %s', (_id, record) => {
    expect(problemsIn(Article)(record)).toEqual([]);
  });
  it.each(countryRecords.map((r) => [r.code, r] as const))('country %s', (_code, record) => {
    expect(problemsIn(Country)(record)).toEqual([]);
  });
  it.each(ratificationRecords.map((r) => [`${r.country} ${r.instrumentId}`, r] as const))(
    'ratification %s',
    (_key, record) => {
      expect(problemsIn(Ratification)(record)).toEqual([]);
    },
  );
});

describe('instruments', () => {
  it('has exactly one record per instrument id, in the order of instrumentIds', () => {
    expect(instruments.map((i) => i.id)).toEqual([...instrumentIds]);
  });

  it('models the conventions and the Protocol in full and everything else in summary', () => {
    const full = instruments.filter((i) => i.coverage === 'full').map((i) => i.id);
    expect(full).toEqual([...conventionIds]);
  });

  it('points supplements, recommendations and related at instruments that exist, never itself', () => {
    const broken = instruments.flatMap((i) =>
      [...i.supplements, ...i.recommendations, ...i.related]
        .filter((target) => !instrumentById.has(target) || target === i.id)
        .map((target) => `${i.id} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('lists as recommendations only recommendations that supplement it, and the reverse', () => {
    const broken: string[] = [];
    for (const i of instruments) {
      for (const r of i.recommendations) {
        const target = instrumentById.get(r);
        if (target?.kind !== 'recommendation' || !target.supplements.includes(i.id)) {
          broken.push(`${i.id} lists ${r}`);
        }
      }
      if (i.kind === 'recommendation') {
        for (const s of i.supplements) {
          if (!instrumentById.get(s)?.recommendations.includes(i.id)) {
            broken.push(`${i.id} supplements ${s}, which does not list it`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives P.29 as supplementing C.29 and R.203 as supplementing both', () => {
    expect(instrumentById.get('P29')?.supplements).toEqual(['C29']);
    expect(instrumentById.get('R203')?.supplements).toEqual(['C29', 'P29']);
  });

  it('has no name, alias or code that could point at two instruments', () => {
    const names = instruments.flatMap((i) =>
      [...new Set([i.title, i.longTitle.value, i.code, ...i.aliases].map(normalise))].map(
        (name) => `${name} (${i.id})`,
      ),
    );
    const clashes = duplicates(names.map((n) => n.replace(/ \([^)]*\)$/, '')));
    expect(clashes).toEqual([]);
  });

  it('gives ratification counts only to ratifiable instruments, and one to every convention', () => {
    for (const i of instruments) {
      if (i.kind === 'recommendation' || i.kind === 'sdg-target')
        expect(i.ratifications).toBeNull();
    }
    const counted = instruments.filter((i) => i.ratifications !== null).map((i) => i.id);
    expect(counted).toEqual(expect.arrayContaining([...conventionIds, 'C105', 'C181', 'PALERMO']));
  });

  it('says C.182 was universally ratified by 187 States as of 4 August 2020', () => {
    expect(instrumentById.get('C182')?.ratifications?.value).toEqual({
      count: 187,
      asOf: '2020-08-04',
      atLeast: false,
    });
  });

  it('gives P.29 a milestone (at least 50), not a total', () => {
    expect(instrumentById.get('P29')?.ratifications?.value.atLeast).toBe(true);
  });
});

describe('articles', () => {
  it('have unique ids made of the instrument and the article number', () => {
    expect(duplicates(articles.map((a) => a.id))).toEqual([]);
    const wrong = articles.filter((a) => a.id !== `${a.instrumentId}:${a.number}`).map((a) => a.id);
    expect(wrong).toEqual([]);
  });

  it('belong to instruments that exist', () => {
    expect(articles.filter((a) => !instrumentById.has(a.instrumentId)).map((a) => a.id)).toEqual(
      [],
    );
  });

  it('come instrument by instrument, by article number, annexes last', () => {
    const rank = (a: (typeof articles)[number]) => [
      instrumentIds.indexOf(a.instrumentId),
      a.number.startsWith('Annex') ? 1000 + a.number.length : Number(a.number),
    ];
    const sorted = [...articles].sort((x, y) => {
      const [xi = 0, xn = 0] = rank(x);
      const [yi = 0, yn = 0] = rank(y);
      return xi - yi || xn - yn;
    });
    expect(articles.map((a) => a.id)).toEqual(sorted.map((a) => a.id));
  });

  it('have paragraphs whose references start with the article number, without repeats', () => {
    const wrong = articles.flatMap((a) =>
      a.paragraphs
        .filter((p) => p.ref !== a.number && !p.ref.startsWith(`${a.number}(`))
        .map((p) => `${a.id} ${p.ref}`),
    );
    expect(wrong).toEqual([]);
    const repeated = articles.flatMap((a) =>
      duplicates(a.paragraphs.map((p) => `${a.id} ${p.ref}`)),
    );
    expect(repeated).toEqual([]);
  });

  it('have keywords for search, without repeats (US and UK spellings are both kept)', () => {
    expect(articles.filter((a) => a.keywords.length < 3).map((a) => a.id)).toEqual([]);
    const repeated = articles.flatMap((a) =>
      duplicates(a.keywords.map((k) => `${a.id} ${k.toLowerCase()}`)),
    );
    expect(repeated).toEqual([]);
  });

  it('give every fully modelled instrument at least three articles', () => {
    for (const id of conventionIds) {
      expect(articles.filter((a) => a.instrumentId === id).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(Object.entries(requiredArticles))('hold the required articles of %s', (id, numbers) => {
    const missing = numbers.filter((n) => !articleById.has(`${id}:${n}`));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(requiredParagraphs))('hold the cited paragraphs of %s', (id, refs) => {
    const missing = refs.filter((ref) => paragraph(id, ref) === undefined);
    expect(missing).toEqual([]);
  });

  it('put C.143 Articles 1-9 in Part I and 10-14 in Part II', () => {
    for (const a of articles.filter((x) => x.instrumentId === 'C143')) {
      const n = Number(a.number);
      if (n <= 9) expect(a.part, a.id).toMatch(/^Part I:/);
      else if (n <= 14) expect(a.part, a.id).toMatch(/^Part II:/);
    }
  });

  it('spell out the conditions of the prison-labour exception, C.29 Art. 2(2)(c)', () => {
    const text = paragraph('C29:2', '2(2)(c)')?.summary ?? '';
    expect(text).toMatch(/conviction in a court of law/);
    expect(text).toMatch(/supervision and control of a public authority/);
    expect(text).toMatch(/private individuals, companies or associations/);
  });

  it('give the ages C.138 sets: 15, 14, 18, 16 and 13', () => {
    expect(paragraph('C138:2', '2(3)')?.summary).toMatch(/\b15\b/);
    expect(paragraph('C138:2', '2(4)')?.summary).toMatch(/\b14\b/);
    expect(paragraph('C138:3', '3(1)')?.summary).toMatch(/\b18\b/);
    expect(paragraph('C138:3', '3(3)')?.summary).toMatch(/\b16\b/);
    expect(paragraph('C138:7', '7(1)')?.summary).toMatch(/\b13 to 15\b/);
  });
});

describe('verification status', () => {
  const facts = instruments.flatMap((i) => {
    const named: readonly (readonly [string, Evidence | null])[] = [
      ['longTitle', i.longTitle],
      ['adoption', i.adoption],
      ['entryIntoForce', i.entryIntoForce],
      ['fundamental', i.fundamental],
      ['ratifications', i.ratifications],
    ];
    return named.flatMap(([name, fact]) =>
      fact === null ? [] : [{ where: `${i.id}.${name}`, fact }],
    );
  });

  it('explains every unverified or conflicting fact, article and paragraph in a note', () => {
    const uncertain = (status: string | undefined) =>
      status === 'unverified' || status === 'conflicting';
    const silent = [
      ...facts
        .filter(({ fact }) => uncertain(fact.status) && fact.note === undefined)
        .map((f) => f.where),
      ...articles.filter((a) => uncertain(a.status) && a.note === undefined).map((a) => a.id),
      ...articles.flatMap((a) =>
        a.paragraphs
          .filter((p) => uncertain(p.status) && p.note === undefined)
          .map((p) => `${a.id} ${p.ref}`),
      ),
    ];
    expect(silent).toEqual([]);
  });

  it('marks a fact verified only when an official source is cited for it', () => {
    const officialUrls = new Set(Object.values(official).map((source) => source.url));
    const cited = (sources: readonly { url: string }[]) =>
      sources.some((source) => officialUrls.has(source.url));
    const unsupported = [
      ...facts
        .filter(({ fact }) => fact.status === 'verified' && !cited(fact.sources))
        .map((f) => f.where),
      ...articles.filter((a) => a.status === 'verified' && !cited(a.sources)).map((a) => a.id),
      ...ratifications
        .filter((r) => r.verification === 'verified')
        .filter((r) => !cited(r.sources.flatMap((source) => ('url' in source ? [source] : []))))
        .map((r) => `${r.country} ${r.instrumentId}`),
    ];
    expect(unsupported).toEqual([]);
  });

  it('carries the known uncertain points with their status', () => {
    expect(paragraph('C138:7', '7(4)')?.status).toBe('unverified');
    expect(article('C97:8')?.status).toBe('unverified');
    for (const n of ['2', '3', '4']) expect(article(`C143:${n}`)?.status, n).toBe('unverified');
    expect(paragraph('C143:14', '14(b)')?.status).toBe('unverified');
    expect(instrumentById.get('P29')?.fundamental?.status).toBe('unverified');
    expect(article('C182:8')?.status).not.toBe('verified');
    expect(instrumentById.get('C182')?.adoption.status).toBe('conflicting');
    expect(instrumentById.get('C182')?.adoption.value.date).toBe('1999-06-17');
    expect(instrumentById.get('P29')?.adoption.value.date).toBe('2014-06-11');
  });

  it('counts C.29, C.105, C.138 and C.182 as fundamental and the migration conventions as not', () => {
    for (const id of ['C29', 'C105', 'C138', 'C182']) {
      expect(instrumentById.get(id)?.fundamental?.value, id).toBe(true);
    }
    for (const id of ['C97', 'C143', 'C181', 'C189']) {
      expect(instrumentById.get(id)?.fundamental?.value, id).toBe(false);
    }
    for (const id of ['PALERMO', 'SDG-8.7', 'R190']) {
      expect(instrumentById.get(id)?.fundamental, id).toBeNull();
    }
  });
});

describe('countries', () => {
  it('have unique codes, and no name or alias shared by two countries', () => {
    expect(duplicates(countries.map((c) => c.code))).toEqual([]);
    const names = countries.flatMap((c) => [
      ...new Set([c.code, c.name, ...c.aliases].map(normalise)),
    ]);
    expect(duplicates(names)).toEqual([]);
  });

  it('include the nine Pathfinder countries of seed 003, and only those as Pathfinders', () => {
    const flagged = countries.filter((c) => c.pathfinder).map((c) => c.code);
    expect([...flagged].sort()).toEqual([...pathfinders].sort());
    for (const code of pathfinders) {
      const country = countries.find((c) => c.code === code);
      expect(
        country?.mentions.some((m) => m.seed === '003_108115038eae456f.txt'),
        code,
      ).toBe(true);
    }
  });

  it('find Viet Nam and the Republic of Moldova under their other spellings', () => {
    const byName = (name: string) =>
      countries.find((c) => [c.name, ...c.aliases].map(normalise).includes(normalise(name)))?.code;
    expect(byName('Vietnam')).toBe('VNM');
    expect(byName('Viet Nam')).toBe('VNM');
    expect(byName('Moldova')).toBe('MDA');
    expect(byName('Cape Verde')).toBe('CPV');
  });
});

describe('ratifications', () => {
  it('concern countries and instruments that exist, one record per pair', () => {
    const codes = new Set(countries.map((c) => c.code as string));
    const unknown = ratifications
      .filter((r) => !codes.has(r.country) || !instrumentById.has(r.instrumentId))
      .map((r) => `${r.country} ${r.instrumentId}`);
    expect(unknown).toEqual([]);
    expect(duplicates(ratifications.map((r) => `${r.country} ${r.instrumentId}`))).toEqual([]);
  });

  it('give a declared minimum age only for C.138 ratifications', () => {
    const wrong = ratifications
      .filter((r) => r.declaredMinimumAge !== undefined)
      .filter((r) => r.instrumentId !== 'C138' || r.status !== 'ratified')
      .map((r) => `${r.country} ${r.instrumentId}`);
    expect(wrong).toEqual([]);
  });

  it('never date a ratification before the instrument was adopted', () => {
    const early = ratifications
      .filter((r) => r.date !== undefined)
      .filter((r) => Number(r.date?.slice(0, 4)) < (instrumentById.get(r.instrumentId)?.year ?? 0))
      .map((r) => `${r.country} ${r.instrumentId} ${String(r.date)}`);
    expect(early).toEqual([]);
  });

  it('explain every unknown, unverified or conflicting record in a note', () => {
    const silent = ratifications
      .filter((r) => r.status === 'unknown' || r.verification !== 'verified')
      .filter((r) => r.verification !== 'secondary' || r.status === 'unknown')
      .filter((r) => r.note === undefined)
      .map((r) => `${r.country} ${r.instrumentId}`);
    expect(silent).toEqual([]);
  });

  it('record C.182 as ratified by every listed ILO member, and by no one else', () => {
    for (const c of countries) {
      const record = ratification(c.code, 'C182');
      if (nonMemberCountries.includes(c.code)) expect(record, c.code).toBeUndefined();
      else expect(record?.status, c.code).toBe('ratified');
    }
  });

  it('keep parliamentary approvals without a confirmed deposit as unknown', () => {
    expect(ratification('MDG', 'P29')?.status).toBe('unknown');
    expect(ratification('VNM', 'C105')?.status).toBe('unknown');
    expect(ratification('NPL', 'P29')?.status).toBe('unknown');
  });

  it('apply the conflict rules: Nepal C.182 on 3 January 2002, Thailand on 16 February 2001', () => {
    expect(ratification('NPL', 'C182')).toMatchObject({
      date: '2002-01-03',
      verification: 'conflicting',
    });
    expect(ratification('THA', 'C182')).toMatchObject({
      date: '2001-02-16',
      verification: 'conflicting',
    });
  });

  it('write no record where the sources say nothing', () => {
    expect(ratification('NGA', 'P29')).toBeUndefined();
    expect(ratification('UGA', 'P29')).toBeUndefined();
    expect(ratification('XKX', 'C138')).toBeUndefined();
  });

  it('give the declared minimum ages the sources report', () => {
    const ages = Object.fromEntries(
      ratifications
        .filter((r) => r.declaredMinimumAge !== undefined)
        .map((r) => [r.country, r.declaredMinimumAge]),
    );
    expect(ages).toEqual({ MRT: 14, CHL: 15, ALB: 16, BRA: 16, ARM: 16, THA: 15 });
  });
});
