import { internationalOrganisations } from '../organisations/data/index.js';
import type { InternationalOrganisation } from '../organisations/schema.js';
import { closestMatch } from '../shared/closest.js';
import { trusted } from '../shared/trusted.js';
import { actorTypeRecords } from './data/actorTypes.js';
import { ActorType, actorTypeIds, type ActorTypeId } from './schema.js';

/**
 * Every actor type with what it brings, in the order seed 000 lists them, then business.
 *
 * @example
 * import { actorTypes } from '@target87/core';
 * actorTypes.map((a) => a.id); // ['government', 'international-organisation', ...]
 * @category model
 */
export const actorTypes: readonly ActorType[] = /* @__PURE__ */ trusted(
  ActorType,
  actorTypeRecords,
);

const byId = new Map(actorTypes.map((a) => [a.id as string, a]));

/**
 * The actor type with this id.
 *
 * @example
 * import { actorType, ActorTypeId } from '@target87/core';
 * actorType(ActorTypeId.parse('ngo')).brings; // 'Outreach capacity and campaigns'
 * @category queries
 */
export const actorType = (id: ActorTypeId): ActorType => {
  const found = byId.get(id);
  // Unreachable for a decoded id: every id in actorTypeIds has a record (checked by the data test).
  if (found === undefined) throw new Error(`No actor type record for ${id}`);
  return found;
};

/**
 * Checks whether a string is an actor type's id, narrowing it to the branded type.
 *
 * @example
 * import { isActorTypeId } from '@target87/core';
 * isActorTypeId('media'); // true
 * isActorTypeId('press'); // false: an alias, not an id
 * @category queries
 */
export const isActorTypeId = (text: string): text is ActorTypeId =>
  (actorTypeIds as readonly string[]).includes(text);

const names: readonly (readonly [string, ActorTypeId])[] = actorTypes.flatMap((a) =>
  [a.id, a.title, a.label, ...a.aliases].map((name) => [name, a.id] as const),
);

/**
 * The actor type someone most likely meant: matches ids, titles and the words people use
 * ("trade union", "ministry", "chamber of commerce"), tolerating typos. `undefined` when nothing
 * is close.
 *
 * @example
 * import { suggestActorType } from '@target87/core';
 * suggestActorType('trade union'); // 'workers-organisation'
 * suggestActorType('goverment'); // 'government'
 * suggestActorType('banana'); // undefined
 * @category queries
 */
export const suggestActorType = (text: string): ActorTypeId | undefined => {
  const best = closestMatch(
    text,
    names.map(([name]) => name),
  );
  return best === undefined ? undefined : names.find(([name]) => name === best)?.[1];
};

/**
 * The named organisations of an actor type: for `international-organisation`, the organisations
 * of seed 002's Annexes 6 and 8 (IOM, UNODC, UNICEF, OHCHR...) with their field and comparative
 * advantage; none for the other types, which the seeds do not name.
 *
 * @example
 * import { namedOrganisations, ActorTypeId } from '@target87/core';
 * namedOrganisations(ActorTypeId.parse('international-organisation')).map((o) => o.acronym);
 * // ['CoE', 'DFID', 'EU', ..., 'IOM', ...]
 * @category queries
 */
export const namedOrganisations = (id: ActorTypeId): readonly InternationalOrganisation[] =>
  id === 'international-organisation' ? internationalOrganisations : [];
