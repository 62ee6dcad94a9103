export * from './schema.js';
export * from './profileSchema.js';
export { checkGroups, criteria, criterion, checkGroup, citeCriterionSource } from './criteria.js';
export {
  readStructuredText,
  defaultTextLimits,
  parseProblemPath,
  withPositions,
  type TextLimits,
  type TextPosition,
  type ReadDocument,
} from './readText.js';
export {
  decodePlan,
  parsePlanText,
  decodeSelfAssessment,
  parseSelfAssessmentText,
  parseScorableText,
  type ScorableInput,
} from './parsePlan.js';
export { planFacts, type PlanFacts } from './planFacts.js';
export * from './checks/index.js';
export { assessPlan, assessAnswers, type AssessOptions } from './assess.js';
export { makeUpQuestions, assessMakeUp, criteriaDecidedByMakeUp } from './makeUp.js';
export { defaultScoringProfile, decodeScoringProfile, parseScoringProfileText } from './profile.js';
export { scoreFindings, criterionWeights, bandForScore, type ScoreOptions } from './score.js';
export { practicesForGap } from './practices.js';
export {
  scorePlan,
  scoreSelfAssessment,
  scoreInput,
  scoreText,
  raterName,
  type ScorePlanOptions,
} from './scorePlan.js';
export { combineSelfAssessments } from './combine.js';
export { compareReports, CriterionChange, ReportComparison } from './compare.js';
export {
  renderReportMarkdown,
  renderComparisonMarkdown,
  bandLabel,
  statusLabel,
} from './markdown.js';
export {
  planTemplate,
  planExamples,
  selfAssessmentExamples,
  exampleScoringProfile,
} from './examples.js';
export {
  planJsonSchema,
  selfAssessmentJsonSchema,
  scoringProfileJsonSchema,
  publishedJsonSchemas,
} from './jsonSchema.js';
