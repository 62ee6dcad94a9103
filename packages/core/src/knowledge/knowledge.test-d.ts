import type * as E from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { InstrumentId } from '../conventions/schema.js';
import type { Problems } from '../shared/problem.js';
import { ask, search, type KnowledgeIndex } from './createKnowledgeIndex.js';
import type { KnowledgeAnswer, AskResult, KnowledgeKind, SearchHit } from './schema.js';

describe('the knowledge search types', () => {
  it('ask returns the answers or the problems with the question', () => {
    expectTypeOf(ask).returns.toEqualTypeOf<E.Either<Problems, AskResult>>();
    expectTypeOf<KnowledgeIndex['ask']>().toEqualTypeOf(ask);
  });

  it('an answered result has at least one answer; an unknown one has none and says why', () => {
    type Answered = Extract<AskResult, { status: 'answered' }>;
    type Unknown = Extract<AskResult, { status: 'unknown' }>;
    expectTypeOf<Answered['answers'][0]>().toEqualTypeOf<KnowledgeAnswer>();
    expectTypeOf<Unknown['answers']>().toEqualTypeOf<[]>();
    expectTypeOf<Unknown['message']>().toBeString();
  });

  it('an answer names its convention with a branded id', () => {
    expectTypeOf<KnowledgeAnswer['conventionId']>().toEqualTypeOf<InstrumentId | undefined>();
  });

  it('search takes the kinds to return and gives hits', () => {
    expectTypeOf(search)
      .parameter(1)
      .toEqualTypeOf<
        { readonly kinds?: readonly KnowledgeKind[]; readonly limit?: number } | undefined
      >();
    expectTypeOf(search).returns.toEqualTypeOf<SearchHit[]>();
  });
});
