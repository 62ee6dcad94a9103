import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Problems } from '../shared/problem.js';
import { assessAnswers, assessPlan, type AssessOptions } from './assess.js';
import { parseScorableText, type ScorableInput } from './parsePlan.js';
import type { ScoringProfile } from './profileSchema.js';
import type { TextLimits } from './readText.js';
import type { PartnershipPlan, ReadinessReport, SelfAssessment } from './schema.js';
import { scoreFindings } from './score.js';

/**
 * Options for scoring: a profile other than the default, your own ratification table, and reading
 * limits for text.
 *
 * @category model
 */
export interface ScorePlanOptions extends AssessOptions {
  readonly profile?: ScoringProfile;
  readonly limits?: Partial<TextLimits>;
}

const profileOption = (options: ScorePlanOptions) =>
  options.profile === undefined ? {} : { profile: options.profile };

/**
 * Checks and scores a decoded plan: {@link assessPlan} then {@link scoreFindings}.
 *
 * @example
 * import { scorePlan } from '@target87/core';
 * const report = scorePlan(plan);
 * `${report.score} (${report.band})`; // e.g. '78.4 (high)'
 * @category combinators
 */
export const scorePlan = (plan: PartnershipPlan, options: ScorePlanOptions = {}): ReadinessReport =>
  scoreFindings(assessPlan(plan, options), {
    kind: 'plan',
    name: plan.name,
    ...profileOption(options),
  });

/**
 * Scores one person's quick self-assessment, through the same scoring as a plan.
 *
 * @example
 * import { scoreSelfAssessment } from '@target87/core';
 * scoreSelfAssessment(assessment).band;
 * @category combinators
 */
export const scoreSelfAssessment = (
  assessment: SelfAssessment,
  options: ScorePlanOptions = {},
): ReadinessReport =>
  scoreFindings(assessAnswers(assessment), {
    kind: 'self-assessment',
    name: assessment.partnership,
    ...profileOption(options),
    raters: {
      count: 1,
      names: [raterName(assessment, 0)],
      disputed: [],
    },
  });

/**
 * A rater's name for reports: their name and organisation, or "Rater N".
 *
 * @example
 * raterName({ partnership: 'X', rater: { name: 'Asha', organisation: 'GEFONT' }, answers: [] }, 0); // 'Asha (GEFONT)'
 * @category combinators
 */
export const raterName = (assessment: SelfAssessment, index: number): string => {
  const { name, organisation } = assessment.rater ?? {};
  if (name !== undefined && organisation !== undefined) return `${name} (${organisation})`;
  return name ?? organisation ?? `Rater ${String(index + 1)}`;
};

/**
 * Scores a decoded input of either kind.
 *
 * @example
 * import { scoreInput } from '@target87/core';
 * scoreInput({ kind: 'plan', plan }).kind; // 'plan'
 * @category combinators
 */
export const scoreInput = (
  input: ScorableInput,
  options: ScorePlanOptions = {},
): ReadinessReport =>
  input.kind === 'plan'
    ? scorePlan(input.plan, options)
    : scoreSelfAssessment(input.assessment, options);

/**
 * Reads a plan or a quick self-assessment from YAML or JSON text and scores it; every problem in
 * the text comes back instead, with its path, line and a suggestion where one is close.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { scoreText, planExamples } from '@target87/core';
 * const report = scoreText(planExamples.strong);
 * E.isRight(report) && report.right.band; // 'high' or 'very-high'
 * @category combinators
 */
export const scoreText = (
  text: string,
  options: ScorePlanOptions = {},
): E.Either<Problems, ReadinessReport> =>
  pipe(
    parseScorableText(text, options.limits),
    E.map((input) => scoreInput(input, options)),
  );
