import type { ActorTypeId } from '../actors/schema.js';
import { trusted } from '../shared/trusted.js';
import { matrixCellRecords } from './data/matrix.js';
import {
  MatrixCell,
  type InterventionLevel,
  type InterventionTypeId,
  type MatrixFit,
  type Place,
} from './schema.js';

/**
 * The 24 cells of seed 000's "who is best placed to do what and where" matrix: each intervention
 * type at each level in each place, with who is best placed to lead and who can contribute.
 *
 * @example
 * import { matrixCells } from '@target87/core';
 * matrixCells.length; // 24
 * @category model
 */
export const matrixCells: readonly MatrixCell[] = /* @__PURE__ */ trusted(
  MatrixCell,
  matrixCellRecords,
);

const byKey = new Map(matrixCells.map((c) => [c.id as string, c]));

/**
 * The matrix cell for an intervention type at a level in a place.
 *
 * @example
 * import { matrixCell, InterventionTypeId } from '@target87/core';
 * matrixCell(InterventionTypeId.parse('safe-migration'), 'outreach', 'destination').bestPlaced;
 * // ['workers-organisation', 'ngo']
 * @category queries
 */
export const matrixCell = (
  intervention: InterventionTypeId,
  level: InterventionLevel,
  place: Place,
): MatrixCell => {
  const found = byKey.get(`${intervention}/${level}/${place}`);
  // Unreachable: the data test checks the matrix is complete.
  if (found === undefined) throw new Error(`No matrix cell ${intervention}/${level}/${place}`);
  return found;
};

/**
 * How well an actor type fits a cell: best placed to lead it, able to contribute, or a poor fit.
 *
 * @example
 * import { matrixCell, matrixFit, ActorTypeId, InterventionTypeId } from '@target87/core';
 * const cell = matrixCell(InterventionTypeId.parse('monitoring-enforcement'), 'policy', 'source');
 * matrixFit(ActorTypeId.parse('government'), cell); // 'best-placed'
 * matrixFit(ActorTypeId.parse('media'), cell); // 'poor'
 * @category queries
 */
export const matrixFit = (actor: ActorTypeId, cell: MatrixCell): MatrixFit =>
  cell.bestPlaced.includes(actor)
    ? 'best-placed'
    : cell.contributes.includes(actor)
      ? 'contributes'
      : 'poor';
