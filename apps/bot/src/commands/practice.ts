import { goodPractices, practicesMatchingGap, search, type GoodPractice } from '@target87/core';
import { practiceDefinition } from '../interactions/practice.js';
import { practiceCard, practiceSetting } from '../present/practice.js';
import type { Reply } from '../reply.js';
import { defineCommand } from './command.js';

const byId = new Map<string, GoodPractice>(goodPractices.map((p) => [p.id, p]));

/**
 * The cases that fit a query: those matching it as a gap or topic (themes, conditions and
 * distinctive words), then those the knowledge search finds by title and keywords.
 */
const findPractices = (query: string): GoodPractice[] => {
  const found = [
    ...practicesMatchingGap([query], { limit: 5 }).map((m) => m.practice),
    ...search(query, { kinds: ['practice'], limit: 5 }).flatMap((hit) => {
      const practice = byId.get(hit.id);
      return practice === undefined ? [] : [practice];
    }),
  ];
  return [...new Map(found.map((p) => [p.id, p])).values()].slice(0, 5);
};

/** `/practice query:` good-practice cases for a topic or gap, or one case in full. */
export const practice = defineCommand({
  definition: practiceDefinition,
  examples: ['/practice keeping children in school', '/practice query:no baseline data'],
  run: ({ query }): Reply => {
    const exact = byId.get(query.trim());
    if (exact !== undefined) return practiceCard(exact);
    const found = findPractices(query);
    if (found.length === 0) {
      return {
        title: `No case found for “${query}”`,
        body: `None of the ${String(goodPractices.length)} good-practice cases matches. Try a theme (education, labour inspection, trafficking), a country or a gap such as “no baseline data”.`,
        tone: 'warning',
        ephemeral: true,
      };
    }
    return {
      title: `Good practice for “${query}”`,
      body: `${String(found.length)} of the ${String(goodPractices.length)} cases fit, best first.`,
      sections: found.map((p) => ({
        heading: p.title,
        body: `${p.summary}\n*${practiceSetting(p)}*`,
      })),
      footer: 'Cases from the seed documents; open one for what was done, results and lessons.',
      buttons: found.map((p) => ({ label: p.title, command: 'practice', args: { query: p.id } })),
    };
  },
  autocomplete: ({ value }) =>
    search(value, { kinds: ['practice'], limit: 25 }).map((hit) => ({
      name: hit.title,
      value: hit.id,
    })),
});
