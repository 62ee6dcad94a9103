import { build } from 'esbuild';
import { defineConfig } from 'tsup';
import { tsupDefaults } from '../../tsup.config.base.js';

const entry = 'src/index.ts';

/** The source modules the public entry reaches: no test fixtures, no generator helpers. */
const publicModules = async (): Promise<string[]> => {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
};

// Bundlers tree-shake by module: with one ESM file per source module and `sideEffects: false`,
// a user who imports `parseInstrumentId` gets the conventions modules it reaches, not the
// knowledge base or the partnership scorer (scripts/size-check.mjs holds that to a budget).
// Node's `require` gets one bundled file, and both formats get one rolled-up declaration file.
export default defineConfig(async () => [
  {
    ...tsupDefaults,
    name: 'esm',
    entry: await publicModules(),
    format: ['esm'],
    bundle: false,
    // The only build that cleans, before anything is written; it leaves the CommonJS files alone.
    clean: ['!index.cjs*'],
  },
  { ...tsupDefaults, name: 'cjs', entry: [entry], format: ['cjs'] },
  { ...tsupDefaults, name: 'types', entry: [entry], format: ['esm', 'cjs'], dts: { only: true } },
]);
