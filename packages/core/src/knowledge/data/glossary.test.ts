import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { instrumentIds } from '../../conventions/schema.js';
import { decode } from '../../shared/decode.js';
import { GlossaryEntry } from '../schema.js';
import { glossary } from './glossary.js';

/** Acronyms built from another language or from syllables, not from the expansion's initials. */
const notInitialisms = new Set([
  'NORMLEX',
  'MERCOSUR',
  'CONAETI',
  'PETI',
  'UNICEF',
  'ASEAN',
  'MLF',
  'ACTRAV',
  'ACT/EMP',
  'A8.7',
]);

const initials = (expansion: string): string =>
  expansion
    .split(/[^A-Za-z0-9À-ÿ]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]?.toLowerCase() ?? '')
    .join('');

const isSubsequence = (letters: string, of: string): boolean => {
  let at = 0;
  for (const letter of of) if (letter === letters[at]) at++;
  return at === letters.length;
};

describe('the glossary', () => {
  it('decodes every entry through the schema', () => {
    for (const entry of glossary) {
      expect(decode(GlossaryEntry)(entry), entry.term).toEqual(E.right(entry));
    }
  });

  it('covers the acronyms practitioners meet in the seeds', () => {
    const terms = glossary.map((entry) => entry.term);
    for (const term of ['WFCL', 'CLMS', 'NAP', 'TBP', 'CCT', 'SCREAM', 'MLF', 'DWCP', 'IPEC']) {
      expect(terms).toContain(term);
    }
    for (const term of ['SAP-FL', 'GMG', 'CSEC', 'ILC', 'CEACR', 'NORMLEX', 'NRM']) {
      expect(terms).toContain(term);
    }
  });

  it('has each term and variant once, so a look-up is never ambiguous', () => {
    const spellings = glossary.flatMap((entry) => [entry.term, ...entry.variants]);
    const seen = new Set<string>();
    const repeated = spellings.filter((s) => {
      const key = s.toLowerCase();
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated).toEqual([]);
  });

  it('points "see also" only at other entries of the glossary', () => {
    const terms = new Set<string>(glossary.map((entry) => entry.term));
    for (const entry of glossary) {
      for (const other of entry.seeAlso) {
        expect(terms.has(other), `${entry.term} → ${other}`).toBe(true);
        expect(other, entry.term).not.toBe(entry.term);
      }
    }
  });

  it('names only instruments the library models', () => {
    const known = new Set<string>(instrumentIds);
    for (const entry of glossary) {
      for (const id of entry.instruments) expect(known.has(id), `${entry.term} → ${id}`).toBe(true);
    }
  });

  it('defines each term in exactly one sentence', () => {
    for (const entry of glossary) {
      expect(entry.definition, entry.term).toMatch(/\.$/);
      expect(entry.definition, entry.term).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('spells out each initialism with words that start with its letters, in order', () => {
    for (const entry of glossary.filter((e) => !notInitialisms.has(e.term))) {
      const letters = entry.term.toLowerCase().replace(/[^a-z]/g, '');
      expect(isSubsequence(letters, initials(entry.expansion)), entry.term).toBe(true);
    }
  });
});
