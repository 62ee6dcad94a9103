import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criteria } from './criteria.js';
import { defaultScoringProfile } from './profile.js';
import { criterionWeights } from './score.js';

const docs = readFileSync(new URL('../../../../docs/scoring.md', import.meta.url), 'utf8');

/** The cells of the table row that starts with this code, whatever the padding. */
const row = (code: string): string[] | undefined =>
  docs
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .find((cells) => cells[1] === `\`${code}\``);

describe('docs/scoring.md', () => {
  it('documents every criterion with its default weight', () => {
    const weights = criterionWeights(defaultScoringProfile);
    for (const c of criteria) {
      expect(row(c.id), c.id).toContain((weights.get(c.id) ?? 0).toFixed(2));
    }
  });

  it('documents every default group weight and gate', () => {
    for (const [group, weight] of Object.entries(defaultScoringProfile.groupWeights)) {
      expect(row(group), group).toContain(String(weight));
    }
    for (const gate of defaultScoringProfile.gates) expect(row(gate.id), gate.id).toBeDefined();
    expect(docs).toContain(`below ${String(defaultScoringProfile.bands.medium)}`);
  });
});
