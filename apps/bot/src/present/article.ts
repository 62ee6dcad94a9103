import { articlesOf, cite, getInstrument, type Article, type Paragraph } from '@target87/core';
import type { CommandButton, Reply } from '../reply.js';
import { caveat, sourceLinks } from './evidence.js';

/**
 * One article in full summary: its heading, what it says, each paragraph people cite on its own,
 * its caveats and sources, and buttons to the neighbouring articles and the convention. When the
 * user asked for one paragraph, it comes first.
 */
export const articleCard = (article: Article, asked?: Paragraph): Reply => {
  const instrument = getInstrument(article.instrumentId);
  const siblings = articlesOf(article.instrumentId);
  const at = siblings.findIndex((a) => a.id === article.id);
  const neighbours = [siblings[at - 1], siblings[at + 1]].filter(
    (a): a is Article => a !== undefined,
  );
  const buttons: CommandButton[] = [
    ...neighbours.map((a) => ({
      label: `${cite(a.instrumentId, a.number)}: ${a.heading}`,
      command: 'article',
      args: { convention: a.instrumentId, number: a.number },
    })),
    { label: `${instrument.code} card`, command: 'convention', args: { id: instrument.id } },
  ];
  return {
    title: `${cite(article.instrumentId, article.number)}: ${article.heading}`,
    body: [
      ...(asked === undefined
        ? []
        : [
            `**${cite(article.instrumentId, asked.ref)}**: ${asked.summary}${caveat(asked.status)}`,
          ]),
      `${article.summary}${caveat(article.status)}`,
      ...(article.part === undefined ? [] : [`${article.part} of ${instrument.title}.`]),
    ].join('\n\n'),
    sections: [
      ...article.paragraphs.map((p) => ({
        heading: cite(article.instrumentId, p.ref),
        body: `${p.summary}${caveat(p.status)}${p.note === undefined ? '' : `\n*${p.note}*`}`,
      })),
      ...(article.note === undefined ? [] : [{ heading: 'Note', body: article.note }]),
      ...(article.keywords.length === 0
        ? []
        : [{ heading: 'Also known as', body: article.keywords.join(', ') }]),
      { heading: 'Sources', body: sourceLinks(article.sources) },
    ],
    footer: `Cite as ${cite(article.instrumentId, article.number)} (${instrument.title}). Summary in our own words; the official text is on NORMLEX.`,
    buttons,
  };
};
