import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../conventions/catalogue.js';
import { InstrumentId } from '../conventions/schema.js';
import { decode } from '../shared/decode.js';
import { formatCitation, knowledgeDocuments, readableDate } from './documents.js';
import { defaultKnowledgeSources } from './knowledgeIndex.js';
import { KnowledgeDocument } from './schema.js';

const documents = knowledgeDocuments(defaultKnowledgeSources);
const find = (kind: string, id: string) => documents.find((d) => d.kind === kind && d.id === id);

describe('the knowledge documents', () => {
  it('decode through the schema, every one', () => {
    for (const doc of documents) {
      expect(decode(KnowledgeDocument)(doc), `${doc.kind}:${doc.id}`).toEqual(E.right(doc));
    }
  });

  it('have ids unique within their kind', () => {
    const keys = documents.map((d) => `${d.kind}:${d.id}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('cover every record of every source', () => {
    const sources = defaultKnowledgeSources;
    const count = (kind: string) => documents.filter((d) => d.kind === kind).length;
    expect(count('convention') + count('instrument')).toBe(sources.instruments.length);
    expect(count('article')).toBe(sources.articles.length);
    expect(count('glossary')).toBe(sources.glossary.length);
    expect(count('actor')).toBe(sources.actorTypes.length);
    expect(count('intervention')).toBe(sources.interventionTypes.length);
    expect(count('matrix')).toBe(sources.matrixCells.length + 1);
    expect(count('criterion')).toBe(sources.criteria.length);
    expect(count('practice')).toBe(sources.practices.length);
    expect(count('pathfinder')).toBe(sources.pathfinders.length);
    expect(count('lesson')).toBe(sources.pathfinderLessons.length);
    expect(count('initiative')).toBe(sources.businessInitiatives.length);
    expect(count('organisation')).toBe(sources.organisations.length);
    expect(count('programme')).toBe(sources.iloProgrammes.length);
    expect(count('country')).toBe(sources.countries.length);
  });

  it('cite only articles and paragraphs the library holds', () => {
    for (const doc of documents) {
      for (const citation of [...doc.citations, ...doc.facts.map((f) => f.citation)]) {
        if (citation.kind !== 'instrument' || citation.ref === undefined) continue;
        const number = citation.ref.replace(/\(.*$/, '');
        const article = getArticle(citation.instrumentId, number);
        expect(article, `${doc.id} cites ${formatCitation(citation)}`).toBeDefined();
      }
    }
  });

  it('name the convention of every article', () => {
    for (const doc of documents.filter((d) => d.kind === 'article')) {
      expect(doc.conventionId, doc.id).toBe(doc.id.split(':')[0]);
    }
  });

  it('state the ages of C.138 on the articles that set them, as minimumAge gives them', () => {
    const age = (id: string) => find('article', id)?.facts.find((f) => f.topic === 'age');
    expect(age('C138:3')?.statement).toMatch(/^18: C\.138 Art\. 3\(1\)/);
    expect(age('C138:3')?.statement).toContain('16 (');
    expect(age('C138:2')?.statement).toMatch(/^15: C\.138 Art\. 2\(3\)/);
    expect(age('C138:7')?.statement).toMatch(/^13: C\.138 Art\. 7\(1\)/);
    expect(age('C138:7')?.statement).toContain('12 (C.138 Art. 7(4)) (unverified)');
  });

  it('carry the verification status of the facts they state', () => {
    const c138 = find('convention', 'C138');
    const ratifications = c138?.facts.find((f) => f.topic === 'ratifications');
    expect(ratifications?.statement).toMatch(
      /^176 ratifications of C\.138 as of July 2023 \(from secondary sources\)/,
    );
  });

  it("give a country's position on each instrument, unknown where there is no record", () => {
    const nepal = find('country', 'NPL');
    const fact = (id: string) => nepal?.facts.find((f) => f.cues.includes(id))?.statement;
    expect(fact('C138')).toBe('Nepal ratified C.138 in 1997.');
    expect(fact('C97')).toMatch(/^No record/);
  });
});

describe('readableDate', () => {
  it('writes a date as precisely as it is known', () => {
    expect(readableDate('1999-06-17')).toBe('17 June 1999');
    expect(readableDate('2019-02')).toBe('February 2019');
    expect(readableDate('2016')).toBe('2016');
  });
});

describe('formatCitation', () => {
  it('writes a provision, a seed section and a page the way people cite them', () => {
    expect(
      formatCitation({ kind: 'instrument', instrumentId: InstrumentId.parse('C138'), ref: '3(3)' }),
    ).toBe('C.138 Art. 3(3)');
    expect(
      formatCitation({
        kind: 'seed',
        seed: '000_13e4478fe2e762d6.txt',
        section: 'Making a partnership work',
      }),
    ).toBe('seed 000_13e4478fe2e762d6.txt, "Making a partnership work"');
    expect(
      formatCitation({ kind: 'page', url: 'https://normlex.ilo.org/', label: 'NORMLEX' }),
    ).toBe('NORMLEX (https://normlex.ilo.org/)');
  });
});
