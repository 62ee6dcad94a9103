import * as z from 'zod';
import { BandId, checkGroupIds, CriterionId, criterionIds } from './schema.js';

const Text = z.string().regex(/\S/, { error: 'Must not be blank.' });
const ProfileId = z
  .string()
  .regex(/^[a-z0-9-]+$/, { error: 'Use lower-case words joined by hyphens.' })
  .meta({ description: 'An id for the profile: lower-case words joined by hyphens.' });
const GroupWeight = z.number().min(0).max(1000).meta({
  description: 'The share of the total the group carries, in points (they need not add up to 100).',
});
const CriterionWeight = z.number().min(0).max(1000).meta({
  description: "The criterion's weight within its group, relative to the others in it.",
});

type GroupKey = (typeof checkGroupIds)[number];
type CriterionKey = (typeof criterionIds)[number];

const groupShape = Object.fromEntries(checkGroupIds.map((id) => [id, GroupWeight])) as Record<
  GroupKey,
  typeof GroupWeight
>;
const optionalGroupShape = Object.fromEntries(
  checkGroupIds.map((id) => [id, GroupWeight.optional()]),
) as Record<GroupKey, z.ZodOptional<typeof GroupWeight>>;
const criterionShape = Object.fromEntries(
  criterionIds.map((id) => [id, CriterionWeight.optional()]),
) as Record<CriterionKey, z.ZodOptional<typeof CriterionWeight>>;

/**
 * A gate: when its criterion's status is one of `failsOn`, the band can be no higher than
 * `capsAt`, whatever the total. Not-applicable criteria never hold a gate.
 *
 * @example
 * import { defaultScoringProfile } from '@target87/core';
 * defaultScoringProfile.gates.find((g) => g.id === 'no-funding');
 * // { criterion: 'facilitate.funding', failsOn: ['missing'], capsAt: 'medium', ... }
 * @category model
 */
export const Gate = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, { error: 'Use lower-case words joined by hyphens.' })
      .meta({
        description: 'The gate, as lower-case words joined by hyphens; unique in a profile.',
      }),
    title: Text.meta({ description: 'A few words for reports: "No funding in sight".' }),
    criterion: CriterionId.meta({ description: 'The criterion the gate watches.' }),
    failsOn: z
      .array(z.enum(['missing', 'partial']))
      .min(1)
      .meta({
        description: "The criterion's statuses that hold the gate: missing, partial or both.",
      }),
    capsAt: BandId.meta({
      description: 'The highest band a report can reach while the gate holds.',
    }),
    why: Text.meta({ description: 'Why the gate exists, in a sentence; reports show it.' }),
  })
  .meta({ description: 'A critical gap that caps the band, whatever the total.' });
/** @category model */
export type Gate = z.infer<typeof Gate>;

/** The lowest score of each band above `low` (which starts at 0). */
const Bands = z.strictObject({
  medium: z.number().min(0).max(100).meta({ description: 'The lowest score in the medium band.' }),
  high: z.number().min(0).max(100).meta({ description: 'The lowest score in the high band.' }),
  'very-high': z
    .number()
    .min(0)
    .max(100)
    .meta({ description: 'The lowest score in the very-high band.' }),
});

/**
 * How a report is scored: the weight of each group and, within a group, of each criterion; the
 * credit for a partial result; the band thresholds; and the gates. Everything that decides a
 * score is here, so that a user can see it and pass their own.
 *
 * @example
 * import { defaultScoringProfile } from '@target87/core';
 * defaultScoringProfile.groupWeights.work; // 24
 * @category model
 */
export const ScoringProfile = z
  .strictObject({
    $schema: z.string().optional(),
    id: ProfileId,
    title: Text,
    description: Text.optional(),
    /** The share of the total each group carries, in points (they need not add up to 100). */
    groupWeights: z.strictObject(groupShape),
    /** A criterion's weight within its group, relative to the others; 1 when not given. */
    criterionWeights: z.strictObject(criterionShape),
    /** Credit for a partial result, between 0 (as missing) and 1 (as met). */
    partialCredit: z.number().min(0).max(1),
    bands: Bands,
    gates: z.array(Gate),
  })
  .superRefine((profile, ctx) => {
    if (Object.values(profile.groupWeights).every((w) => w === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupWeights'],
        message: 'At least one group needs a weight above 0.',
      });
    }
    const { medium, high } = profile.bands;
    if (!(medium < high && high < profile.bands['very-high'])) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'The bands must rise: medium below high, high below very-high.',
      });
    }
    const seen = new Set<string>();
    profile.gates.forEach((gate, index) => {
      if (seen.has(gate.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['gates', index, 'id'],
          message: `The gate id "${gate.id}" is used twice.`,
        });
      }
      seen.add(gate.id);
    });
  });
/** @category model */
export type ScoringProfile = z.infer<typeof ScoringProfile>;

/**
 * A profile written by a user: only what differs from the default. Group and criterion weights,
 * the partial credit and band thresholds are merged over the default; `gates`, when given,
 * replaces the default gates.
 *
 * @example
 * const ministry = { id: 'ministry', title: 'Ministry of Labour', groupWeights: { matrix: 20 } };
 * @category model
 */
export const ScoringProfileOverrides = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows.' }),
    id: ProfileId,
    title: Text.meta({ description: "The profile's name, shown in reports." }),
    description: Text.optional().meta({
      description: 'Who the profile is for and what it changes.',
    }),
    groupWeights: z
      .strictObject(optionalGroupShape)
      .optional()
      .meta({ description: 'The group weights to change; groups left out keep the default.' }),
    criterionWeights: z.strictObject(criterionShape).optional().meta({
      description: 'The criterion weights to change; criteria left out keep the default.',
    }),
    partialCredit: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: 'Credit for a partial result, from 0 (as missing) to 1 (as met).' }),
    bands: Bands.partial()
      .optional()
      .meta({ description: 'The band thresholds to change; those left out keep the default.' }),
    gates: z
      .array(Gate)
      .optional()
      .meta({ description: 'The gates; when given, they replace the default gates.' }),
  })
  .meta({
    description: 'A scoring profile: only what differs from the default weights, bands and gates.',
  });
/** @category model */
export type ScoringProfileOverrides = z.infer<typeof ScoringProfileOverrides>;
