import {
  citeCriterionSource,
  getInstrument,
  practiceModalityInfo,
  practiceThemeInfo,
  readableDate,
  type GoodPractice,
} from '@target87/core';
import type { Reply } from '../reply.js';

const label = (entries: readonly { id: string; label: string }[], id: string): string =>
  entries.find((e) => e.id === id)?.label ?? id;

const bullets = (items: readonly string[]): string => items.map((i) => `• ${i}`).join('\n');

/** When and where a case happened, in one line. */
export const practiceSetting = (practice: GoodPractice): string => {
  const { from, to } = practice.period;
  const when =
    to === undefined ? readableDate(from) : `${readableDate(from)} to ${readableDate(to)}`;
  const where = practice.countries.map((c) => c.code).join(', ');
  return `${practice.subregion ?? practice.region}, ${where}; ${when}`;
};

/** A good-practice case in full: what was done, results, lessons and what it needed. */
export const practiceCard = (practice: GoodPractice): Reply => ({
  title: practice.title,
  body: `${practice.summary}\n\n*${practiceSetting(practice)}*`,
  sections: [
    {
      heading: 'How',
      body: practice.modalities.map((m) => label(practiceModalityInfo, m)).join(', '),
      inline: true,
    },
    {
      heading: 'Themes',
      body: practice.themes.map((t) => label(practiceThemeInfo, t)).join(', '),
      inline: true,
    },
    ...(practice.organisations.length === 0
      ? []
      : [{ heading: 'Who', body: practice.organisations.join(', ') }]),
    { heading: 'Background', body: practice.background },
    { heading: 'What was done', body: practice.action },
    { heading: 'Results', body: bullets(practice.results) },
    { heading: 'Sustainability', body: practice.sustainability },
    { heading: 'Lessons', body: bullets(practice.lessons) },
    ...(practice.necessaryConditions.length === 0
      ? []
      : [
          {
            heading: 'What it needed',
            body: bullets(practice.necessaryConditions.map((c) => c.text)),
          },
        ]),
  ],
  footer: `Source: ${citeCriterionSource(practice.source)}`,
  buttons: practice.instruments.slice(0, 5).map((id) => ({
    label: getInstrument(id).code,
    command: 'convention',
    args: { id },
  })),
});
