import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/);

/**
 * The environment the bot reads, validated once at start-up. The token is only ever passed to
 * discord.js; no message or log line repeats it.
 */
const Env = z.object({
  DISCORD_TOKEN: z.string().trim().min(1),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url().optional(),
  HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The bot's settings, read from the environment by {@link readConfig}. */
export const BotConfig = z.strictObject({
  token: z.string().min(1),
  applicationId: snowflake,
  /** Register commands in this guild only: instant updates, for development. */
  guildId: snowflake.optional(),
  /** Where Discord's REST API lives, as discord.js' `rest.api` (`…/api`); tests point it at a fake. */
  apiUrl: z.url().optional(),
  /** Port for the loopback `/healthz` and `/readyz`; 0 picks a free one, unset turns them off. */
  healthPort: z.int().min(0).max(65_535).optional(),
  logLevel: Env.shape.LOG_LEVEL,
});
export type BotConfig = z.infer<typeof BotConfig>;

// What each variable is, for messages that say what to do, never what the value was.
const explain: Readonly<Record<string, string>> = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_APPLICATION_ID:
    'the application id, 17 to 20 digits (Developer Portal → General Information)',
  DISCORD_GUILD_ID:
    'a server id, 17 to 20 digits (Discord: right-click the server → Copy Server ID)',
  DISCORD_API_URL: 'a URL such as http://127.0.0.1:8080/api',
  HEALTH_PORT: 'a port number from 0 to 65535',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
};

/**
 * Reads and checks the bot's settings. Every problem is reported, each naming its variable and
 * what it should hold; values are never echoed, so a mistyped token cannot leak into a log.
 *
 * @example
 * const result = readConfig(process.env);
 * if (!result.ok) console.error(result.problems.join('\n'));
 */
export const readConfig = (
  env: Readonly<Record<string, string | undefined>>,
):
  | { readonly ok: true; readonly config: BotConfig }
  | { readonly ok: false; readonly problems: readonly string[] } => {
  // Empty values count as unset, as most shells and .env files mean them.
  const present = Object.fromEntries(
    Object.keys(Env.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? [] : [[key, value]];
    }),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    return {
      ok: false,
      problems: names.map((name) =>
        name in present
          ? `${name} is not valid: it should be ${explain[name] ?? 'set'}.`
          : `${name} is missing: set it to ${explain[name] ?? 'a value'}.`,
      ),
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      logLevel: e.LOG_LEVEL,
      ...(e.DISCORD_GUILD_ID === undefined ? {} : { guildId: e.DISCORD_GUILD_ID }),
      ...(e.DISCORD_API_URL === undefined ? {} : { apiUrl: e.DISCORD_API_URL }),
      ...(e.HEALTH_PORT === undefined ? {} : { healthPort: e.HEALTH_PORT }),
    },
  };
};
