import { describe, expect, it } from 'vitest';
import { planWith } from './checks/fixtures.js';
import { compareReports } from './compare.js';
import { scorePlan } from './scorePlan.js';

describe('compareReports', () => {
  const before = scorePlan(
    planWith({
      baseline: { status: 'planned' },
      funding: { sources: [{ funder: 'X', status: 'secured' }] },
    }),
  );
  const after = scorePlan(
    planWith({
      baseline: { status: 'collected' },
      monitoring: { mechanism: 'Register', frequency: 'monthly', responsible: 'Ministry' },
      focus: { level: 'policy' },
    }),
  );
  const diff = compareReports(before, after);

  it('gives the change in score and band', () => {
    expect(diff.scoreBefore).toBe(before.score);
    expect(diff.scoreAfter).toBe(after.score);
    expect(diff.change).toBeCloseTo(after.score - before.score, 1);
  });

  it('lists what improved and what fell back', () => {
    expect(diff.improved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterion: 'work.baseline', from: 'partial', to: 'met' }),
        expect.objectContaining({ criterion: 'work.monitoring', from: 'missing', to: 'met' }),
      ]),
    );
    expect(diff.fellBack).toEqual([
      expect.objectContaining({ criterion: 'facilitate.funding', from: 'met', to: 'missing' }),
      expect.objectContaining({
        criterion: 'pathfinder.resource-mobilisation',
        from: 'partial',
        to: 'missing',
      }),
    ]);
  });

  it('lists the criteria whose applicability changed, and the gates added or released', () => {
    expect(diff.applicabilityChanged).toEqual([
      expect.objectContaining({ criterion: 'work.local-outreach-partners', to: 'not-applicable' }),
    ]);
    expect(diff.gatesAdded).toContain('no-funding');
    expect(compareReports(after, before).gatesReleased).toContain('no-funding');
  });

  it('counts the rest as unchanged', () => {
    const total =
      diff.improved.length +
      diff.fellBack.length +
      diff.applicabilityChanged.length +
      diff.unchanged;
    expect(total).toBe(after.checks.length);
  });
});
