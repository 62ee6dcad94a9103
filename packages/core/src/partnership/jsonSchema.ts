import * as z from 'zod';
import { ScoringProfileOverrides } from './profileSchema.js';
import { PartnershipPlan, SelfAssessment } from './schema.js';

const base = 'https://unpkg.com/@target87/core/schema';

// The published schemas: the file each is written to, its title, and the zod schema it comes from.
const published = {
  'plan.schema.json': { title: 'Partnership plan', schema: PartnershipPlan },
  'self-assessment.schema.json': { title: 'Partnership self-assessment', schema: SelfAssessment },
  'scoring-profile.schema.json': { title: 'Scoring profile', schema: ScoringProfileOverrides },
} as const;

/** The file name of a published JSON Schema. */
export type PublishedSchemaFile = keyof typeof published;

/**
 * A published JSON Schema with zod's JSON Schema type, for code inside the package that reads it
 * (the plan-format page); the exported functions below give the same value to users.
 */
export const generateJsonSchema = (file: PublishedSchemaFile): z.core.JSONSchema.JSONSchema => ({
  ...z.toJSONSchema(published[file].schema, { io: 'input', unrepresentable: 'any' }),
  $id: `${base}/${file}`,
  title: published[file].title,
});

/**
 * The JSON Schema of a partnership plan (draft 2020-12), generated from {@link PartnershipPlan}:
 * editors use it to validate and autocomplete plan files. Published as
 * `@target87/core/schema/plan.schema.json`.
 *
 * @example
 * import { planJsonSchema } from '@target87/core';
 * planJsonSchema().required; // ['name', 'partners']
 * @category model
 */
export const planJsonSchema = (): Record<string, unknown> => generateJsonSchema('plan.schema.json');

/**
 * The JSON Schema of a quick self-assessment. Published as
 * `@target87/core/schema/self-assessment.schema.json`.
 *
 * @example
 * import { selfAssessmentJsonSchema } from '@target87/core';
 * selfAssessmentJsonSchema().title; // 'Partnership self-assessment'
 * @category model
 */
export const selfAssessmentJsonSchema = (): Record<string, unknown> =>
  generateJsonSchema('self-assessment.schema.json');

/**
 * The JSON Schema of a user's scoring profile (only what differs from the default). Published as
 * `@target87/core/schema/scoring-profile.schema.json`.
 *
 * @example
 * import { scoringProfileJsonSchema } from '@target87/core';
 * scoringProfileJsonSchema().title; // 'Scoring profile'
 * @category model
 */
export const scoringProfileJsonSchema = (): Record<string, unknown> =>
  generateJsonSchema('scoring-profile.schema.json');

/**
 * Every published schema, by file name, for the generator and the test that keeps the committed
 * files up to date.
 *
 * @example
 * import { publishedJsonSchemas } from '@target87/core';
 * Object.keys(publishedJsonSchemas()); // ['plan.schema.json', ...]
 * @category model
 */
export const publishedJsonSchemas = (): Readonly<Record<string, Record<string, unknown>>> => ({
  'plan.schema.json': planJsonSchema(),
  'self-assessment.schema.json': selfAssessmentJsonSchema(),
  'scoring-profile.schema.json': scoringProfileJsonSchema(),
});
