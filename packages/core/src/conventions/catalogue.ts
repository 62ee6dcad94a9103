import { articles, instruments } from './data/index.js';
import {
  ArticleId,
  type Article,
  type Instrument,
  type InstrumentId,
  type Paragraph,
} from './schema.js';

const byId = new Map<string, Instrument>(instruments.map((i) => [i.id, i]));
const articlesById = new Map<string, readonly Article[]>();
for (const article of articles) {
  articlesById.set(article.instrumentId, [
    ...(articlesById.get(article.instrumentId) ?? []),
    article,
  ]);
}

/**
 * The instrument with this id. Every id has a record (the data test checks it), so this never
 * returns `undefined`.
 *
 * @example
 * getInstrument(id).title; // 'Minimum Age Convention, 1973 (No. 138)' for C138
 * @category queries
 */
export const getInstrument = (id: InstrumentId): Instrument => {
  const found = byId.get(id);
  if (found === undefined)
    throw new Error(`No record for instrument ${id}: the data is incomplete.`);
  return found;
};

/**
 * The key articles the library holds for an instrument, in article order (annexes last).
 *
 * @example
 * articlesOf(getInstrument(id).id).map((a) => a.number); // ['1', '2', ..., '10'] for C138
 * @category queries
 */
export const articlesOf = (id: InstrumentId): readonly Article[] => articlesById.get(id) ?? [];

/**
 * One article of an instrument by its number (`'3'`, `'Annex I'`), or `undefined` when the
 * library does not hold it.
 *
 * @example
 * getArticle(c138, '3')?.heading; // 'Hazardous work'
 * @category queries
 */
export const getArticle = (id: InstrumentId, number: string): Article | undefined =>
  articlesOf(id).find((a) => a.number.toLowerCase() === number.trim().toLowerCase());

/**
 * The paragraph of an article with this reference (`'3(3)'`, `'2(2)(c)'`), if the library
 * holds it on its own.
 *
 * @example
 * findParagraph(article, '3(3)')?.summary;
 * @category queries
 */
export const findParagraph = (article: Article, ref: string): Paragraph | undefined => {
  const wanted = ref.replace(/\s+/g, '').toLowerCase();
  return article.paragraphs.find((p) => p.ref.toLowerCase() === wanted);
};

/**
 * How people cite an instrument or one of its provisions: `C.138`, `C.138 Art. 3(3)`,
 * `C.97 Annex I`.
 *
 * @example
 * cite(c138, '3(3)'); // 'C.138 Art. 3(3)'
 * cite(c97, 'Annex I'); // 'C.97 Annex I'
 * @category queries
 */
export const cite = (id: InstrumentId, ref?: string): string => {
  const { code } = getInstrument(id);
  if (ref === undefined || ref === '') return code;
  return ref.startsWith('Annex') ? `${code} ${ref}` : `${code} Art. ${ref}`;
};

/**
 * The id of an article of an instrument: `C138:3`.
 *
 * @example
 * articleIdOf(c138, '3'); // 'C138:3'
 * @category constructors
 */
export const articleIdOf = (id: InstrumentId, number: string): ArticleId =>
  ArticleId.parse(`${id}:${number}`);
