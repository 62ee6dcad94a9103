import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStructuredText } from '@target87/core';
import { describe, expect, it } from 'vitest';
import { configVariables, readConfig } from '../src/config.js';
import { HealthBody, isReady } from '../src/health.js';
import { mainArgs } from './harness.js';

// docs/operating-the-bot.md describes what the bot does; these tests hold it to the code, so
// the page cannot drift: its variables, its error output, its health bodies, its log messages,
// its Compose file and its command line.

const appDir = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(appDir, '../../docs/operating-the-bot.md'), 'utf8');

/** The text of the `## heading` section, up to the next `## `. */
const section = (heading: string): string => {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs/operating-the-bot.md has no "## ${heading}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
};

/** The fenced blocks of a piece of Markdown, with their language. */
const blocks = (markdown: string): { lang: string; code: string }[] =>
  [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? '',
    code: m[2] ?? '',
  }));

/** The first cell of each row of the first table in a piece of Markdown. */
const firstColumn = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|')[1]?.trim() ?? '');

const sourceText = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

describe('docs/operating-the-bot.md', () => {
  it('documents every variable config.ts reads, and no other', () => {
    const documented = firstColumn(section('Environment variables')).map((cell) =>
      cell.replaceAll('`', ''),
    );
    expect(documented).toEqual([...configVariables]);
  });

  it('shows exactly what the bot prints for the misconfigured start it gives', async () => {
    const [command, output] = blocks(section('Environment variables'));
    const assignments = [...(command?.code ?? '').matchAll(/\b([A-Z_]+)=(\S+)/g)];
    expect(assignments.length).toBeGreaterThan(0);
    const child = spawn(process.execPath, mainArgs, {
      cwd: appDir,
      env: {
        PATH: process.env['PATH'],
        ...Object.fromEntries(assignments.map((m) => [m[1] ?? '', m[2] ?? ''])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(errors).toBe(output?.code);
  });

  it('gives health bodies the endpoints could answer, ready exactly when they say so', () => {
    const bodies = blocks(section('Health endpoints')).filter((b) => b.lang === 'json');
    expect(bodies.length).toBeGreaterThan(1);
    for (const { code } of bodies) {
      const body = HealthBody.parse(JSON.parse(code));
      expect(body.status === 'ready').toBe(isReady({ ...body, stopping: false }));
    }
  });

  it('names only log messages the bot writes, and shows a real log line', () => {
    const logging = section('Logging');
    const source = sourceText(join(appDir, 'src'));
    const messages = firstColumn(logging.slice(logging.indexOf('| `msg`'))).flatMap((cell) =>
      [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
    );
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) expect(source).toContain(`'${message}'`);
    const [line] = blocks(logging).filter((b) => b.lang === 'json');
    const fields = JSON.parse(line?.code ?? '') as Record<string, unknown>;
    expect(fields).toMatchObject({ app: 'target87-bot', msg: 'answered', outcome: 'answered' });
    expect([typeof fields['interactionId'], typeof fields['shard']]).toEqual(['string', 'number']);
  });

  it('splits the shards in its Compose file so that every shard runs exactly once', () => {
    const [compose] = blocks(section('Scaling up with sharding')).filter((b) => b.lang === 'yaml');
    const read = readStructuredText(compose?.code ?? '');
    if (read._tag === 'Left') throw new Error(JSON.stringify(read.left));
    const { services } = read.right.value as {
      services: Record<string, { environment: Record<string, string> }>;
    };
    // bot.env holds the token and application id.
    const botEnv = { DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '123456789012345678' };
    const plans = Object.values(services).map(({ environment }) => {
      const result = readConfig({ ...botEnv, ...environment });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.config.shards;
    });
    const counts = new Set(plans.map((plan) => plan?.count));
    expect(counts.size).toBe(1);
    const ids = plans.flatMap((plan) => (plan !== undefined && 'ids' in plan ? plan.ids : []));
    expect(ids.sort((a, b) => a - b)).toEqual(
      Array.from({ length: Number([...counts][0]) }, (_, i) => i),
    );
  });

  it('runs the bot under a supervisor with the command the shutdown test proves', () => {
    const command = `node ${mainArgs.join(' ')}`;
    const supervisor = section('Running under a supervisor');
    expect(blocks(supervisor)[0]?.code.trim()).toBe(command);
    expect(supervisor).toContain(`ExecStart=/usr/bin/${command}`);
    expect(supervisor).toContain(
      `CMD ${JSON.stringify(['node', ...mainArgs])}`.replaceAll(',', ', '),
    );
  });
});
