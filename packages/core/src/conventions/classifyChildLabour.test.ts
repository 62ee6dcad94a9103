import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { classifyChildLabour, type ChildLabourClassification } from './classifyChildLabour.js';

const classify = (input: Parameters<typeof classifyChildLabour>[0]): ChildLabourClassification => {
  const result = classifyChildLabour(input);
  if (E.isLeft(result)) throw new Error('expected a classification');
  return result.right;
};

describe('classifyChildLabour', () => {
  it('finds Art. 3(a) for a child recruited by an armed group, and says why', () => {
    const result = classify({
      age: 15,
      description: 'She was recruited by an armed group as a cook.',
    });
    expect(result.isWorstForm).toBe(true);
    expect(result.worstForms.map((f) => f.citation)).toEqual(['C.182 Art. 3(a)']);
    expect(result.worstForms[0]?.because.join(' ')).toContain('armed group');
    expect(result.citations).toContain('C.182 Art. 7(2)');
  });

  it('finds Art. 3(b) for commercial sexual exploitation', () => {
    expect(classify({ age: 14, indicators: ['prostitution'] }).worstForms[0]?.category).toBe('b');
  });

  it('finds Art. 3(c) for use in drug trafficking', () => {
    expect(
      classify({ age: 16, description: 'used by a gang to carry drugs' }).worstForms[0]?.category,
    ).toBe('c');
  });

  it('finds Art. 3(d) for hazardous work and points to the national list', () => {
    const result = classify({
      age: 16,
      description: 'works underground in a gold mine and handles mercury',
    });
    expect(result.worstForms.map((f) => f.category)).toEqual(['d']);
    expect(result.reasoning.join(' ')).toContain('C.182 Art. 4(1)');
  });

  it('finds several categories when several apply', () => {
    const result = classify({ age: 12, indicators: ['debt-bondage', 'night-work'] });
    expect(result.worstForms.map((f) => f.category)).toEqual(['a', 'd']);
  });

  it('does not treat an adult as a child', () => {
    const result = classify({ age: 19, indicators: ['hazardous-work'] });
    expect(result).toMatchObject({ child: false, isWorstForm: false });
    expect(result.reasoning[0]).toContain('not a child');
  });

  it('says when no worst form was found, and points to the minimum age for a young child', () => {
    const result = classify({
      age: 11,
      description: 'helps at the family shop selling vegetables after school',
    });
    expect(result.isWorstForm).toBe(false);
    expect(result.citations).toContain('C.138 Art. 2(3)');
  });

  it('does not read selling goods as the sale of a child', () => {
    expect(classify({ age: 16, description: 'selling newspapers' }).worstForms).toEqual([]);
  });

  it('reports an unknown indicator with a suggestion', () => {
    // @ts-expect-error: checking what a JavaScript caller might pass
    const result = classifyChildLabour({ indicators: ['prostitutoin'] });
    expect(result).toEqual(
      E.left([expect.objectContaining({ path: 'indicators[0]', suggestion: 'prostitution' })]),
    );
  });
});
