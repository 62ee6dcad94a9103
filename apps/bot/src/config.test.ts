import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const valid = {
  DISCORD_TOKEN: 'MTIz.secret-token-value',
  DISCORD_APPLICATION_ID: '123456789012345678',
};

describe('readConfig', () => {
  it('reads the required variables and leaves the optional ones out (one shard, no health)', () => {
    expect(readConfig(valid)).toEqual({
      ok: true,
      config: {
        token: valid.DISCORD_TOKEN,
        applicationId: valid.DISCORD_APPLICATION_ID,
        logLevel: 'info',
      },
    });
  });

  it('reads the guild, the API URL and the health port when set', () => {
    const result = readConfig({
      ...valid,
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      HEALTH_PORT: '8080',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { guildId: '223456789012345678', apiUrl: 'http://127.0.0.1:9/api', healthPort: 8080 },
    });
  });

  it('names every missing variable and says what to put in it', () => {
    const result = readConfig({ DISCORD_TOKEN: '  ' });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^DISCORD_TOKEN is missing: set it to the bot token/),
        expect.stringMatching(/^DISCORD_APPLICATION_ID is missing: set it to the application id/),
      ],
    });
  });

  it('says which variable is invalid without repeating any value', () => {
    const result = readConfig({ ...valid, DISCORD_APPLICATION_ID: 'my-app', HEALTH_PORT: 'http' });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.problems.join('\n');
    expect(message).toMatch(/DISCORD_APPLICATION_ID is not valid/);
    expect(message).toMatch(/HEALTH_PORT is not valid/);
    expect(message).not.toContain('my-app');
    expect(message).not.toContain(valid.DISCORD_TOKEN);
  });

  it('runs every shard of a fixed count, or of the count Discord recommends', () => {
    expect(readConfig({ ...valid, DISCORD_SHARD_COUNT: '4' })).toMatchObject({
      ok: true,
      config: { shards: { count: 4, ids: [0, 1, 2, 3] } },
    });
    expect(readConfig({ ...valid, DISCORD_SHARD_COUNT: ' auto ' })).toMatchObject({
      ok: true,
      config: { shards: { count: 'auto' } },
    });
  });

  it('reads the shards this process runs as ids and ranges', () => {
    const shards = (ids: string) =>
      readConfig({ ...valid, DISCORD_SHARD_COUNT: '8', DISCORD_SHARD_IDS: ids });
    expect(shards('0-3')).toMatchObject({ config: { shards: { count: 8, ids: [0, 1, 2, 3] } } });
    expect(shards('0,2')).toMatchObject({ config: { shards: { ids: [0, 2] } } });
    expect(shards('6, 1-2, 2')).toMatchObject({ config: { shards: { ids: [1, 2, 6] } } });
  });

  it('refuses shard settings that processes could not agree on, naming what to fix', () => {
    const problems = (env: Record<string, string>): readonly string[] => {
      const result = readConfig({ ...valid, ...env });
      return result.ok ? [] : result.problems;
    };
    expect(problems({ DISCORD_SHARD_IDS: '0' })).toEqual([
      expect.stringMatching(/^DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT set to a number/),
    ]);
    expect(problems({ DISCORD_SHARD_COUNT: 'auto', DISCORD_SHARD_IDS: '0-1' })).toEqual([
      expect.stringMatching(/cannot be auto or left out/),
    ]);
    expect(problems({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1-3' })).toEqual([
      'DISCORD_SHARD_IDS names shard 2, 3, but DISCORD_SHARD_COUNT is 2: shard ids run from 0 to 1.',
    ]);
  });

  it('names every malformed shard variable at once', () => {
    for (const [count, ids] of [
      ['0', '3-1'],
      ['two', 'a'],
      ['70000', '0-'],
    ] as const) {
      const result = readConfig({ ...valid, DISCORD_SHARD_COUNT: count, DISCORD_SHARD_IDS: ids });
      expect(result).toEqual({
        ok: false,
        problems: [
          expect.stringMatching(/^DISCORD_SHARD_COUNT is not valid: it should be a whole number/),
          expect.stringMatching(/^DISCORD_SHARD_IDS is not valid: it should be the shards/),
        ],
      });
    }
  });

  it('listens for health probes on another address only with a port', () => {
    expect(readConfig({ ...valid, HEALTH_PORT: '8080', HEALTH_HOST: '0.0.0.0' })).toMatchObject({
      ok: true,
      config: { healthPort: 8080, healthHost: '0.0.0.0' },
    });
    expect(readConfig({ ...valid, HEALTH_PORT: '8080', HEALTH_HOST: '::' })).toMatchObject({
      config: { healthHost: '::' },
    });
    expect(readConfig({ ...valid, HEALTH_HOST: '0.0.0.0' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^HEALTH_HOST is set but HEALTH_PORT is not/)],
    });
    expect(readConfig({ ...valid, HEALTH_PORT: '1', HEALTH_HOST: 'every' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^HEALTH_HOST is not valid: it should be an IP address/)],
    });
  });
});
