import {
  actorType,
  actorTypes,
  citeCriterionSource,
  isActorTypeId,
  matrixCells,
  namedOrganisations,
  suggestActorType,
  type ActorType,
} from '@target87/core';
import { actorsDefinition } from '../interactions/actors.js';
import { notice, type Reply } from '../reply.js';
import { defineCommand } from './command.js';

const overview = (): Reply => ({
  title: 'Who brings what to a partnership',
  body: 'Each kind of partner brings something the others cannot; a strong partnership combines them (seed 000, “Synergy: 1 + 1 = 3”).',
  sections: actorTypes.map((a) => ({
    heading: `${a.title}${a.matrixLetter === null ? '' : ` (${a.matrixLetter})`}`,
    body: a.brings,
  })),
  footer: 'Letters are the seed’s matrix notation; see /matrix.',
  buttons: actorTypes.map((a) => ({ label: a.title, command: 'actors', args: { type: a.id } })),
});

const card = (actor: ActorType): Reply => {
  const best = matrixCells.filter((c) => c.bestPlaced.includes(actor.id));
  const contributes = matrixCells.filter((c) => c.contributes.includes(actor.id));
  const organisations = namedOrganisations(actor.id);
  return {
    title: actor.title,
    body: `${actor.summary}\n\n**Brings:** ${actor.brings}`,
    sections: [
      { heading: 'Strengths', body: actor.strengths.map((s) => `• ${s}`).join('\n') },
      {
        heading: `Best placed in ${String(best.length)} of ${String(matrixCells.length)} matrix cells`,
        body: best.length === 0 ? 'None' : best.map((c) => `• ${c.title}`).join('\n'),
      },
      {
        heading: 'Contributes to',
        body: contributes.length === 0 ? 'None' : contributes.map((c) => `• ${c.title}`).join('\n'),
      },
      ...(organisations.length === 0
        ? []
        : [
            {
              heading: 'Named organisations',
              body: organisations.map((o) => `• **${o.title}**: ${o.summary}`).join('\n'),
            },
          ]),
      { heading: 'Sources', body: actor.sources.map(citeCriterionSource).join('\n') },
    ],
    buttons: [{ label: 'The matrix', command: 'matrix', args: {} }],
  };
};

/** `/actors [type]`: every actor type and what it brings, or one in detail. */
export const actors = defineCommand({
  definition: actorsDefinition,
  examples: ['/actors', '/actors type:trade union'],
  run: ({ type }) => {
    if (type === undefined) return overview();
    const id = isActorTypeId(type) ? type : suggestActorType(type);
    if (id === undefined) {
      return notice(
        'Which actor type?',
        `“${type}” is not an actor type I know. The types are: ${actorTypes.map((a) => a.id).join(', ')}.`,
      );
    }
    return card(actorType(id));
  },
  autocomplete: ({ value }) => {
    const typed = value.trim().toLowerCase();
    const suggested = typed === '' ? undefined : suggestActorType(typed);
    return actorTypes
      .filter(
        (a) =>
          a.id === suggested ||
          [a.id, a.title, a.label, ...a.aliases].some((n) => n.toLowerCase().includes(typed)),
      )
      .map((a) => ({ name: a.title, value: a.id }));
  },
});
