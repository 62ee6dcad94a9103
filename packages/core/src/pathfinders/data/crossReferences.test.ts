import { describe, expect, it } from 'vitest';
import { countries, instruments } from '../../conventions/data/index.js';
import { pathfinders } from './pathfinders.js';

// Kept apart from pathfinders.test.ts because it depends on the conventions module's data.
describe('the Pathfinder countries against the conventions data', () => {
  it('use only country codes the library knows, under the same name', () => {
    const byCode = new Map<string, { name: string }>(countries.map((c) => [c.code, c]));
    for (const p of pathfinders) expect(byCode.get(p.country)?.name, p.country).toBe(p.name);
  });

  it('agree with the countries data on which countries are Pathfinders', () => {
    const flagged = countries.filter((c) => c.pathfinder).map((c) => c.code);
    expect([...flagged].sort()).toEqual(pathfinders.map((p) => p.country).sort());
  });

  it('cite only instruments the library holds', () => {
    const known = new Set<string>(instruments.map((i) => i.id));
    for (const p of pathfinders) {
      for (const id of p.instruments) expect(known.has(id), `${p.country}: ${id}`).toBe(true);
    }
  });
});
