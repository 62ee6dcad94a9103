// The release test: does what a maintainer does, on a copy of this working tree (uncommitted edits
// included, the real tree never touched), against a throw-away local registry, then installs the
// result the way a user does.
//
//   1. copy the tree, `pnpm install --frozen-lockfile --offline`, start the registry
//   2. release 1, the next real release: every pending changeset plus one bumping @target87/core
//      minor; `pnpm version-packages`, check versions and changelogs; `pnpm release` (build and
//      `changeset publish`) to the registry; check what the registry holds
//   3. release 2, a later fix to the core alone: a core patch, which must bump @target87/cli too
//      (it depends on the core) while the private bot is never versioned nor published;
//      `pnpm changeset publish` puts both on top of release 1
//   4. in a fresh project outside the workspace, `npm install @target87/core @target87/cli` from
//      the registry and run the README's library example as ESM and CommonJS, check its types
//      under moduleResolution node16 and bundler, and run `target87 --help`
//
// Run: `pnpm test:release` (or `node scripts/release-test.mjs`). Prints each step with its time,
// then PASS; any failure stops it with a plain message and a non-zero exit. The registry and the
// temporary folders are removed whatever happens.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { lstatSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bumpVersion, largerBump, pendingBumps } from './release/changesets.mjs';
import { readmeLibraryExample } from './release/readme-example.mjs';
import { startRegistry } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'target87-release-'));
const repo = join(work, 'repo');
const app = join(work, 'app');
const typescriptVersion = '5.9.3';

const packages = {
  core: { name: '@target87/core', dir: 'packages/core' },
  cli: { name: '@target87/cli', dir: 'packages/cli' },
  bot: { name: '@target87/bot', dir: 'apps/bot' },
};

// ---------------------------------------------------------------------------------------------
// Running commands and steps

const running = new Set();

/** The environment for child commands: no registry settings inherited from whoever started us. */
const cleanEnv = (extra = {}) => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_config_(registry|@target87:registry|\/\/.*)$/i.test(key),
    ),
  ),
  // Every run has a new registry, possibly on a port an earlier run used: never trust cached
  // metadata for it (npm still takes tarballs from its cache by integrity).
  npm_config_prefer_online: 'true',
  ...extra,
});

/** Runs a command, resolving with its output; rejects with the command and its output's end. */
const run = (command, args, { cwd, env = cleanEnv() }) =>
  new Promise((done, fail) => {
    // Its own process group, so stopping it also stops what it started (pnpm → tsup → esbuild).
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) return done(output);
      const tail = output.trimEnd().split('\n').slice(-40).join('\n');
      const where = cwd.replace(work, '<tmp>');
      fail(
        new Error(
          `\`${command} ${args.join(' ')}\` (in ${where}) failed with ${signal ?? `exit code ${code}`}:\n${tail}`,
        ),
      );
    });
  });

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
let currentStep = 'start';

const step = async (title, action) => {
  currentStep = title;
  console.log(`\n▶ ${title}`);
  const started = performance.now();
  const result = await action();
  console.log(`✓ ${title} (${seconds(started)} s)`);
  return result;
};

const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifestOf = (pkg) => readJson(join(repo, pkg.dir, 'package.json'));
const versionsNow = () =>
  Object.fromEntries(Object.entries(packages).map(([key, pkg]) => [key, manifestOf(pkg).version]));

// ---------------------------------------------------------------------------------------------
// 1. The copy and the registry

/** Tracked files plus untracked, not-ignored ones, as they are on disk now. */
const copyWorkingTree = () => {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
  );
  let copied = 0;
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const source = join(root, file);
    // Deleted but not yet committed: the copy should not have it either.
    if (!existsSync(source) || !lstatSync(source).isFile()) continue;
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(source, join(repo, file));
    copied++;
  }
  console.log(`  ${copied} files copied to ${repo}`);
};

const installWorkspace = async () => {
  try {
    await run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: repo });
  } catch {
    console.log('  the pnpm store lacks something: installing online');
    await run('pnpm', ['install', '--frozen-lockfile'], { cwd: repo });
  }
};

// ---------------------------------------------------------------------------------------------
// 2, 3. A release, as a maintainer cuts one

/** A changeset file, as `pnpm changeset` writes one. */
const addChangeset = (name, bumps, summary) => {
  const frontmatter = Object.entries(bumps).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(
    join(repo, '.changeset', `${name}.md`),
    ['---', ...frontmatter, '---', '', summary, ''].join('\n'),
  );
};

/** The section of a CHANGELOG.md for one version. */
const changelogSection = (pkg, version) => {
  const file = join(repo, pkg.dir, 'CHANGELOG.md');
  check(existsSync(file), `${pkg.dir}/CHANGELOG.md was not written`);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`## ${version}\n`);
  check(start >= 0, `${pkg.dir}/CHANGELOG.md has no "## ${version}" section`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
};

const versionPackages = async (summary) => {
  const before = versionsNow();
  const bumps = pendingBumps(repo);
  check(!bumps.has(packages.bot.name), 'A pending changeset bumps the private @target87/bot');
  const coreBump = bumps.get(packages.core.name);
  // changesets reads `workspace:*` as the core's current version exactly, so any core release
  // falls outside it and bumps the CLI (patch); pnpm publishes it as the new exact version.
  const coreRange = manifestOf(packages.cli).dependencies?.[packages.core.name];
  check(
    coreRange === 'workspace:*',
    `packages/cli depends on the core with "${coreRange}": this test expects "workspace:*" (an exact pin); update its expected versions`,
  );
  const cliBump = largerBump(bumps.get(packages.cli.name), coreBump ? 'patch' : undefined);
  const expected = {
    core: bumpVersion(before.core, coreBump),
    cli: bumpVersion(before.cli, cliBump),
    bot: before.bot,
  };
  const lockfile = readFileSync(join(repo, 'pnpm-lock.yaml'), 'utf8');

  await run('pnpm', ['version-packages'], { cwd: repo });

  const after = versionsNow();
  for (const key of Object.keys(packages)) {
    check(
      after[key] === expected[key],
      `${packages[key].name} is at ${after[key]} after changeset version, expected ${expected[key]} (was ${before[key]})`,
    );
  }
  console.log(
    `  core ${before.core} → ${after.core}, cli ${before.cli} → ${after.cli}, bot stays ${after.bot}`,
  );

  check(
    changelogSection(packages.core, after.core).includes(summary),
    `packages/core/CHANGELOG.md's ${after.core} section lacks the changeset's text "${summary}"`,
  );
  check(
    changelogSection(packages.cli, after.cli).includes(`${packages.core.name}@${after.core}`),
    `packages/cli/CHANGELOG.md's ${after.cli} section does not name ${packages.core.name}@${after.core}`,
  );
  check(
    manifestOf(packages.cli).dependencies?.[packages.core.name] === coreRange,
    `changeset version rewrote the CLI's "${coreRange}" dependency on the core`,
  );
  check(
    !existsSync(join(repo, packages.bot.dir, 'CHANGELOG.md')),
    'changeset version wrote a CHANGELOG.md for the private bot',
  );
  const left = readdirSync(join(repo, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  );
  check(left.length === 0, `changeset version left changesets behind: ${left.join(', ')}`);
  check(
    readFileSync(join(repo, 'pnpm-lock.yaml'), 'utf8') === lockfile,
    'pnpm version-packages changed pnpm-lock.yaml: `pnpm install --frozen-lockfile` would fail on the versioned commit',
  );
  return after;
};

const fetchPackument = async (registry, name) => {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry.url));
  if (response.status === 404) return undefined;
  check(response.ok, `The registry answered ${response.status} for ${name}`);
  return response.json();
};

/** Publishes with `pnpm <script...>` from the copy, then checks what the registry holds. */
const publish = async (registry, token, versions, script) => {
  // What a maintainer's .npmrc holds for the real registry: where the scope goes and a token.
  const npmrc = join(repo, '.npmrc');
  const original = readFileSync(npmrc, 'utf8');
  writeFileSync(npmrc, `${original.trimEnd()}\n${registry.npmrcFor(token)}`);
  try {
    // changesets asks `npm info` through npm_config_registry, not the .npmrc: point both here, so
    // nothing in this test can ever reach the public registry.
    await run('pnpm', script, {
      cwd: repo,
      env: cleanEnv({
        npm_config_registry: registry.url,
        'npm_config_@target87:registry': registry.url,
      }),
    });
  } finally {
    writeFileSync(npmrc, original);
  }

  for (const key of ['core', 'cli']) {
    const { name } = packages[key];
    const packument = await fetchPackument(registry, name);
    check(packument, `${name} is not in the registry after changeset publish`);
    const published = packument.versions[versions[key]];
    check(
      published,
      `${name}@${versions[key]} is not in the registry (it has ${Object.keys(packument.versions).join(', ')})`,
    );
    check(
      packument['dist-tags'].latest === versions[key],
      `${name}'s latest tag is ${packument['dist-tags'].latest}, expected ${versions[key]}`,
    );
    const ranges = JSON.stringify([published.dependencies, published.peerDependencies]);
    check(
      !ranges.includes('workspace:'),
      `${name}@${versions[key]} was published with a workspace: range: ${ranges}`,
    );
    check(
      !JSON.stringify(published.exports).includes('@target87/source'),
      `${name}@${versions[key]} exports the @target87/source condition: publishConfig was not applied`,
    );
  }
  const cli = (await fetchPackument(registry, packages.cli.name)).versions[versions.cli];
  check(
    cli.dependencies?.[packages.core.name] === versions.core,
    `${packages.cli.name}@${versions.cli} depends on core ${cli.dependencies?.[packages.core.name]}, expected exactly ${versions.core}`,
  );
  check(
    (await fetchPackument(registry, packages.bot.name)) === undefined,
    'The private @target87/bot was published',
  );
  console.log(
    `  registry: ${packages.core.name}@${versions.core}, ${packages.cli.name}@${versions.cli}; no bot`,
  );
};

// ---------------------------------------------------------------------------------------------
// 4. A user's fresh project

const tsconfig = (compilerOptions, files) =>
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        target: 'es2022',
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  );

const installFromRegistry = async (registry, versions) => {
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'release-smoke', private: true }),
  );
  // Only the scope comes from the local registry; everything else from the usual one.
  writeFileSync(join(app, '.npmrc'), `@target87:registry=${registry.url}\n`);
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      packages.core.name,
      packages.cli.name,
      `typescript@${typescriptVersion}`,
    ],
    { cwd: app },
  );
  for (const key of ['core', 'cli']) {
    const installed = readJson(
      join(app, 'node_modules', packages[key].name, 'package.json'),
    ).version;
    check(
      installed === versions[key],
      `npm installed ${packages[key].name}@${installed}, expected ${versions[key]}`,
    );
  }
  check(
    !existsSync(join(app, 'node_modules', packages.cli.name, 'node_modules', packages.core.name)),
    'npm installed a second copy of the core for the CLI: its pin does not match the latest core',
  );
};

const runReadmeExample = async () => {
  const example = readmeLibraryExample(root);
  writeFileSync(join(app, 'example.mjs'), example.esm);
  writeFileSync(join(app, 'example.cjs'), example.cjs);
  const [esm, cjs] = await Promise.all([
    run('node', ['example.mjs'], { cwd: app }),
    run('node', ['example.cjs'], { cwd: app }),
  ]);
  for (const [kind, output] of [
    ['ESM', esm],
    ['CommonJS', cjs],
  ]) {
    for (const line of example.expected) {
      check(
        output.includes(line),
        `The README example as ${kind} did not print "${line}":\n${output}`,
      );
    }
  }
  check(
    esm === cjs,
    `The README example printed different things as ESM and as CommonJS:\n${esm}\n---\n${cjs}`,
  );
  console.log(esm.trimEnd().replace(/^/gm, '  '));
};

const checkTypes = async () => {
  const { typed } = readmeLibraryExample(root);
  // The CLI is ESM only: its types are checked from the ES module files.
  const withCli = `${typed}\nimport type { Io } from '@target87/cli';\nexport type CliIo = Io;\n`;
  writeFileSync(join(app, 'typed.mts'), withCli);
  writeFileSync(join(app, 'typed.cts'), typed); // compiled to require(): resolves index.d.cts
  writeFileSync(join(app, 'typed.ts'), withCli);
  writeFileSync(
    join(app, 'tsconfig.node16.json'),
    tsconfig({ module: 'node16', moduleResolution: 'node16' }, ['typed.mts', 'typed.cts']),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    tsconfig({ module: 'preserve', moduleResolution: 'bundler' }, ['typed.ts']),
  );
  const tsc = join(app, 'node_modules', '.bin', 'tsc');
  await Promise.all([
    run(tsc, ['-p', 'tsconfig.node16.json'], { cwd: app }),
    run(tsc, ['-p', 'tsconfig.bundler.json'], { cwd: app }),
  ]);
};

const runCliHelp = async () => {
  const help = await run(join(app, 'node_modules', '.bin', 'target87'), ['--help'], { cwd: app });
  check(help.includes('Usage: target87'), `target87 --help did not print its usage:\n${help}`);
  console.log(`  ${help.split('\n')[0]}`);
};

// Editors and validators load the published JSON Schemas through the exports map.
const resolveSchemas = async () => {
  const title = await run(
    'node',
    ['-p', "require('@target87/core/schema/plan.schema.json').title"],
    { cwd: app },
  );
  check(title.trim() !== 'undefined', 'plan.schema.json resolved but has no title');
  console.log(`  @target87/core/schema/plan.schema.json: ${title.trim()}`);
};

// ---------------------------------------------------------------------------------------------

let registry;
let removingRepo;
const cleanUp = async () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // It ended meanwhile.
    }
  }
  await registry?.stop();
  await removingRepo?.catch(() => undefined);
  await rm(work, { recursive: true, force: true });
};

const onSignal = (signal, code) =>
  process.once(signal, () => {
    console.error(`\n✗ release test interrupted (${signal}) during "${currentStep}"`);
    void cleanUp().finally(() => process.exit(code));
  });
onSignal('SIGINT', 130);
onSignal('SIGTERM', 143);

const main = async () => {
  const runId = randomUUID().slice(0, 8);

  await step('Copy the working tree (without node_modules, dist, .tmp)', copyWorkingTree);
  await step('pnpm install --frozen-lockfile --offline; start the local registry', () =>
    Promise.all([startRegistry().then((local) => (registry = local)), installWorkspace()]),
  );
  console.log(`  registry at ${registry.url}`);
  const token = await registry.addUser('release-test');

  const firstSummary = `Release test ${runId}: a new core feature.`;
  addChangeset('release-test-core-minor', { [packages.core.name]: 'minor' }, firstSummary);
  const first = await step(
    'Release 1: pnpm version-packages (pending changesets + a core minor)',
    () => versionPackages(firstSummary),
  );
  await step('Release 1: pnpm release (build, changeset publish) to the local registry', () =>
    publish(registry, token, first, ['release']),
  );

  const secondSummary = `Release test ${runId}: a core fix.`;
  addChangeset('release-test-core-patch', { [packages.core.name]: 'patch' }, secondSummary);
  const second = await step(
    'Release 2: pnpm version-packages (a core patch only: the CLI follows)',
    () => versionPackages(secondSummary),
  );
  // Release 1's build serves release 2 (the sources did not change and no built file carries a
  // version), which saves a second build: most of this test's time.
  await step('Release 2: pnpm changeset publish to the local registry', () =>
    publish(registry, token, second, ['changeset', 'publish']),
  );
  // The copy is done with: delete it while the user's side runs.
  removingRepo = rm(repo, { recursive: true, force: true });

  await step('npm install @target87/core @target87/cli in a fresh project', () =>
    installFromRegistry(registry, second),
  );
  await step("Run the README's library example as ESM and as CommonJS", runReadmeExample);
  await step(
    `Check the types with tsc ${typescriptVersion}: node16 (ESM and CJS) and bundler`,
    checkTypes,
  );
  await step('Run the installed target87 --help', runCliHelp);
  await step('Resolve @target87/core/schema/plan.schema.json', resolveSchemas);
};

const started = performance.now();
try {
  await main();
} catch (error) {
  console.error(
    `\n✗ FAIL release test, at "${currentStep}":\n${error instanceof Error ? error.message : error}`,
  );
  await cleanUp();
  process.exit(1);
}
await step('Stop the registry, delete the temporary folders', cleanUp);
console.log(
  `\nPASS release test: versioned, published to a local registry and installed from it, in ${seconds(started)} s`,
);
