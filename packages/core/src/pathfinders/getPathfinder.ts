import type { CountryCode } from '../conventions/schema.js';
import { pathfinders } from './data/index.js';
import type { Pathfinder, PathfinderStep, PathfinderTopic } from './schema.js';

const byCountry = new Map<string, Pathfinder>(pathfinders.map((p) => [p.country, p]));

/**
 * The Pathfinder record of a country, or `undefined` when seed 003 does not name it as one.
 *
 * @example
 * getPathfinder(CountryCode.parse('NPL'))?.since; // '2019-02'
 * getPathfinder(CountryCode.parse('FRA')); // undefined
 * @category queries
 */
export const getPathfinder = (country: CountryCode): Pathfinder | undefined =>
  byCountry.get(country);

/**
 * Whether seed 003 names the country as an Alliance 8.7 Pathfinder.
 *
 * @example
 * isPathfinder(CountryCode.parse('FJI')); // true
 * @category queries
 */
export const isPathfinder = (country: CountryCode): boolean => byCountry.has(country);

/**
 * The Pathfinder countries with a priority area on this topic, in the seed's order.
 *
 * @example
 * pathfindersFor('supply-chains').map((p) => p.country); // ['MRT', 'NGA', 'VNM']
 * @category queries
 */
export const pathfindersFor = (topic: PathfinderTopic): readonly Pathfinder[] =>
  pathfinders.filter((p) => p.priorityAreas.some((a) => a.topics.includes(topic)));

/**
 * The priorities of a Pathfinder country on a topic, across its priority areas, in the seed's
 * order; empty when it has none or is not a Pathfinder.
 *
 * @example
 * pathfinderPriorities(CountryCode.parse('MDG'), 'trafficking');
 * // ['Set up a national hub on the human trafficking situation.', 'Conclude a bilateral labour agreement ...']
 * @category queries
 */
export const pathfinderPriorities = (
  country: CountryCode,
  topic: PathfinderTopic,
): readonly string[] =>
  (getPathfinder(country)?.priorityAreas ?? [])
    .filter((a) => a.topics.includes(topic))
    .flatMap((a) => a.priorities);

/**
 * The Pathfinder process steps of a country, all or only those done or to come, in order. Seed
 * 003 lists them for Fiji only.
 *
 * @example
 * pathfinderSteps(CountryCode.parse('FJI'), 'coming')[0]?.title; // 'Identify priority actions'
 * @category queries
 */
export const pathfinderSteps = (
  country: CountryCode,
  status?: PathfinderStep['status'],
): readonly PathfinderStep[] =>
  (getPathfinder(country)?.steps ?? []).filter((s) => status === undefined || s.status === status);
