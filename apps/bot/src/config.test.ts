import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const valid = {
  DISCORD_TOKEN: 'MTIz.secret-token-value',
  DISCORD_APPLICATION_ID: '123456789012345678',
};

describe('readConfig', () => {
  it('reads the required variables and leaves the optional ones out', () => {
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
});
