// Checks the published packages the way a user receives them: packs each with pnpm (which applies
// publishConfig), lints the tarball (publint, attw), and checks packed sizes and tree-shaking
// against size-budgets.json. Installing and running them is the release test's job
// (scripts/release-test.mjs), from a real local registry.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPackedSizes, checkTreeShaking } from './size-check.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'check-package');
const packs = join(work, 'packs');
rmSync(work, { recursive: true, force: true });
mkdirSync(packs, { recursive: true });

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

console.log('Packages: packed, linted (publint, attw) and within their size budgets.');
