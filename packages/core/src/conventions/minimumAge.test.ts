import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { minimumAge, type MinimumAgeAnswer } from './minimumAge.js';

const ok = (result: E.Either<unknown, MinimumAgeAnswer>): MinimumAgeAnswer => {
  if (E.isLeft(result)) throw new Error('expected an answer');
  return result.right;
};

describe('minimumAge', () => {
  it('gives 15 for general work under Art. 2(3)', () => {
    const answer = ok(minimumAge({ work: 'general' }));
    expect(answer).toMatchObject({ age: 15, citation: 'C.138 Art. 2(3)' });
    expect(answer.alternatives).toContainEqual(
      expect.objectContaining({ age: 14, citation: 'C.138 Art. 2(4)' }),
    );
  });

  it('gives 14 with its conditions under the developing-country option of Art. 2(4)', () => {
    const answer = ok(minimumAge({ work: 'general', developingCountryOption: true }));
    expect(answer).toMatchObject({ age: 14, citation: 'C.138 Art. 2(4)' });
    expect(answer.conditions.join(' ')).toContain('Art. 2(5)');
  });

  it('uses a higher declared age under Art. 2(1)', () => {
    expect(ok(minimumAge({ work: 'general', declaredAge: 16 }))).toMatchObject({
      age: 16,
      citation: 'C.138 Art. 2(1)',
    });
  });

  it('never goes below the end of compulsory schooling', () => {
    expect(ok(minimumAge({ work: 'general', compulsorySchoolingEndsAt: 16 }))).toMatchObject({
      age: 16,
      citation: 'C.138 Art. 2(3)',
    });
  });

  it('refuses a declared age C.138 does not allow', () => {
    const result = minimumAge({ work: 'general', declaredAge: 14 });
    expect(result).toEqual(
      E.left([expect.objectContaining({ path: 'declaredAge', code: 'too-small' })]),
    );
  });

  it('gives 18 for hazardous work under Art. 3(1), and 16 as the Art. 3(3) alternative', () => {
    const answer = ok(minimumAge({ work: 'hazardous' }));
    expect(answer).toMatchObject({ age: 18, citation: 'C.138 Art. 3(1)' });
    expect(answer.alternatives).toContainEqual(
      expect.objectContaining({ age: 16, citation: 'C.138 Art. 3(3)' }),
    );
  });

  it('gives 16 for hazardous work only when both Art. 3(3) safeguards are in place', () => {
    expect(
      ok(
        minimumAge({
          work: 'hazardous',
          hazardousWorkSafeguards: { fullyProtected: true, specificTraining: true },
        }),
      ),
    ).toMatchObject({ age: 16, citation: 'C.138 Art. 3(3)' });
    expect(
      ok(
        minimumAge({
          work: 'hazardous',
          hazardousWorkSafeguards: { fullyProtected: true, specificTraining: false },
        }),
      ),
    ).toMatchObject({ age: 18 });
  });

  it('does not lower the hazardous age for the developing-country option', () => {
    expect(ok(minimumAge({ work: 'hazardous', developingCountryOption: true })).age).toBe(18);
  });

  it('gives 13 for light work under Art. 7(1), with its conditions', () => {
    const answer = ok(minimumAge({ work: 'light' }));
    expect(answer).toMatchObject({ age: 13, citation: 'C.138 Art. 7(1)' });
    expect(answer.conditions).toHaveLength(3);
  });

  it('gives 12 for light work under Art. 7(4) and says that provision is unverified', () => {
    expect(ok(minimumAge({ work: 'light', developingCountryOption: true }))).toMatchObject({
      age: 12,
      citation: 'C.138 Art. 7(4)',
      status: 'unverified',
    });
  });

  it('reports bad input as problems instead of throwing', () => {
    // @ts-expect-error: checking what a JavaScript caller might pass
    const result = minimumAge({ work: 'dangerous', age: 'x' });
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) {
      expect(result.left).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'work', code: 'unknown-value' }),
          expect.objectContaining({ path: 'age', code: 'unknown-field' }),
        ]),
      );
    }
  });
});
