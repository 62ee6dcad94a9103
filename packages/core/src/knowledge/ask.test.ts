import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CountryCode, InstrumentId, type Ratification } from '../conventions/schema.js';
import { ask, createKnowledgeIndex, knowledgeIndex } from './createKnowledgeIndex.js';
import { defaultKnowledgeSources, defaultSearchTuning } from './knowledgeIndex.js';
import type { KnowledgeAnswer, AskResult } from './schema.js';

const result = (question: string, answer = ask): AskResult => {
  const asked = answer(question);
  if (E.isLeft(asked)) throw new Error(asked.left.map((p) => p.message).join('; '));
  return asked.right;
};

const first = (question: string): KnowledgeAnswer => {
  const found = result(question);
  if (found.status === 'unknown') throw new Error(`"${question}": ${found.message}`);
  return found.answers[0];
};

describe('ask: convention ids in any form', () => {
  it.each([
    'C138',
    'C.138',
    'c 138',
    'No. 138',
    'Convention 138',
    'ILO Convention No. 138',
    'C-138',
  ])('goes straight to C.138 for "%s"', (question) => {
    expect(first(question)).toMatchObject({ kind: 'convention', id: 'C138', conventionId: 'C138' });
  });

  it('reads the Protocol and the recommendations too', () => {
    expect(first('P29')).toMatchObject({ kind: 'convention', id: 'P29' });
    expect(first('R190')).toMatchObject({ kind: 'instrument', id: 'R190' });
  });

  it('goes straight to a convention named by its title', () => {
    expect(first('Minimum Age Convention')).toMatchObject({ id: 'C138' });
    expect(first('what does the worst forms of child labour convention say?')).toMatchObject({
      id: 'C182',
    });
  });

  it('says an instrument the library does not model is not modelled, rather than guessing', () => {
    const found = result('what does C100 say about equal pay?');
    expect(found.status).toBe('unknown');
    if (found.status === 'unknown') expect(found.message).toMatch(/not modelled/);
  });
});

describe('ask: article references', () => {
  it('goes straight to the article', () => {
    expect(first('article 8 of C182')).toMatchObject({ kind: 'article', id: 'C182:8' });
    expect(first('C.29 Art 2')).toMatchObject({
      kind: 'article',
      id: 'C29:2',
      citation: 'C.29 Art. 2',
    });
    expect(first('what does art. 7 of the minimum age convention say')).toMatchObject({
      id: 'C138:7',
    });
  });

  it('states the paragraph named, with its citation', () => {
    const answer = first('C138 Art. 3(3)');
    expect(answer).toMatchObject({ id: 'C138:3', citation: 'C.138 Art. 3(3)' });
    expect(answer.text).toMatch(/^C\.138 Art\. 3\(3\): .*16/);
  });

  it('lists the articles it holds when asked for one it does not', () => {
    const found = result('article 99 of C138');
    expect(found.status).toBe('unknown');
    if (found.status === 'unknown') {
      expect(found.message).toContain('does not hold C.138 Art. 99');
      expect(found.suggestions[0]).toMatch(/^C\.138 Art\. 1:/);
    }
  });

  it('asks which convention when the article number alone is given', () => {
    const found = result('what does article 8 say?');
    expect(found.status).toBe('unknown');
    if (found.status === 'unknown') expect(found.message).toMatch(/^Which convention/);
  });
});

describe('ask: facts the data holds come first, with their citation', () => {
  it('gives the minimum age for hazardous work: 18, and 16 under conditions', () => {
    const answer = first("what's the minimum age for hazardous work?");
    expect(answer.text).toMatch(/^18: C\.138 Art\. 3\(1\)/);
    expect(answer.text).toContain('16 (');
    expect(answer.citation).toBe('C.138 Art. 3(1)');
  });

  it('gives the age for light work and the developing-country option, marked unverified', () => {
    const answer = first('minimum age for light work');
    expect(answer.text).toMatch(/^13: C\.138 Art\. 7\(1\)/);
    expect(answer.text).toContain('12 (C.138 Art. 7(4)) (unverified)');
  });

  it('gives a date, with the caveat its sources carry', () => {
    expect(first('when was C182 adopted').text).toMatch(/^17 June 1999: C\.182 was adopted/);
    expect(first('when did the forced labour protocol enter into force').text).toMatch(
      /^9 November 2016/,
    );
  });

  it('answers a yes or no question with yes or no', () => {
    expect(first('is C143 a fundamental convention?').text).toMatch(/^No: C\.143 is not/);
    expect(first('is C182 fundamental').text).toMatch(/^Yes: C\.182 is one/);
  });

  it('states the exception a question is about: prison labour is C.29 Art. 2(2)(c)', () => {
    const answer = first('is prison labour forced labour?');
    expect(answer).toMatchObject({ id: 'C29:2', citation: 'C.29 Art. 2(2)(c)' });
    expect(answer.text).toMatch(/^C\.29 Art\. 2\(2\)\(c\): Prison labour/);
  });

  it("states a country's ratification, and says when there is no record", () => {
    expect(first('has Nepal ratified C138?')).toMatchObject({
      kind: 'country',
      id: 'NPL',
      text: 'Nepal ratified C.138 in 1997.',
    });
    expect(first('did Nigeria ratify the forced labour protocol').text).toMatch(/^No record/);
  });

  it('uses the ratification table it is given', () => {
    const table: Ratification[] = [
      {
        country: CountryCode.parse('NGA'),
        instrumentId: InstrumentId.parse('P29'),
        status: 'ratified',
        date: '2020-05' as Ratification['date'],
        verification: 'verified',
        sources: [{ label: 'Our NORMLEX export, 2026' }],
      },
    ];
    const index = createKnowledgeIndex({ ...defaultKnowledgeSources, ratifications: table });
    const found = result('did Nigeria ratify P29', index.ask);
    expect(found.answers[0]?.text).toBe('Nigeria ratified P.29 in 2020-05.');
  });
});

describe('ask: typos, plurals, case and spelling', () => {
  it('finds what a misspelt question means', () => {
    expect(first('minimun age convension')).toMatchObject({ id: 'C138' });
    expect(first('hazardus work age').text).toMatch(/^18/);
    expect(first('child soliders')).toMatchObject({ id: 'C182:3' });
  });

  it('reads American and British spelling, plurals and capitals alike', () => {
    const ids = (question: string) => result(question).answers.map((a) => `${a.kind}:${a.id}`);
    expect(ids('forced labor definition')).toEqual(ids('forced labour definition'));
    expect(ids('CHILD SOLDIERS')).toEqual(ids('child soldier'));
    expect(ids('employers organizations')).toEqual(ids("employers' organisation"));
  });
});

describe('ask: nothing relevant gives an honest "I don\'t know"', () => {
  it.each(["what's the weather in Geneva tomorrow", 'best pizza in Rome', 'asdfghjkl'])(
    'does not answer "%s"',
    (question) => {
      const found = result(question);
      expect(found.status).toBe('unknown');
      expect(found.answers).toEqual([]);
      if (found.status === 'unknown') expect(found.suggestions.length).toBeGreaterThan(0);
    },
  );

  it('says which words nothing covers, rather than answering on the one word it knows', () => {
    const found = result('minimum wage in France');
    expect(found.status).toBe('unknown');
    if (found.status === 'unknown') expect(found.message).toContain('wage');
  });

  it('is decided by the coverage threshold: with none, the same question gets a weak answer', () => {
    const lenient = createKnowledgeIndex(defaultKnowledgeSources, {
      ...defaultSearchTuning,
      minimumCoverage: 0,
      maximumScore: 1,
    });
    expect(result('minimum wage in France', lenient.ask).status).toBe('answered');
  });
});

describe('ask: what it returns', () => {
  it('refuses an empty or over-long question with a problem', () => {
    expect(ask('   ')).toEqual(E.left([expect.objectContaining({ code: 'empty' })]));
    expect(ask('why '.repeat(200))).toEqual(
      E.left([expect.objectContaining({ code: 'too-large' })]),
    );
  });

  it('ranks answers best first, each cited, at most five', () => {
    const found = result('child soldiers');
    expect(found.answers.length).toBeGreaterThan(0);
    expect(found.answers.length).toBeLessThanOrEqual(5);
    const relevance = found.answers.map((a) => a.relevance);
    expect(relevance.slice(1).every((r) => r <= (relevance[0] ?? 0))).toBe(true);
    for (const answer of found.answers) expect(answer.citation).not.toBe('');
  });

  it('builds the default index once', () => {
    expect(knowledgeIndex()).toBe(knowledgeIndex());
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (question) => {
        const asked = ask(question);
        expect(E.isLeft(asked) || ['answered', 'unknown'].includes(asked.right.status)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
