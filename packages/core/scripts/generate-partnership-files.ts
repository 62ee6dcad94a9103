// Regenerates the files derived from the partnership module's sources:
// - src/partnership/data/examples.ts: the example plans in examples/ as string constants, so that
//   code (the CLI's --template, the bot) can use them without reading files;
// - schema/*.schema.json: the JSON Schemas generated from the zod schemas;
// - docs/plan-format.md (at the repository root): every field of those schemas, for people.
// Run from packages/core: pnpm generate (or pnpm tsx scripts/generate-partnership-files.ts).
// The tests fail when any of them is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { publishedJsonSchemas } from '../src/partnership/jsonSchema.js';
import { renderExamplesModule } from '../src/partnership/examplesModule.js';
import { renderPlanFormatDoc } from '../src/partnership/planFormatDoc.js';

const root = new URL('..', import.meta.url);
const examples = Object.fromEntries(
  readdirSync(new URL('examples/', root))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(new URL(`examples/${f}`, root), 'utf8')]),
);

// Written as Prettier would, so that the generated files pass the format check as they are.
const write = async (relative: string, text: string) => {
  const url = new URL(relative, root);
  const filepath = fileURLToPath(url);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  writeFileSync(url, await prettier.format(text, { ...options, filepath }));
};
await write('src/partnership/data/examples.ts', renderExamplesModule(examples));
for (const [file, schema] of Object.entries(publishedJsonSchemas())) {
  await write(`schema/${file}`, JSON.stringify(schema, null, 2));
}
await write('../../docs/plan-format.md', renderPlanFormatDoc());
console.log(
  `Wrote ${String(Object.keys(examples).length)} examples, ${String(Object.keys(publishedJsonSchemas()).length)} schemas and docs/plan-format.md.`,
);
