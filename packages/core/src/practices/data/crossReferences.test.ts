import { describe, expect, it } from 'vitest';
import { articles, countries, instruments } from '../../conventions/data/index.js';
import { southSouthCooperationBasis } from './criteria.js';
import { goodPractices } from './practices.js';

// Kept apart from practices.test.ts because it depends on the conventions module's data.
describe('the good practices against the conventions data', () => {
  it('use only country codes the library knows', () => {
    const known = new Set<string>(countries.map((c) => c.code));
    const missing = goodPractices.flatMap((p) =>
      p.countries.filter((c) => !known.has(c.code)).map((c) => `${p.id}: ${c.code}`),
    );
    expect(missing).toEqual([]);
  });

  it('cite only instruments the library holds', () => {
    const known = new Set<string>(instruments.map((i) => i.id));
    for (const p of goodPractices) {
      for (const id of p.instruments) expect(known.has(id), `${p.id}: ${id}`).toBe(true);
    }
  });

  it('cite an article the library holds for South-South cooperation', () => {
    expect(articles.map((a) => a.id)).toContain(southSouthCooperationBasis.articleId);
  });
});
