import { exampleFiles } from './data/examples.js';

/**
 * The documented plan template (YAML), as `target87 score --template` prints it: every field with
 * a comment saying what goes there. Its schema line points at the published JSON Schema, so that
 * editors validate and autocomplete a copy.
 *
 * @example
 * import { planTemplate } from '@target87/core';
 * planTemplate.startsWith('# yaml-language-server: $schema='); // true
 * @category model
 */
export const planTemplate: string = exampleFiles['template.yaml'];

/**
 * The worked example plans (YAML), each scoring as its name says: `strong` in the high band or
 * above, `weak` in the low band, `crossBorder` a high-scoring plan along a migration route, and
 * `sourceOnly` a cross-border plan that works only at source and is flagged for it.
 *
 * @example
 * import { planExamples, scoreText } from '@target87/core';
 * scoreText(planExamples.weak); // E.right(report) with report.band === 'low'
 * @category model
 */
export const planExamples = {
  strong: exampleFiles['strong.yaml'],
  weak: exampleFiles['weak.yaml'],
  crossBorder: exampleFiles['cross-border.yaml'],
  sourceOnly: exampleFiles['source-only.yaml'],
} as const;

/**
 * Three quick self-assessments of the strong example's partnership, one per partner organisation,
 * to try combining raters.
 *
 * @example
 * import { selfAssessmentExamples } from '@target87/core';
 * Object.keys(selfAssessmentExamples); // ['ministry', 'union', 'ngo']
 * @category model
 */
export const selfAssessmentExamples = {
  ministry: exampleFiles['self-assessment-ministry.yaml'],
  union: exampleFiles['self-assessment-union.yaml'],
  ngo: exampleFiles['self-assessment-ngo.yaml'],
} as const;

/**
 * An example of a user's scoring profile (JSON): a labour ministry that weighs the matrix, the
 * standards and monitoring more, and adds a gate on the national focal point.
 *
 * @example
 * import { exampleScoringProfile, parseScoringProfileText } from '@target87/core';
 * parseScoringProfileText(exampleScoringProfile); // E.right(profile)
 * @category model
 */
export const exampleScoringProfile: string = exampleFiles['ministry-profile.json'];
