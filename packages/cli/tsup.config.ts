import { createTsupConfig } from '../../tsup.config.base.js';

export default createTsupConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
});
