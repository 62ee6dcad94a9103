import { describe, expect, it } from 'vitest';
import { contentTerms, foldText, searchTerms, stem, synonymIndex } from './normalise.js';

describe('foldText', () => {
  it('lower-cases, strips accents, apostrophes and punctuation', () => {
    expect(foldText("Employers’ Organizations — Viêt Nam's C.138!")).toBe(
      'employers organizations viet nam c 138',
    );
  });
});

describe('stem', () => {
  it('reads American spellings as British', () => {
    expect(stem('labor')).toBe('labour');
    expect(stem('program')).toBe('programme');
    expect(stem('organization')).toBe('organisation');
    expect(stem('mobilizing')).toBe('mobilising');
  });

  it('makes plurals singular, regular or not', () => {
    expect(stem('countries')).toBe('country');
    expect(stem('workers')).toBe('worker');
    expect(stem('children')).toBe('child');
    expect(stem('churches')).toBe('church');
  });

  it('leaves words that only look plural alone', () => {
    expect(stem('status')).toBe('status');
    expect(stem('basis')).toBe('basis');
    expect(stem('business')).toBe('business');
    expect(stem('dangerous')).toBe('dangerous');
  });
});

describe('searchTerms', () => {
  it('reads the words of a synonym group as one', () => {
    expect(searchTerms('jail labor')).toEqual(['prison', 'labour']);
    expect(searchTerms('Is prison labour forced labour?')).toContain('prison');
  });

  it('uses the synonym groups it is given', () => {
    const groups = synonymIndex([{ canonical: 'fish', words: ['trout'] }]);
    expect(searchTerms('Trout', groups)).toEqual(['fish']);
    expect(searchTerms('jail', groups)).toEqual(['jail']);
  });
});

describe('contentTerms', () => {
  it('drops the words that carry no meaning for the search', () => {
    expect(contentTerms("what's the minimum age for hazardous work?")).toEqual([
      'minimum',
      'age',
      'hazardous',
      'work',
    ]);
  });

  it('gives nothing for a question of stopwords only', () => {
    expect(contentTerms('what is it?')).toEqual([]);
  });
});
