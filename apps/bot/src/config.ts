import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/);

/** The most shards the bot will plan for: far above any bot's need, low enough to catch typos. */
const maxShardCount = 65_535;

/** An address the health server may listen on: an IP address or `localhost`. */
const listenHost = z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]);

/**
 * Which shards this process runs: every shard of the count Discord recommends (`auto`), or the
 * listed `ids` out of a fixed `count` that every process of the bot agrees on.
 */
export const ShardPlan = z.union([
  z.strictObject({ count: z.literal('auto') }),
  z.strictObject({
    count: z.int().min(1).max(maxShardCount),
    ids: z
      .array(
        z
          .int()
          .min(0)
          .max(maxShardCount - 1),
      )
      .min(1),
  }),
]);
export type ShardPlan = z.infer<typeof ShardPlan>;

/** `0-3,6` → [0, 1, 2, 3, 6] (sorted, without repeats); undefined if a range runs backwards. */
const expandShardIds = (text: string): number[] | undefined => {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from = 0, to = from] = part.split('-').map(Number);
    if (to < from) return undefined;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
};

/**
 * The environment the bot reads, validated once at start-up. The token is only ever passed to
 * discord.js; no message or log line repeats it.
 */
const Env = z.object({
  DISCORD_TOKEN: z.string().trim().min(1),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url().optional(),
  DISCORD_SHARD_COUNT: z
    .string()
    .trim()
    .pipe(
      z.union([
        z.literal('auto'),
        z
          .string()
          .regex(/^[1-9]\d{0,4}$/)
          .transform(Number)
          .pipe(z.int().max(maxShardCount)),
      ]),
    )
    .optional(),
  DISCORD_SHARD_IDS: z
    .string()
    .transform((text) => text.replace(/\s+/g, ''))
    // Each id below the largest count, so expanding a range stays small.
    .pipe(z.string().regex(/^\d{1,5}(?:-\d{1,5})?(?:,\d{1,5}(?:-\d{1,5})?)*$/))
    .transform((text, context) => {
      const ids = expandShardIds(text);
      if (ids === undefined || ids.some((id) => id >= maxShardCount)) {
        context.addIssue({ code: 'custom', message: 'invalid shard ids' });
        return z.NEVER;
      }
      return ids;
    })
    .optional(),
  HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  HEALTH_HOST: listenHost.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Every environment variable the bot reads in Discord mode, in the order it checks them. */
export const configVariables = Object.keys(Env.shape) as readonly (keyof typeof Env.shape)[];

/** The bot's settings, read from the environment by {@link readConfig}. */
export const BotConfig = z.strictObject({
  token: z.string().min(1),
  applicationId: snowflake,
  /** Register commands in this guild only: instant updates, for development. */
  guildId: snowflake.optional(),
  /** Where Discord's REST API lives, as discord.js' `rest.api` (`…/api`); tests point it at a fake. */
  apiUrl: z.url().optional(),
  /** The shards this process runs; unset means the one shard of an unsharded bot. */
  shards: ShardPlan.optional(),
  /** Port for `/healthz` and `/readyz`; 0 picks a free one, unset turns them off. */
  healthPort: z.int().min(0).max(65_535).optional(),
  /** Address the health endpoints listen on; 127.0.0.1 unless set. */
  healthHost: listenHost.optional(),
  logLevel: Env.shape.LOG_LEVEL,
});
export type BotConfig = z.infer<typeof BotConfig>;

// What each variable is, for messages that say what to do, never what the value was.
const explain: Readonly<Record<keyof typeof Env.shape, string>> = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_APPLICATION_ID:
    'the application id, 17 to 20 digits (Developer Portal → General Information)',
  DISCORD_GUILD_ID:
    'a server id, 17 to 20 digits (Discord: right-click the server → Copy Server ID)',
  DISCORD_API_URL: 'a URL such as http://127.0.0.1:8080/api',
  DISCORD_SHARD_COUNT: `a whole number of shards from 1 to ${String(maxShardCount)}, or auto for the count Discord recommends`,
  DISCORD_SHARD_IDS:
    'the shards this process runs, as ids and ranges such as 0-3 or 0,2 (each range low to high)',
  HEALTH_PORT: 'a port number from 0 to 65535',
  HEALTH_HOST: 'an IP address to listen on, such as 127.0.0.1 (the default) or 0.0.0.0',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
};

/** Problems that involve two variables, each named with what to do. */
const crossProblems = (present: Readonly<Record<string, string>>): string[] => {
  const problems: string[] = [];
  const count = Env.shape.DISCORD_SHARD_COUNT.safeParse(present['DISCORD_SHARD_COUNT']);
  const ids = Env.shape.DISCORD_SHARD_IDS.safeParse(present['DISCORD_SHARD_IDS']);
  if (ids.success && ids.data !== undefined && count.success) {
    const total = count.data;
    if (typeof total !== 'number') {
      problems.push(
        'DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT set to a number: every process that runs part of the shards must use the same total, so it cannot be auto or left out.',
      );
    } else {
      const outside = ids.data.filter((id) => id >= total);
      if (outside.length > 0) {
        problems.push(
          `DISCORD_SHARD_IDS names shard ${outside.join(', ')}, but DISCORD_SHARD_COUNT is ${String(total)}: shard ids run from 0 to ${String(total - 1)}.`,
        );
      }
    }
  }
  if ('HEALTH_HOST' in present && !('HEALTH_PORT' in present)) {
    problems.push(
      'HEALTH_HOST is set but HEALTH_PORT is not: set HEALTH_PORT to serve the health endpoints, or unset HEALTH_HOST.',
    );
  }
  return problems;
};

const shardPlan = (
  count: number | 'auto' | undefined,
  ids: number[] | undefined,
): ShardPlan | undefined => {
  if (count === undefined) return undefined;
  if (count === 'auto') return { count };
  return { count, ids: ids ?? Array.from({ length: count }, (_, id) => id) };
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
  const present: Record<string, string> = Object.fromEntries(
    configVariables.flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? [] : [[key, value]];
    }),
  );
  const parsed = Env.safeParse(present);
  const names = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
  const problems = [
    ...names.map((name) => {
      const what = name in explain ? explain[name as keyof typeof explain] : 'a value';
      return name in present
        ? `${name} is not valid: it should be ${what}.`
        : `${name} is missing: set it to ${what}.`;
    }),
    ...crossProblems(present),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const e = parsed.data;
  const shards = shardPlan(e.DISCORD_SHARD_COUNT, e.DISCORD_SHARD_IDS);
  return {
    ok: true,
    config: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      logLevel: e.LOG_LEVEL,
      ...(e.DISCORD_GUILD_ID === undefined ? {} : { guildId: e.DISCORD_GUILD_ID }),
      ...(e.DISCORD_API_URL === undefined ? {} : { apiUrl: e.DISCORD_API_URL }),
      ...(shards === undefined ? {} : { shards }),
      ...(e.HEALTH_PORT === undefined ? {} : { healthPort: e.HEALTH_PORT }),
      ...(e.HEALTH_HOST === undefined ? {} : { healthHost: e.HEALTH_HOST }),
    },
  };
};
