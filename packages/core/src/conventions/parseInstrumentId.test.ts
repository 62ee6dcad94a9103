import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseInstrumentId } from './parseInstrumentId.js';

const idOf = (text: string) => {
  const result = parseInstrumentId(text);
  return E.isRight(result) ? result.right : undefined;
};

describe('parseInstrumentId', () => {
  it.each([
    ['C138', 'C138'],
    ['C.138', 'C138'],
    ['c 138', 'C138'],
    ['C-138', 'C138'],
    ['C029', 'C29'],
    ['No. 138', 'C138'],
    ['no 182', 'C182'],
    ['Convention 138', 'C138'],
    ['ILO Convention No. 182', 'C182'],
    ['convention no.29', 'C29'],
    ['182', 'C182'],
    ['P29', 'P29'],
    ['P.029', 'P29'],
    ['R190', 'R190'],
    ['Recommendation No. 146', 'R146'],
    ['Minimum Age Convention', 'C138'],
    ['minimum age convention, 1973', 'C138'],
    ['Minimum Age Convention, 1973 (No. 138)', 'C138'],
    ['Worst Forms of Child Labour Convention', 'C182'],
    ['worst forms of child labor convention', 'C182'],
    ['Forced Labour Convention', 'C29'],
    ['Migration for Employment Convention (Revised), 1949 (No. 97)', 'C97'],
  ])('reads %s as %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('suggests the closest instrument for a misspelt title', () => {
    const result = parseInstrumentId('minimun age convension');
    expect(result).toEqual(
      E.left([expect.objectContaining({ code: 'unknown-value', suggestion: 'C138' })]),
    );
  });

  it('says which instruments it covers when given one it does not model', () => {
    const result = parseInstrumentId('C87');
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) {
      expect(result.left[0].message).toContain('Convention No. 87 is not modelled here');
      expect(result.left[0].message).toContain('C.138');
    }
  });

  it('reports an empty input as empty', () => {
    expect(parseInstrumentId('   ')).toEqual(E.left([expect.objectContaining({ code: 'empty' })]));
  });

  it('does not guess when nothing is close', () => {
    const result = parseInstrumentId('banana bread recipe');
    expect(E.isLeft(result) && result.left[0].suggestion).toBeUndefined();
  });
});
