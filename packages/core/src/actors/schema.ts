import * as z from 'zod';
import { SeedReference } from '../shared/evidence.js';

/**
 * The kinds of actor a partnership against child labour, forced labour or trafficking brings
 * together. The first seven are the ones seed 000 names ("Synergy: 1 + 1 = 3"); `business` comes
 * from seed 003's business networks (the Child Labour Platform and the Global Business Network on
 * Forced Labour).
 *
 * @example
 * import { actorType, ActorTypeId, actorTypeIds } from '@target87/core';
 * actorTypeIds.map((id) => actorType(ActorTypeId.parse(id)).title);
 * // ['Governments', 'International organisations', "Employers' organisations", ..., 'Businesses']
 * @category model
 */
export const actorTypeIds = [
  'government',
  'international-organisation',
  'employers-organisation',
  'workers-organisation',
  'ngo',
  'academia',
  'media',
  'business',
] as const;

/**
 * An actor type's id, as a partnership plan writes it (`government`, `workers-organisation`).
 * Branded so that a plain string cannot be passed by mistake: decode a plan, check one with
 * {@link isActorTypeId}, or find the one someone meant with {@link suggestActorType}.
 *
 * @example
 * import { ActorTypeId } from '@target87/core';
 * ActorTypeId.parse('ngo');
 * @category model
 */
export const ActorTypeId = z.enum(actorTypeIds).brand<'ActorTypeId'>().meta({
  description:
    'The kind of actor: government, international-organisation, employers-organisation, workers-organisation, ngo (NGOs and mass organisations), academia, media or business.',
});
/** @category model */
export type ActorTypeId = z.infer<typeof ActorTypeId>;

/**
 * The letter seed 000's "who is best placed" matrix uses for an actor type: G(overnments),
 * W(orkers), E(mployers), N(GOs). The other types are not named in that matrix.
 *
 * @example
 * import { actorTypes } from '@target87/core';
 * actorTypes.find((a) => a.matrixLetter === 'W')?.id; // 'workers-organisation'
 * actorTypes.filter((a) => a.matrixLetter === null).length; // 4
 * @category model
 */
export const MatrixLetter = z.enum(['G', 'W', 'E', 'N']);
/** @category model */
export type MatrixLetter = z.infer<typeof MatrixLetter>;

/**
 * An actor type and what it is best placed to bring to a partnership.
 *
 * @example
 * import { actorType } from '@target87/core';
 * actorType('media' as ActorTypeId).brings; // 'Shaping public opinion'
 * @category model
 */
export const ActorType = z.strictObject({
  id: ActorTypeId,
  /** Plural, as a heading: `Governments`, `Workers' organisations`. */
  title: z.string().min(1),
  /** One partner of this type, as a label: `Government body`. */
  label: z.string().min(1),
  /** One sentence on who this is. */
  summary: z.string().min(1),
  /** What it brings, in the spirit of seed 000's "Synergy" slide, in a few words. */
  brings: z.string().min(1),
  /** What it is best placed to do in a partnership, one short phrase each. */
  strengths: z.array(z.string().min(1)).min(1),
  matrixLetter: MatrixLetter.nullable(),
  /** Words people use for this kind of partner, used to suggest the right type for a typo. */
  aliases: z.array(z.string().min(1)),
  sources: z.array(SeedReference).min(1),
});
/** @category model */
export type ActorType = z.infer<typeof ActorType>;
