import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closest.js';

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('laobur', 'labour')).toBe(1);
  });
  it('is zero for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('ngo', 'ngo')).toBe(0);
    expect(editDistance('', 'media')).toBe(5);
  });
});

describe('closestMatch', () => {
  it('suggests the closest candidate for a typo', () => {
    expect(closestMatch('goverment', ['government', 'ngo', 'media'])).toBe('government');
  });
  it('ignores case, accents and punctuation', () => {
    expect(closestMatch("Employers' Organisation", ['employers-organisation', 'media'])).toBe(
      'employers-organisation',
    );
  });
  it('suggests nothing when no candidate is plausibly meant', () => {
    expect(closestMatch('banana', ['government', 'ngo', 'media'])).toBeUndefined();
    expect(closestMatch('  ', ['government'])).toBeUndefined();
  });
});
