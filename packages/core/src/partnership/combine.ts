import { assessAnswers } from './assess.js';
import { criteria } from './criteria.js';
import { criteriaDecidedByMakeUp } from './makeUp.js';
import { defaultScoringProfile } from './profile.js';
import type { ScoringProfile } from './profileSchema.js';
import type {
  AnswerValue,
  CheckStatus,
  CriterionId,
  Finding,
  RaterAgreement,
  ReadinessReport,
  SelfAssessment,
} from './schema.js';
import { raterName } from './scorePlan.js';
import { scoreFindings } from './score.js';

const credit = (answer: AnswerValue, profile: ScoringProfile): number | undefined =>
  answer === 'yes'
    ? 1
    : answer === 'partly'
      ? profile.partialCredit
      : answer === 'no'
        ? 0
        : undefined;

/** The answer a finding's status stands for. */
const answerFor: Readonly<Record<CheckStatus, AnswerValue>> = {
  met: 'yes',
  partial: 'partly',
  missing: 'no',
  'not-applicable': 'not-applicable',
};

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const countsOf = (answers: readonly AnswerValue[]): string => {
  const words: readonly [AnswerValue, string][] = [
    ['yes', 'yes'],
    ['partly', 'partly'],
    ['no', 'no'],
    ['not-applicable', 'not applicable'],
  ];
  return words
    .flatMap(([value, word]) => {
      const n = answers.filter((a) => a === value).length;
      return n === 0 ? [] : [`${String(n)} ${word}`];
    })
    .join(', ');
};

/**
 * Combines several people's quick self-assessments of the same partnership (one per partner
 * organisation, say) into one report. For each criterion: the mean of the raters' credit (raters
 * who find it not applicable are left out; it is not applicable only if all of them say so), the
 * spread (highest minus lowest) and the standard deviation. The criteria the raters disagree on
 * most are flagged `disputed`: every criterion answered both yes and no, or on which raters
 * disagree whether it applies; then, up to three in all, the next most spread out. Unanswered
 * criteria count as no, as in a single self-assessment. A criterion a rater's make-up decides
 * counts as the answer its status stands for (met as yes, partial as partly...), marked
 * `fromMakeUp` in the agreement.
 *
 * The combined status is met from a mean credit of 0.75, partial from 0.25, missing below; the
 * score uses the mean itself.
 *
 * @example
 * import { combineSelfAssessments } from '@target87/core';
 * const report = combineSelfAssessments([ministry, union, ngo]);
 * report.raters?.disputed; // e.g. ['facilitate.funding', 'work.baseline']
 * @category combinators
 */
export const combineSelfAssessments = (
  assessments: readonly [SelfAssessment, ...SelfAssessment[]],
  options: { readonly profile?: ScoringProfile } = {},
): ReadinessReport => {
  const profile = options.profile ?? defaultScoringProfile;
  const names = assessments.map((a, i) => raterName(a, i));
  const perRater = assessments.map((a) => {
    const firstAnswer = new Map<string, AnswerValue>();
    for (const answer of a.answers) {
      if (!firstAnswer.has(answer.criterion)) firstAnswer.set(answer.criterion, answer.answer);
    }
    const decided = new Set<string>(
      a.makeUp === undefined ? [] : criteriaDecidedByMakeUp(a.makeUp),
    );
    return { findings: assessAnswers(a), answers: firstAnswer, decided };
  });

  const combined = criteria.map((c, index) => {
    // A criterion the rater's make-up decides counts as the answer its status stands for.
    const answers = perRater.map((r): { answer: AnswerValue; fromMakeUp: boolean } => {
      const status = r.findings[index]?.status;
      return r.decided.has(c.id) && status !== undefined
        ? { answer: answerFor[status], fromMakeUp: true }
        : { answer: r.answers.get(c.id) ?? 'no', fromMakeUp: false };
    });
    const findings = perRater.flatMap((r) => {
      const f = r.findings[index];
      return f === undefined ? [] : [f];
    });
    const credits = answers.flatMap((a) => {
      const value = credit(a.answer, profile);
      return value === undefined ? [] : [value];
    });
    const applicabilityDisputed = credits.length > 0 && credits.length < answers.length;
    const mean = credits.length === 0 ? 0 : credits.reduce((s, x) => s + x, 0) / credits.length;
    const spread = credits.length === 0 ? 0 : Math.max(...credits) - Math.min(...credits);
    const sd =
      credits.length === 0
        ? 0
        : Math.sqrt(credits.reduce((s, x) => s + (x - mean) ** 2, 0) / credits.length);
    return { c, index, answers, findings, credits, mean, spread, sd, applicabilityDisputed };
  });

  // Flag the clearest disagreements, then fill up to three with the most spread out.
  const clear = combined.filter((x) => x.spread >= 1 || x.applicabilityDisputed);
  const more = combined
    .filter((x) => !clear.includes(x) && x.sd > 0)
    .sort((a, b) => b.sd - a.sd || a.index - b.index)
    .slice(0, Math.max(0, 3 - clear.length));
  const disputed = new Set([...clear, ...more].map((x) => x.c.id as string));

  const findings: Finding[] = combined.map((x) => {
    const agreement: RaterAgreement = {
      answers: x.answers.map(({ answer, fromMakeUp }, i) => ({
        rater: names[i] ?? `Rater ${String(i + 1)}`,
        answer,
        ...(fromMakeUp ? { fromMakeUp } : {}),
      })),
      mean: round3(x.mean),
      spread: round3(x.spread),
      standardDeviation: round3(x.sd),
      disputed: disputed.has(x.c.id),
    };
    const evidence = x.findings.flatMap((f, i) =>
      f.evidence.map((e) => ({ path: `${names[i] ?? ''}: ${e.path}`, text: e.text })),
    );
    if (x.credits.length === 0) {
      const reasons = [
        ...new Set(x.findings.flatMap((f) => (f.reason === undefined ? [] : [f.reason]))),
      ];
      return {
        criterion: x.c.id,
        status: 'not-applicable',
        evidence,
        recommendation:
          'Nothing to do while the reasons hold; review them when the partnership changes.',
        reason: reasons.join(' ') || 'All raters found it not applicable.',
        agreement,
      };
    }
    const status = x.mean >= 0.75 ? 'met' : x.mean >= 0.25 ? 'partial' : 'missing';
    const discuss = agreement.disputed
      ? `Partners disagree (${countsOf(x.answers.map((a) => a.answer))}): discuss it together first. `
      : '';
    return {
      criterion: x.c.id,
      status,
      evidence,
      recommendation: `${discuss}${status === 'met' ? 'Met on average. Keep it current as the partnership changes.' : x.c.advice}`,
      credit: round3(x.mean),
      agreement,
    };
  });

  const disputedIds: CriterionId[] = findings.flatMap((f) =>
    f.agreement?.disputed === true ? [f.criterion] : [],
  );
  return scoreFindings(findings, {
    kind: 'combined',
    name: assessments[0].partnership,
    profile,
    raters: { count: assessments.length, names, disputed: disputedIds },
  });
};
