import type * as E from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { Problems } from '../shared/problem.js';
import {
  classifyForcedLabour,
  minimumAge,
  parseInstrumentId,
  type ArticleId,
  type ConventionId,
  type CountryCode,
  type ForcedLabourClassification,
  type Instrument,
  type InstrumentId,
  type MinimumAgeAnswer,
} from '../index.js';
import type { getInstrument, ratificationStatus } from './index.js';

describe('the conventions API types', () => {
  it('brands ids, so a plain string is not accepted where an id is expected', () => {
    expectTypeOf<string>().not.toExtend<InstrumentId>();
    expectTypeOf<'C138'>().not.toExtend<InstrumentId>();
    expectTypeOf<InstrumentId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<ArticleId>();
    expectTypeOf<string>().not.toExtend<CountryCode>();
    expectTypeOf<ConventionId>().toExtend<InstrumentId>();
  });

  it('takes ids, not strings, in lookups', () => {
    expectTypeOf<typeof getInstrument>().parameter(0).toEqualTypeOf<InstrumentId>();
    expectTypeOf<typeof getInstrument>().returns.toEqualTypeOf<Instrument>();
    expectTypeOf<typeof ratificationStatus>().parameter(0).toEqualTypeOf<CountryCode>();
  });

  it('returns Either with all problems at the boundaries', () => {
    expectTypeOf(parseInstrumentId).returns.toEqualTypeOf<E.Either<Problems, InstrumentId>>();
    expectTypeOf(minimumAge).returns.toEqualTypeOf<E.Either<Problems, MinimumAgeAnswer>>();
    expectTypeOf(classifyForcedLabour).returns.toEqualTypeOf<
      E.Either<Problems, ForcedLabourClassification>
    >();
  });

  it('checks the query shape at compile time too', () => {
    expectTypeOf(minimumAge).parameter(0).toHaveProperty('work');
    // @ts-expect-error: 'dangerous' is not a kind of work C.138 knows
    minimumAge({ work: 'dangerous' });
  });

  it('types facts with their evidence', () => {
    expectTypeOf<Instrument['entryIntoForce']>().toExtend<{
      status: string;
      value: string;
    } | null>();
  });
});
