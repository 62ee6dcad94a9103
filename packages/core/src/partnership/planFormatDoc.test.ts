import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { criteria } from './criteria.js';
import { generateJsonSchema, type PublishedSchemaFile } from './jsonSchema.js';
import { parsePlanText, parseSelfAssessmentText } from './parsePlan.js';
import {
  fieldTable,
  planFormatExamples,
  renderPlanFormatDoc,
  schemaSections,
  type SectionDoc,
} from './planFormatDoc.js';
import { parseScoringProfileText } from './profile.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

const files: readonly PublishedSchemaFile[] = [
  'plan.schema.json',
  'self-assessment.schema.json',
  'scoring-profile.schema.json',
];

// Every object in a schema, found independently of the renderer: [path, schema].
const objectsIn = (node: JsonSchema, path = ''): [string, JsonSchema][] => {
  const own: [string, JsonSchema][] = node.properties === undefined ? [] : [[path, node]];
  const children = Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    if (typeof child !== 'object') return [];
    const at = path === '' ? name : `${path}.${name}`;
    const items = child.items;
    return [
      ...objectsIn(child, at),
      ...(typeof items === 'object' && !Array.isArray(items) ? objectsIn(items, `${at}[]`) : []),
    ];
  });
  return [...own, ...children];
};

const section = (sections: readonly SectionDoc[], path: string): SectionDoc => {
  const found = sections.find((s) => s.path === path);
  if (found === undefined) throw new Error(`no section for ${path}`);
  return found;
};

const field = (sections: readonly SectionDoc[], path: string, name: string) => {
  const found = section(sections, path).fields.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no field ${name} under ${path}`);
  return found;
};

const planSections = schemaSections(generateJsonSchema('plan.schema.json'));
const profileSections = schemaSections(generateJsonSchema('scoring-profile.schema.json'));

describe('the sections of a schema', () => {
  it('list every field of every object of the three published schemas, except the keys of a per-key field', () => {
    const perKey = new Set(['groupWeights', 'criterionWeights']);
    for (const file of files) {
      const sections = schemaSections(generateJsonSchema(file));
      for (const [path, node] of objectsIn(generateJsonSchema(file))) {
        if (perKey.has(path)) continue;
        expect(
          section(sections, path).fields.map((f) => f.name),
          `${file} ${path}`,
        ).toEqual(Object.keys(node.properties ?? {}));
      }
    }
  });

  it('mark as required exactly the fields the schema requires', () => {
    for (const file of files) {
      const sections = schemaSections(generateJsonSchema(file));
      for (const [path, node] of objectsIn(generateJsonSchema(file))) {
        const listed = sections.find((s) => s.path === path);
        if (listed === undefined) continue;
        expect(
          listed.fields.filter((f) => f.required).map((f) => f.name),
          `${file} ${path}`,
        ).toEqual(Object.keys(node.properties ?? {}).filter((k) => node.required?.includes(k)));
      }
    }
    expect(
      section(planSections, '')
        .fields.filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(['name', 'partners']);
  });

  it('give every field a description, so that the schemas describe every field to editors too', () => {
    for (const file of files) {
      for (const { path, fields } of schemaSections(generateJsonSchema(file))) {
        for (const f of fields) expect(f.description, `${file} ${path} ${f.name}`).not.toBe('');
      }
    }
  });

  it('say in words what values a field takes and its limits', () => {
    expect(field(planSections, 'areas[]', 'place')).toMatchObject({
      type: 'choice',
      values: '`source`, `transit`, `destination`',
    });
    expect(field(planSections, 'aim', 'exploitation')).toMatchObject({
      type: 'list of choices',
      values: 'at least one; `forced-labour`, `child-labour`, `migrant-workers`, `trafficking`',
    });
    expect(field(planSections, 'baseline', 'date').type).toBe(
      'whole number (from 1900 to 2200) or date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)',
    );
    expect(field(planSections, 'indicators[]', 'baseline').type).toBe('number or text');
    expect(field(planSections, '', 'partners')).toMatchObject({
      type: 'list of objects',
      values: 'each as under `partners[]`',
    });
    expect(field(planSections, '', 'aim').values).toBe('fields under `aim`');
    expect(field(profileSections, '', 'partialCredit').values).toBe('from 0 to 1');
    expect(field(profileSections, '', 'id')).toMatchObject({
      type: 'id',
      values: 'lower-case letters, digits and hyphens',
    });
    expect(field(planSections, '', '$schema').type).toBe('any text');
    expect(field(planSections, '', 'name').type).toBe('text');
  });

  it('point to the list of criterion ids instead of repeating 38 values', () => {
    expect(field(planSections, 'notApplicable[]', 'criterion')).toMatchObject({
      type: 'criterion id',
      values: 'see [Criterion ids](#criterion-ids)',
    });
  });

  it('list a weight per group as one field with its keys and the value each takes', () => {
    expect(field(profileSections, '', 'groupWeights')).toMatchObject({
      type: 'number per key',
      values:
        'keys: `work`, `facilitate`, `complementarity`, `focus`, `matrix`, `standards`, `pathfinder`, `safeguards`, each optional; from 0 to 1000',
    });
    expect(field(profileSections, '', 'groupWeights').description).toMatch(
      /keep the default\. For each key: the share of the total the group carries/,
    );
    expect(field(profileSections, '', 'criterionWeights').values).toBe(
      'keys: the [criterion ids](#criterion-ids), each optional; from 0 to 1000',
    );
    expect(profileSections.map((s) => s.path)).toEqual(['', 'bands', 'gates[]']);
  });

  it('keep objects whose keys differ in meaning as fields of their own', () => {
    expect(section(profileSections, 'bands').fields.map((f) => f.description)).toEqual([
      'The lowest score in the medium band.',
      'The lowest score in the high band.',
      'The lowest score in the very-high band.',
    ]);
    expect(section(planSections, 'safeguards').fields.map((f) => f.type)).toEqual([
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  it('show a pattern it has no words for as it is, and other types by name', () => {
    const [root] = schemaSections({
      type: 'object',
      properties: {
        code: { type: 'string', pattern: '^(a|b)$', description: 'A code.' },
        count: { type: 'integer', minimum: 1, description: 'How many.' },
        done: { type: 'boolean', description: 'Whether it is done.' },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 3, description: 'Tags.' },
      },
      required: ['code'],
    });
    expect(root?.fields).toEqual([
      {
        name: 'code',
        type: 'text',
        required: true,
        values: 'matching `^(a|b)$`',
        description: 'A code.',
      },
      {
        name: 'count',
        type: 'whole number',
        required: false,
        values: 'at least 1',
        description: 'How many.',
      },
      {
        name: 'done',
        type: 'true or false',
        required: false,
        values: '',
        description: 'Whether it is done.',
      },
      {
        name: 'tags',
        type: 'list of any text',
        required: false,
        values: 'at most 3 items',
        description: 'Tags.',
      },
    ]);
  });
});

describe('a field table', () => {
  it('has a row per field and escapes the pipes a cell contains', () => {
    const table = fieldTable([
      {
        name: 'code',
        type: 'text',
        required: true,
        values: 'matching `a|b`',
        description: 'One\nline.',
      },
    ]);
    expect(table.split('\n')).toEqual([
      '| field | type | required | values and limits | what it holds |',
      '| --- | --- | --- | --- | --- |',
      '| `code` | text | yes | matching `a\\|b` | One line. |',
    ]);
  });
});

describe('the plan-format page', () => {
  const page = renderPlanFormatDoc();

  it('has a section for the plan, the self-assessment and the scoring profile, and the criterion ids', () => {
    const headings = page.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Completion and checking in your editor',
      '## Short examples',
      '## How to read the tables',
      '## The partnership plan',
      '## The quick self-assessment',
      '## The scoring profile',
      '## Criterion ids',
    ]);
  });

  it('shows how to point an editor at each JSON Schema', () => {
    expect(page).toContain(
      '# yaml-language-server: $schema=https://unpkg.com/@target87/core/schema/plan.schema.json',
    );
    for (const file of files) expect(page).toContain(`@target87/core/schema/${file}`);
    expect(page).toContain('"yaml.schemas"');
  });

  it('lists every criterion id once, with whether it may not apply', () => {
    for (const c of criteria) {
      const rows = page.split('\n').filter((line) => line.startsWith(`| \`${c.id}\` |`));
      expect(rows, c.id).toHaveLength(1);
      expect(rows[0]?.endsWith(c.mayBeNotApplicable ? '| yes |' : '| no |'), c.id).toBe(true);
    }
  });

  it('shows examples that the library reads without a problem, and shows them as they are', () => {
    const plan = parsePlanText(planFormatExamples.plan);
    const assessment = parseSelfAssessmentText(planFormatExamples.selfAssessment);
    const profile = parseScoringProfileText(planFormatExamples.profile);
    expect(E.isRight(plan) ? [] : plan.left).toEqual([]);
    expect(E.isRight(assessment) ? [] : assessment.left).toEqual([]);
    expect(E.isRight(profile) ? [] : profile.left).toEqual([]);
    for (const example of Object.values(planFormatExamples)) expect(page).toContain(example);
  });

  it('is the same every time', () => {
    expect(renderPlanFormatDoc()).toBe(page);
  });
});
