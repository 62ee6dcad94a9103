import { describe, expect, it } from 'vitest';
import { search } from './createKnowledgeIndex.js';

const ids = (query: string, options?: Parameters<typeof search>[1]) =>
  search(query, options).map((hit) => `${hit.kind}:${hit.id}`);

describe('search', () => {
  it('finds records from the first letters typed', () => {
    expect(ids('min', { kinds: ['convention'] })[0]).toBe('convention:C138');
    expect(ids('worst fo', { kinds: ['convention'] })[0]).toBe('convention:C182');
  });

  it('puts an id typed in full first', () => {
    expect(ids('c138')[0]).toBe('convention:C138');
    expect(ids('WFCL')).toContain('glossary:WFCL');
  });

  it('returns only the kinds asked for', () => {
    const hits = search('child labour', { kinds: ['practice', 'pathfinder'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.kind === 'practice' || hit.kind === 'pathfinder')).toBe(true);
  });

  it('returns at most the limit, 25 by default', () => {
    expect(search('child').length).toBe(25);
    expect(search('child', { limit: 3 })).toHaveLength(3);
  });

  it('lists the conventions first for an empty query', () => {
    expect(ids('', { limit: 6 })).toEqual([
      'convention:C29',
      'convention:P29',
      'convention:C138',
      'convention:C182',
      'convention:C97',
      'convention:C143',
    ]);
  });

  it('falls back to the typo-tolerant ranking when nothing starts with what was typed', () => {
    expect(ids('hazardus work', { kinds: ['article'] })).toContain('article:C138:3');
  });

  it('gives each hit its kind, id and title', () => {
    expect(search('C182 Art. 8', { limit: 1 })[0]).toEqual({
      kind: 'article',
      id: 'C182:8',
      title: 'C.182 Art. 8: International cooperation and assistance',
    });
  });
});
