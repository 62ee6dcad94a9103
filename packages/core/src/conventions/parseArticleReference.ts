import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { closestMatch } from '../shared/closest.js';
import { problem, type Problems } from '../shared/problem.js';
import { articlesOf, cite, findParagraph, getArticle } from './catalogue.js';
import { parseInstrumentId } from './parseInstrumentId.js';
import type { Article, InstrumentId, Paragraph } from './schema.js';

/**
 * An article (and, where one was named, a paragraph) found from a reference such as
 * `C138 Art. 3(3)`.
 *
 * @category model
 */
export interface ArticleReference {
  readonly instrumentId: InstrumentId;
  readonly article: Article;
  /** Set when the reference names a paragraph the library holds on its own. */
  readonly paragraph?: Paragraph;
  /** How to cite what was found: `C.138 Art. 3(3)`. */
  readonly citation: string;
}

// "Art. 3(3)", "article 2 (2) (c)", "arts 3", "annex I", "annex 2".
const articlePattern =
  /\b(?:art(?:icle)?s?\.?\s*(\d{1,3})((?:\s*\(\s*[0-9a-z]{1,4}\s*\))*)|annex(?:e)?\s+([ivx]{1,4}|\d))(?![a-z0-9])/i;

const romans = ['I', 'II', 'III', 'IV', 'V'];

/**
 * Reads an article reference written any common way: `article 8 of C182`, `C.29 Art 2`,
 * `C138 Art. 3(3)`, `Art 3(a) of the Worst Forms of Child Labour Convention`, `C.97 Annex I`.
 *
 * Problems say what was missing or wrong: no article number, an instrument the library does not
 * know, or an article it does not hold (suggesting the closest one it does).
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * const ref = parseArticleReference('C138 Art. 3(3)');
 * E.isRight(ref) && ref.right.citation; // 'C.138 Art. 3(3)'
 * @category constructors
 */
export const parseArticleReference = (text: string): E.Either<Problems, ArticleReference> => {
  const match = articlePattern.exec(text);
  if (match === null) {
    return E.left([
      problem(
        'invalid-value',
        '',
        `No article found in "${text.trim()}": write it as "C138 Art. 3" or "article 8 of C182".`,
      ),
    ]);
  }
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/[,;:]/g, ' ')
    .trim()
    // Connecting words around the article ("article 8 of the ...") but not inside a title.
    .replace(/^((of|in|the|from|under)\s+)+/i, '')
    .replace(/(\s+(of|in|the|from|under))+$/i, '');
  const number =
    match[3] === undefined
      ? (match[1] ?? '')
      : `Annex ${/^\d$/.test(match[3]) ? (romans[Number(match[3]) - 1] ?? match[3]) : match[3].toUpperCase()}`;
  const subdivisions = (match[2] ?? '').replace(/\s+/g, '').toLowerCase();

  return pipe(
    parseInstrumentId(rest),
    E.chain((instrumentId): E.Either<Problems, ArticleReference> => {
      const article = getArticle(instrumentId, number);
      if (article === undefined) {
        const held = articlesOf(instrumentId).map((a) => a.number);
        const shown = held.length === 0 ? 'none' : held.join(', ');
        return E.left([
          problem(
            'unknown-value',
            '',
            `The library does not hold ${cite(instrumentId, number)}. Articles it holds for ${cite(instrumentId)}: ${shown}.`,
            closestMatch(number, held),
          ),
        ]);
      }
      const ref = `${number}${subdivisions}`;
      const paragraph = subdivisions === '' ? undefined : findParagraph(article, ref);
      return E.right(
        paragraph === undefined
          ? { instrumentId, article, citation: cite(instrumentId, number) }
          : { instrumentId, article, paragraph, citation: cite(instrumentId, paragraph.ref) },
      );
    }),
  );
};
