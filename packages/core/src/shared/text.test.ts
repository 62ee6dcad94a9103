import { describe, expect, it } from 'vitest';
import { textWords } from './text.js';

describe('textWords', () => {
  it('reads British and American spelling, plurals and case alike', () => {
    expect(textWords('Labor Organizations, policies')).toEqual([
      'labour',
      'organisation',
      'policy',
    ]);
    expect(textWords('surveys')).toEqual(textWords('Survey'));
  });
  it('keeps words like "process" and "analysis" whole', () => {
    expect(textWords('process analysis focus')).toEqual(['process', 'analysis', 'focus']);
  });
});
