import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../shared/decode.js';
import { actorType, actorTypes, isActorTypeId, suggestActorType } from './actorTypes.js';
import { actorTypeRecords } from './data/actorTypes.js';
import { ActorType, ActorTypeId, actorTypeIds } from './schema.js';

describe('actor type data', () => {
  it.each(actorTypeRecords.map((r) => [r.id, r] as const))('decodes the %s record', (_, record) => {
    expect(E.isRight(decode(ActorType)(record))).toBe(true);
  });

  it('has exactly one record per actor type id, in the order of the ids', () => {
    expect(actorTypes.map((a) => a.id)).toEqual(actorTypeIds);
  });

  it('gives the four matrix letters of seed 000 to four different actor types', () => {
    const letters = actorTypes.flatMap((a) => (a.matrixLetter === null ? [] : [a.matrixLetter]));
    expect([...letters].sort()).toEqual(['E', 'G', 'N', 'W']);
  });

  it('never uses the same alias for two actor types', () => {
    const aliases = actorTypes.flatMap((a) => a.aliases.map((alias) => alias.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});

describe('actorType', () => {
  it("gives what seed 000's Synergy slide says governments bring", () => {
    expect(actorType(ActorTypeId.parse('government')).brings).toBe(
      'Legislation, policy and the enabling framework',
    );
  });
});

describe('isActorTypeId', () => {
  it('accepts ids and refuses aliases', () => {
    expect(isActorTypeId('workers-organisation')).toBe(true);
    expect(isActorTypeId('trade union')).toBe(false);
  });
});

describe('suggestActorType', () => {
  it('maps the words people use to the actor type', () => {
    expect(suggestActorType('Trade Union')).toBe('workers-organisation');
    expect(suggestActorType('Chamber of Commerce')).toBe('employers-organisation');
    expect(suggestActorType('university')).toBe('academia');
    expect(suggestActorType('company')).toBe('business');
  });

  it('corrects typos in ids', () => {
    expect(suggestActorType('goverment')).toBe('government');
    expect(suggestActorType('workers organisation')).toBe('workers-organisation');
  });

  it('suggests nothing for a word that is not close to any actor type', () => {
    expect(suggestActorType('banana bread')).toBeUndefined();
  });
});
