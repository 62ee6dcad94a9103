// Checks the published packages the way a user receives them: packs each with pnpm (which applies
// publishConfig), lints the tarball (publint, attw), checks packed sizes and tree-shaking against
// size-budgets.json, installs the tarballs into a fresh project with npm, and runs the README's
// library example there as ESM and as CJS, with its types checked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPackedSizes, checkTreeShaking } from './size-check.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'check-package');
const packs = join(work, 'packs');
const app = join(work, 'app');
rmSync(work, { recursive: true, force: true });
mkdirSync(packs, { recursive: true });
mkdirSync(app, { recursive: true });

const run = (command, args, cwd, options = {}) => {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd.replace(root, '.')})`);
  return execFileSync(command, args, {
    cwd,
    stdio: options.capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
};
const bin = (name) => join(root, 'node_modules', '.bin', name);

const packages = [
  { dir: 'packages/core', name: '@target87/core', attwProfile: 'node16' },
  { dir: 'packages/cli', name: '@target87/cli', attwProfile: 'esm-only' },
];

const tarballs = {};
for (const pkg of packages) {
  const dir = join(root, pkg.dir);
  run('pnpm', ['pack', '--pack-destination', packs], dir, { capture: true });
  const tarball = readdirSync(packs).find((f) =>
    f.startsWith(pkg.name.replace('@', '').replace('/', '-')),
  );
  if (!tarball) throw new Error(`pnpm pack produced no tarball for ${pkg.name}`);
  tarballs[pkg.name] = join(packs, tarball);
  run(bin('publint'), ['--strict', tarballs[pkg.name]], dir);
  run(bin('attw'), [tarballs[pkg.name], '--profile', pkg.attwProfile], dir);
}

// Sizes, against the budgets written down in size-budgets.json (its note says how they were set).
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const sizeFailures = [
  ...checkPackedSizes({ tarballs, budgets: budgets.packages }),
  ...(await checkTreeShaking({
    root,
    work,
    tarball: tarballs['@target87/core'],
    budgets: budgets.bundles,
  })),
];
if (sizeFailures.length > 0)
  throw new Error(
    `Size checks failed (budgets in size-budgets.json):\n- ${sizeFailures.join('\n- ')}`,
  );

// The README's library example, exactly as written there.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /<!-- example:library -->\s*```(?:js|ts)\n([\s\S]*?)```/.exec(readme);
if (!block) throw new Error('README.md has no block marked <!-- example:library -->');
const esm = block[1];
const cjs = esm.replace(
  /^import (\* as (\w+)|\{([^}]*)\}) from '([^']+)';$/gm,
  (_, __, namespace, names, from) =>
    namespace
      ? `const ${namespace} = require('${from}');`
      : `const {${names}} = require('${from}');`,
);

writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true }, null, 2));
run(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    tarballs['@target87/core'],
    tarballs['@target87/cli'],
    'typescript@5.9.3',
  ],
  app,
);
writeFileSync(join(app, 'example.mjs'), esm);
writeFileSync(join(app, 'example.cjs'), cjs);
writeFileSync(join(app, 'example.mts'), esm);

const outputs = [
  run('node', ['example.mjs'], app, { capture: true }),
  run('node', ['example.cjs'], app, { capture: true }),
];
for (const output of outputs) {
  process.stdout.write(output);
  for (const expected of ['Minimum Age Convention, 1973 (No. 138)', '18 C.138 Art. 3(1)']) {
    if (!output.includes(expected))
      throw new Error(`The README example did not print "${expected}"`);
  }
}
if (outputs[0] !== outputs[1])
  throw new Error('The README example printed different things as ESM and as CJS');

// Types, as a TypeScript user resolves them (attw above checks the CJS side as well).
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      module: 'node16',
      moduleResolution: 'node16',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['example.mts'],
  }),
);
run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', '.'], app);

// The published JSON Schemas resolve through the exports map, for editors and validators.
const schema = run(
  'node',
  ['-p', "require('@target87/core/schema/plan.schema.json').title ?? 'untitled'"],
  app,
  { capture: true },
);
console.log(`plan.schema.json: ${schema.trim()}`);

// The command line, installed from its tarball.
const help = run(join(app, 'node_modules', '.bin', 'target87'), ['--help'], app, { capture: true });
if (!help.includes('Usage: target87')) throw new Error('target87 --help did not print its usage');
console.log('Packages: packed, linted, installed and run as ESM and CJS with types.');
