import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { deployCommands, restFor } from '../src/deployCommands.js';
import { HealthBody } from '../src/health.js';
import { FakeDiscord } from './fake-discord/index.js';
import { mainArgs } from './harness.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));

describe('the bot as a process', () => {
  it(
    'connects with a token from the environment, runs its shards, serves /readyz, and exits cleanly on SIGTERM',
    { timeout: 30_000 },
    async () => {
      const fake = await FakeDiscord.start({ maxConcurrency: 2 });
      const child = spawn(process.execPath, mainArgs, {
        cwd: appDir,
        env: {
          PATH: process.env['PATH'],
          DISCORD_TOKEN: fake.botToken,
          DISCORD_APPLICATION_ID: fake.applicationId,
          DISCORD_API_URL: fake.restUrl,
          DISCORD_SHARD_COUNT: '2',
          HEALTH_PORT: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
      try {
        await deployCommands(
          restFor({ token: fake.botToken, apiUrl: fake.restUrl }),
          { applicationId: fake.applicationId, guildId: fake.guild.id },
          commands.map((c) => c.definition),
        );
        await expect
          .poll(() => output, { timeout: 20_000, interval: 100 })
          .toContain('connected to Discord');
        const health = /"health":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1] ?? '';
        const ready = await fetch(`${health}/readyz`);
        expect(ready.status).toBe(200);
        expect(HealthBody.parse(await ready.json())).toEqual({
          status: 'ready',
          shardCount: 2,
          shards: [
            { id: 0, status: 'ready' },
            { id: 1, status: 'ready' },
          ],
        });
        expect(fake.gateway.identified.map((i) => i.shard).sort()).toEqual([
          [0, 2],
          [1, 2],
        ]);
        expect((await fake.slash('help').reply()).embeds[0]?.title).toBe('Target 8.7 bot');
        child.kill('SIGTERM');
        const [code] = await exited;
        expect(code).toBe(0);
        expect(fake.gateway.closeCodes).toContain(1000);
        expect(output).toContain('"msg":"stopped"');
        expect(output).not.toContain(fake.botToken);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await fake.close();
      }
    },
  );

  it(
    'names the missing variable and exits 1 without a valid configuration',
    { timeout: 30_000 },
    async () => {
      const child = spawn(process.execPath, mainArgs, {
        cwd: appDir,
        env: { PATH: process.env['PATH'], DISCORD_TOKEN: 'some-token' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(errors).toMatch(/DISCORD_APPLICATION_ID is missing/);
      expect(errors).not.toContain('some-token');
    },
  );
});
