import {
  actorType,
  citeCriterionSource,
  interventionTypes,
  levelTitle,
  matrixCells,
  placeTitle,
  type ActorTypeId,
  type MatrixCell,
} from '@target87/core';
import { matrixDefinition } from '../interactions/matrix.js';
import type { Reply } from '../reply.js';
import { defineCommand } from './command.js';

const names = (ids: readonly ActorTypeId[]): string =>
  ids.length === 0 ? 'none' : ids.map((id) => actorType(id).title).join(', ');

const describeCell = (cell: MatrixCell): string =>
  `${cell.summary}\n**Best placed:** ${names(cell.bestPlaced)}\n**Contributes:** ${names(cell.contributes)}`;

/**
 * `/matrix [intervention] [level] [place]`: the seed's matrix of who is best placed to do what
 * and where. Each option narrows it; all three give one cell.
 */
export const matrix = defineCommand({
  definition: matrixDefinition,
  examples: [
    '/matrix',
    '/matrix intervention:safe-migration',
    '/matrix safe-migration outreach destination',
  ],
  run: ({ intervention, level, place }): Reply => {
    const cells = matrixCells.filter(
      (c) =>
        (intervention === undefined || c.intervention === intervention) &&
        (level === undefined || c.level === level) &&
        (place === undefined || c.place === place),
    );
    const [only] = cells;
    if (cells.length === 1 && only !== undefined) {
      return {
        title: only.title,
        body: describeCell(only),
        footer: `Source: ${citeCriterionSource(only.source)}`,
        buttons: only.bestPlaced.map((id) => ({
          label: actorType(id).title,
          command: 'actors',
          args: { type: id },
        })),
      };
    }
    const type = interventionTypes.find((t) => t.id === intervention);
    return {
      title: type === undefined ? 'Who is best placed to do what, and where' : type.title,
      body:
        type === undefined
          ? 'Four types of intervention, at the policy or the outreach level, in source, transit or destination areas. Narrow it with the options.'
          : `${type.summary}\nFor example: ${type.examples.join('; ')}.`,
      sections: cells.map((c) => ({
        heading: `${levelTitle(c.level)} · ${placeTitle(c.place)}${intervention === undefined ? ` · ${interventionTypes.find((t) => t.id === c.intervention)?.shortTitle ?? c.intervention}` : ''}`,
        body: describeCell(c),
      })),
      footer: `Source: ${cells[0] === undefined ? 'seed 000' : citeCriterionSource(cells[0].source)}`,
      ...(intervention === undefined
        ? {
            menu: {
              placeholder: 'Narrow to one type of intervention',
              command: 'matrix',
              arg: 'intervention',
              options: interventionTypes.map((t) => ({
                label: t.shortTitle,
                value: t.id,
                description: t.summary,
              })),
            },
          }
        : {}),
    };
  },
});
