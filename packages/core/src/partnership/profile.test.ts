import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../shared/problem.js';
import { exampleScoringProfile } from './examples.js';
import { decodeScoringProfile, defaultScoringProfile, parseScoringProfileText } from './profile.js';

const problemsOf = (result: E.Either<readonly Problem[], unknown>): readonly Problem[] =>
  E.isLeft(result) ? result.left : [];

describe('decodeScoringProfile', () => {
  it('merges a user’s overrides over the default profile', () => {
    const result = decodeScoringProfile({
      id: 'ministry',
      title: 'Ministry',
      groupWeights: { matrix: 20 },
      criterionWeights: { 'work.monitoring': 3 },
      bands: { high: 70 },
    });
    if (E.isLeft(result)) throw new Error('expected a profile');
    expect(result.right.groupWeights).toEqual({
      ...defaultScoringProfile.groupWeights,
      matrix: 20,
    });
    expect(result.right.criterionWeights['work.monitoring']).toBe(3);
    expect(result.right.criterionWeights['work.shared-aim']).toBe(2);
    expect(result.right.bands).toEqual({ medium: 40, high: 70, 'very-high': 85 });
    expect(result.right.gates).toEqual(defaultScoringProfile.gates);
  });

  it('replaces the gates when the user gives them', () => {
    const result = decodeScoringProfile({ id: 'x', title: 'X', gates: [] });
    expect(E.isRight(result) && result.right.gates).toEqual([]);
  });

  it('reports every problem, with a suggestion for a misspelt group or criterion', () => {
    const problems = problemsOf(
      decodeScoringProfile({
        id: 'Bad Id',
        title: 'X',
        groupWeights: { matrx: 20, work: -1 },
        criterionWeights: { 'work.basline': 2 },
        partialCredit: 2,
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'id' }),
        expect.objectContaining({ path: 'groupWeights.matrx', suggestion: 'matrix' }),
        expect.objectContaining({ path: 'groupWeights.work' }),
        expect.objectContaining({
          path: 'criterionWeights.work.basline',
          suggestion: 'work.baseline',
        }),
        expect.objectContaining({ path: 'partialCredit' }),
      ]),
    );
  });

  it('refuses bands that do not rise, all-zero weights and a gate id used twice', () => {
    const zero = Object.fromEntries(
      Object.keys(defaultScoringProfile.groupWeights).map((k) => [k, 0]),
    );
    const gate = {
      id: 'g',
      title: 'G',
      criterion: 'work.baseline',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'Because.',
    };
    const problems = problemsOf(
      decodeScoringProfile({
        id: 'x',
        title: 'X',
        bands: { medium: 70 },
        groupWeights: zero,
        gates: [gate, gate],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['groupWeights', 'bands', 'gates[1].id']);
  });
});

describe('parseScoringProfileText', () => {
  it('reads the example profile', () => {
    const result = parseScoringProfileText(exampleScoringProfile);
    expect(E.isRight(result) && result.right.id).toBe('labour-ministry');
  });

  it('reports problems with their line', () => {
    const [problem] = problemsOf(
      parseScoringProfileText('{\n  "id": "x",\n  "title": "X",\n  "partialCredit": "half"\n}'),
    );
    expect(problem?.message).toContain('(line 4');
  });

  it('reads hostile text safely', () => {
    expect(problemsOf(parseScoringProfileText('['.repeat(10_000)))[0]?.path).toBe('');
  });
});
