export {
  PracticeId,
  practiceModalities,
  PracticeModality,
  practiceThemes,
  PracticeTheme,
  PracticeRegion,
  PracticeCountryRole,
  conditionKinds,
  ConditionKind,
  PracticeModalityInfo,
  PracticeThemeInfo,
  ConditionKindInfo,
  PracticeCountry,
  PracticePeriod,
  NecessaryCondition,
  GoodPractice,
  GoodPracticeCriterion,
  ProvisionReference,
  PracticeMatch,
} from './schema.js';
export * from './data/index.js';
export { getPractice, practicesFor, practicesWithCondition } from './practicesFor.js';
export type { PracticeFilter } from './practicesFor.js';
export { practicesMatchingGap } from './practicesMatchingGap.js';
export type { GapMatchOptions } from './practicesMatchingGap.js';
