import * as z from 'zod';
import { BandId, CheckStatus, CriterionId, type ReadinessReport } from './schema.js';

/**
 * How one criterion changed between two reports.
 *
 * @example
 * import { compareReports, scorePlan } from '@target87/core';
 * // weak: planExamples.weak, decoded
 * const v2 = scorePlan({ ...weak, funding: { sources: [{ funder: 'EU', status: 'secured' }] } });
 * compareReports(scorePlan(weak), v2).improved.map((c) => `${c.title}: ${c.from} to ${c.to}`);
 * // ['Funding: missing to met', 'A resource mobilisation strategy: missing to partial']
 * @category model
 */
export const CriterionChange = z.strictObject({
  criterion: CriterionId,
  title: z.string().min(1),
  from: CheckStatus,
  to: CheckStatus,
});
/** @category model */
export type CriterionChange = z.infer<typeof CriterionChange>;

/**
 * What changed between two reports of the same partnership (before and after a revision).
 *
 * @example
 * import { compareReports, scorePlan } from '@target87/core';
 * // weak: planExamples.weak, decoded
 * const v2 = scorePlan({ ...weak, funding: { sources: [{ funder: 'EU', status: 'secured' }] } });
 * const diff = compareReports(scorePlan(weak), v2);
 * [diff.scoreBefore, diff.scoreAfter, diff.change]; // [22.7, 25.9, 3.2]
 * diff.gatesReleased; // ['no-funding']
 * @category model
 */
export const ReportComparison = z.strictObject({
  name: z.string().min(1),
  scoreBefore: z.number(),
  scoreAfter: z.number(),
  /** After minus before, one decimal. */
  change: z.number(),
  bandBefore: BandId,
  bandAfter: BandId,
  improved: z.array(CriterionChange),
  fellBack: z.array(CriterionChange),
  /** Criteria that became, or stopped being, not applicable. */
  applicabilityChanged: z.array(CriterionChange),
  unchanged: z.int().min(0),
  gatesReleased: z.array(z.string().min(1)),
  gatesAdded: z.array(z.string().min(1)),
});
/** @category model */
export type ReportComparison = z.infer<typeof ReportComparison>;

const rank: Readonly<Record<CheckStatus, number>> = {
  missing: 0,
  partial: 1,
  met: 2,
  'not-applicable': -1,
};

/**
 * Compares two reports of the same partnership: the change in score and band, the criteria that
 * improved and those that fell back, those whose applicability changed, and the gates released
 * or newly held. Criteria are matched by id, so reports from a plan and from a self-assessment can
 * be compared too.
 *
 * @example
 * import { compareReports, scorePlan } from '@target87/core';
 * const diff = compareReports(scorePlan(draft), scorePlan(revised));
 * diff.improved.map((c) => c.title); // e.g. ['Funding', 'A coordination unit']
 * @category combinators
 */
export const compareReports = (
  before: ReadinessReport,
  after: ReadinessReport,
): ReportComparison => {
  const earlier = new Map(before.checks.map((c) => [c.id as string, c]));
  const improved: CriterionChange[] = [];
  const fellBack: CriterionChange[] = [];
  const applicabilityChanged: CriterionChange[] = [];
  let unchanged = 0;
  for (const check of after.checks) {
    const old = earlier.get(check.id);
    if (old === undefined) continue;
    const change = { criterion: check.id, title: check.title, from: old.status, to: check.status };
    if (old.status === check.status) unchanged++;
    else if (old.status === 'not-applicable' || check.status === 'not-applicable')
      applicabilityChanged.push(change);
    else if (rank[check.status] > rank[old.status]) improved.push(change);
    else fellBack.push(change);
  }
  const beforeGates = new Set(before.gates.map((g) => g.id));
  const afterGates = new Set(after.gates.map((g) => g.id));
  return {
    name: after.name,
    scoreBefore: before.score,
    scoreAfter: after.score,
    change: Math.round((after.score - before.score) * 10) / 10,
    bandBefore: before.band,
    bandAfter: after.band,
    improved,
    fellBack,
    applicabilityChanged,
    unchanged,
    gatesReleased: [...beforeGates].filter((g) => !afterGates.has(g)),
    gatesAdded: [...afterGates].filter((g) => !beforeGates.has(g)),
  };
};
