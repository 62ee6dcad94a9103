import Fuse, { type IFuseOptions } from 'fuse.js';
import { actorTypes } from '../actors/actorTypes.js';
import { articles, countries, instruments, ratifications } from '../conventions/data/index.js';
import type { Country, Instrument, InstrumentId } from '../conventions/schema.js';
import { interventionTypes } from '../interventions/interventions.js';
import { matrixCells } from '../interventions/matrix.js';
import { internationalOrganisations, iloProgrammes } from '../organisations/data/index.js';
import { criteria } from '../partnership/criteria.js';
import { businessInitiatives, pathfinderLessons, pathfinders } from '../pathfinders/data/index.js';
import { goodPractices } from '../practices/data/index.js';
import { editDistance } from '../shared/closest.js';
import { glossary } from './data/glossary.js';
import { synonymGroups } from './data/synonyms.js';
import { knowledgeDocuments, type KnowledgeSources } from './documents.js';
import { foldText, searchTerms, stopwords, synonymIndex } from './normalise.js';
import type { KnowledgeDocument, SynonymGroup } from './schema.js';

// ---- data ------------------------------------------------------------------

/**
 * The knobs of the search, with the values the evaluation chose (see `docs/search.md` for what
 * each did to the numbers).
 *
 * - `threshold`: fuse.js's per-word fuzziness; words are wrapped in markers, so 0.15 lets a word
 *   of five letters or more differ by one letter and never lets `age` match inside `wage`.
 * - `weights`: how much a match in the title, the keywords or the text counts.
 * - `fieldNormWeight`: how much a match in a short field counts over one in a long field.
 * - `correctTypos`: replace a word the index does not know by the closest word it knows (one
 *   edit for five letters or more, two for eight or more, a swap of two letters counting as one).
 * - `synonyms`: read words of a synonym group as one (`jail` as `prison`).
 * - `intentBoosts`: favour documents that hold what the question asks for (an age, a date).
 * - `coverageWeight`: how much the share of the question's words a document contains counts
 *   against the fuse.js score when ranking (0: fuse.js alone).
 * - `minimumCoverage`: the share of the question's words (weighted by rarity, a corrected typo
 *   counting half) the best document must contain to be answered; below it, "I don't know".
 * - `maximumScore`: the largest adjusted fuse.js score still answered.
 * - `candidates`: how many documents, those sharing the most of the question's words, fuse.js
 *   ranks (running fuse.js's per-word search over every document costs about 20 ms a question).
 *
 * @example
 * createKnowledgeIndex(defaultKnowledgeSources, { ...defaultSearchTuning, minimumCoverage: 0.6 });
 * @category model
 */
export interface SearchTuning {
  readonly threshold: number;
  readonly weights: { readonly title: number; readonly keywords: number; readonly text: number };
  readonly fieldNormWeight: number;
  readonly correctTypos: boolean;
  readonly synonyms: boolean;
  readonly intentBoosts: boolean;
  readonly coverageWeight: number;
  readonly minimumCoverage: number;
  readonly maximumScore: number;
  readonly candidates: number;
}

/**
 * The tuning the evaluation chose (see `docs/search.md`).
 *
 * @example
 * defaultSearchTuning.minimumCoverage; // 0.5
 * @category model
 */
export const defaultSearchTuning: SearchTuning = {
  threshold: 0.15,
  weights: { title: 3, keywords: 3, text: 1 },
  fieldNormWeight: 1,
  correctTypos: true,
  synonyms: true,
  intentBoosts: true,
  coverageWeight: 1,
  minimumCoverage: 0.5,
  maximumScore: 0.95,
  candidates: 20,
};

/** What fuse.js searches: each field as marked search terms. */
interface Searchable {
  readonly title: string;
  readonly keywords: readonly string[];
  readonly text: string;
}

/**
 * A built index: the documents and everything needed to answer over them, computed once.
 * Internal to the knowledge module: use {@link KnowledgeIndex}.
 */
export interface BuiltIndex {
  readonly documents: readonly KnowledgeDocument[];
  /** What fuse.js searches, one record per document. */
  readonly records: readonly Searchable[];
  readonly fuseOptions: IFuseOptions<Searchable>;
  /** Each document's keywords as terms, in the order of its record's keywords. */
  readonly keywordTerms: readonly (readonly (readonly string[])[])[];
  /** For each term, the documents that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Each document's search terms, for explaining matches and choosing paragraphs. */
  readonly terms: readonly ReadonlySet<string>[];
  /** Every term of the index with the number of documents it appears in. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Every word of the index before synonyms are merged, with its frequency: what typos are corrected to. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Folded words of titles, ids and keywords, for prefix search. */
  readonly prefixWords: readonly (readonly string[])[];
  readonly synonyms: ReadonlyMap<string, string>;
  readonly countries: ReadonlyMap<string, Country>;
  /** Instrument names of two words or more (and "Palermo"), folded, to the instrument. */
  readonly instrumentNames: ReadonlyMap<string, InstrumentId>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly position: ReadonlyMap<string, number>;
  readonly tuning: SearchTuning;
}

/**
 * The library's own data, as the default index uses it. Replace a part to index your own, for
 * example a ratification table read with `parseRatificationCsv`.
 *
 * @example
 * createKnowledgeIndex({ ...defaultKnowledgeSources, ratifications: myTable.records });
 * @category model
 */
export const defaultKnowledgeSources: KnowledgeSources = {
  instruments,
  articles,
  countries,
  ratifications,
  glossary,
  actorTypes,
  interventionTypes,
  matrixCells,
  practices: goodPractices,
  criteria,
  pathfinders,
  pathfinderLessons,
  businessInitiatives,
  organisations: internationalOrganisations,
  iloProgrammes,
};

// ---- constructors ------------------------------------------------------------

/**
 * The title as matched: an article's heading without its citation ("C.182 Art. 5: Monitoring
 * mechanisms" is matched as "Monitoring mechanisms"), so that the numbers do not dilute it.
 */
const matchTitle = (doc: KnowledgeDocument): string =>
  doc.kind === 'article' ? doc.title.replace(/^[^:]*:\s*/, '') : doc.title;

/** Wraps each term in markers so that fuse.js matches whole words, not parts of words. */
export const markTerms = (terms: readonly string[]): string => terms.map((t) => `_${t}_`).join(' ');

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Builds the index structures; see `createKnowledgeIndex` for the public constructor. */
export const buildIndex = (
  sources: KnowledgeSources,
  tuning: SearchTuning,
  groups: readonly SynonymGroup[] = synonymGroups,
): BuiltIndex => {
  const documents = knowledgeDocuments(sources);
  const synonyms = tuning.synonyms ? synonymIndex(groups) : new Map<string, string>();
  const termsOf = (text: string) =>
    unique(searchTerms(text, synonyms).filter((term) => !stopwords.has(term)));
  const records: Searchable[] = documents.map((doc) => ({
    title: markTerms(termsOf(matchTitle(doc))),
    keywords: doc.keywords.map((keyword) => markTerms(termsOf(keyword))),
    text: markTerms(termsOf(doc.text)),
  }));
  const terms = documents.map(
    (doc) =>
      new Set([
        ...termsOf(matchTitle(doc)),
        ...doc.keywords.flatMap(termsOf),
        ...termsOf(doc.text),
      ]),
  );
  const documentFrequency = new Map<string, number>();
  for (const set of terms) {
    for (const term of set) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const vocabulary = new Map<string, number>();
  for (const doc of documents) {
    const words = new Set(searchTerms([doc.title, ...doc.keywords, doc.text].join(' '), new Map()));
    for (const word of words) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  for (const group of groups) {
    for (const word of [group.canonical, ...group.words]) {
      if (!vocabulary.has(word)) vocabulary.set(word, 1);
    }
  }
  const fuseOptions: IFuseOptions<Searchable> = {
    keys: [
      { name: 'title', weight: tuning.weights.title },
      { name: 'keywords', weight: tuning.weights.keywords },
      { name: 'text', weight: tuning.weights.text },
    ],
    includeScore: true,
    useTokenSearch: true,
    tokenize: (text: string) => text.split(' ').filter((t) => t !== ''),
    threshold: tuning.threshold,
    ignoreLocation: true,
    fieldNormWeight: tuning.fieldNormWeight,
  };
  const postings = new Map<string, number[]>();
  terms.forEach((set, position) => {
    for (const term of set) postings.set(term, [...(postings.get(term) ?? []), position]);
  });
  const countryMap = new Map<string, Country>();
  for (const country of sources.countries) {
    for (const name of [country.name, country.code, ...country.aliases]) {
      countryMap.set(foldText(name), country);
    }
  }
  const instrumentNames = new Map<string, InstrumentId>();
  for (const instrument of sources.instruments) {
    const title = foldText(instrument.title);
    const names = [
      title,
      title.replace(/ \d{4}( no \d+)?$/, ''),
      foldText(instrument.longTitle.value),
      ...instrument.aliases.map(foldText),
    ];
    // Only names that say what they are ("... convention", "Palermo Protocol"): "minimum age for
    // admission to employment" is a question about an age, not a name.
    for (const name of names) {
      if (/\b(convention|protocol|recommendation|target|palermo)\b/.test(name)) {
        instrumentNames.set(name, instrument.id);
      }
    }
  }
  return {
    documents,
    records,
    keywordTerms: documents.map((doc) => doc.keywords.map(termsOf)),
    fuseOptions,
    postings,
    terms,
    documentFrequency,
    vocabulary,
    prefixWords: documents.map((doc) =>
      unique(
        [doc.id, doc.title, ...doc.keywords].flatMap((text) => foldText(text).split(' ')),
      ).filter((w) => w !== ''),
    ),
    synonyms,
    countries: countryMap,
    instrumentNames,
    instruments: new Map(sources.instruments.map((i) => [i.id as string, i])),
    position: new Map(documents.map((doc, i) => [`${doc.kind}:${doc.id}`, i])),
    tuning,
  };
};

// ---- combinators -------------------------------------------------------------

/**
 * The word of the index closest to a word it does not know: one missing letter for words of
 * three or four letters, one edit for five letters or more, two for eight or more (a swap of two
 * letters counts as one), keeping the first letter. Ties go to the more frequent word.
 */
export const correctWord = (
  word: string,
  vocabulary: ReadonlyMap<string, number>,
): string | undefined => {
  if (vocabulary.has(word) || /^\d+$/.test(word)) return undefined;
  if (word.length < 3) return undefined;
  // Short words take only a missing letter ("det" for "debt"): changing or dropping a letter of
  // a short word too often makes another word ("wage" is not "age").
  const short = word.length <= 4;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; frequency: number } | undefined;
  for (const [term, frequency] of vocabulary) {
    // Typos rarely touch the first letter; checking it first keeps correction cheap.
    const sameStart = term[0] === word[0] || (term[0] === word[1] && term[1] === word[0]);
    if (!sameStart || stopwords.has(term)) continue;
    if (short ? term.length !== word.length + 1 : Math.abs(term.length - word.length) > allowed)
      continue;
    const distance = editDistance(word, term);
    if (distance > allowed) continue;
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && frequency > best.frequency)
    ) {
      best = { term, distance, frequency };
    }
  }
  return best?.term;
};

/**
 * A question's content terms as the index reads them (folded, stemmed, typos corrected towards
 * the index's words, synonyms merged, stopwords and single digits dropped), and which of them are
 * corrections.
 */
export interface QuestionTerms {
  readonly terms: readonly string[];
  readonly corrected: ReadonlySet<string>;
}

/** Reads a question's content terms; see {@link QuestionTerms}. */
export const readTerms = (index: BuiltIndex, text: string): QuestionTerms => {
  const corrected = new Set<string>();
  const terms = searchTerms(text, new Map())
    .map((word) => {
      if (!index.tuning.correctTypos || stopwords.has(word)) return { word, fixed: false };
      const fixed = correctWord(word, index.vocabulary);
      return fixed === undefined ? { word, fixed: false } : { word: fixed, fixed: true };
    })
    .map(({ word, fixed }) => ({ term: index.synonyms.get(word) ?? word, fixed }))
    .filter(({ term }) => !stopwords.has(term) && !/^\d$/.test(term));
  for (const { term, fixed } of terms) if (fixed) corrected.add(term);
  return { terms: terms.map(({ term }) => term), corrected };
};

/** The inverse document frequency of a term, as fuse.js computes it for token search. */
export const inverseFrequency = (index: BuiltIndex, term: string): number => {
  const frequency = index.documentFrequency.get(term) ?? 0;
  const total = index.documents.length;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
};

/**
 * How much of a question a document covers: the share of the question's terms, weighted by how
 * rare each is, that the document contains, a corrected typo counting half. 1 when every term is
 * there as typed.
 */
export const coverage = (index: BuiltIndex, position: number, question: QuestionTerms): number => {
  const distinct = unique(question.terms);
  const own = index.terms[position];
  if (own === undefined || distinct.length === 0) return 0;
  let found = 0;
  let total = 0;
  for (const term of distinct) {
    const weight = inverseFrequency(index, term);
    total += weight;
    if (own.has(term)) found += question.corrected.has(term) ? weight / 2 : weight;
  }
  return total === 0 ? 0 : found / total;
};

/** The question's terms a document does not contain, rarest first: what made it a poor match. */
export const missingTerms = (
  index: BuiltIndex,
  position: number,
  terms: readonly string[],
): string[] => {
  const own = index.terms[position];
  return unique(terms)
    .filter((term) => own === undefined || !own.has(term))
    .sort((a, b) => inverseFrequency(index, b) - inverseFrequency(index, a));
};

/** A document matched to a question: fuse.js's score (lower is better) and its coverage. */
export interface Match {
  readonly position: number;
  readonly score: number;
  readonly coverage: number;
}

/**
 * The documents that match a question's terms, best first by fuse.js's score. The documents
 * sharing the most of the question's words (see `candidates` in {@link SearchTuning}) are
 * ranked by fuse.js's token search, with the index's field weights.
 */
export const matchDocuments = (
  index: BuiltIndex,
  question: QuestionTerms,
  keep: (position: number) => boolean = () => true,
): Match[] => {
  if (question.terms.length === 0) return [];
  const found = new Set<number>();
  for (const term of question.terms) {
    for (const position of index.postings.get(term) ?? []) if (keep(position)) found.add(position);
  }
  const candidates = [...found]
    .map((position) => ({ position, coverage: coverage(index, position, question) }))
    .sort((a, b) => b.coverage - a.coverage || a.position - b.position)
    .slice(0, index.tuning.candidates);
  // Only the keywords that share a word with the question: the others cannot match, and fuse.js
  // would still run its per-word search on each of them.
  const wanted = new Set(question.terms);
  const records = candidates.map(({ position }): Searchable => {
    const record = index.records[position];
    const keywordTerms = index.keywordTerms[position] ?? [];
    return {
      title: record?.title ?? '',
      keywords: (record?.keywords ?? []).filter((_, i) =>
        (keywordTerms[i] ?? []).some((term) => wanted.has(term)),
      ),
      text: record?.text ?? '',
    };
  });
  const fuse = new Fuse(records, index.fuseOptions);
  return fuse.search(markTerms(question.terms)).flatMap((result) => {
    const candidate = candidates[result.refIndex];
    return candidate === undefined ? [] : [{ ...candidate, score: result.score ?? 1 }];
  });
};
