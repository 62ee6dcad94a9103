export * from './schema.js';
export { instruments, articles, countries, ratifications } from './data/index.js';
export {
  getInstrument,
  articlesOf,
  getArticle,
  findParagraph,
  cite,
  articleIdOf,
} from './catalogue.js';
export { parseInstrumentId } from './parseInstrumentId.js';
export { parseArticleReference, type ArticleReference } from './parseArticleReference.js';
export * from './minimumAge.js';
export * from './classifyChildLabour.js';
export * from './classifyForcedLabour.js';
export * from './applicableStandards.js';
export {
  findCountry,
  ratificationStatus,
  parseRatificationCsv,
  mergeRatifications,
  type RatificationAnswer,
  type RatificationTable,
} from './ratifications.js';
