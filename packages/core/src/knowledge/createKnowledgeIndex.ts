import type * as E from 'fp-ts/lib/Either.js';
import type { Problems } from '../shared/problem.js';
import { askIndex } from './ask.js';
import type { KnowledgeSources } from './documents.js';
import {
  buildIndex,
  defaultKnowledgeSources,
  defaultSearchTuning,
  type SearchTuning,
} from './knowledgeIndex.js';
import type { AskResult, KnowledgeDocument, SearchHit } from './schema.js';
import { searchIndex, type SearchOptions } from './search.js';

/**
 * A knowledge index, built once: answer questions with `ask`, autocomplete with `search`. Both are
 * pure and synchronous.
 *
 * @example
 * const index: KnowledgeIndex = createKnowledgeIndex();
 * index.search('wfc', { limit: 1 }); // [{ kind: 'glossary', id: 'WFCL', title: 'WFCL: Worst Forms of Child Labour' }]
 * @category model
 */
export interface KnowledgeIndex {
  /** Every document the index holds. */
  readonly documents: readonly KnowledgeDocument[];
  /** Ranked, cited answers to a question, or an honest "I don't know" with suggestions. */
  readonly ask: (question: string) => E.Either<Problems, AskResult>;
  /** Ids and titles for what someone is typing, best first. */
  readonly search: (query: string, options?: SearchOptions) => SearchHit[];
}

/**
 * Builds a knowledge index over the library's data (or the sources you pass, for example with
 * your own ratification table). Building takes some milliseconds; keep the index and reuse it.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * const index = createKnowledgeIndex();
 * const result = index.ask("what's the minimum age for hazardous work?");
 * E.isRight(result) && result.right.answers[0]?.text; // '18: C.138 Art. 3(1). ...'
 * @category constructors
 */
export const createKnowledgeIndex = (
  sources: KnowledgeSources = defaultKnowledgeSources,
  tuning: SearchTuning = defaultSearchTuning,
): KnowledgeIndex => {
  const built = buildIndex(sources, tuning);
  return {
    documents: built.documents,
    ask: (question) => askIndex(built, question),
    search: (query, options) => searchIndex(built, query, options),
  };
};

let built: KnowledgeIndex | undefined;

/**
 * The index over the library's own data, built on first use and kept.
 *
 * @example
 * knowledgeIndex().documents.length; // several hundred
 * @category constructors
 */
export const knowledgeIndex = (): KnowledgeIndex => {
  built ??= createKnowledgeIndex();
  return built;
};

/**
 * Answers a question from the library's data: convention ids and article references go straight
 * to their record; a question asking for a fact the data holds (an age, a date, a definition, an
 * exception, a yes or no) gets it stated first with its citation; typos, plurals and American
 * spelling are tolerated; with nothing relevant the result is an honest "I don't know" with
 * suggestions. An empty or over-long question is a problem.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * const result = ask('is prison labour forced labour?');
 * if (E.isRight(result) && result.right.status === 'answered') {
 *   result.right.answers[0].citation; // 'C.29 Art. 2(2)(c)'
 * }
 * @category combinators
 */
export const ask = (question: string): E.Either<Problems, AskResult> =>
  knowledgeIndex().ask(question);

/**
 * Autocomplete over the library's data: ids and titles matching what someone is typing,
 * optionally of some kinds only.
 *
 * @example
 * search('min', { kinds: ['convention'] })[0]?.id; // 'C138'
 * @category combinators
 */
export const search = (query: string, options?: SearchOptions): SearchHit[] =>
  knowledgeIndex().search(query, options);
