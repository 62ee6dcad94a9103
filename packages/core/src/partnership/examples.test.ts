import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { combineSelfAssessments } from './combine.js';
import { exampleFiles } from './data/examples.js';
import {
  exampleScoringProfile,
  planExamples,
  planTemplate,
  selfAssessmentExamples,
} from './examples.js';
import { publishedJsonSchemas } from './jsonSchema.js';
import { parsePlanText, parseSelfAssessmentText } from './parsePlan.js';
import { renderPlanFormatDoc } from './planFormatDoc.js';
import { parseScoringProfileText } from './profile.js';
import { PartnershipPlan, type ReadinessReport } from './schema.js';
import { scorePlan, scoreSelfAssessment, scoreText } from './scorePlan.js';

const packageRoot = new URL('../../', import.meta.url);
const regenerate = 'run `pnpm tsx scripts/generate-partnership-files.ts` in packages/core';

const report = (text: string): ReadinessReport => {
  const result = scoreText(text);
  if (E.isLeft(result))
    throw new Error(result.left.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.right;
};
const statusOf = (r: ReadinessReport, id: string) => r.checks.find((c) => c.id === id)?.status;

describe('the example files and their constants', () => {
  it(`are the same text (if not, ${regenerate})`, () => {
    const files = readdirSync(new URL('examples/', packageRoot)).filter((f) =>
      /\.(ya?ml|json)$/.test(f),
    );
    expect(Object.keys(exampleFiles).sort()).toEqual([...files].sort());
    for (const file of files) {
      expect(exampleFiles[file as keyof typeof exampleFiles], file).toBe(
        readFileSync(new URL(`examples/${file}`, packageRoot), 'utf8'),
      );
    }
  });

  it(`match the committed JSON Schemas (if not, ${regenerate})`, () => {
    for (const [file, schema] of Object.entries(publishedJsonSchemas())) {
      const committed: unknown = JSON.parse(
        readFileSync(new URL(`schema/${file}`, packageRoot), 'utf8'),
      );
      expect(committed, file).toEqual(schema);
    }
  });

  it(`match the committed docs/plan-format.md (if not, ${regenerate})`, async () => {
    const page = new URL('../../docs/plan-format.md', packageRoot);
    const filepath = fileURLToPath(page);
    // Formatted as the generator writes it, so that the page passes the format check as it is.
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    expect(readFileSync(page, 'utf8')).toBe(
      await prettier.format(renderPlanFormatDoc(), { ...options, filepath }),
    );
  });

  it('are published with the package', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
      files: string[];
    };
    expect(manifest.files).toContain('schema');
  });

  it('point editors at the JSON Schemas', () => {
    for (const text of Object.values(planExamples)) {
      expect(text.startsWith('# yaml-language-server: $schema=../schema/plan.schema.json')).toBe(
        true,
      );
    }
    for (const text of Object.values(selfAssessmentExamples)) {
      expect(
        text.startsWith('# yaml-language-server: $schema=../schema/self-assessment.schema.json'),
      ).toBe(true);
    }
    expect(planTemplate.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${String(publishedJsonSchemas()['plan.schema.json']?.$id)}`,
    );
  });
});

describe('the JSON Schema of a plan', () => {
  it('has the fields of the zod schema, requires only the name and partners, and refuses unknown fields', () => {
    const schema = publishedJsonSchemas()['plan.schema.json'] as {
      properties: object;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(PartnershipPlan.shape));
    expect(schema.required).toEqual(['name', 'partners']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('the worked examples score as their names say', () => {
  it('strong: high band or above, no gate, a few things still to improve', () => {
    const r = report(planExamples.strong);
    expect(['high', 'very-high']).toContain(r.band);
    expect(r.gates).toEqual([]);
    expect(r.recommendations.length).toBeGreaterThan(0);
  });

  it('weak: low band, held by the one-kind-of-actor gate, with complementarity first among the changes', () => {
    const r = report(planExamples.weak);
    expect(r.band).toBe('low');
    expect(r.gates.map((g) => g.id)).toContain('one-kind-of-actor');
    expect(r.recommendations[0]?.criterion).toBe('complementarity.actor-types');
  });

  it('cross-border: high band or above, working at both ends of the route', () => {
    const r = report(planExamples.crossBorder);
    expect(['high', 'very-high']).toContain(r.band);
    expect(statusOf(r, 'matrix.cross-border-reach')).toBe('met');
    expect(statusOf(r, 'standards.ratification')).toBe('met');
  });

  it('source-only: flagged for working only at source, and held at medium by that gate', () => {
    const r = report(planExamples.sourceOnly);
    expect(statusOf(r, 'matrix.cross-border-reach')).toBe('missing');
    expect(r.band).toBe('medium');
    expect(r.gates).toEqual([
      expect.objectContaining({ id: 'one-end-of-the-route', binding: true }),
    ]);
    expect(r.recommendations[0]?.criterion).toBe('matrix.cross-border-reach');
  });

  it('the three self-assessments combine, flagging funding as disputed', () => {
    const parsed = Object.values(selfAssessmentExamples).map((t) => parseSelfAssessmentText(t));
    const decoded = parsed.flatMap((p) => (E.isRight(p) ? [p.right] : []));
    expect(decoded).toHaveLength(3);
    const [first, ...rest] = decoded;
    if (first === undefined) return;
    const combined = combineSelfAssessments([first, ...rest]);
    expect(combined.raters?.disputed).toContain('facilitate.funding');
    expect(['high', 'very-high']).toContain(combined.band);
  });

  it('the NGO’s self-assessment gives the make-up, which decides the kinds of actor, roles and reach', () => {
    const ngo = parseSelfAssessmentText(selfAssessmentExamples.ngo);
    if (E.isLeft(ngo)) throw new Error('expected the example to parse');
    const r = scoreSelfAssessment(ngo.right);
    expect(statusOf(r, 'complementarity.actor-types')).toBe('met');
    expect(statusOf(r, 'complementarity.roles-covered')).toBe('met');
    expect(statusOf(r, 'pathfinder.social-partners-civil-society')).toBe('met');
    expect(statusOf(r, 'matrix.cross-border-reach')).toBe('not-applicable');
    expect(r.checks.find((c) => c.id === 'complementarity.actor-types')?.evidence[0]?.path).toBe(
      'makeUp.actorTypes',
    );
  });

  it('the example profile changes the result: its national focal point gate holds the source-only plan', () => {
    const profile = parseScoringProfileText(exampleScoringProfile);
    const plan = parsePlanText(planExamples.sourceOnly);
    if (E.isLeft(profile) || E.isLeft(plan)) throw new Error('expected the examples to parse');
    const r = scorePlan(plan.right, { profile: profile.right });
    expect(r.profile.id).toBe('labour-ministry');
    expect(r.gates.map((g) => g.id)).toEqual(['no-national-focal-point']);
  });
});

describe('the template', () => {
  it('reports only its placeholders, so that an unfinished copy is not scored', () => {
    const result = parsePlanText(planTemplate);
    expect(E.isLeft(result)).toBe(true);
    if (E.isRight(result)) return;
    for (const p of result.left) expect(p.message).toContain("still the template's placeholder");
  });

  it('is a valid plan once the placeholders are filled in', () => {
    const filled = planTemplate.replace(/<([^<>\n]+)>/g, '$1');
    const result = parsePlanText(filled);
    expect(E.isRight(result) ? [] : result.left).toEqual([]);
  });

  it('documents every field of a plan', () => {
    for (const field of Object.keys(PartnershipPlan.shape).filter((f) => f !== '$schema')) {
      expect(planTemplate, field).toMatch(new RegExp(`^${field}:`, 'm'));
    }
  });
});
