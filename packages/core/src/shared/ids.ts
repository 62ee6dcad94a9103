import * as z from 'zod';

/**
 * A schema for a branded kebab-case id (`costa-rica-guatemala-cct`), for records whose ids are
 * slugs.
 *
 * @example
 * const PracticeId = kebabCaseId('PracticeId');
 * PracticeId.parse('costa-rica-guatemala-cct');
 * @category constructors
 */
export const kebabCaseId = <B extends string>(brand: B) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `Expected a kebab-case id for ${brand}, such as costa-rica-guatemala-cct.`,
    })
    .brand<B>();
