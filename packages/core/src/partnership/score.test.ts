import { describe, expect, it } from 'vitest';
import { criteria } from './criteria.js';
import { decodeScoringProfile, defaultScoringProfile } from './profile.js';
import type { ScoringProfile } from './profileSchema.js';
import { bandForScore, criterionWeights, scoreFindings } from './score.js';
import { type CheckStatus, type CriterionId, type Finding } from './schema.js';

/** Findings with the given statuses; every other criterion met. */
const findings = (statuses: Partial<Record<string, CheckStatus>> = {}): Finding[] =>
  criteria.map((c) => {
    const status = statuses[c.id] ?? 'met';
    return {
      criterion: c.id,
      status,
      evidence: [],
      recommendation: `Fix ${c.id}`,
      ...(status === 'not-applicable' ? { reason: 'Does not apply here.' } : {}),
    };
  });

const score = (statuses: Partial<Record<string, CheckStatus>> = {}, profile?: ScoringProfile) =>
  scoreFindings(findings(statuses), {
    kind: 'plan',
    name: 'Test',
    ...(profile === undefined ? {} : { profile }),
  });

const profileWith = (overrides: object): ScoringProfile => {
  const decoded = decodeScoringProfile({ id: 'test', title: 'Test', ...overrides });
  if (decoded._tag === 'Left') throw new Error(JSON.stringify(decoded.left));
  return decoded.right;
};

describe('criterionWeights', () => {
  it("shares each group's weight among its criteria in proportion to their own weights", () => {
    const weights = criterionWeights(defaultScoringProfile);
    const work = criteria.filter((c) => c.group === 'work').map((c) => weights.get(c.id) ?? 0);
    expect(work.reduce((a, b) => a + b, 0)).toBeCloseTo(24);
    expect(weights.get('work.shared-aim')).toBeCloseTo((24 * 2) / 9.5);
  });
});

describe('scoreFindings', () => {
  it('scores 100 when everything is met and 0 when everything is missing', () => {
    expect(score().score).toBe(100);
    expect(score(Object.fromEntries(criteria.map((c) => [c.id, 'missing']))).score).toBe(0);
  });

  it('gives half credit for partial under the default profile, and the profile can change it', () => {
    const allPartial = Object.fromEntries(criteria.map((c) => [c.id, 'partial' as const]));
    expect(score(allPartial).score).toBe(50);
    expect(score(allPartial, profileWith({ partialCredit: 0.25 })).score).toBe(25);
  });

  it('leaves not-applicable criteria out and renormalises the rest, showing the applicable share', () => {
    const report = score({
      'safeguards.referral-pathway': 'not-applicable',
      'safeguards.best-interests': 'not-applicable',
      'safeguards.data-confidentiality': 'not-applicable',
      'safeguards.survivor-centred': 'not-applicable',
      'work.baseline': 'missing',
    });
    expect(report.applicableShare).toBe(0.88);
    const weights = report.checks.reduce((sum, c) => sum + c.weight, 0);
    expect(weights).toBeCloseTo(100, 0);
    const baseline = report.checks.find((c) => c.id === 'work.baseline');
    expect(report.score).toBeCloseTo(100 - (baseline?.weight ?? 0), 0);
    expect(report.groups.find((g) => g.id === 'safeguards')).toMatchObject({
      score: null,
      applicable: 0,
      total: 4,
    });
  });

  it('explains each score: the sum of weight times credit is the total', () => {
    const report = score({
      'work.baseline': 'partial',
      'facilitate.funding': 'missing',
      'focus.questions': 'partial',
    });
    const total = report.checks.reduce((sum, c) => sum + c.weight * c.credit, 0);
    expect(total).toBeCloseTo(report.score, 0);
  });

  it('caps the band when a gate fails, and names the gate that holds it back', () => {
    const report = score({ 'work.shared-aim': 'missing' });
    expect(report.bandFromScore).toBe('very-high');
    expect(report.band).toBe('low');
    expect(report.gates).toEqual([
      expect.objectContaining({ id: 'no-shared-aim', capsAt: 'low', binding: true }),
    ]);
  });

  it('lists a failing gate that the score already stays under, but not as binding', () => {
    const missingAll = Object.fromEntries(criteria.map((c) => [c.id, 'missing' as const]));
    const report = score(missingAll);
    expect(report.band).toBe('low');
    expect(report.gates.length).toBeGreaterThan(0);
    expect(report.gates.every((g) => g.capsAt === 'low' || !g.binding)).toBe(true);
  });

  it('never lets a not-applicable criterion hold a gate', () => {
    expect(score({ 'safeguards.referral-pathway': 'not-applicable' }).gates).toEqual([]);
  });

  it('computes the top three changes by scoring each possible fix', () => {
    const statuses = {
      'work.shared-aim': 'partial',
      'work.baseline': 'missing',
      'facilitate.funding': 'missing',
      'focus.labour-angle': 'partial',
      'pathfinder.un-agencies': 'missing',
    } as const;
    const report = score(statuses);
    // Brute force: rescore with each criterion met, and rank by band, then gain.
    const rank = ['low', 'medium', 'high', 'very-high'];
    const expected = Object.keys(statuses)
      .map((id) => {
        const after = score({ ...statuses, [id]: 'met' });
        return { id, gain: after.score - report.score, band: rank.indexOf(after.band) };
      })
      .sort((a, b) => b.band - a.band || b.gain - a.gain)
      .slice(0, 3)
      .map((x) => x.id);
    expect(report.recommendations.map((r) => r.criterion)).toEqual(expected);
    expect(report.recommendations[0]).toMatchObject({
      criterion: 'facilitate.funding',
      releasesGates: ['no-funding'],
    });
    for (const change of report.recommendations) {
      expect(change.scoreAfter).toBeCloseTo(report.score + change.gain, 0);
      expect(change.action).toBe(`Fix ${change.criterion}`);
    }
  });

  it('has no changes to suggest when everything applicable is met', () => {
    expect(score().recommendations).toEqual([]);
  });

  it('lists the strengths, the heaviest met criteria first', () => {
    const report = score({ 'work.shared-aim': 'missing' });
    expect(report.strengths).toHaveLength(5);
    const weights = report.strengths.map(
      (s) => report.checks.find((c) => c.id === s.criterion)?.weight ?? 0,
    );
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(report.strengths.map((s) => s.criterion)).not.toContain('work.shared-aim');
  });

  it('shows the effect of a profile that weighs a group more', () => {
    const statuses = {
      'matrix.best-placed': 'missing',
      'matrix.cells-covered': 'missing',
    } as const;
    const heavier = score(statuses, profileWith({ groupWeights: { matrix: 40 } }));
    expect(heavier.score).toBeLessThan(score(statuses).score);
    expect(heavier.profile).toEqual({ id: 'test', title: 'Test' });
  });

  it('scores 0 when nothing applies, rather than dividing by zero', () => {
    const report = scoreFindings(
      findings(Object.fromEntries(criteria.map((c) => [c.id, 'not-applicable' as const]))),
      { kind: 'self-assessment', name: 'X' },
    );
    expect(report).toMatchObject({ score: 0, applicableShare: 0, band: 'low' });
  });

  it('is deterministic', () => {
    const statuses = { 'work.baseline': 'partial', 'pathfinder.endorsement': 'missing' } as const;
    expect(score(statuses)).toEqual(score(statuses));
  });

  it('suggests good practices from seed 001 for a gap', () => {
    const report = score({ 'work.monitoring': 'missing' });
    const monitoring = report.checks.find((c) => c.id === 'work.monitoring');
    expect(monitoring?.practices.length).toBeGreaterThan(0);
    expect(monitoring?.practices[0]?.source.seed).toBe('001_9148a8ca8a7c6ecc.txt');
    expect(report.checks.find((c) => c.id === 'work.baseline')?.practices).toEqual([]);
  });

  it('uses the credit a finding carries (a raters’ mean) instead of its status', () => {
    const custom = findings().map((f) =>
      f.criterion === ('work.baseline' as CriterionId)
        ? { ...f, status: 'partial' as const, credit: 0.9 }
        : f,
    );
    const report = scoreFindings(custom, { kind: 'combined', name: 'X' });
    expect(report.checks.find((c) => c.id === 'work.baseline')?.credit).toBe(0.9);
  });
});

describe('bandForScore', () => {
  it('follows the profile’s thresholds', () => {
    expect(
      [0, 39.9, 40, 64.9, 65, 84.9, 85, 100].map((s) => bandForScore(s, defaultScoringProfile)),
    ).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'very-high', 'very-high']);
  });
});
