import { articlesOf, cite, getInstrument, readableDate, type Instrument } from '@target87/core';
import type { CommandButton, Reply, Section } from '../reply.js';
import { caveat, sourceLinks } from './evidence.js';

const themeNames: Readonly<Record<Instrument['themes'][number], string>> = {
  'forced-labour': 'Forced labour',
  'child-labour': 'Child labour',
  'migrant-workers': 'Migrant workers',
  trafficking: 'Trafficking',
};

const titleOf = (id: Instrument['id']): string => {
  const instrument = getInstrument(id);
  return `${instrument.code} ${instrument.title}`;
};

/**
 * A convention's card: title, what it does, when it was adopted and entered into force, whether
 * it is fundamental, its themes, ratification count with its date, key articles and the
 * instruments that go with it. Every fact carries its caveat, and its sources are listed.
 * Buttons open the key articles and the recommendations.
 */
export const instrumentCard = (instrument: Instrument): Reply => {
  const { adoption, entryIntoForce, fundamental, ratifications } = instrument;
  const articles = articlesOf(instrument.id);
  const place = [adoption.value.session, adoption.value.place].filter((p) => p !== null).join(', ');
  const facts: Section[] = [
    {
      heading: 'Adopted',
      body: `${readableDate(adoption.value.date)}${place === '' ? '' : `, ${place}`}${caveat(adoption.status)}`,
      inline: true,
    },
    {
      heading: 'In force',
      body:
        entryIntoForce === null
          ? 'Not applicable'
          : `${readableDate(entryIntoForce.value)}${caveat(entryIntoForce.status)}`,
      inline: true,
    },
    {
      heading: 'Fundamental',
      body:
        fundamental === null
          ? 'Not applicable'
          : `${fundamental.value ? 'Yes' : 'No'}${caveat(fundamental.status)}`,
      inline: true,
    },
    {
      heading: 'Themes',
      body: instrument.themes.map((t) => themeNames[t]).join(', '),
      inline: true,
    },
    {
      heading: 'Ratifications',
      body:
        ratifications === null
          ? 'Not applicable'
          : `${ratifications.value.atLeast ? 'At least ' : ''}${String(ratifications.value.count)} as of ${readableDate(ratifications.value.asOf)}${caveat(ratifications.status)}; NORMLEX has the live count`,
      inline: true,
    },
  ];
  const links: Section[] = [
    ...(articles.length === 0
      ? []
      : [
          {
            heading: instrument.coverage === 'full' ? 'Key articles' : 'Articles held',
            body: articles
              .map((a) => `**${cite(a.instrumentId, a.number)}**: ${a.heading}${caveat(a.status)}`)
              .join('\n'),
          },
        ]),
    ...(instrument.supplements.length === 0
      ? []
      : [{ heading: 'Supplements', body: instrument.supplements.map(titleOf).join('\n') }]),
    ...(instrument.recommendations.length === 0
      ? []
      : [{ heading: 'Recommendations', body: instrument.recommendations.map(titleOf).join('\n') }]),
    ...(instrument.related.length === 0
      ? []
      : [{ heading: 'Related', body: instrument.related.map(titleOf).join('\n') }]),
  ];
  const notes = [fundamental, ratifications, entryIntoForce, adoption]
    .flatMap((f) => (f?.note === undefined ? [] : [f.note]))
    .join(' ');
  const sources = [
    ...instrument.longTitle.sources,
    ...adoption.sources,
    ...(entryIntoForce?.sources ?? []),
    ...(fundamental?.sources ?? []),
    ...(ratifications?.sources ?? []),
  ];
  const buttons: CommandButton[] = [
    ...articles.slice(0, 10).map((a) => ({
      label: a.number.startsWith('Annex') ? a.number : `Art. ${a.number}`,
      command: 'article',
      args: { convention: instrument.id, number: a.number },
    })),
    ...[...instrument.supplements, ...instrument.recommendations].slice(0, 5).map((id) => ({
      label: getInstrument(id).code,
      command: 'convention',
      args: { id },
    })),
  ];
  return {
    title: `${instrument.code}: ${instrument.title}`,
    body: `*${instrument.longTitle.value}*${caveat(instrument.longTitle.status)}\n\n${instrument.summary}`,
    sections: [
      ...facts,
      ...links,
      ...(notes === '' ? [] : [{ heading: 'Notes', body: notes }]),
      { heading: 'Sources', body: sourceLinks(sources) },
    ],
    footer: `Cite as ${cite(instrument.id)}. Summaries are in our own words; the official text is on NORMLEX.`,
    buttons,
  };
};
