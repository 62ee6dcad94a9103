import type { AskResult, KnowledgeAnswer as Answer } from '@target87/core';
import type { CommandButton, Reply } from '../reply.js';

const openArticle = (answer: Answer): CommandButton | undefined => {
  if (answer.kind !== 'article') return undefined;
  const [convention, number] = answer.id.split(':');
  return convention === undefined || number === undefined
    ? undefined
    : { label: 'Full article', command: 'article', args: { convention, number } };
};

const openConvention = (answer: Answer): CommandButton | undefined => {
  const id =
    answer.kind === 'convention' || answer.kind === 'instrument' ? answer.id : answer.conventionId;
  return id === undefined
    ? undefined
    : { label: `The convention (${id})`, command: 'convention', args: { id } };
};

/**
 * What `ask` found, compactly: the question, the direct answer with its citation, the next best
 * answers with theirs, and buttons to the full article and the convention. When nothing is
 * relevant, says so plainly and offers what to try instead.
 */
export const answerReply = (result: AskResult): Reply => {
  if (result.status === 'unknown') {
    return {
      title: result.question,
      body: `I don’t know. ${result.message}`,
      tone: 'warning',
      sections:
        result.suggestions.length === 0
          ? []
          : [{ heading: 'Try instead', body: result.suggestions.map((s) => `• ${s}`).join('\n') }],
      buttons: result.suggestions.slice(0, 5).map((s) => ({
        label: s,
        command: 'ask',
        args: { question: s },
      })),
    };
  }
  const [best, ...rest] = result.answers;
  const others = rest.slice(0, 4);
  return {
    title: result.question,
    body: `**${best.title}**\n${best.text}\n\nSource: ${best.citation}`,
    sections:
      others.length === 0
        ? []
        : [
            {
              heading: 'Also relevant',
              body: others.map((a) => `• **${a.title}** (${a.citation})`).join('\n'),
            },
          ],
    footer: 'Summaries in our own words. Check the cited article on NORMLEX before relying on it.',
    buttons: [openArticle(best), openConvention(best)].filter(
      (b): b is CommandButton => b !== undefined,
    ),
  };
};
