// Renders docs/plan-format.md from the published JSON Schemas, which zod generates from the schemas
// in this module: the page cannot say anything about a field that its schema does not. Internal:
// scripts/generate-partnership-files.ts writes the page, and a test fails when it is out of date.
import type * as z from 'zod';
import { criteria } from './criteria.js';
import { generateJsonSchema, type PublishedSchemaFile } from './jsonSchema.js';
import { criterionIds } from './schema.js';

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** One field of an object, as the page lists it. */
export interface FieldDoc {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  /** Allowed values and limits, in words. */
  readonly values: string;
  readonly description: string;
}

/** One object of a document (the document itself, or an object inside it) and its fields. */
export interface SectionDoc {
  /** Where the object sits: `''` for the document, `partners[]`, `partners[].focalPoint`. */
  readonly path: string;
  readonly description: string | undefined;
  readonly fields: readonly FieldDoc[];
}

// ---- reading a schema --------------------------------------------------------------

const asSchema = (value: unknown): JsonSchema | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonSchema)
    : undefined;

const itemsOf = (node: JsonSchema): JsonSchema | undefined => asSchema(node.items);

const propertiesOf = (node: JsonSchema): [string, JsonSchema][] =>
  Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const schema = asSchema(child);
    return schema === undefined ? [] : [[name, schema] as [string, JsonSchema]];
  });

const isObject = (node: JsonSchema): boolean =>
  node.type === 'object' && node.properties !== undefined;

const sameSet = (values: readonly unknown[], expected: readonly string[]): boolean =>
  values.length === expected.length && expected.every((value) => values.includes(value));

const isCriterionIds = (values: readonly unknown[]): boolean => sameSet(values, criterionIds);

/**
 * An object whose optional keys all take the same plain value, description included (a weight per
 * group, a weight per criterion): listed as one field with its keys, rather than a row per key.
 */
const mapValue = (node: JsonSchema): JsonSchema | undefined => {
  const properties = propertiesOf(node);
  const [first] = properties;
  if (!isObject(node) || first === undefined || properties.length < 3) return undefined;
  if ((node.required ?? []).length > 0 || first[1].type === 'object' || first[1].type === 'array') {
    return undefined;
  }
  const value = JSON.stringify(first[1]);
  return properties.every(([, child]) => JSON.stringify(child) === value) ? first[1] : undefined;
};

// ---- fields in words ----------------------------------------------------------------

const code = (value: unknown): string => `\`${String(value)}\``;

// Patterns the schemas use, in words; any other pattern is shown as it is.
const patterns: Readonly<Record<string, { readonly type: string; readonly values: string }>> = {
  '\\S': { type: 'text', values: '' },
  '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$': {
    type: 'date',
    values: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`',
  },
  '^[a-z0-9-]+$': { type: 'id', values: 'lower-case letters, digits and hyphens' },
};

const range = (node: JsonSchema): string => {
  const { minimum, maximum } = node;
  if (minimum !== undefined && maximum !== undefined) {
    return `from ${String(minimum)} to ${String(maximum)}`;
  }
  if (minimum !== undefined) return `at least ${String(minimum)}`;
  if (maximum !== undefined) return `at most ${String(maximum)}`;
  return '';
};

const itemLimits = (node: JsonSchema): string[] => [
  ...(node.minItems === undefined || node.minItems === 0
    ? []
    : [`at least ${node.minItems === 1 ? 'one' : String(node.minItems)}`]),
  ...(node.maxItems === undefined ? [] : [`at most ${String(node.maxItems)} items`]),
];

const lengthLimits = (node: JsonSchema): string[] => [
  ...(node.minLength === undefined || node.minLength === 0
    ? []
    : [`at least ${String(node.minLength)} characters`]),
  ...(node.maxLength === undefined ? [] : [`at most ${String(node.maxLength)} characters`]),
];

const joinValues = (parts: readonly string[]): string => parts.filter((p) => p !== '').join('; ');

// "list of text", "list of choices".
const plural = (type: string): string => (type.endsWith('text') ? type : `${type}s`);

interface TypeInWords {
  readonly type: string;
  readonly values: string;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A value's type, and its allowed values and limits, in words. */
const typeInWords = (node: JsonSchema, path: string): TypeInWords => {
  if (node.anyOf !== undefined) {
    const parts = node.anyOf.map((option) => typeInWords(option, path));
    return {
      type: parts.map((p) => (p.values === '' ? p.type : `${p.type} (${p.values})`)).join(' or '),
      values: '',
    };
  }
  if (node.enum !== undefined) {
    return isCriterionIds(node.enum)
      ? { type: 'criterion id', values: 'see [Criterion ids](#criterion-ids)' }
      : { type: 'choice', values: node.enum.map(code).join(', ') };
  }
  switch (node.type) {
    case 'string': {
      const known = node.pattern === undefined ? undefined : patterns[node.pattern];
      const type = known?.type ?? (node.pattern === undefined ? 'any text' : 'text');
      const matching =
        known === undefined && node.pattern !== undefined ? `matching ${code(node.pattern)}` : '';
      return { type, values: joinValues([known?.values ?? '', matching, ...lengthLimits(node)]) };
    }
    case 'integer':
      return { type: 'whole number', values: range(node) };
    case 'number':
      return { type: 'number', values: range(node) };
    case 'boolean':
      return { type: 'true or false', values: '' };
    case 'array': {
      const items = itemsOf(node);
      if (items === undefined) return { type: 'list', values: joinValues(itemLimits(node)) };
      const item = isObject(items) ? { type: 'object', values: '' } : typeInWords(items, path);
      return {
        type: `list of ${plural(item.type)}`,
        values: joinValues([
          ...itemLimits(node),
          isObject(items) ? `each as under ${code(`${path}[]`)}` : item.values,
        ]),
      };
    }
    case 'object': {
      const value = mapValue(node);
      if (value !== undefined) {
        const keys = propertiesOf(node).map(([name]) => name);
        const each = typeInWords(value, path);
        return {
          type: `${each.type} per key`,
          values: joinValues([
            `keys: ${isCriterionIds(keys) ? 'the [criterion ids](#criterion-ids)' : keys.map(code).join(', ')}, each optional`,
            each.values,
          ]),
        };
      }
      return { type: 'object', values: `fields under ${code(path)}` };
    }
    default:
      return { type: 'any value', values: '' };
  }
};

const join = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);

const descriptionOf = (node: JsonSchema): string => {
  const own = node.description ?? itemsOf(node)?.description ?? '';
  const value = mapValue(node);
  return value?.description === undefined
    ? own
    : `${own} For each key: ${lowerFirst(value.description)}`;
};

/**
 * Every object of a JSON Schema, the document first, then the objects inside it in the order
 * their fields appear, each with its fields in words.
 */
export const schemaSections = (schema: JsonSchema, path = ''): SectionDoc[] => {
  const required = new Set(schema.required ?? []);
  const fields = propertiesOf(schema).map(([name, node]): FieldDoc => {
    const { type, values } = typeInWords(node, join(path, name));
    return { name, type, required: required.has(name), values, description: descriptionOf(node) };
  });
  const nested = propertiesOf(schema).flatMap(([name, node]) => {
    const items = itemsOf(node);
    if (isObject(node) && mapValue(node) === undefined) {
      return schemaSections(node, join(path, name));
    }
    if (node.type === 'array' && items !== undefined && isObject(items)) {
      return schemaSections(items, `${join(path, name)}[]`);
    }
    return [];
  });
  return [{ path, description: schema.description, fields }, ...nested];
};

// ---- the page -------------------------------------------------------------------------

const cell = (text: string): string =>
  text === '' ? ' ' : text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A section's fields as a Markdown table, one row per field. */
export const fieldTable = (fields: readonly FieldDoc[]): string =>
  [
    '| field | type | required | values and limits | what it holds |',
    '| --- | --- | --- | --- | --- |',
    ...fields.map(
      (f) =>
        `| ${code(f.name)} | ${cell(f.type)} | ${f.required ? 'yes' : 'no'} | ${cell(f.values)} | ${cell(f.description)} |`,
    ),
  ].join('\n');

const sectionText = (section: SectionDoc, heading: string): string =>
  [
    ...(section.path === '' ? [] : [`### ${heading}`]),
    ...(section.path === '' || section.description === undefined ? [] : [section.description]),
    fieldTable(section.fields),
  ].join('\n\n');

const headingOf = (path: string): string =>
  path.endsWith('[]') ? `${code(path)}: each item` : code(path);

interface DocumentPart {
  readonly file: PublishedSchemaFile;
  readonly heading: string;
  readonly intro: readonly string[];
  readonly beyondTheSchema: readonly string[];
}

const documents: readonly DocumentPart[] = [
  {
    file: 'plan.schema.json',
    heading: 'The partnership plan',
    intro: [
      'Only `name` and `partners` are required, so that a draft can be scored and the report can say what is missing. Score one with `target87 score plan.yaml`, `/score file` in the bot, or `scoreText(text)` in code.',
    ],
    beyondTheSchema: [
      'A name that refers to a partner (`aim.agreedBy`, `interventions[].lead` and `supporting`, `baseline.by`, `monitoring.responsible`, `indicators[].owner`, `leader.organisation`, `leadInstitution.name`, `coordination.hostedBy`, `nationalFocalPoint.institution`, `safeguards.*.responsible`) must be written exactly as in `partners`; the closest name is suggested.',
      '`interventions[].targetGroups` must name groups in `targetGroups`, and `localOutreachPartners[].areas` areas in `areas`.',
      'No partner may be listed twice, and no criterion set aside twice.',
      '`notApplicable` may only set aside criteria that may not apply (the last column of [Criterion ids](#criterion-ids)).',
      'A value still holding a template placeholder such as `<Partner 1>` is refused, so that an unfinished copy is not scored.',
    ],
  },
  {
    file: 'self-assessment.schema.json',
    heading: 'The quick self-assessment',
    intro: [
      "The make-up decides the criteria its facts cover by the method's own rules (see [docs/scoring.md](scoring.md#the-make-up-of-a-self-assessment)). Score one, or several raters together, with `target87 score a.yaml b.yaml`; `/score quick` in the bot asks the same questions.",
    ],
    beyondTheSchema: [
      'A `not-applicable` answer needs a `reason`, and only criteria that may not apply can take it.',
      'No criterion may be answered twice.',
    ],
  },
  {
    file: 'scoring-profile.schema.json',
    heading: 'The scoring profile',
    intro: [
      'The default profile and what each weight means are in [docs/scoring.md](scoring.md#your-own-profile). Use a profile with `target87 score plan.yaml --profile profile.json`, or `parseScoringProfileText(text)` in code.',
    ],
    beyondTheSchema: [
      'After merging over the default, at least one group needs a weight above 0, the bands must rise (medium below high, high below very-high), and no two gates may share an id.',
    ],
  },
];

const schemaUrl = (file: PublishedSchemaFile): string => String(generateJsonSchema(file).$id);

const examplePlan = `# yaml-language-server: $schema=${schemaUrl('plan.schema.json')}
name: Kiln watch
aim:
  statement: No child works in the district's brick kilns by 2028.
  exploitation: [child-labour]
partners:
  - name: Ministry of Labour
    actorType: government
    ministry: labour
    responsibilities: [Labour inspection of the kilns]
  - name: Kiln Workers' Union
    actorType: workers-organisation
  - name: Safe Futures
    actorType: ngo
interventions:
  - name: Kiln inspections
    type: monitoring-enforcement
    level: outreach
    places: [destination]
    lead: Ministry of Labour
    supporting: [Kiln Workers' Union]
funding:
  sources:
    - funder: Ministry of Labour
      status: secured
      amount: NPR 4 million
`;

const exampleSelfAssessment = `# yaml-language-server: $schema=${schemaUrl('self-assessment.schema.json')}
partnership: Kiln watch
rater: { name: Programme manager, organisation: Safe Futures }
makeUp:
  actorTypes: [government, workers-organisation, ngo]
answers:
  - criterion: work.shared-aim
    answer: yes
  - criterion: facilitate.funding
    answer: partly
    note: The ministry's share is secured; the rest is still sought.
  - criterion: pathfinder.un-agencies
    answer: not-applicable
    reason: No UN agency works in the district.
`;

const exampleProfile = `{
  "$schema": "${schemaUrl('scoring-profile.schema.json')}",
  "id": "labour-inspectorate",
  "title": "Labour inspectorate",
  "groupWeights": { "matrix": 18 },
  "criterionWeights": { "work.monitoring": 2 },
  "bands": { "high": 70 }
}
`;

/** The example documents the page shows, which its test checks are valid. */
export const planFormatExamples = {
  plan: examplePlan,
  selfAssessment: exampleSelfAssessment,
  profile: exampleProfile,
} as const;

const fence = (language: string, text: string): string =>
  `\`\`\`${language}\n${text.trimEnd()}\n\`\`\``;

const documentText = (part: DocumentPart): string => {
  const schema = generateJsonSchema(part.file);
  const sections = schemaSections(schema);
  return [
    `## ${part.heading}`,
    ...(schema.description === undefined ? [] : [schema.description]),
    ...part.intro,
    `JSON Schema: \`@target87/core/schema/${part.file}\`, also at <${schemaUrl(part.file)}>.`,
    ...sections.map((s) => sectionText(s, headingOf(s.path))),
    `### What reading it also checks`,
    part.beyondTheSchema.map((rule) => `- ${rule}`).join('\n'),
  ].join('\n\n');
};

const criterionIdsText = (): string =>
  [
    '## Criterion ids',
    'The criteria a plan is checked against and a self-assessment answers, in report order. What each asks and where it comes from is in [docs/scoring.md](scoring.md#the-criteria).',
    [
      '| id | criterion | may not apply |',
      '| --- | --- | --- |',
      ...criteria.map(
        (c) => `| ${code(c.id)} | ${cell(c.title)} | ${c.mayBeNotApplicable ? 'yes' : 'no'} |`,
      ),
    ].join('\n'),
  ].join('\n\n');

/**
 * The plan-format page (docs/plan-format.md) as Markdown: how to get completion in an editor,
 * short examples, then every field of the plan, the quick self-assessment and the scoring profile,
 * from their JSON Schemas. Pure; the generator formats it with Prettier and writes it.
 */
export const renderPlanFormatDoc = (): string =>
  [
    '<!-- Generated from the zod schemas by packages/core/scripts/generate-partnership-files.ts. Do not edit: change the schemas (descriptions are their .meta) and run `pnpm --filter @target87/core generate`. -->',
    '# The plan format',
    '`@target87/core` reads three kinds of document, in YAML or JSON: a **partnership plan**, a **quick self-assessment** and a **scoring profile**. This page lists every field of each, generated from the same schemas the library checks documents with, so it cannot disagree with them.',
    'Reading a document reports every problem at once, each with its place in the file (`partners[1].actorType`, line and column) and, where one is close, a suggestion. Unknown fields are refused, so a misspelt field name is caught rather than ignored.',
    '## Completion and checking in your editor',
    'Each kind of document has a JSON Schema, published with the package:',
    documents
      .map(
        (part) =>
          `- ${part.heading.replace(/^The /, '')}: \`@target87/core/schema/${part.file}\` (in a project: \`node_modules/@target87/core/schema/${part.file}\`), also at <${schemaUrl(part.file)}>.`,
      )
      .join('\n'),
    "In YAML, start the file with a `# yaml-language-server` line, as below. VS Code with Red Hat's YAML extension, and other editors that run the YAML language server, then complete field names and values, show each field's description, and underline mistakes as you type:",
    fence(
      'yaml',
      `# yaml-language-server: $schema=${schemaUrl('plan.schema.json')}\nname: Kiln watch\npartners:\n  - name: Safe Futures\n    actorType: ngo`,
    ),
    'A path relative to the file works too: for a file at the root of a project that has installed the package, `$schema=./node_modules/@target87/core/schema/plan.schema.json`. In JSON, give the address in a `"$schema"` field, as in the profile example below.',
    'To match files by name instead, put this in `.vscode/settings.json`:',
    fence(
      'json',
      JSON.stringify(
        {
          'yaml.schemas': {
            './node_modules/@target87/core/schema/plan.schema.json': ['plans/*.yaml'],
            './node_modules/@target87/core/schema/self-assessment.schema.json': [
              'self-assessments/*.yaml',
            ],
          },
          'json.schemas': [
            {
              fileMatch: ['profiles/*.json'],
              url: './node_modules/@target87/core/schema/scoring-profile.schema.json',
            },
          ],
        },
        null,
        2,
      ),
    ),
    'In code, `planJsonSchema()`, `selfAssessmentJsonSchema()` and `scoringProfileJsonSchema()` return the same schemas.',
    '## Short examples',
    'A plan: three kinds of partner, one intervention, secured funding. `target87 score --template` prints a template with every field and a comment on each; `packages/core/examples/` has complete plans.',
    fence('yaml', examplePlan),
    'A quick self-assessment with part of the make-up and three answers (a criterion left out counts as no):',
    fence('yaml', exampleSelfAssessment),
    'A scoring profile that changes one group weight, one criterion weight and one band:',
    fence('json', exampleProfile),
    '## How to read the tables',
    [
      '- **text** may not be blank; **any text** may be.',
      '- **required** means required whenever the object it belongs to is given: `aim.statement` is required only in a plan that has an `aim`.',
      "- A **list of objects** is written as a YAML list (`- name: ...`); each item's fields are in the table for `path[]`.",
      '- **per key** means an object whose keys are given, each optional: `groupWeights: { matrix: 18 }`.',
    ].join('\n'),
    ...documents.map(documentText),
    criterionIdsText(),
  ].join('\n\n') + '\n';
