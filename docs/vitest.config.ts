import { createProject } from '../vitest.shared.js';

// The docs' code samples (samples.test.ts) and the reader that finds them (codeBlocks.test.ts).
export default createProject('docs', {
  include: ['*.test.ts'],
  typecheck: { enabled: false },
  testTimeout: 60_000,
});
