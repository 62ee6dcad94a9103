import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseArticleReference } from './parseArticleReference.js';

const read = (text: string) => {
  const result = parseArticleReference(text);
  if (E.isLeft(result)) throw new Error(result.left.map((p) => p.message).join('; '));
  return result.right;
};

describe('parseArticleReference', () => {
  it('reads "article 8 of C182" as C.182 Art. 8', () => {
    const ref = read('article 8 of C182');
    expect(ref.article.id).toBe('C182:8');
    expect(ref.citation).toBe('C.182 Art. 8');
  });

  it('reads "C.29 Art 2" as C.29 Art. 2', () => {
    expect(read('C.29 Art 2').article.id).toBe('C29:2');
  });

  it('keeps a paragraph the library holds: C138 Art. 3(3)', () => {
    const ref = read('C138 Art. 3(3)');
    expect(ref.paragraph?.ref).toBe('3(3)');
    expect(ref.citation).toBe('C.138 Art. 3(3)');
  });

  it('reads a sub-paragraph written with spaces: art 2 (2) (c) of convention 29', () => {
    expect(read('art 2 (2) (c) of convention 29').citation).toBe('C.29 Art. 2(2)(c)');
  });

  it('reads an instrument named by its title', () => {
    expect(read('Art 3 of the Worst Forms of Child Labour Convention').article.id).toBe('C182:3');
  });

  it('reads an annex of C.97', () => {
    expect(read('C.97 Annex I').article.id).toBe('C97:Annex I');
    expect(read('annex 2 of C97').article.id).toBe('C97:Annex II');
  });

  it('says which articles it holds when asked for one it does not', () => {
    const result = parseArticleReference('C182 article 19');
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result))
      expect(result.left[0].message).toContain('Articles it holds for C.182: 1, 2');
  });

  it('asks for an article number when there is none', () => {
    expect(E.isLeft(parseArticleReference('C182'))).toBe(true);
  });
});
