import { articlesOf, cite, parseArticleReference, parseInstrumentId } from '@target87/core';
import { articleDefinition } from '../interactions/article.js';
import { articleCard } from '../present/article.js';
import { problemsReply } from '../present/evidence.js';
import { defineCommand } from './command.js';
import { suggestInstruments } from './convention.js';

const withArticles = (id: string): boolean => {
  const parsed = parseInstrumentId(id);
  return parsed._tag === 'Right' && articlesOf(parsed.right).length > 0;
};

/** `/article convention: number:` one article in full summary, or one of its paragraphs first. */
export const article = defineCommand({
  definition: articleDefinition,
  examples: ['/article C138 3', '/article convention:C182 number:3(d)', '/article C97 "Annex I"'],
  run: ({ convention, number }) => {
    const parsedId = parseInstrumentId(convention);
    if (parsedId._tag === 'Left') return problemsReply('Which convention?', parsedId.left);
    const id = parsedId.right;
    const where = /^annex/i.test(number.trim()) ? number : `Art. ${number}`;
    const parsed = parseArticleReference(`${id} ${where}`);
    if (parsed._tag === 'Left') {
      return problemsReply('Which article?', parsed.left, (suggestion) => ({
        label: cite(id, suggestion),
        command: 'article',
        args: { convention: id, number: suggestion },
      }));
    }
    return articleCard(parsed.right.article, parsed.right.paragraph);
  },
  autocomplete: ({ name, value, others }) => {
    if (name === 'convention') return suggestInstruments(value, withArticles);
    const parsed = parseInstrumentId(others['convention'] ?? '');
    if (parsed._tag === 'Left') return [];
    const typed = value
      .trim()
      .toLowerCase()
      .replace(/^art(icle)?\.?\s*/, '');
    return articlesOf(parsed.right)
      .filter(
        (a) => a.number.toLowerCase().startsWith(typed) || a.heading.toLowerCase().includes(typed),
      )
      .map((a) => ({ name: `${cite(a.instrumentId, a.number)}: ${a.heading}`, value: a.number }));
  },
});
