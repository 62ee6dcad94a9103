import { matchDocuments, readTerms, type BuiltIndex } from './knowledgeIndex.js';
import { foldText } from './normalise.js';
import type { KnowledgeKind, SearchHit } from './schema.js';

/**
 * What to search: which kinds of record (all by default) and how many hits at most (25, the most
 * a Discord autocomplete shows).
 *
 * @example
 * search('nep', { kinds: ['pathfinder', 'country'], limit: 5 });
 * @category model
 */
export interface SearchOptions {
  readonly kinds?: readonly KnowledgeKind[];
  readonly limit?: number;
}

/** The order kinds are listed in when nothing else separates two hits. */
const kindOrder: readonly KnowledgeKind[] = [
  'convention',
  'instrument',
  'article',
  'glossary',
  'actor',
  'intervention',
  'criterion',
  'matrix',
  'practice',
  'pathfinder',
  'lesson',
  'initiative',
  'organisation',
  'programme',
  'country',
];

/**
 * Searches titles, ids and keywords as someone types: every word typed must start a word of the
 * record (`min ag` finds the Minimum Age Convention), whole words count more than prefixes, and
 * when too few records match this way the typo-tolerant ranking of `ask` fills the list.
 */
export const searchIndex = (
  index: BuiltIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] => {
  const limit = Math.max(0, Math.floor(options.limit ?? 25));
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  const allowed = (position: number) => {
    const doc = index.documents[position];
    return doc !== undefined && (kinds === undefined || kinds.has(doc.kind));
  };
  const hit = (position: number): SearchHit[] => {
    const doc = index.documents[position];
    return doc === undefined ? [] : [{ kind: doc.kind, id: doc.id, title: doc.title }];
  };
  const byKind = (a: number, b: number) =>
    kindOrder.indexOf(index.documents[a]?.kind ?? 'country') -
    kindOrder.indexOf(index.documents[b]?.kind ?? 'country');

  const typed = foldText(query)
    .split(' ')
    .filter((w) => w !== '');
  const positions = index.documents.map((_, i) => i).filter(allowed);
  if (typed.length === 0) return positions.sort(byKind).slice(0, limit).flatMap(hit);

  const scored: { position: number; score: number }[] = [];
  for (const position of positions) {
    const words = index.prefixWords[position] ?? [];
    let score = 0;
    for (const typedWord of typed) {
      if (words.includes(typedWord)) score += 2;
      else if (words.some((w) => w.startsWith(typedWord))) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score === 0) continue;
    const title = foldText(index.documents[position]?.title ?? '');
    if (title.startsWith(typed.join(' '))) score += 2;
    if (index.documents[position]?.id.toLowerCase() === typed.join('')) score += 4;
    scored.push({ position, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      byKind(a.position, b.position) ||
      (index.documents[a.position]?.title.length ?? 0) -
        (index.documents[b.position]?.title.length ?? 0),
  );
  const found = scored.map((s) => s.position);
  if (found.length < limit) {
    for (const match of matchDocuments(index, readTerms(index, query), allowed)) {
      if (!found.includes(match.position)) found.push(match.position);
    }
  }
  return found.slice(0, limit).flatMap(hit);
};
