import { defineConfig, type Options } from 'tsup';

/** Shared tsup defaults: ESM and CJS with declarations for both, ES2022, no minification. */
export const createTsupConfig = (options: Options = {}) =>
  defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    ...options,
  });
