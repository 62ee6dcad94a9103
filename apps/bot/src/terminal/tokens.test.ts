import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('splits on spaces and keeps quoted text, including typographic quotes, together', () => {
    expect(tokenize('/article convention:C138 number:3')).toEqual([
      '/article',
      'convention:C138',
      'number:3',
    ]);
    expect(tokenize('/ask "forced labour"  now')).toEqual(['/ask', 'forced labour', 'now']);
    expect(tokenize('/convention id:“Minimum Age Convention”')).toEqual([
      '/convention',
      'id:Minimum Age Convention',
    ]);
    expect(tokenize("/ask what's this")).toEqual(['/ask', "what's", 'this']);
  });

  it('keeps an empty quoted value and ignores surrounding spaces', () => {
    expect(tokenize('  /ask ""  ')).toEqual(['/ask', '']);
  });
});
