import { describe, expect, it } from 'vitest';
import { applicableStandards } from './applicableStandards.js';
import { articles } from './data/index.js';

describe('applicableStandards', () => {
  it('gives C.182 and C.138 for child labour in one country, and always SDG 8.7', () => {
    const ids = applicableStandards({
      concerns: ['child-labour'],
      people: ['children'],
      geography: 'in-country',
    }).map((s) => s.instrumentId);
    expect(ids).toEqual(['C182', 'C138', 'SDG-8.7']);
  });

  it('adds C.182 Art. 8 on international cooperation across borders, once per instrument', () => {
    const standards = applicableStandards({
      concerns: ['child-labour'],
      people: ['children'],
      geography: 'cross-border',
    });
    const c182 = standards.filter((s) => s.instrumentId === 'C182');
    expect(c182).toHaveLength(1);
    expect(c182[0]?.articles.map((a) => a.citation)).toContain('C.182 Art. 8');
  });

  it('gives the forced-labour, trafficking and migration instruments for cross-border trafficking of adults', () => {
    const ids = applicableStandards({
      concerns: ['trafficking'],
      people: ['adults'],
      geography: 'cross-border',
    }).map((s) => s.instrumentId);
    expect(ids).toEqual(['C29', 'P29', 'PALERMO', 'C97', 'C143', 'C181', 'SDG-8.7']);
  });

  it('brings in C.182 for trafficking of children', () => {
    const ids = applicableStandards({
      concerns: ['trafficking'],
      people: ['children'],
      geography: 'in-country',
    }).map((s) => s.instrumentId);
    expect(ids).toContain('C182');
    expect(ids).not.toContain('C97');
  });

  it('explains every provision it lists, with an article id the library holds', () => {
    for (const standard of applicableStandards({
      concerns: ['child-labour', 'forced-labour', 'trafficking', 'migrant-workers'],
      people: ['children', 'adults'],
      geography: 'both',
    })) {
      expect(standard.why).not.toBe('');
      for (const article of standard.articles) {
        expect(article.why).not.toBe('');
        expect(articles.map((a) => a.id)).toContain(article.articleId);
      }
    }
  });
});
