// Runs every benchmark in this folder in turn: `pnpm bench`.
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  await import(new URL(file, here).href);
}
