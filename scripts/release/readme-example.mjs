// The README's library example (the block after `<!-- example:library -->`), as a user would paste
// it into an ES module, into a CommonJS file, and into TypeScript, with the lines it must print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the example prints, taken from its `// ...` comments so README and check cannot drift. */
const expectedLinesOf = (source) =>
  [...source.matchAll(/console\.log\(.*\); \/\/ (.+)$/gm)].map((match) => match[1].trim());

/** The same imports written as `require` calls, the way a CommonJS user writes them. */
const toCommonJs = (esm) =>
  esm.replace(
    /^import (\* as (\w+)|\{([^}]*)\}) from '([^']+)';$/gm,
    (_, __, namespace, names, from) =>
      namespace
        ? `const ${namespace} = require('${from}');`
        : `const {${names}} = require('${from}');`,
  );

/**
 * A TypeScript line that only compiles if the published types are wrong: an `InstrumentId` is
 * branded, so a plain string must be rejected. If the types resolved to `any`, the directive
 * would be unused and `tsc` would fail, so a missing or untyped package cannot pass.
 */
const typesAreRealProbe = `
// @ts-expect-error An InstrumentId is branded: a plain string has to be parsed first.
getInstrument('C.138');
`;

/**
 * Reads the README's library example.
 *
 * @param {string} root the repository root holding README.md
 * @returns {{ esm: string, cjs: string, typed: string, expected: string[] }}
 */
export const readmeLibraryExample = (root) => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- example:library -->\s*```(?:js|ts)\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no block marked <!-- example:library -->');
  const esm = block[1];
  if (!/\bgetInstrument\b/.test(esm))
    throw new Error('The README library example no longer imports getInstrument');
  const expected = expectedLinesOf(esm);
  if (expected.length === 0)
    throw new Error('The README library example shows no output in `// ...` comments');
  return { esm, cjs: toCommonJs(esm), typed: esm + typesAreRealProbe, expected };
};
