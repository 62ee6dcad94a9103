import type { Ratification } from '../conventions/schema.js';
import { evidence, keepItCurrent, type CheckOutcome } from './checks/outcome.js';
import { planChecks } from './checks/registry.js';
import { criteria } from './criteria.js';
import { assessMakeUp } from './makeUp.js';
import { planFacts } from './planFacts.js';
import type { Answer, CriterionKey, Finding, PartnershipPlan, SelfAssessment } from './schema.js';

/**
 * Options for checking a plan.
 *
 * @category model
 */
export interface AssessOptions {
  /** Your own ratification table (see `parseRatificationCsv`), instead of the built-in records. */
  readonly ratifications?: readonly Ratification[];
}

/**
 * Checks a plan against every criterion: one finding per criterion, in report order. Criteria the
 * plan sets aside in `notApplicable` (with a reason) are not applicable; the others are checked by
 * their check function.
 *
 * @example
 * import { assessPlan } from '@target87/core';
 * assessPlan(plan).find((f) => f.criterion === 'work.baseline')?.status; // 'met' | 'partial' | ...
 * @category combinators
 */
export const assessPlan = (
  plan: PartnershipPlan,
  options: AssessOptions = {},
): readonly Finding[] => {
  const facts = planFacts(plan, options.ratifications);
  const setAside = new Map<string, { reason: string; index: number }>(
    (plan.notApplicable ?? []).map((n, index) => [n.criterion, { reason: n.reason, index }]),
  );
  return criteria.map((c): Finding => {
    const aside = setAside.get(c.id);
    if (aside !== undefined && c.mayBeNotApplicable) {
      return {
        criterion: c.id,
        status: 'not-applicable',
        evidence: [
          evidence(
            `notApplicable[${String(aside.index)}]`,
            `Set aside by the plan: ${aside.reason}`,
          ),
        ],
        recommendation: 'Nothing to do while the reason holds; review it when the plan changes.',
        reason: aside.reason,
      };
    }
    const key: CriterionKey = c.id;
    return { criterion: c.id, ...planChecks[key](plan, facts) };
  });
};

const answerWords = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  'not-applicable': 'Not applicable',
} as const;

/**
 * Turns a quick self-assessment into findings, the same form the plan checks produce. The
 * criteria its make-up decides (see {@link assessMakeUp}) are worked out from the make-up by the
 * plan checks' own rules, whatever the rater answered for them; the evidence says so. For the
 * others, yes is met, partly partial, no missing, not-applicable (with its reason) not
 * applicable. A criterion left unanswered counts as no.
 *
 * @example
 * import { assessAnswers } from '@target87/core';
 * assessAnswers(assessment).filter((f) => f.status === 'missing').length;
 * @category combinators
 */
export const assessAnswers = (assessment: SelfAssessment): readonly Finding[] => {
  const answers = new Map<string, { answer: Answer; index: number }>();
  assessment.answers.forEach((answer, index) => {
    if (!answers.has(answer.criterion)) answers.set(answer.criterion, { answer, index });
  });
  const decided: ReadonlyMap<CriterionKey, CheckOutcome> =
    assessment.makeUp === undefined ? new Map() : assessMakeUp(assessment.makeUp);
  return criteria.map((c): Finding => {
    const given = answers.get(c.id);
    const fromMakeUp = decided.get(c.id);
    if (fromMakeUp !== undefined) {
      const overruled =
        given === undefined
          ? []
          : [
              evidence(
                `answers[${String(given.index)}]`,
                `Answered ${answerWords[given.answer.answer].toLowerCase()}, but the make-up (makeUp) decides this criterion.`,
              ),
            ];
      return {
        criterion: c.id,
        ...fromMakeUp,
        evidence: [...fromMakeUp.evidence, ...overruled],
      };
    }
    if (given === undefined) {
      return {
        criterion: c.id,
        status: 'missing',
        evidence: [],
        recommendation: `Not answered. ${c.advice}`,
      };
    }
    const { answer, index } = given;
    const path = `answers[${String(index)}]`;
    const said = `${answerWords[answer.answer]}${answer.note === undefined ? '.' : `: ${answer.note}`}`;
    switch (answer.answer) {
      case 'yes':
        return {
          criterion: c.id,
          status: 'met',
          evidence: [evidence(path, said)],
          recommendation: keepItCurrent,
        };
      case 'partly':
        return {
          criterion: c.id,
          status: 'partial',
          evidence: [evidence(path, said)],
          recommendation: c.advice,
        };
      case 'no':
        return {
          criterion: c.id,
          status: 'missing',
          evidence: [evidence(path, said)],
          recommendation: c.advice,
        };
      case 'not-applicable':
        return c.mayBeNotApplicable && answer.reason !== undefined
          ? {
              criterion: c.id,
              status: 'not-applicable',
              evidence: [evidence(path, `Not applicable: ${answer.reason}`)],
              recommendation:
                'Nothing to do while the reason holds; review it when the partnership changes.',
              reason: answer.reason,
            }
          : {
              criterion: c.id,
              status: 'missing',
              evidence: [
                evidence(
                  path,
                  'Answered not applicable, but this criterion applies to every partnership.',
                ),
              ],
              recommendation: c.advice,
            };
    }
  });
};
