// A throw-away local npm registry (Verdaccio) for proving releases before they reach npm.
//
// It serves the @target87 scope and nothing else: no uplink, every other name is refused. Consumers
// point only the scope at it (`@target87:registry=<url>` in their .npmrc) and keep installing
// everything else from their usual registry and npm cache, so a test never re-downloads the world
// through a proxy, and a package of the same name on the public registry can never be mixed in.
//
// By hand: `node scripts/registry.mjs` prints the URL and a publish token; Ctrl-C stops it and
// deletes its storage. From code: `const registry = await startRegistry(); ... await registry.stop()`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const verdaccioBin = join(root, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
const host = '127.0.0.1';
const readyTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;

/** Verdaccio's config (JSON is valid YAML): the scope only, open to read, publish after login. */
const configFor = (dir, logLevel) => ({
  storage: join(dir, 'storage'),
  auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 100 } },
  packages: {
    '@target87/*': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
  },
  web: { enable: false },
  log: { type: 'stdout', format: 'pretty', level: logLevel },
});

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));

const answersPing = async (url) => {
  try {
    const response = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
};

/** Starts Verdaccio on `port` and resolves once it answers, or rejects with its output. */
const launch = async (dir, configFile, port, logLevel) => {
  const url = `http://${host}:${port}/`;
  const child = spawn(
    process.execPath,
    [verdaccioBin, '--config', configFile, '--listen', `${host}:${port}`],
    {
      stdio: ['ignore', logLevel === 'warn' ? 'pipe' : 'inherit', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let exitStatus;
  void exited.then((status) => (exitStatus = status));

  const deadline = Date.now() + readyTimeoutMs;
  while (!(await answersPing(url))) {
    if (exitStatus) {
      const reason = exitStatus.signal ?? `code ${exitStatus.code}`;
      return { ok: false, portTaken: output.includes('EADDRINUSE'), output, reason };
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      return { ok: false, portTaken: false, output, reason: `no answer in ${readyTimeoutMs} ms` };
    }
    await sleep(100);
  }
  return { ok: true, url, child, exited };
};

/**
 * Starts a private registry for the @target87 scope on 127.0.0.1, on a free port, with its config
 * and storage in a new temporary folder. Resolves once it answers `/-/ping`.
 *
 * `stop()` ends the process and deletes the folder; it also runs when this process exits, so a
 * failing caller cannot leave a registry behind.
 *
 * @param {{ logLevel?: 'warn' | 'http' }} [options] `http` logs every request to this terminal
 */
export const startRegistry = async ({ logLevel = 'warn' } = {}) => {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 20)
    throw new Error(`Verdaccio needs Node 20 or later, this is ${process.version}`);

  const dir = mkdtempSync(join(tmpdir(), 'target87-registry-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, JSON.stringify(configFor(dir, logLevel), null, 2));

  let started;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await launch(dir, configFile, await freePort(), logLevel);
    if (result.ok) {
      started = result;
      break;
    }
    // Another process can take the port between choosing it and Verdaccio binding it: try again.
    if (!result.portTaken || attempt === 3) {
      removeDir();
      throw new Error(`Verdaccio did not start (${result.reason}):\n${result.output}`);
    }
  }
  const { url, child, exited } = started;

  const killOnExit = () => {
    child.kill('SIGKILL');
    removeDir();
  };
  process.once('exit', killOnExit);

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
        await exited;
        clearTimeout(timer);
      }
      removeDir();
    })();
    return stopping;
  };

  /**
   * Creates a user (as `npm adduser` does) and returns its token for `//host:port/:_authToken`.
   *
   * @param {string} name
   */
  const addUser = async (name) => {
    const response = await fetch(
      new URL(`-/user/org.couchdb.user:${encodeURIComponent(name)}`, url),
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password: randomUUID() }),
      },
    );
    const body = await response.json();
    if (!response.ok || typeof body.token !== 'string')
      throw new Error(`Verdaccio refused to create user ${name}: ${JSON.stringify(body)}`);
    return body.token;
  };

  /** The .npmrc lines that send the scope, and a publish token, to this registry. */
  const npmrcFor = (token) =>
    [`@target87:registry=${url}`, `${url.replace(/^https?:/, '')}:_authToken=${token}`].join('\n') +
    '\n';

  return { url, dir, addUser, npmrcFor, stop };
};

const runByHand = async () => {
  const registry = await startRegistry({ logLevel: 'http' });
  const token = await registry.addUser('maintainer');
  console.log(`Local registry for @target87 at ${registry.url}
To publish to it and install from it, use these .npmrc lines (the token is for user "maintainer"):

${registry.npmrcFor(token)}
For \`pnpm changeset publish\`, also set npm_config_registry=${registry.url} so changesets asks it.
Ctrl-C stops it and deletes its storage (${registry.dir}).`);
  const shutDown = () => {
    void registry.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runByHand().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
