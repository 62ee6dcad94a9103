import * as z from 'zod';
import { ActorTypeId } from '../actors/schema.js';
import { SeedReference } from '../shared/evidence.js';

/**
 * The four types of intervention seed 000 asks a partnership to choose among.
 *
 * @example
 * import { interventionType, InterventionTypeId, interventionTypeIds } from '@target87/core';
 * interventionTypeIds.map((id) => interventionType(InterventionTypeId.parse(id)).shortTitle);
 * // ['Broad prevention', 'Safe migration', 'Monitoring & enforcement', 'Victim assistance']
 * @category model
 */
export const interventionTypeIds = [
  'broad-prevention',
  'safe-migration',
  'monitoring-enforcement',
  'victim-assistance',
] as const;

/**
 * An intervention type's id: `broad-prevention` (livelihoods, training, education and awareness
 * raising), `safe-migration`, `monitoring-enforcement` (of labour law) or `victim-assistance`.
 *
 * @example
 * import { InterventionTypeId } from '@target87/core';
 * InterventionTypeId.parse('safe-migration');
 * @category model
 */
export const InterventionTypeId = z.enum(interventionTypeIds).brand<'InterventionTypeId'>().meta({
  description:
    'The type of intervention: broad-prevention (livelihoods, training, education, awareness raising), safe-migration, monitoring-enforcement (of labour law) or victim-assistance.',
});
/** @category model */
export type InterventionTypeId = z.infer<typeof InterventionTypeId>;

/**
 * The two levels of seed 000's matrix: `policy` (broad policy initiatives, the enabling level) and
 * `outreach` (outreach and direct assistance).
 *
 * @example
 * import { InterventionLevel, levelTitle, matrixCells } from '@target87/core';
 * levelTitle(InterventionLevel.parse('policy')); // 'Policy and enabling level'
 * matrixCells.filter((c) => c.level === 'outreach').length; // 12
 * @category model
 */
export const InterventionLevel = z.enum(['policy', 'outreach']).meta({
  description: 'policy (policy and enabling level) or outreach (outreach and direct assistance).',
});
/** @category model */
export type InterventionLevel = z.infer<typeof InterventionLevel>;

/**
 * Where along a migration or trafficking route the work happens.
 *
 * @example
 * import { Place, placeTitle } from '@target87/core';
 * Place.options.map(placeTitle); // ['Source areas', 'Transit areas', 'Destination areas']
 * @category model
 */
export const Place = z.enum(['source', 'transit', 'destination']).meta({
  description: 'source, transit or destination area.',
});
/** @category model */
export type Place = z.infer<typeof Place>;

/**
 * An intervention type: what it covers and what it looks like in practice.
 *
 * @example
 * import { interventionType, InterventionTypeId } from '@target87/core';
 * interventionType(InterventionTypeId.parse('broad-prevention')).examples[2];
 * // 'keeping children in school'
 * @category model
 */
export const InterventionType = z.strictObject({
  id: InterventionTypeId,
  /** As seed 000's matrix names it, in full. */
  title: z.string().min(1),
  /** Two or three words for tables and bars. */
  shortTitle: z.string().min(1),
  summary: z.string().min(1),
  /** Typical activities, one short phrase each. */
  examples: z.array(z.string().min(1)).min(1),
  aliases: z.array(z.string().min(1)),
  source: SeedReference,
});
/** @category model */
export type InterventionType = z.infer<typeof InterventionType>;

/**
 * A level described for people: a title and a sentence.
 *
 * @example
 * import { interventionLevels } from '@target87/core';
 * interventionLevels.map((l) => l.title);
 * // ['Policy and enabling level', 'Outreach and direct assistance level']
 * @category model
 */
export const InterventionLevelInfo = z.strictObject({
  id: InterventionLevel,
  title: z.string().min(1),
  summary: z.string().min(1),
  source: SeedReference,
});
/** @category model */
export type InterventionLevelInfo = z.infer<typeof InterventionLevelInfo>;

/**
 * A place along a route described for people: a title and a sentence.
 *
 * @example
 * import { interventionPlaces } from '@target87/core';
 * interventionPlaces.find((p) => p.id === 'destination')?.title; // 'Destination areas'
 * @category model
 */
export const PlaceInfo = z.strictObject({
  id: Place,
  title: z.string().min(1),
  summary: z.string().min(1),
  source: SeedReference,
});
/** @category model */
export type PlaceInfo = z.infer<typeof PlaceInfo>;

/**
 * A cell of the "who is best placed to do what and where" matrix, as `type/level/place`
 * (`safe-migration/outreach/source`).
 *
 * @example
 * import { MatrixCellId, matrixCells } from '@target87/core';
 * MatrixCellId.safeParse('safe-migration/outreach').success; // false: the place is missing
 * matrixCells.find((c) => c.id === 'victim-assistance/outreach/destination')?.bestPlaced;
 * // ['ngo', 'government']
 * @category model
 */
export const MatrixCellId = z
  .string()
  .regex(
    /^(broad-prevention|safe-migration|monitoring-enforcement|victim-assistance)\/(policy|outreach)\/(source|transit|destination)$/,
    { error: 'Expected a matrix cell such as safe-migration/outreach/source.' },
  )
  .brand<'MatrixCellId'>();
/** @category model */
export type MatrixCellId = z.infer<typeof MatrixCellId>;

/**
 * One cell of seed 000's matrix: an intervention type at a level in a place, with the actor
 * types best placed to lead there and those that can usefully contribute.
 *
 * Seed 000 leaves the boxes as a question ("What can G, W, E, N do in the various relevant
 * boxes?"). The answers here are the project's reading of that question, built on the same
 * seed's "Synergy" slide; `summary` says why.
 *
 * @example
 * import { matrixCell, InterventionTypeId } from '@target87/core';
 * const cell = matrixCell(InterventionTypeId.parse('safe-migration'), 'outreach', 'destination');
 * cell.contributes; // ['employers-organisation', 'government', 'business']
 * @category model
 */
export const MatrixCell = z.strictObject({
  id: MatrixCellId,
  intervention: InterventionTypeId,
  level: InterventionLevel,
  place: Place,
  title: z.string().min(1),
  /** Why these actors, in one sentence. */
  summary: z.string().min(1),
  /** Best placed to lead the work in this cell. */
  bestPlaced: z.array(ActorTypeId).min(1),
  /** Can usefully support, but are not the natural lead. */
  contributes: z.array(ActorTypeId),
  source: SeedReference,
});
/** @category model */
export type MatrixCell = z.infer<typeof MatrixCell>;

/**
 * How well an actor type fits a matrix cell: `best-placed` to lead, able to `contribute`, or
 * `poor` (another actor type should do it).
 *
 * @example
 * import { ActorTypeId, matrixCell, matrixFit, InterventionTypeId } from '@target87/core';
 * const cell = matrixCell(InterventionTypeId.parse('safe-migration'), 'outreach', 'destination');
 * matrixFit(ActorTypeId.parse('ngo'), cell); // 'best-placed'
 * matrixFit(ActorTypeId.parse('media'), cell); // 'poor'
 * @category model
 */
export const MatrixFit = z.enum(['best-placed', 'contributes', 'poor']);
/** @category model */
export type MatrixFit = z.infer<typeof MatrixFit>;
