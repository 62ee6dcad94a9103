/** British spelling, singular, no accents: `Organizations` and `organisation` compare equal. */
const canonicalWord = (word: string): string => {
  const british = word
    .replace(/^labor(s|ed|ing)?$/, 'labour$1')
    .replace(/^program(s)?$/, 'programme$1')
    .replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1');
  if (british.length > 4 && british.endsWith('ies')) return `${british.slice(0, -3)}y`;
  if (british.length > 3 && british.endsWith('s') && !/(ss|us|is)$/.test(british)) {
    return british.slice(0, -1);
  }
  return british;
};

/**
 * The words of a text, lower case, without accents or punctuation, in British spelling and
 * singular, in order.
 *
 * @example
 * textWords('No baseline surveys; monitoring organized by NGOs'); // ['no', 'baseline', 'survey', 'monitoring', 'organised', 'by', 'ngo']
 * @category combinators
 */
export const textWords = (text: string): readonly string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .map(canonicalWord);
