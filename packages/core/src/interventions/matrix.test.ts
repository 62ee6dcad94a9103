import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { actorTypeIds, ActorTypeId } from '../actors/schema.js';
import { decode } from '../shared/decode.js';
import { matrixCellRecords } from './data/matrix.js';
import { matrixCell, matrixCells, matrixFit } from './matrix.js';
import { InterventionTypeId, interventionTypeIds, MatrixCell } from './schema.js';

describe('matrix data', () => {
  it.each(matrixCellRecords.map((r) => [r.id, r] as const))('decodes the %s cell', (_, record) => {
    expect(E.isRight(decode(MatrixCell)(record))).toBe(true);
  });

  it('has exactly one cell for every type, level and place (4 × 2 × 3)', () => {
    const ids = matrixCells.map((c) => c.id as string);
    expect(new Set(ids).size).toBe(24);
    for (const type of interventionTypeIds) {
      for (const level of ['policy', 'outreach'] as const) {
        for (const place of ['source', 'transit', 'destination'] as const) {
          expect(ids).toContain(`${type}/${level}/${place}`);
        }
      }
    }
  });

  it('names only known actor types, and never the same type as both lead and contributor', () => {
    for (const cell of matrixCells) {
      for (const actor of [...cell.bestPlaced, ...cell.contributes]) {
        expect(actorTypeIds).toContain(actor);
      }
      expect(cell.bestPlaced.filter((a) => cell.contributes.includes(a))).toEqual([]);
    }
  });

  it('gives every cell an id that matches its coordinates', () => {
    for (const cell of matrixCells) {
      expect(cell.id).toBe(`${cell.intervention}/${cell.level}/${cell.place}`);
    }
  });

  it('leaves enforcement policy to governments alone, as only the state makes law', () => {
    for (const place of ['source', 'transit', 'destination'] as const) {
      expect(
        matrixCell(InterventionTypeId.parse('monitoring-enforcement'), 'policy', place).bestPlaced,
      ).toEqual(['government']);
    }
  });
});

describe('matrixFit', () => {
  const cell = matrixCell(InterventionTypeId.parse('safe-migration'), 'outreach', 'destination');
  it('says who is best placed, who contributes and who is a poor fit', () => {
    expect(matrixFit(ActorTypeId.parse('workers-organisation'), cell)).toBe('best-placed');
    expect(matrixFit(ActorTypeId.parse('employers-organisation'), cell)).toBe('contributes');
    expect(matrixFit(ActorTypeId.parse('academia'), cell)).toBe('poor');
  });
});
