import { synonymGroups } from './data/synonyms.js';
import type { SynonymGroup } from './schema.js';

// ---- data ------------------------------------------------------------------

/** American spellings read as British, so "labor" finds "labour" and "program" finds "programme". */
const britishSpelling: Readonly<Record<string, string>> = {
  labor: 'labour',
  labors: 'labours',
  laborer: 'labourer',
  laborers: 'labourers',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  defense: 'defence',
  offense: 'offence',
  offenses: 'offences',
  behavior: 'behaviour',
  favor: 'favour',
  neighbor: 'neighbour',
  neighboring: 'neighbouring',
  enroll: 'enrol',
  judgment: 'judgement',
  fulfill: 'fulfil',
};

/** Plurals and forms the suffix rules below would get wrong. */
const irregular: Readonly<Record<string, string>> = {
  children: 'child',
  childs: 'child',
  women: 'woman',
  men: 'man',
  people: 'person',
  persons: 'person',
  working: 'work',
  worked: 'work',
  works: 'work',
  status: 'status',
  gas: 'gas',
  bus: 'bus',
  focus: 'focus',
  consensus: 'consensus',
  census: 'census',
  series: 'series',
  species: 'species',
  news: 'news',
  crisis: 'crisis',
  basis: 'basis',
  analysis: 'analysis',
  its: 'its',
  was: 'was',
  has: 'has',
  is: 'is',
  does: 'does',
  yes: 'yes',
};

/**
 * Words that carry no meaning for the search. Question words (what, when, how many) are kept
 * for recognising what a question asks, and dropped before matching.
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'a an the of for in on at to from by with about into onto over as than then so if or and but ' +
    'is are was were be been being am do does did done doing have has had having ' +
    'can could should would will shall may might must need needs ' +
    'what whats which who whom whose when where why how that this these those there here ' +
    'it its i im me my we our us you your they them their he she his her him one ones ' +
    'tell say says said please any some all also just only very much many more most ' +
    'get gets got become becomes go goes know want give explain show find ' +
    'under up out s t ok hi hey thanks thank ' +
    // Filler words of questions about roles and rules.
    'role bring contribute cover apply allow allowed example someone something anyone like ' +
    'regarding concerning exist count counted against among between within without before ' +
    'after during each every other same own not via per'
  ).split(' '),
);

// ---- constructors ------------------------------------------------------------

/**
 * The canonical word of each synonym group, looked up by any of its words.
 *
 * @example
 * synonymIndex(synonymGroups).get('jail'); // 'prison'
 * @category constructors
 */
export const synonymIndex = (groups: readonly SynonymGroup[]): ReadonlyMap<string, string> => {
  const index = new Map<string, string>();
  for (const group of groups) for (const word of group.words) index.set(word, group.canonical);
  return index;
};

const defaultSynonyms = synonymIndex(synonymGroups);

// ---- combinators -------------------------------------------------------------

/**
 * Lower case, no accents, no apostrophes or possessive `'s`, words separated by single spaces.
 *
 * @example
 * foldText("Employers’ Organizations"); // 'employers organizations'
 * @category combinators
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * One word in its searchable form: British spelling (`-ize` read as `-ise`), singular.
 *
 * @example
 * stem('organizations'); // 'organisation'
 * stem('countries'); // 'country'
 * @category combinators
 */
export const stem = (word: string): string => {
  const british = britishSpelling[word] ?? word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  const fixed = irregular[british];
  if (fixed !== undefined) return fixed;
  if (british.length <= 3) return british;
  if (british.endsWith('ies') && british.length > 4) return `${british.slice(0, -3)}y`;
  if (/(ss|us|is|ous)$/.test(british)) return british;
  if (/(sses|ches|shes|xes)$/.test(british)) return british.slice(0, -2);
  if (british.endsWith('s')) return british.slice(0, -1);
  return british;
};

/**
 * The words of a text in the form the search compares: folded, stemmed, and with synonyms read
 * as their group's word. Stopwords are kept; see {@link contentTerms}.
 *
 * @example
 * searchTerms('Is jail labor forced labour?'); // ['is', 'prison', 'labour', 'forced', 'labour']
 * @category combinators
 */
export const searchTerms = (
  text: string,
  synonyms: ReadonlyMap<string, string> = defaultSynonyms,
): string[] => {
  const folded = foldText(text);
  if (folded === '') return [];
  return folded.split(' ').map((word) => {
    const stemmed = stem(word);
    return synonyms.get(stemmed) ?? stemmed;
  });
};

/**
 * The words of a text that carry meaning for the search: {@link searchTerms} without stopwords.
 *
 * @example
 * contentTerms("what's the minimum age for hazardous work?"); // ['minimum', 'age', 'hazardous', 'work']
 * @category combinators
 */
export const contentTerms = (
  text: string,
  synonyms: ReadonlyMap<string, string> = defaultSynonyms,
): string[] => searchTerms(text, synonyms).filter((term) => !stopwords.has(term));
