import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../shared/decode.js';
import {
  interventionLevelRecords,
  interventionTypeRecords,
  placeRecords,
} from './data/interventions.js';
import {
  interventionLevels,
  interventionPlaces,
  interventionType,
  interventionTypes,
  isInterventionTypeId,
  levelTitle,
  placeTitle,
  suggestInterventionType,
} from './interventions.js';
import {
  InterventionLevelInfo,
  InterventionType,
  InterventionTypeId,
  interventionTypeIds,
  PlaceInfo,
} from './schema.js';

describe('intervention data', () => {
  it.each(interventionTypeRecords.map((r) => [r.id, r] as const))(
    'decodes the %s record',
    (_, record) => {
      expect(E.isRight(decode(InterventionType)(record))).toBe(true);
    },
  );

  it('decodes the levels and the places', () => {
    for (const r of interventionLevelRecords) {
      expect(E.isRight(decode(InterventionLevelInfo)(r))).toBe(true);
    }
    for (const r of placeRecords) expect(E.isRight(decode(PlaceInfo)(r))).toBe(true);
  });

  it("has the four intervention types of seed 000's matrix, two levels and three places", () => {
    expect(interventionTypes.map((t) => t.id)).toEqual(interventionTypeIds);
    expect(interventionLevels.map((l) => l.id)).toEqual(['policy', 'outreach']);
    expect(interventionPlaces.map((p) => p.id)).toEqual(['source', 'transit', 'destination']);
  });
});

describe('queries', () => {
  it('looks up a type, a level and a place', () => {
    expect(interventionType(InterventionTypeId.parse('safe-migration')).title).toBe(
      'Safe migration to prevent trafficking',
    );
    expect(levelTitle('policy')).toBe('Policy and enabling level');
    expect(placeTitle('destination')).toBe('Destination areas');
  });

  it('tells an intervention type id from another word', () => {
    expect(isInterventionTypeId('victim-assistance')).toBe(true);
    expect(isInterventionTypeId('rescue')).toBe(false);
  });

  it('suggests the intervention type for a typo or a word people use', () => {
    expect(suggestInterventionType('safe migraton')).toBe('safe-migration');
    expect(suggestInterventionType('labour inspection')).toBe('monitoring-enforcement');
    expect(suggestInterventionType('rehabilitation')).toBe('victim-assistance');
    expect(suggestInterventionType('zzzz')).toBeUndefined();
  });
});
