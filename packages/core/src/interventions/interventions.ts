import { closestMatch } from '../shared/closest.js';
import { trusted } from '../shared/trusted.js';
import {
  interventionLevelRecords,
  interventionTypeRecords,
  placeRecords,
} from './data/interventions.js';
import {
  InterventionLevelInfo,
  InterventionType,
  interventionTypeIds,
  PlaceInfo,
  type InterventionLevel,
  type InterventionTypeId,
  type Place,
} from './schema.js';

/**
 * The four intervention types, in seed 000's order.
 *
 * @example
 * import { interventionTypes } from '@target87/core';
 * interventionTypes.map((t) => t.shortTitle); // ['Broad prevention', 'Safe migration', ...]
 * @category model
 */
export const interventionTypes: readonly InterventionType[] = /* @__PURE__ */ trusted(
  InterventionType,
  interventionTypeRecords,
);

/**
 * The two levels, policy then outreach.
 *
 * @example
 * import { interventionLevels } from '@target87/core';
 * interventionLevels[0]?.title; // 'Policy and enabling level'
 * @category model
 */
export const interventionLevels: readonly InterventionLevelInfo[] = /* @__PURE__ */ trusted(
  InterventionLevelInfo,
  interventionLevelRecords,
);

/**
 * The three places along a route: source, transit, destination.
 *
 * @example
 * import { interventionPlaces } from '@target87/core';
 * interventionPlaces.map((p) => p.id); // ['source', 'transit', 'destination']
 * @category model
 */
export const interventionPlaces: readonly PlaceInfo[] = /* @__PURE__ */ trusted(
  PlaceInfo,
  placeRecords,
);

/**
 * The intervention type with this id.
 *
 * @example
 * import { interventionType, InterventionTypeId } from '@target87/core';
 * interventionType(InterventionTypeId.parse('victim-assistance')).shortTitle; // 'Victim assistance'
 * @category queries
 */
export const interventionType = (id: InterventionTypeId): InterventionType => {
  const found = interventionTypes.find((t) => t.id === id);
  // Unreachable for a decoded id: the data test checks every id has a record.
  if (found === undefined) throw new Error(`No intervention type record for ${id}`);
  return found;
};

/**
 * The title of a level, for people.
 *
 * @example
 * import { levelTitle } from '@target87/core';
 * levelTitle('outreach'); // 'Outreach and direct assistance level'
 * @category queries
 */
export const levelTitle = (level: InterventionLevel): string =>
  interventionLevels.find((l) => l.id === level)?.title ?? level;

/**
 * The title of a place, for people.
 *
 * @example
 * import { placeTitle } from '@target87/core';
 * placeTitle('transit'); // 'Transit areas'
 * @category queries
 */
export const placeTitle = (place: Place): string =>
  interventionPlaces.find((p) => p.id === place)?.title ?? place;

/**
 * Checks whether a string is an intervention type's id, narrowing it to the branded type.
 *
 * @example
 * import { isInterventionTypeId } from '@target87/core';
 * isInterventionTypeId('safe-migration'); // true
 * @category queries
 */
export const isInterventionTypeId = (text: string): text is InterventionTypeId =>
  (interventionTypeIds as readonly string[]).includes(text);

const names: readonly (readonly [string, InterventionTypeId])[] = interventionTypes.flatMap((t) =>
  [t.id, t.title, t.shortTitle, ...t.aliases].map((name) => [name, t.id] as const),
);

/**
 * The intervention type someone most likely meant, from its id, title or a word people use for
 * it ("labour inspection", "rehabilitation"), tolerating typos.
 *
 * @example
 * import { suggestInterventionType } from '@target87/core';
 * suggestInterventionType('labour inspection'); // 'monitoring-enforcement'
 * suggestInterventionType('safe migraton'); // 'safe-migration'
 * @category queries
 */
export const suggestInterventionType = (text: string): InterventionTypeId | undefined => {
  const best = closestMatch(
    text,
    names.map(([name]) => name),
  );
  return best === undefined ? undefined : names.find(([name]) => name === best)?.[1];
};
