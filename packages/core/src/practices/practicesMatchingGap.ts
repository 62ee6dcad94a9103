import { conditionKindInfo, goodPractices, practiceThemeInfo } from './data/index.js';
import { textWords } from '../shared/text.js';
import type { ConditionKind, GoodPractice, PracticeMatch, PracticeTheme } from './schema.js';

const contains = (haystack: readonly string[], needle: readonly string[]): boolean => {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
};

// Words that describe a gap rather than its subject ("no", "lack of", "weak").
const gapWords = new Set(
  textWords(
    'no not none lack lacking missing without weak poor insufficient absent unclear little few limited inadequate nobody nothing need yet any there is are be has have had the a an and or of for to in on at by with its their this that plan partnership partner',
  ),
);

// ---- the index (built once) ----------------------------------------------------

// The words of a case's title, summary and keywords weigh more than those of its body.
const headlineText = (p: GoodPractice): string => [p.title, p.summary, ...p.keywords].join(' \n ');
const bodyText = (p: GoodPractice): string =>
  [
    ...p.organisations,
    p.background,
    p.action,
    ...p.results,
    p.sustainability,
    ...p.lessons,
    ...p.necessaryConditions.map((c) => c.text),
  ].join(' \n ');

const indexed = goodPractices.map((practice) => {
  const headline = new Set(textWords(headlineText(practice)));
  const body = new Set(textWords(bodyText(practice)));
  return { practice, headline, words: new Set([...headline, ...body]) };
});

// A word found in more than half of the cases ("child", "labour") tells them apart from nothing.
const documentFrequency = new Map<string, number>();
for (const { words } of indexed) {
  for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
}
const isDistinctive = (word: string): boolean =>
  (documentFrequency.get(word) ?? 0) <= goodPractices.length / 2;

const phrasesOf = <K>(entries: readonly { id: K; label: string; keywords: readonly string[] }[]) =>
  entries.map((e) => ({ id: e.id, phrases: [e.label, ...e.keywords].map(textWords) }));

const themePhrases = phrasesOf<PracticeTheme>(practiceThemeInfo);
const conditionPhrases = phrasesOf<ConditionKind>(conditionKindInfo);

// ---- the query -------------------------------------------------------------------

/**
 * Options for {@link practicesMatchingGap}.
 *
 * @example
 * const options: GapMatchOptions = { limit: 3, minScore: 3 };
 * @category model
 */
export type GapMatchOptions = {
  /** At most this many matches; all by default. */
  readonly limit?: number;
  /** Leave out matches scoring below this; 2 by default. */
  readonly minScore?: number;
};

const themeWeight = 3;
const conditionWeight = 2;
const headlineTermWeight = 2;
const bodyTermWeight = 1;
// A case matched by words alone, with no theme or condition, needs this many of them.
const wordsOnlyMinimum = 3;

/**
 * The good practices that speak to a partnership's gap, best first, each with why it matched.
 *
 * Each keyword is a short phrase describing the gap as people put it (`'no baseline data'`,
 * `'monitoring mechanism'`). A practice scores 3 for each of its themes the keywords name (using
 * the themes' synonyms: "baseline" names data and research), 2 for each kind of necessary
 * condition they name ("funding" names resources), and for each distinctive word of the keywords
 * found in its text, 2 when in its title, summary or keywords and 1 elsewhere. A case matched by
 * words alone needs at least three of them, so that a chance word ("high-level officials") does
 * not make a suggestion. Words that describe the gap rather than its subject ("no", "lack of") and
 * words found in most cases ("child", "labour") are ignored. Ties keep the seed's order, so the
 * result is deterministic.
 *
 * @example
 * practicesMatchingGap(['no baseline data'], { limit: 2 }).map((m) => m.practice.id);
 * // ['zambia-trade-union-policy', 'kosovo-romania-clms']
 * practicesMatchingGap(['no monitoring mechanism'])[0]?.practice.id; // 'clms-exchange-eastern-europe-central-asia'
 * practicesMatchingGap(['banana']); // []
 * @category queries
 */
export const practicesMatchingGap = (
  keywords: readonly string[],
  options: GapMatchOptions = {},
): readonly PracticeMatch[] => {
  const queries = keywords.map(textWords);
  const named = <K>(entries: readonly { id: K; phrases: readonly (readonly string[])[] }[]) =>
    new Set(
      entries
        .filter((e) => e.phrases.some((phrase) => queries.some((q) => contains(q, phrase))))
        .map((e) => e.id),
    );
  const themes = named(themePhrases);
  const conditions = named(conditionPhrases);
  const terms = [...new Set(queries.flat().filter((w) => !gapWords.has(w) && isDistinctive(w)))];
  const minScore = options.minScore ?? 2;

  const matches: PracticeMatch[] = [];
  for (const { practice, headline, words } of indexed) {
    const matchedThemes = practice.themes.filter((t) => themes.has(t));
    const matchedConditions = [
      ...new Set(practice.necessaryConditions.map((c) => c.kind).filter((k) => conditions.has(k))),
    ];
    const matchedTerms = terms.filter((t) => words.has(t));
    const anchored =
      matchedThemes.length > 0 ||
      matchedConditions.length > 0 ||
      matchedTerms.length >= wordsOnlyMinimum;
    const score =
      themeWeight * matchedThemes.length +
      conditionWeight * matchedConditions.length +
      matchedTerms.reduce(
        (sum, t) => sum + (headline.has(t) ? headlineTermWeight : bodyTermWeight),
        0,
      );
    if (anchored && score >= minScore) {
      matches.push({
        practice,
        score,
        themes: matchedThemes,
        conditions: matchedConditions,
        terms: matchedTerms,
      });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep the seed's order.
  const ranked = matches.sort((a, b) => b.score - a.score);
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
};
