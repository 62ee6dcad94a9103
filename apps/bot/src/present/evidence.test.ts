import { problem } from '@target87/core';
import { describe, expect, it } from 'vitest';
import { caveat, problemsReply, sourceLinks } from './evidence.js';

describe('caveat', () => {
  it('says nothing for a verified fact and qualifies every other status', () => {
    expect(caveat('verified')).toBe('');
    expect(caveat(undefined)).toBe('');
    expect(caveat('secondary')).toBe(' (from secondary sources)');
    expect(caveat('unverified')).toBe(' (unverified)');
    expect(caveat('conflicting')).toBe(' (sources disagree)');
  });
});

describe('sourceLinks', () => {
  it('links each source once, keeps labels readable, and says how many were left out', () => {
    const links = sourceLinks(
      [
        { url: 'https://normlex.ilo.org/a', label: 'NORMLEX [official]' },
        { url: 'https://normlex.ilo.org/a', label: 'again' },
        { url: 'https://example.org/b' },
        { url: 'https://example.org/c' },
      ],
      2,
    );
    expect(links).toBe(
      '[NORMLEX (official)](https://normlex.ilo.org/a)\n[example.org](https://example.org/b)\nand 1 more',
    );
  });
});

describe('problemsReply', () => {
  it('lists each problem with its place and suggestion, and offers the suggestions as buttons', () => {
    const reply = problemsReply(
      'Which convention?',
      [
        problem('unknown-value', '', '"C13" is not known.', 'C138'),
        problem('required', 'partners', 'Missing.'),
      ],
      (s) => ({ label: s, command: 'convention', args: { id: s } }),
    );
    expect(reply).toEqual({
      title: 'Which convention?',
      body: '"C13" is not known. Did you mean **C138**?\n`partners`: Missing.',
      tone: 'warning',
      ephemeral: true,
      buttons: [{ label: 'C138', command: 'convention', args: { id: 'C138' } }],
    });
  });
});
