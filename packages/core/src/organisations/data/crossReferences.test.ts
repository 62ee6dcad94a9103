import { describe, expect, it } from 'vitest';
import { instruments } from '../../conventions/data/index.js';
import { internationalOrganisations } from './organisations.js';

// Kept apart from organisations.test.ts because it depends on the conventions module's data.
describe('the international organisations against the conventions data', () => {
  it('cite only instruments the library holds', () => {
    const known = new Set<string>(instruments.map((i) => i.id));
    for (const o of internationalOrganisations) {
      for (const id of o.instruments) expect(known.has(id), `${o.id}: ${id}`).toBe(true);
    }
  });
});
