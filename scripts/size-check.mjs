// Size checks on the packed packages, against the budgets in size-budgets.json:
// - tree-shaking: bundles one-function consumers of @target87/core with esbuild, resolving the
//   package through its published exports map as a user's bundler would, and fails when a bundle
//   outgrows its budget or takes in modules it must not (a conventions lookup must not drag in
//   the knowledge base or the partnership scorer);
// - packed size: the tarball and unpacked size of each published package.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

/** Where a bundled input comes from: `zod/v4/core/schemas.js`, `@target87/core/dist/knowledge/search.js`. */
const packagePath = (input) =>
  input.slice(input.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The package an input belongs to, or for @target87/core its module folder (`core/conventions`). */
const inputGroup = (input) => {
  const path = packagePath(input);
  const core = /^@target87\/core\/dist\/([^/]+)\//.exec(path);
  if (core) return `core/${core[1]}`;
  if (path.startsWith('@target87/core/')) return 'core';
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

const largest = (sizes, count) =>
  [...sizes.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${kilobytes(bytes)}`)
    .join(', ');

/** Bundles `export { ...imports } from '@target87/core'` (or `export *`) and reports what went in. */
const bundleConsumer = async ({ imports }, { resolveDir, nodePaths }) => {
  const contents =
    imports === '*'
      ? "export * from '@target87/core';"
      : `export { ${imports.join(', ')} } from '@target87/core';`;
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: 'consumer.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    nodePaths,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  // Only inputs that left code in the bundle count: esbuild reads every module an `export *`
  // reaches, and lists it in the metafile even when none of it is kept.
  const kept = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input, { bytesInOutput }]) => [packagePath(input), inputGroup(input), bytesInOutput]);
  const groups = new Map();
  for (const [, group, bytes] of kept) groups.set(group, (groups.get(group) ?? 0) + bytes);
  return {
    bytes: result.outputFiles[0].contents.length,
    files: new Map(kept.map(([path, , bytes]) => [path, bytes])),
    groups,
  };
};

/**
 * Unpacks the @target87/core tarball into `work/tree-shaking/node_modules` and bundles each consumer in the
 * budgets against it; the package's own dependencies resolve from its workspace folder.
 */
export const checkTreeShaking = async ({ root, work, tarball, budgets }) => {
  const consumer = join(work, 'tree-shaking');
  const installed = join(consumer, 'node_modules', '@target87', 'core');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const options = { resolveDir: consumer, nodePaths: [join(root, 'packages/core/node_modules')] };

  const bundles = [];
  for (const budget of budgets)
    bundles.push({ budget, ...(await bundleConsumer(budget, options)) });
  const whole = bundles.find(({ budget }) => budget.imports === '*')?.bytes;

  const failures = [];
  console.log('\nTree-shaking: @target87/core consumers bundled with esbuild (minified ESM)');
  for (const { budget, bytes, files, groups } of bundles) {
    const share =
      whole === undefined || budget.imports === '*'
        ? ''
        : `, ${percent(bytes, whole)} of the whole library`;
    console.log(
      `  ${budget.name}: ${bytes} bytes (${kilobytes(bytes)}${share}); budget ${budget.maxBytes}`,
    );
    console.log(`    by package: ${largest(groups, 6)}`);
    console.log(`    largest inputs: ${largest(files, 4)}`);
    if (bytes > budget.maxBytes)
      failures.push(
        `${budget.name} bundles to ${bytes} bytes, over its budget of ${budget.maxBytes}`,
      );
    for (const forbidden of budget.mustNotInclude ?? []) {
      const found = [...files.keys()].filter((path) => path.startsWith(forbidden));
      if (found.length > 0)
        failures.push(
          `${budget.name} takes in ${forbidden} (${found.slice(0, 3).join(', ')}${found.length > 3 ? ', ...' : ''})`,
        );
    }
  }
  return failures;
};

/** File sizes inside a .tgz, read from the tar headers (regular files only). */
const tarballEntries = (tarball) => {
  const tar = gunzipSync(readFileSync(tarball));
  const entries = [];
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('latin1')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = field(0, 100);
    if (type === '0' || type === '')
      entries.push({ path: prefix ? `${prefix}/${name}` : name, size });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
};

/** Prints each tarball's packed and unpacked size and checks both against the package's budget. */
export const checkPackedSizes = ({ tarballs, budgets }) => {
  const failures = [];
  console.log('\nPacked sizes');
  for (const [name, tarball] of Object.entries(tarballs)) {
    const budget = budgets[name];
    const packed = statSync(tarball).size;
    const entries = tarballEntries(tarball);
    const unpacked = entries.reduce((sum, { size }) => sum + size, 0);
    console.log(
      `  ${name}: packed ${packed} bytes (${kilobytes(packed)}), unpacked ${unpacked} bytes (${kilobytes(unpacked)}) in ${entries.length} files; budget ${budget?.maxPackedBytes ?? '-'} / ${budget?.maxUnpackedBytes ?? '-'}`,
    );
    if (!budget) {
      failures.push(`${name} has no budget in size-budgets.json`);
      continue;
    }
    if (packed > budget.maxPackedBytes)
      failures.push(
        `${name} packs to ${packed} bytes, over its budget of ${budget.maxPackedBytes}`,
      );
    if (unpacked > budget.maxUnpackedBytes)
      failures.push(
        `${name} unpacks to ${unpacked} bytes, over its budget of ${budget.maxUnpackedBytes}`,
      );
  }
  return failures;
};
