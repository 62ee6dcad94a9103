import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../shared/decode.js';
import { stem, stopwords } from '../normalise.js';
import { SynonymGroup } from '../schema.js';
import { synonymGroups } from './synonyms.js';

describe('the synonym groups', () => {
  it('decode through the schema', () => {
    for (const group of synonymGroups) {
      expect(decode(SynonymGroup)(group), group.canonical).toEqual(E.right(group));
    }
  });

  it('put each word in one group only, so reading a word is never ambiguous', () => {
    const words = synonymGroups.flatMap((g) => [g.canonical, ...g.words]);
    expect(words.filter((word, i) => words.indexOf(word) !== i)).toEqual([]);
  });

  it('never merge a stopword, which the search would drop anyway', () => {
    for (const group of synonymGroups) {
      for (const word of [group.canonical, ...group.words]) {
        expect(stopwords.has(word), word).toBe(false);
      }
    }
  });

  it('write words in the form the normaliser leaves them: singular and British', () => {
    for (const group of synonymGroups) {
      for (const word of [group.canonical, ...group.words]) {
        expect(stem(word), word).toBe(word);
      }
    }
  });
});
