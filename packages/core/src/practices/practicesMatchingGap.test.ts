import { describe, expect, it } from 'vitest';
import { practicesMatchingGap } from './practicesMatchingGap.js';

const topIds = (keywords: readonly string[], n: number) =>
  practicesMatchingGap(keywords)
    .slice(0, n)
    .map((m) => m.practice.id);

describe('practicesMatchingGap', () => {
  it('suggests the cases about data and surveys for a plan without baseline data', () => {
    const matches = practicesMatchingGap(['no baseline data']);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.themes).toContain('data-and-research');
    expect(matches.map((m) => m.practice.id)).toContain('kosovo-romania-clms');
  });

  it('puts child labour monitoring systems first for a plan without a monitoring mechanism', () => {
    const [first, second] = practicesMatchingGap(['no monitoring mechanism']);
    expect(first?.practice.id).toBe('clms-exchange-eastern-europe-central-asia');
    expect(first?.themes).toContain('child-labour-monitoring');
    expect(second?.themes).toContain('child-labour-monitoring');
  });

  it('matches a gap to necessary conditions as well as themes', () => {
    const matches = practicesMatchingGap(['no high-level endorsement']);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.conditions).toContain('political-commitment');
  });

  it('ranks a case higher when the gap names more of what it is about', () => {
    const ranked = topIds(['trafficking victims'], 2);
    expect(ranked.sort()).toEqual([
      'central-america-csec-cooperation',
      'mekong-youth-forum-trafficking',
    ]);
  });

  it('understands American spelling and plurals in the gap', () => {
    expect(topIds(['no Labor Inspection'], 1)).toEqual(['latin-america-labour-inspection']);
    expect(practicesMatchingGap(['labor inspectors'])[0]?.themes).toEqual(['labour-inspection']);
  });

  it('explains each match and scores it from what it matched', () => {
    for (const m of practicesMatchingGap(['no coordination unit', 'no funding'])) {
      const fromThemesAndConditions = 3 * m.themes.length + 2 * m.conditions.length;
      expect(m.score).toBeGreaterThanOrEqual(fromThemesAndConditions + m.terms.length);
      expect(m.score).toBeLessThanOrEqual(fromThemesAndConditions + 2 * m.terms.length);
      expect(m.score).toBeGreaterThanOrEqual(2);
    }
  });

  it('returns nothing for a gap unrelated to any case, or made only of gap words', () => {
    expect(practicesMatchingGap(['banana'])).toEqual([]);
    expect(practicesMatchingGap(['no', 'lack of', ''])).toEqual([]);
    expect(practicesMatchingGap([])).toEqual([]);
  });

  it('does not suggest a case for one chance word of its text', () => {
    const ids = practicesMatchingGap(['no high-level endorsement']).map((m) => m.practice.id);
    expect(ids).not.toContain('mekong-youth-forum-trafficking');
  });

  it('ignores words found in most cases, such as "child labour"', () => {
    expect(practicesMatchingGap(['child labour'])).toEqual([]);
  });

  it('honours limit and minScore', () => {
    expect(practicesMatchingGap(['no funding'], { limit: 2 })).toHaveLength(2);
    expect(practicesMatchingGap(['no funding'], { limit: -1 })).toEqual([]);
    const strict = practicesMatchingGap(['no coordination unit'], { minScore: 6 });
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.length).toBeLessThan(practicesMatchingGap(['no coordination unit']).length);
    for (const m of strict) expect(m.score).toBeGreaterThanOrEqual(6);
  });

  it('gives the same answer every time', () => {
    expect(practicesMatchingGap(['no monitoring mechanism'])).toEqual(
      practicesMatchingGap(['no monitoring mechanism']),
    );
  });
});
