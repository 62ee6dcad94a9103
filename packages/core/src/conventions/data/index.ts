import { trusted } from '../../shared/trusted.js';
import { Article, Country, Instrument, Ratification } from '../schema.js';
import { c29Articles } from './articles/c29.js';
import { p29Articles } from './articles/p29.js';
import { c138Articles } from './articles/c138.js';
import { c182Articles } from './articles/c182.js';
import { c97Articles } from './articles/c97.js';
import { c143Articles } from './articles/c143.js';
import { relatedArticles } from './articles/related.js';
import { countryRecords } from './countries.js';
import { instrumentRecords } from './instruments.js';
import { ratificationRecords } from './ratifications.js';

export { countryRecords, instrumentRecords, ratificationRecords };

/**
 * The article records, raw, instrument by instrument in the order of `instrumentIds` and by
 * article number within each (annexes last). Use {@link articles} for the decoded view.
 *
 * @example
 * articleRecords.filter((a) => a.instrumentId === 'C138').length; // 10
 * @category model
 */
// Pure-annotated so a bundle that never reads the articles drops every article file.
export const articleRecords = /* @__PURE__ */ (() => [
  ...c29Articles,
  ...p29Articles,
  ...c138Articles,
  ...c182Articles,
  ...c97Articles,
  ...c143Articles,
  ...relatedArticles,
])();

/**
 * Every modelled instrument: C.29, P.29, C.138, C.182, C.97 and C.143 in full, and their
 * recommendations and related instruments (C.105, C.181, C.189, the Palermo Protocol, SDG Target
 * 8.7) in summary. Each fact carries its verification status and sources.
 *
 * @example
 * const c138 = instruments.find((i) => i.id === 'C138');
 * c138?.adoption.value.session; // '58th Session'
 * @category model
 */
export const instruments = /* @__PURE__ */ trusted(Instrument, instrumentRecords);

/**
 * The key articles, summarised in our own words, with the paragraphs practitioners cite on their
 * own and the words people use for them.
 *
 * @example
 * const art3 = articles.find((a) => a.id === 'C182:3');
 * art3?.paragraphs.map((p) => p.ref); // ['3(a)', '3(b)', '3(c)', '3(d)']
 * @category model
 */
export const articles = /* @__PURE__ */ trusted(Article, articleRecords);

/**
 * The countries the seed documents name: the nine Alliance 8.7 Pathfinder countries, the
 * countries of the South-South cooperation cases and those of the reference ratification table.
 *
 * @example
 * countries.filter((c) => c.pathfinder).map((c) => c.code);
 * // ['MDG', 'NPL', 'MRT', 'CHL', 'UGA', 'ALB', 'NGA', 'VNM', 'FJI']
 * @category model
 */
export const countries = /* @__PURE__ */ trusted(Country, countryRecords);

/**
 * What the sources say about those countries' ratifications, dated and sourced. A pair with no
 * record is unknown; the library never guesses.
 *
 * @example
 * const record = ratifications.find((r) => r.country === 'THA' && r.instrumentId === 'P29');
 * record?.date; // '2018-06-04'
 * @category model
 */
export const ratifications = /* @__PURE__ */ trusted(Ratification, ratificationRecords);
