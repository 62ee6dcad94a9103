export * from './schema.js';
export { glossary } from './data/glossary.js';
export { synonymGroups } from './data/synonyms.js';
export { foldText, stem, searchTerms, contentTerms, synonymIndex } from './normalise.js';
export {
  readableDate,
  formatCitation,
  instrumentDocuments,
  articleDocuments,
  countryDocuments,
  glossaryDocuments,
  actorDocuments,
  interventionDocuments,
  practiceDocuments,
  criterionDocuments,
  pathfinderDocuments,
  organisationDocuments,
  knowledgeDocuments,
  type KnowledgeSources,
} from './documents.js';
export {
  defaultKnowledgeSources,
  defaultSearchTuning,
  type SearchTuning,
} from './knowledgeIndex.js';
export { maxQuestionLength } from './ask.js';
export type { SearchOptions } from './search.js';
export {
  createKnowledgeIndex,
  knowledgeIndex,
  ask,
  search,
  type KnowledgeIndex,
} from './createKnowledgeIndex.js';
