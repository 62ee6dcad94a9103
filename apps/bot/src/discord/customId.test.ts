import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeMenu, encodePage, encodeRun } from './customId.js';

describe('custom ids', () => {
  it('round-trip a command button with its arguments', () => {
    const id = encodeRun('article', { convention: 'C138', number: 3 });
    expect(id).toBe('run:article?convention=C138&number=3');
    expect(decodeCustomId(id)).toEqual({
      kind: 'run',
      command: 'article',
      args: { convention: 'C138', number: '3' },
      replace: false,
    });
    expect(decodeCustomId(encodeRun('score quick', { answers: 'yp' }, true))).toEqual({
      kind: 'run',
      command: 'score quick',
      args: { answers: 'yp' },
      replace: true,
    });
  });

  it('round-trip a menu with a subcommand and fixed arguments, and a page turn', () => {
    expect(decodeCustomId(encodeMenu('score quick', 'answer', { step: 2 }))).toEqual({
      kind: 'menu',
      command: 'score quick',
      arg: 'answer',
      args: { step: '2' },
      replace: false,
    });
    expect(decodeCustomId(encodePage('k1', 4))).toEqual({ kind: 'page', key: 'k1', index: 4 });
  });

  it('ignores ids the bot did not make', () => {
    expect(decodeCustomId('something')).toBeUndefined();
    expect(decodeCustomId('page:x:y')).toBeUndefined();
    expect(decodeCustomId('run:')).toBeUndefined();
  });
});
