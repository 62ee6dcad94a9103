import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { classifyForcedLabour, type ForcedLabourClassification } from './classifyForcedLabour.js';

const classify = (
  input: Parameters<typeof classifyForcedLabour>[0],
): ForcedLabourClassification => {
  const result = classifyForcedLabour(input);
  if (E.isLeft(result)) throw new Error('expected a classification');
  return result.right;
};

describe('classifyForcedLabour', () => {
  it('finds forced labour when both elements of Art. 2(1) are present', () => {
    const result = classify({
      description:
        'Their passports were taken and they were told they could not leave until the debt was repaid.',
    });
    expect(result.verdict).toBe('forced-labour');
    expect(result.elements).toEqual({ menaceOfPenalty: 'yes', involuntary: 'yes' });
    expect(result.citations).toEqual(
      expect.arrayContaining(['C.29 Art. 2(1)', 'C.29 Art. 25', 'P.29 Art. 4(1)']),
    );
  });

  it('accepts prison labour as the Art. 2(2)(c) exception only with all three conditions', () => {
    const result = classify({
      context: 'prison-labour',
      conditions: {
        convictedByCourt: true,
        supervisedByPublicAuthority: true,
        hiredToPrivateParties: false,
      },
    });
    expect(result.verdict).toBe('exception');
    expect(result.exception?.citation).toBe('C.29 Art. 2(2)(c)');
    expect(result.citations).toContain('C.105 Art. 1');
  });

  it('finds forced labour when prisoners are hired out to a private company', () => {
    const result = classify({
      description: 'Convicted prisoners are hired out to a private company to pick fruit.',
    });
    expect(result.verdict).toBe('forced-labour');
    expect(result.exception?.unmet.join(' ')).toContain(
      'not hired to or placed at the disposal of private',
    );
  });

  it('asks for the missing conditions when an exception may apply', () => {
    const result = classify({ context: 'communal-service', conditions: { minorService: true } });
    expect(result.verdict).toBe('needs-more-information');
    expect(result.exception?.unknown).toHaveLength(2);
  });

  it('accepts compulsory military service of a purely military character', () => {
    expect(
      classify({
        context: 'military-service',
        conditions: { underMilitaryServiceLaw: true, purelyMilitaryWork: true },
      }).verdict,
    ).toBe('exception');
  });

  it('finds forced labour when conscripts are made to build roads for a private firm', () => {
    const result = classify({
      context: 'military-service',
      conditions: { underMilitaryServiceLaw: true, purelyMilitaryWork: false },
      menaceOfPenalty: true,
      offeredVoluntarily: false,
    });
    expect(result.verdict).toBe('forced-labour');
  });

  it('is not forced labour when the person offered themselves voluntarily and no penalty looms', () => {
    expect(classify({ menaceOfPenalty: false, offeredVoluntarily: true }).verdict).toBe(
      'not-forced-labour',
    );
  });

  it('says what to find out when the facts are thin', () => {
    const result = classify({ description: 'works long hours on a fishing boat' });
    expect(result.verdict).toBe('needs-more-information');
    expect(result.reasoning.at(-1)).toContain('Still to find out');
  });

  it('points to the trafficking definition when recruitment was deceptive', () => {
    const result = classify({
      description: 'They were deceived about the job and threatened with deportation.',
    });
    expect(result.verdict).toBe('forced-labour');
    expect(result.citations).toContain('Palermo Protocol Art. 3');
  });

  it('reports bad input as problems', () => {
    // @ts-expect-error: checking what a JavaScript caller might pass
    expect(E.isLeft(classifyForcedLabour({ context: 'prison' }))).toBe(true);
  });
});
