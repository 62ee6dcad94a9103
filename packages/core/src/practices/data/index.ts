export { goodPractices } from './practices.js';
export { goodPracticeCriteria, southSouthCooperationBasis } from './criteria.js';
export { conditionKindInfo, practiceModalityInfo, practiceThemeInfo } from './vocabulary.js';
