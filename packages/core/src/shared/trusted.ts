import type { z } from 'zod';

/**
 * Gives data-as-code records their decoded (branded) type. Every record set passed here is
 * decoded through the same schema by the data tests, so this is the one place the library trusts
 * data without parsing it at run time. Schemas used here must have no defaults or transforms, so
 * that input and output are the same values.
 */
export const trusted = <S extends z.ZodType>(_schema: S, records: readonly z.input<S>[]) =>
  records as unknown as readonly z.output<S>[];
