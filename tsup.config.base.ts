import { defineConfig, type Options } from 'tsup';

/** Shared tsup defaults: ES2022, source maps, no minification. */
export const tsupDefaults = {
  target: 'es2022',
  sourcemap: true,
} satisfies Options;

/** One bundled file per entry, ESM and CJS with declarations for both. */
export const createTsupConfig = (options: Options = {}) =>
  defineConfig({
    ...tsupDefaults,
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    treeshake: true,
    ...options,
  });
