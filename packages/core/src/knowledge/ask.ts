import * as E from 'fp-ts/lib/Either.js';
import { parseArticleReference } from '../conventions/parseArticleReference.js';
import { parseInstrumentId } from '../conventions/parseInstrumentId.js';
import type { Country, InstrumentId } from '../conventions/schema.js';
import { problem, type Problem, type Problems } from '../shared/problem.js';
import { formatCitation } from './documents.js';
import {
  inverseFrequency,
  matchDocuments,
  missingTerms,
  readTerms,
  type BuiltIndex,
  type QuestionTerms,
} from './knowledgeIndex.js';
import { foldText, stopwords } from './normalise.js';
import type {
  KnowledgeAnswer,
  AskResult,
  FactTopic,
  KnowledgeDocument,
  KnowledgeFact,
  KnowledgeKind,
} from './schema.js';

// ---- data ------------------------------------------------------------------

/**
 * The longest question `ask` takes, in characters: longer than any real question, so longer text
 * is refused with a problem rather than searched.
 *
 * @example
 * ask('x'.repeat(maxQuestionLength + 1)); // E.left([{ code: 'too-large', ... }])
 * @category model
 */
export const maxQuestionLength = 500;

/** How many answers `ask` returns at most. */
const answerLimit = 5;

/** What a question asks for, beyond its subject. */
type Intent = Exclude<FactTopic, 'provision'> | 'acronym' | 'instrument' | 'topic' | 'definition';

/** The facts an instrument's own document holds. */
const instrumentTopics = [
  'adopted',
  'in-force',
  'ratifications',
  'fundamental',
  'binding',
] as const;

/** A document found for a question, with its adjusted fuse.js score (lower is better). */
interface Candidate {
  readonly position: number;
  readonly score: number;
  /** The share of the question the document covers, from 0 to 1. */
  readonly coverage: number;
  /** The fact to state first, when the question names it (an article's paragraph). */
  readonly fact?: KnowledgeFact;
}

/** Everything read from a question before answering it. */
interface Reading {
  readonly question: string;
  readonly folded: string;
  /** Instruments the question names by number or by name. */
  readonly ids: readonly InstrumentId[];
  /** Instruments named by number that the library does not model. */
  readonly problems: readonly Problem[];
  /** The folded question without the instruments and article it names. */
  readonly rest: string;
  /** The content terms of `rest`. */
  readonly terms: QuestionTerms;
  readonly intents: ReadonlySet<Intent>;
}

const suggestionsWhenLost = [
  'C138 Art. 3',
  "what's the minimum age for hazardous work?",
  'is prison labour forced labour?',
  'what does WFCL stand for?',
  'who should do research in a partnership?',
];

// ---- reading the question ------------------------------------------------------

const codedInstrument = /\b([cpr]) ?0*(\d{1,3})\b/g;
const numberedInstrument =
  /\b(convention|protocol|recommendation|no|nr)(?: no| nr| number)? 0*(\d{1,3})\b/g;
const articleInRaw =
  /\bart(?:icle)?s?\.?\s*(\d{1,3})((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)|\bannexe?\s+([ivx]{1,4}|\d)\b/i;
const articleInFolded =
  /\b(?:art|arts|article|articles) \d{1,3}(?: (?:\d{1,2}|[a-z]|[ivx]{1,4})\b)*|\bannexe? (?:[ivx]{1,4}|\d)\b/g;

/** Instruments named by number (C138, No. 182, Convention 29) or by name, and what is left. */
const instrumentMentions = (index: BuiltIndex, folded: string) => {
  const ids: InstrumentId[] = [];
  const problems: Problem[] = [];
  const take = (prefix: string, digits: string) => {
    const parsed = parseInstrumentId(`${prefix}${digits}`);
    if (E.isRight(parsed)) {
      if (!ids.includes(parsed.right)) ids.push(parsed.right);
    } else problems.push(...parsed.left);
  };
  let rest = folded.replace(codedInstrument, (_, letter: string, digits: string) => {
    take(letter.toUpperCase(), digits);
    return ' ';
  });
  rest = rest.replace(numberedInstrument, (_, word: string, digits: string) => {
    take(word === 'protocol' ? 'P' : word === 'recommendation' ? 'R' : 'C', digits);
    return ' ';
  });
  rest = rest.replace(articleInFolded, ' ').replace(/\s+/g, ' ').trim();
  // Names, longest first: "worst forms of child labour convention" before "worst forms convention".
  const words = rest.split(' ');
  for (let size = Math.min(words.length, 12); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const id = index.instrumentNames.get(words.slice(start, start + size).join(' '));
      if (id === undefined) continue;
      if (!ids.includes(id)) ids.push(id);
      words.splice(start, size, '');
    }
  }
  return { ids, problems, rest: words.filter((w) => w !== '').join(' ') };
};

const romans = ['I', 'II', 'III', 'IV', 'V'];

/** The article (and paragraph) the question names: `Art. 3(3)`, `Annex I`. */
const articleMention = (question: string): string | undefined => {
  const match = articleInRaw.exec(question);
  if (match === null) return undefined;
  if (match[3] !== undefined) {
    const annex = /^\d$/.test(match[3]) ? romans[Number(match[3]) - 1] : match[3].toUpperCase();
    return `Annex ${annex ?? match[3]}`;
  }
  return `Art. ${match[1] ?? ''}${(match[2] ?? '').replace(/\s+/g, '')}`;
};

/** The country the question names, if any, trying the longest names first. */
const countryMention = (
  index: BuiltIndex,
  folded: string,
): { country: Country; rest: string } | undefined => {
  const words = folded.split(' ');
  for (let size = 3; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const phrase = words.slice(start, start + size).join(' ');
      if (size === 1 && stopwords.has(phrase)) continue;
      const country = index.countries.get(phrase);
      if (country !== undefined) {
        const rest = [...words.slice(0, start), ...words.slice(start + size)].join(' ');
        return { country, rest };
      }
    }
  }
  return undefined;
};

const has = (words: ReadonlySet<string>, ...wanted: string[]) => wanted.some((w) => words.has(w));

/** What the question asks for, from its wording ("when was ... adopted", "how many"). */
const intentsOf = (folded: string, terms: readonly string[]): Set<Intent> => {
  const words = new Set(folded.split(' '));
  const all = new Set(terms);
  const intents = new Set<Intent>();
  const asksCount = /\bhow many\b|\bnumber of\b|\bcount\b/.test(folded);
  if (all.has('ratify') || has(words, 'ratified', 'ratifications', 'party', 'parties')) {
    intents.add(asksCount || has(words, 'ratifications') ? 'ratifications' : 'ratification');
  } else if (asksCount && has(words, 'countries', 'states', 'parties')) {
    intents.add('ratifications');
  }
  if (has(words, 'adopted', 'adoption', 'adopt') || /\bwhich (ilc )?session\b/.test(folded)) {
    intents.add('adopted');
  }
  if (/\b(entry|enter|entered|come|came|comes|coming|in) (into )?force\b/.test(folded)) {
    intents.add('in-force');
  }
  if (has(words, 'fundamental', 'core')) intents.add('fundamental');
  if (has(words, 'binding', 'bind', 'legally', 'obligatory', 'mandatory')) intents.add('binding');
  if (all.has('age') || has(words, 'young', 'youngest', 'younger')) intents.add('age');
  if (
    /\bstands? for\b|\bacronym\b|\babbreviation\b|\bmeaning\b|\bwhat does \S+ mean\b/.test(folded)
  ) {
    intents.add('acronym');
  }
  if (
    /^(what|who) (is|are|counts?) (as |an? )?\b|\bdefin(e|ed|ition)\b|\bmeaning of\b/.test(
      folded,
    ) &&
    !intents.has('acronym')
  ) {
    intents.add('definition');
  }
  if (/\b(which|what) (convention|instrument|treaty|standard|protocol)s?\b/.test(folded)) {
    intents.add('instrument');
  }
  return intents;
};

/** Reads a question: the instruments, article and country it names, its words and intents. */
const read = (index: BuiltIndex, question: string): Reading => {
  const folded = foldText(question);
  const mention = instrumentMentions(index, folded);
  const terms = readTerms(index, mention.rest);
  const intents = intentsOf(mention.rest, terms.terms);
  const instrumentWords = ['convention', 'protocol', 'recommendation', 'treaty', 'instrument'];
  if (mention.ids.length === 0 && !terms.terms.some((t) => instrumentWords.includes(t))) {
    intents.add('topic');
  }
  return { question, folded, ...mention, terms, intents };
};

// ---- choosing the fact to state ------------------------------------------------------

/** The work kind an age question is about: hazardous, light or (by default) general. */
const workKindOf = (terms: readonly string[]): string =>
  terms.includes('hazardous') ? 'hazardous' : terms.includes('light') ? 'light' : 'general';

/**
 * The paragraph of an article that the question is about: the one sharing the rarest words with
 * it, when one stands out.
 */
const bestProvision = (
  index: BuiltIndex,
  doc: KnowledgeDocument,
  terms: readonly string[],
): KnowledgeFact | undefined => {
  const distinct = [...new Set(terms)];
  const scored = doc.facts
    .filter((f) => f.topic === 'provision')
    .map((f) => ({
      fact: f,
      score: distinct
        .filter((term) => f.cues.includes(term))
        .reduce((sum, term) => sum + inverseFrequency(index, term), 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first === undefined || first.score === 0) return undefined;
  return second === undefined || first.score > second.score ? first.fact : undefined;
};

/** The fact a document should state first for this question, if it holds one. */
const factFor = (
  index: BuiltIndex,
  doc: KnowledgeDocument,
  intents: ReadonlySet<Intent>,
  terms: readonly string[],
): KnowledgeFact | undefined => {
  for (const topic of instrumentTopics) {
    if (intents.has(topic)) {
      const found = doc.facts.find((f) => f.topic === topic);
      if (found !== undefined) return found;
    }
  }
  if (intents.has('age')) {
    const ages = doc.facts.filter((f) => f.topic === 'age');
    const kind = workKindOf(terms);
    const found =
      ages.find((f) => f.cues.includes(kind)) ?? (ages.length === 1 ? ages[0] : undefined);
    if (found !== undefined) return found;
  }
  return bestProvision(index, doc, terms);
};

// ---- ranking ----------------------------------------------------------------------------

const kindOrder: readonly KnowledgeKind[] = [
  'convention',
  'article',
  'instrument',
  'glossary',
  'actor',
  'intervention',
  'matrix',
  'criterion',
  'practice',
  'pathfinder',
  'lesson',
  'initiative',
  'organisation',
  'programme',
  'country',
];

/** How much to favour a document for what the question asks (below 1 favours it). */
const boost = (doc: KnowledgeDocument, intents: ReadonlySet<Intent>, terms: readonly string[]) => {
  let factor = 1;
  for (const topic of instrumentTopics) {
    if (intents.has(topic) && doc.facts.some((f) => f.topic === topic)) factor *= 0.5;
  }
  if (intents.has('age')) {
    const ages = doc.facts.filter((f) => f.topic === 'age');
    if (ages.some((f) => f.cues.includes(workKindOf(terms)))) factor *= 0.8;
  }
  if (intents.has('acronym') && doc.kind === 'glossary') factor *= 0.5;
  if (
    intents.has('definition') &&
    /\b(definition|defined|who is|what is)\b/i.test(doc.keywords.join(' '))
  ) {
    factor *= 0.7;
  }
  const isInstrument = doc.kind === 'convention' || doc.kind === 'instrument';
  if (intents.has('instrument') && isInstrument) factor *= 0.5;
  // Without "convention" or an id, people ask about what instruments say, not the instruments.
  if (intents.has('topic') && isInstrument) factor *= 1.25;
  return factor;
};

/** Documents ranked for a question's terms: fuse.js's score, adjusted for intents and coverage. */
const rank = (
  index: BuiltIndex,
  question: QuestionTerms,
  intents: ReadonlySet<Intent>,
  keep: (doc: KnowledgeDocument) => boolean = () => true,
): Candidate[] => {
  if (question.terms.length === 0) return [];
  const { coverageWeight, intentBoosts } = index.tuning;
  const candidates: Candidate[] = [];
  const matches = matchDocuments(index, question, (position) => {
    const doc = index.documents[position];
    return doc !== undefined && keep(doc);
  });
  for (const match of matches) {
    const doc = index.documents[match.position];
    if (doc === undefined) continue;
    const factor = intentBoosts ? boost(doc, intents, question.terms) : 1;
    // A little is added first so that boosts still order documents fuse.js scores as perfect.
    const score = Math.min(
      1,
      (match.score + 0.01) * factor * (1 + coverageWeight * (1 - match.coverage)),
    );
    candidates.push({ position: match.position, score, coverage: match.coverage });
  }
  return candidates.sort(
    (a, b) =>
      a.score - b.score ||
      kindOrder.indexOf(index.documents[a.position]?.kind ?? 'country') -
        kindOrder.indexOf(index.documents[b.position]?.kind ?? 'country'),
  );
};

/** Whether a candidate is good enough to give as an answer. */
const confident = (index: BuiltIndex, candidate: Candidate | undefined): boolean =>
  candidate !== undefined &&
  candidate.coverage >= index.tuning.minimumCoverage &&
  candidate.score <= index.tuning.maximumScore;

// ---- answers ------------------------------------------------------------------------------

const toAnswer = (
  index: BuiltIndex,
  candidate: Candidate,
  withFact: KnowledgeFact | undefined,
): KnowledgeAnswer | undefined => {
  const doc = index.documents[candidate.position];
  const citation = withFact?.citation ?? doc?.citations[0];
  if (doc === undefined || citation === undefined) return undefined;
  const text =
    withFact === undefined
      ? doc.answer
      : withFact.topic === 'provision'
        ? `${withFact.statement} ${doc.answer}`
        : withFact.statement;
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    text,
    citation: formatCitation(citation),
    ...(doc.conventionId === undefined ? {} : { conventionId: doc.conventionId }),
    relevance: Math.max(0, Math.min(1, 1 - candidate.score)),
  };
};

/** The answers for ranked candidates, best first, the first stating the fact asked for. */
const answered = (
  index: BuiltIndex,
  reading: Reading,
  candidates: readonly Candidate[],
  terms: readonly string[] = reading.terms.terms,
): AskResult | undefined => {
  const seen = new Set<number>();
  const answers: KnowledgeAnswer[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.position) || answers.length >= answerLimit) continue;
    // Further answers must be as sure as a first one would have to be.
    if (answers.length > 0 && !confident(index, candidate)) continue;
    seen.add(candidate.position);
    const doc = index.documents[candidate.position];
    const fact =
      candidate.fact ??
      (answers.length === 0 && doc !== undefined
        ? factFor(index, doc, reading.intents, terms)
        : undefined);
    const answer = toAnswer(index, candidate, fact);
    if (answer !== undefined) answers.push(answer);
  }
  const [first, ...rest] = answers;
  return first === undefined
    ? undefined
    : { status: 'answered', question: reading.question, answers: [first, ...rest] };
};

const unknown = (reading: Reading, message: string, suggestions: readonly string[]): AskResult => ({
  status: 'unknown',
  question: reading.question,
  answers: [],
  message,
  suggestions: [...new Set(suggestions)].slice(0, answerLimit),
});

const positionOf = (index: BuiltIndex, kind: KnowledgeKind, id: string) =>
  index.position.get(`${kind}:${id}`);

const instrumentPosition = (index: BuiltIndex, id: string) =>
  positionOf(index, 'convention', id) ?? positionOf(index, 'instrument', id);

const direct = (position: number, fact?: KnowledgeFact): Candidate => ({
  position,
  score: 0,
  coverage: 1,
  ...(fact === undefined ? {} : { fact }),
});

/** The instrument a few words name ("the forced labour protocol"), when one stands out. */
const instrumentNamed = (
  index: BuiltIndex,
  terms: QuestionTerms,
  intents: ReadonlySet<Intent>,
): InstrumentId | undefined => {
  const [best] = rank(
    index,
    terms,
    intents,
    (d) => d.kind === 'convention' || d.kind === 'instrument',
  );
  return best !== undefined && confident(index, best)
    ? index.documents[best.position]?.conventionId
    : undefined;
};

/** The instruments a question about these ids may be answered from: with what supplements them. */
const scopeOf = (index: BuiltIndex, ids: readonly InstrumentId[]): ReadonlySet<string> => {
  const scope = new Set<string>(ids);
  for (const instrument of index.instruments.values()) {
    if (instrument.supplements.some((id) => scope.has(id))) scope.add(instrument.id);
  }
  return scope;
};

/**
 * When the question asks for a fact (an age, a date) and the best match does not hold it, the
 * document of the same instrument that does comes first: "minimum age for admission to
 * employment" matches the Minimum Age Convention, whose Art. 2 states the age.
 */
const promoteFactHolder = (
  index: BuiltIndex,
  reading: Reading,
  candidates: readonly Candidate[],
): readonly Candidate[] => {
  const [best, ...rest] = candidates;
  const bestDoc = best === undefined ? undefined : index.documents[best.position];
  const asked = [...instrumentTopics, 'age' as const].filter((topic) => reading.intents.has(topic));
  const isInstrument = bestDoc?.kind === 'convention' || bestDoc?.kind === 'instrument';
  if (best === undefined || bestDoc === undefined || asked.length === 0 || !isInstrument)
    return candidates;
  if (!reading.intents.has('topic')) return candidates;
  const holds = (doc: KnowledgeDocument | undefined) =>
    doc !== undefined && doc.facts.some((f) => asked.some((topic) => topic === f.topic));
  if (holds(bestDoc) || bestDoc.conventionId === undefined) return candidates;
  const family = bestDoc.conventionId;
  const kind = workKindOf(reading.terms.terms);
  const holders = index.documents
    .map((doc, position) => ({ doc, position }))
    .filter(({ doc }) => doc.conventionId === family && holds(doc))
    .sort(
      (a, b) =>
        Number(b.doc.facts.some((f) => f.cues.includes(kind))) -
        Number(a.doc.facts.some((f) => f.cues.includes(kind))),
    );
  const [holder] = holders;
  return holder === undefined
    ? candidates
    : [{ ...best, position: holder.position }, best, ...rest];
};

// ---- the answering rules ------------------------------------------------------------------------

/** An article reference: straight to the article (and the paragraph, when one is named). */
const answerArticle = (index: BuiltIndex, reading: Reading, reference: string): AskResult => {
  const instrumentId = reading.ids[0] ?? instrumentNamed(index, reading.terms, reading.intents);
  if (instrumentId === undefined) {
    const [problemFound] = reading.problems;
    const number = reference.replace(/^Art\. /, '').replace(/\(.*$/, '');
    return unknown(
      reading,
      problemFound?.message ??
        `Which convention is ${reference} of? Write it as "C182 ${reference}" or "${reference} of the Minimum Age Convention".`,
      index.documents
        .filter((d) => d.kind === 'article' && d.id.endsWith(`:${number}`))
        .map((d) => d.title),
    );
  }
  const parsed = parseArticleReference(`${instrumentId} ${reference}`);
  if (E.isLeft(parsed)) {
    return unknown(
      reading,
      parsed.left[0].message,
      index.documents
        .filter((d) => d.kind === 'article' && d.conventionId === instrumentId)
        .map((d) => d.title),
    );
  }
  const { article, paragraph } = parsed.right;
  const position = positionOf(index, 'article', article.id);
  const doc = position === undefined ? undefined : index.documents[position];
  if (position === undefined || doc === undefined) {
    return unknown(reading, `The index holds no document for ${parsed.right.citation}.`, []);
  }
  const named =
    paragraph === undefined
      ? undefined
      : doc.facts.find(
          (f) =>
            f.topic === 'provision' &&
            f.citation.kind === 'instrument' &&
            f.citation.ref === paragraph.ref,
        );
  const fact = named ?? factFor(index, doc, reading.intents, reading.terms.terms);
  const convention = instrumentPosition(index, instrumentId);
  const related = rank(
    index,
    reading.terms,
    reading.intents,
    (d) => d.conventionId === instrumentId,
  );
  return (
    answered(index, reading, [
      direct(position, fact),
      ...(convention === undefined ? [] : [direct(convention)]),
      ...related,
    ]) ?? unknown(reading, `Nothing found for ${parsed.right.citation}.`, [])
  );
};

/** A country and an instrument: whether it is ratified, first. */
const answerRatification = (
  index: BuiltIndex,
  reading: Reading,
  country: Country,
  rest: string,
): AskResult | undefined => {
  const position = positionOf(index, 'country', country.code);
  if (position === undefined) return undefined;
  const terms = readTerms(index, rest);
  const withoutRatify = { ...terms, terms: terms.terms.filter((t) => t !== 'ratify') };
  const instrumentId = reading.ids[0] ?? instrumentNamed(index, withoutRatify, reading.intents);
  const fact =
    instrumentId === undefined
      ? undefined
      : index.documents[position]?.facts.find(
          (f) => f.topic === 'ratification' && f.cues.includes(instrumentId),
        );
  const convention =
    instrumentId === undefined ? undefined : instrumentPosition(index, instrumentId);
  return answered(index, reading, [
    direct(position, fact),
    ...(convention === undefined ? [] : [direct(convention)]),
  ]);
};

/** Instruments named by id or name: their own record, or the part of it the question is about. */
const answerInstrument = (index: BuiltIndex, reading: Reading): AskResult | undefined => {
  const scope = scopeOf(index, reading.ids);
  const own = reading.ids
    .map((id) => instrumentPosition(index, id))
    .filter((p) => p !== undefined)
    .map((position) => direct(position));
  if (instrumentTopics.some((topic) => reading.intents.has(topic))) {
    return answered(index, reading, own);
  }
  const inScope = (d: KnowledgeDocument) =>
    d.conventionId !== undefined && scope.has(d.conventionId);
  if (reading.intents.has('age')) {
    const kind = workKindOf(reading.terms.terms);
    const ages = index.documents
      .map((doc, position) => ({ doc, position }))
      .filter(({ doc }) => inScope(doc) && doc.facts.some((f) => f.topic === 'age'));
    const best =
      ages.find(({ doc }) => doc.facts.some((f) => f.topic === 'age' && f.cues.includes(kind))) ??
      ages[0];
    if (best !== undefined) return answered(index, reading, [direct(best.position), ...own]);
  }
  const scoped = rank(index, reading.terms, reading.intents, inScope).filter((c) =>
    confident(index, c),
  );
  const [best] = scoped;
  const first =
    best !== undefined && index.documents[best.position]?.kind === 'article'
      ? [{ ...best, score: 0 }]
      : [];
  return answered(index, reading, [...first, ...own, ...scoped]);
};

/**
 * Answers a question over a built index, following the answering rules: article references and
 * instrument ids or names go straight to their record, a country with an instrument to its
 * ratification, everything else through fuse.js, answered only when the best match covers enough
 * of the question.
 */
export const askIndex = (index: BuiltIndex, question: string): E.Either<Problems, AskResult> => {
  const trimmed = question.trim();
  if (trimmed === '') {
    return E.left([problem('empty', 'question', 'Ask a question, for example "C138 Art. 3".')]);
  }
  if (trimmed.length > maxQuestionLength) {
    return E.left([
      problem(
        'too-large',
        'question',
        `A question is at most ${String(maxQuestionLength)} characters; this one has ${String(trimmed.length)}.`,
      ),
    ]);
  }
  const reading = read(index, trimmed);

  const reference = articleMention(trimmed);
  if (reference !== undefined) return E.right(answerArticle(index, reading, reference));

  const place = countryMention(index, reading.rest);
  if (place !== undefined && (reading.intents.has('ratification') || reading.ids.length > 0)) {
    const result = answerRatification(index, reading, place.country, place.rest);
    if (result !== undefined) return E.right(result);
  }

  if (reading.ids.length > 0) {
    const result = answerInstrument(index, reading);
    if (result !== undefined) return E.right(result);
  } else if (reading.problems.length > 0) {
    return E.right(
      unknown(
        reading,
        reading.problems[0]?.message ?? 'That instrument is not modelled here.',
        index.documents.filter((d) => d.kind === 'convention').map((d) => d.title),
      ),
    );
  }

  if (reading.terms.terms.length === 0) {
    return E.right(
      unknown(
        reading,
        'I need a few more words: ask about a convention, an article, an acronym or the partnership method.',
        suggestionsWhenLost,
      ),
    );
  }
  const candidates = rank(index, reading.terms, reading.intents);
  const [best] = candidates;
  if (!confident(index, best)) {
    const missing =
      best === undefined ? [] : missingTerms(index, best.position, reading.terms.terms);
    return E.right(
      unknown(
        reading,
        missing.length === 0
          ? "I don't know: nothing in the library answers that."
          : `I don't know: nothing in the library covers "${missing.slice(0, 3).join('", "')}".`,
        [
          ...candidates
            .slice(0, 3)
            .map((c) => index.documents[c.position]?.title)
            .filter((t) => t !== undefined),
          ...suggestionsWhenLost,
        ],
      ),
    );
  }
  return E.right(
    answered(index, reading, promoteFactHolder(index, reading, candidates)) ??
      unknown(reading, "I don't know.", suggestionsWhenLost),
  );
};
