import { checkGroups, citeCriterionSource, criteria } from './criteria.js';
import { defaultScoringProfile } from './profile.js';
import type { Gate, ScoringProfile } from './profileSchema.js';
import { practicesForGap } from './practices.js';
import {
  bandIds,
  type BandId,
  type CheckGroupId,
  type CheckGroupKey,
  type Change,
  type CheckResult,
  type CheckStatus,
  type Finding,
  type GroupScore,
  type HeldGate,
  type ReadinessReport,
  type Strength,
} from './schema.js';

/**
 * What to call a report and how to score it.
 *
 * @category model
 */
export interface ScoreOptions {
  readonly kind: ReadinessReport['kind'];
  readonly name: string;
  /** The default profile when not given. */
  readonly profile?: ScoringProfile;
  readonly raters?: ReadinessReport['raters'];
}

/** Branded ids index plain records through their unbranded key. */
const groupKey = (id: CheckGroupId): CheckGroupKey => id;

const round1 = (x: number): number => Math.round(x * 10) / 10;
const bandRank = (band: BandId): number => bandIds.indexOf(band);

/**
 * The weight each criterion carries under a profile, before not-applicable criteria are left
 * out: its group's weight shared among the group's criteria in proportion to their own weights.
 *
 * @example
 * import { criterionWeights, defaultScoringProfile } from '@target87/core';
 * criterionWeights(defaultScoringProfile).get('work.shared-aim'); // 24 × 2 / 9.5 ≈ 5.05
 * @category combinators
 */
export const criterionWeights = (profile: ScoringProfile): ReadonlyMap<string, number> => {
  const relative = (id: string): number =>
    (profile.criterionWeights as Readonly<Record<string, number | undefined>>)[id] ?? 1;
  const weights = new Map<string, number>();
  for (const group of checkGroups) {
    const members = criteria.filter((c) => c.group === group.id);
    const total = members.reduce((sum, c) => sum + relative(c.id), 0);
    for (const c of members) {
      weights.set(
        c.id,
        total === 0 ? 0 : (profile.groupWeights[groupKey(group.id)] * relative(c.id)) / total,
      );
    }
  }
  return weights;
};

/**
 * The band a score falls in under a profile's thresholds, before gates.
 *
 * @example
 * import { bandForScore, defaultScoringProfile } from '@target87/core';
 * bandForScore(72, defaultScoringProfile); // 'high'
 * @category combinators
 */
export const bandForScore = (score: number, profile: ScoringProfile): BandId =>
  score >= profile.bands['very-high']
    ? 'very-high'
    : score >= profile.bands.high
      ? 'high'
      : score >= profile.bands.medium
        ? 'medium'
        : 'low';

const creditFor = (finding: Finding, profile: ScoringProfile): number => {
  if (finding.status === 'not-applicable') return 0;
  if (finding.credit !== undefined) return finding.credit;
  return finding.status === 'met' ? 1 : finding.status === 'partial' ? profile.partialCredit : 0;
};

interface Tally {
  readonly score: number;
  readonly exact: number;
  readonly applicable: number;
  readonly band: BandId;
  readonly bandFromScore: BandId;
  readonly held: readonly Gate[];
}

/** The score, band and gates for given statuses and credits. */
const tally = (
  findings: readonly Finding[],
  credits: readonly number[],
  weights: ReadonlyMap<string, number>,
  profile: ScoringProfile,
): Tally => {
  let earned = 0;
  let applicable = 0;
  findings.forEach((f, i) => {
    if (f.status === 'not-applicable') return;
    const weight = weights.get(f.criterion) ?? 0;
    applicable += weight;
    earned += weight * (credits[i] ?? 0);
  });
  const exact = applicable === 0 ? 0 : (100 * earned) / applicable;
  const score = round1(exact);
  const bandFromScore = bandForScore(score, profile);
  const statuses = new Map<string, CheckStatus>(findings.map((f) => [f.criterion, f.status]));
  const held = profile.gates.filter((g) => {
    const status = statuses.get(g.criterion);
    return (
      status !== undefined &&
      status !== 'not-applicable' &&
      status !== 'met' &&
      g.failsOn.includes(status)
    );
  });
  const band = held.reduce<BandId>(
    (current, g) => (bandRank(g.capsAt) < bandRank(current) ? g.capsAt : current),
    bandFromScore,
  );
  return { score, exact, applicable, band, bandFromScore, held };
};

/**
 * Scores findings (from {@link assessPlan}, {@link assessAnswers} or several raters combined)
 * into a report: the 0–100 score with not-applicable criteria left out and the rest
 * renormalised, the band with any gates that cap it, the group scores, the strengths, every
 * check with its weight and source, and the three changes that would help most, found by
 * scoring each possible fix. Deterministic: the same findings always give the same report.
 *
 * @example
 * import { assessPlan, scoreFindings } from '@target87/core';
 * const report = scoreFindings(assessPlan(plan), { kind: 'plan', name: plan.name });
 * report.score; // 0 to 100
 * report.recommendations.map((r) => r.title); // the top three changes
 * @category combinators
 */
export const scoreFindings = (
  findings: readonly Finding[],
  options: ScoreOptions,
): ReadinessReport => {
  const profile = options.profile ?? defaultScoringProfile;
  const weights = criterionWeights(profile);
  const credits = findings.map((f) => creditFor(f, profile));
  const current = tally(findings, credits, weights, profile);
  const titleOf = new Map(criteria.map((c) => [c.id as string, c] as const));

  const checks: CheckResult[] = findings.flatMap((f, i) => {
    const definition = titleOf.get(f.criterion);
    if (definition === undefined) return [];
    const weight =
      f.status === 'not-applicable' || current.applicable === 0
        ? 0
        : (100 * (weights.get(f.criterion) ?? 0)) / current.applicable;
    return [
      {
        id: f.criterion,
        group: definition.group,
        title: definition.title,
        status: f.status,
        evidence: f.evidence,
        recommendation: f.recommendation,
        ...(f.reason === undefined ? {} : { reason: f.reason }),
        ...(f.agreement === undefined ? {} : { agreement: f.agreement }),
        credit: round1((credits[i] ?? 0) * 100) / 100,
        weight: round1(weight),
        source: definition.source,
        citation: citeCriterionSource(definition.source),
        practices:
          f.status === 'met' || f.status === 'not-applicable'
            ? []
            : [...practicesForGap(f.criterion)],
      },
    ];
  });

  const groups: GroupScore[] = checkGroups.map((group) => {
    const members = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => titleOf.get(f.criterion)?.group === group.id);
    const applicable = members.filter(({ f }) => f.status !== 'not-applicable');
    const weight = applicable.reduce((sum, { f }) => sum + (weights.get(f.criterion) ?? 0), 0);
    const earned = applicable.reduce(
      (sum, { f, i }) => sum + (weights.get(f.criterion) ?? 0) * (credits[i] ?? 0),
      0,
    );
    return {
      id: group.id,
      title: group.title,
      score: applicable.length === 0 || weight === 0 ? null : round1((100 * earned) / weight),
      weight: profile.groupWeights[groupKey(group.id)],
      applicable: applicable.length,
      total: members.length,
    };
  });

  const changes: Change[] = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f, i }) => f.status !== 'not-applicable' && (credits[i] ?? 0) < 1)
    .map(({ f, i }) => {
      const simulatedFindings = findings.map((g, j) =>
        j === i ? { ...g, status: 'met' as const } : g,
      );
      const simulatedCredits = credits.map((c, j) => (j === i ? 1 : c));
      const after = tally(simulatedFindings, simulatedCredits, weights, profile);
      return {
        criterion: f.criterion,
        title: titleOf.get(f.criterion)?.title ?? f.criterion,
        action: f.recommendation,
        gain: round1(Math.max(0, after.exact - current.exact)),
        scoreAfter: after.score,
        bandAfter: after.band,
        releasesGates: current.held.filter((g) => !after.held.includes(g)).map((g) => g.id),
        practices: [...practicesForGap(f.criterion)],
      };
    })
    .filter((c) => c.gain > 0 || bandRank(c.bandAfter) > bandRank(current.band))
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        bandRank(b.c.bandAfter) - bandRank(a.c.bandAfter) ||
        b.c.gain - a.c.gain ||
        a.order - b.order,
    )
    .slice(0, 3)
    .map(({ c }) => c);

  const strengths: Strength[] = checks
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.status === 'met')
    .sort((a, b) => b.c.weight - a.c.weight || a.order - b.order)
    .slice(0, 5)
    .map(({ c }) => ({ criterion: c.id, title: c.title, evidence: c.evidence[0]?.text ?? 'Met.' }));

  const gates: HeldGate[] = current.held.map((g) => ({
    id: g.id,
    title: g.title,
    criterion: g.criterion,
    capsAt: g.capsAt,
    why: g.why,
    binding: bandRank(g.capsAt) < bandRank(current.bandFromScore),
  }));

  const total = findings.reduce((sum, f) => sum + (weights.get(f.criterion) ?? 0), 0);
  return {
    kind: options.kind,
    name: options.name,
    profile: { id: profile.id, title: profile.title },
    score: current.score,
    band: current.band,
    bandFromScore: current.bandFromScore,
    applicableShare: total === 0 ? 0 : Math.round((1000 * current.applicable) / total) / 1000,
    gates,
    groups,
    strengths,
    recommendations: changes,
    checks,
    ...(options.raters === undefined ? {} : { raters: options.raters }),
  };
};
