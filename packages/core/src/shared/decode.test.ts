import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decode } from './decode.js';

const Partner = z.strictObject({
  name: z.string().min(1),
  actorType: z.enum(['government', 'ngo', 'media']),
  tags: z.array(z.string()).min(1),
});
const Plan = z.strictObject({ name: z.string(), partners: z.array(Partner) });

describe('decode', () => {
  it('returns the decoded value when the input is valid', () => {
    const input = { name: 'x', partners: [{ name: 'A', actorType: 'ngo', tags: ['t'] }] };
    expect(decode(Plan)(input)).toEqual(E.right(input));
  });

  it('collects every problem with a readable path instead of stopping at the first', () => {
    const result = decode(Plan)({
      partners: [{ name: '', actorType: 'goverment', tags: [], role: 'x' }],
      nmae: 'typo',
    });
    expect(E.isLeft(result)).toBe(true);
    if (E.isRight(result)) return;
    expect(result.left).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'required', path: 'name' }),
        expect.objectContaining({ code: 'unknown-field', path: 'nmae', suggestion: 'name' }),
        expect.objectContaining({ code: 'too-small', path: 'partners[0].name' }),
        expect.objectContaining({
          code: 'unknown-value',
          path: 'partners[0].actorType',
          suggestion: 'government',
        }),
        expect.objectContaining({ code: 'too-small', path: 'partners[0].tags' }),
        expect.objectContaining({ code: 'unknown-field', path: 'partners[0].role' }),
      ]),
    );
  });

  it('says what it expected and what it found for a wrong type', () => {
    const result = decode(Plan)({ name: 3, partners: [] });
    expect(result).toEqual(
      E.left([
        expect.objectContaining({
          code: 'invalid-type',
          message: 'Expected text, found the number 3.',
        }),
      ]),
    );
  });
});
