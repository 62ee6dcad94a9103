import {
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  Options,
  Status,
  type ClientOptions,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnyCommand } from './commands/command.js';
import { commands as registry } from './commands/index.js';
import type { BotConfig, ShardPlan } from './config.js';
import { createCooldowns } from './cooldowns.js';
import { downloadText } from './discord/download.js';
import { createInteractionHandler } from './discord/interactions.js';
import { createPageStore } from './discord/pages.js';
import {
  startHealthServer,
  type HealthReport,
  type HealthServer,
  type ShardStatus,
} from './health.js';
import { createLogger } from './log.js';

/** What the bot is built from besides its config; defaults suit production, tests override. */
export interface BotDeps {
  readonly log?: Logger;
  readonly commands?: readonly AnyCommand[];
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
  /** Defer on a handler's behalf after this long (default 1500 ms, half of Discord's 3 s). */
  readonly autoDeferMs?: number;
  /** How long `stop()` waits for interactions in flight (default 10 s). */
  readonly drainTimeoutMs?: number;
}

/** A bot: the discord.js client, and how to start and stop it. */
export interface Bot {
  readonly client: Client;
  /**
   * Opens the health endpoints if configured (so probes answer while shards connect), logs in,
   * and resolves once every shard this process runs is ready.
   */
  readonly start: () => Promise<void>;
  /** Stops taking commands, finishes those in flight, then disconnects. Safe to call twice. */
  readonly stop: () => Promise<void>;
  /** The health server's base URL once started, if configured. */
  readonly healthUrl: () => string | undefined;
  /** The shards this process runs and their states, as the health endpoints report them. */
  readonly health: () => HealthReport;
}

/** Why the bot could not start, in words that say what to do. */
export class BotStartError extends Error {
  override readonly name = 'BotStartError';
}

const hasCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === code;

const tokenRefused =
  'Discord refused the token in DISCORD_TOKEN. Reset it in the Developer Portal (your application → Bot → Reset Token) and set DISCORD_TOKEN again.';

/** What to change after Discord closed a shard for good, by close code. */
const refusals: Readonly<Partial<Record<number, (which: string) => string>>> = {
  [GatewayCloseCodes.ShardingRequired]: (which) =>
    `Discord requires more shards (close code 4011): ${which} would hold more guilds than one connection may (2,500). Set DISCORD_SHARD_COUNT to auto or to a larger number, on every process.`,
  [GatewayCloseCodes.InvalidShard]: (which) =>
    `Discord refused ${which} (close code 4010, invalid shard). Check DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS.`,
  [GatewayCloseCodes.AuthenticationFailed]: () => tokenRefused,
};

/** Why Discord closed a shard for good, and what to change. */
const shardRefusal = (code: number, shard: number, count: number | undefined): string => {
  const which = `shard ${String(shard)}${count === undefined ? '' : ` of ${String(count)}`}`;
  return (
    refusals[code]?.(which) ??
    `Discord closed ${which} with code ${String(code)}, after which it cannot reconnect.`
  );
};

/** A shard Discord closed for good while the bot was starting. */
class ShardRefusedError extends Error {
  override readonly name = 'ShardRefusedError';
}

const shardStatusNames: Readonly<Record<Status, ShardStatus>> = {
  [Status.Ready]: 'ready',
  [Status.Connecting]: 'connecting',
  [Status.Reconnecting]: 'reconnecting',
  [Status.Idle]: 'idle',
  [Status.Nearly]: 'nearly',
  [Status.Disconnected]: 'disconnected',
  [Status.WaitingForGuilds]: 'waiting-for-guilds',
  [Status.Identifying]: 'identifying',
  [Status.Resuming]: 'resuming',
};

/** discord.js' `shards` and `shardCount` for a plan; no plan is one shard of one. */
const shardOptions = (
  plan: ShardPlan | undefined,
): Required<Pick<ClientOptions, 'shards'>> & Pick<ClientOptions, 'shardCount'> => {
  if (plan === undefined) return { shards: [0], shardCount: 1 };
  if (plan.count === 'auto') return { shards: 'auto' };
  return { shards: plan.ids, shardCount: plan.count };
};

/**
 * Resolves when the client is ready (every shard it runs is ready); rejects if Discord closes a
 * shard for good first (4004, 4010, 4011...), which discord.js reports as `shardDisconnect`.
 */
const untilReady = (client: Client): { ready: Promise<void>; cancel: () => void } => {
  let cancel = (): void => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const onReady = (): void => {
      cancel();
      resolve();
    };
    const onClosed = ({ code }: { code: number }, shard: number): void => {
      cancel();
      reject(new ShardRefusedError(shardRefusal(code, shard, client.options.shardCount)));
    };
    client.once(Events.ClientReady, onReady);
    client.on(Events.ShardDisconnect, onClosed);
    cancel = () => {
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onClosed);
    };
  });
  return {
    ready,
    cancel: () => {
      cancel();
    },
  };
};

/**
 * Builds the bot from a validated config. Nothing connects until `start()`.
 *
 * @example
 * const bot = createBot(config);
 * await bot.start();
 * process.once('SIGTERM', () => void bot.stop());
 */
export const createBot = (config: BotConfig, deps: BotDeps = {}): Bot => {
  const log = deps.log ?? createLogger(config.logLevel);
  const now = deps.now ?? (() => Date.now());
  const commands = deps.commands ?? registry;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // The bot answers interactions and never reads messages back: caching them only grows memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    allowedMentions: { parse: [] },
    rest: config.apiUrl === undefined ? {} : { api: config.apiUrl },
    ...shardOptions(config.shards),
  });
  // discord.js falls back to SHARDS and SHARD_COUNT from the environment (set by its own
  // ShardingManager); the bot's config is the only source, so it is applied again here.
  Object.assign(client.options, shardOptions(config.shards));
  const planned = config.shards;
  const handler = createInteractionHandler({
    commands,
    log,
    cooldowns: createCooldowns(now),
    pages: createPageStore({ now }),
    download: (url, maxBytes) =>
      downloadText(url, maxBytes, deps.fetch === undefined ? {} : { fetch: deps.fetch }),
    autoDeferMs: deps.autoDeferMs ?? 1500,
  });
  let health: HealthServer | undefined;
  let stopping: Promise<void> | undefined;
  // Settles start() when stop() is called before every shard is ready.
  let requestStop: (value: 'stopped') => void = () => undefined;
  const stopRequested = new Promise<'stopped'>((resolve) => (requestStop = resolve));

  client.on(Events.InteractionCreate, (interaction) => void handler.handle(interaction));
  client.on(Events.Error, (error) => {
    log.error({ err: error }, 'discord client error');
  });
  client.on(Events.Warn, (message) => {
    log.warn({ detail: message }, 'discord client warning');
  });
  // discord.js emits shardDisconnect only for close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (event, shard) => {
    log.error(
      {
        shard,
        code: event.code,
        reason: shardRefusal(event.code, shard, client.options.shardCount),
      },
      'shard stopped for good',
    );
  });
  client.on(Events.ShardReady, (shard) => {
    log.info({ shard }, 'shard ready');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    // discord.js reports its own clean close on stop() as a reconnect; only real ones are logged.
    if (stopping === undefined) log.info({ shard }, 'shard reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    log.info({ shard, replayed }, 'gateway resumed');
  });
  client.on(Events.ShardError, (error, shard) => {
    log.warn({ err: error, shard }, 'shard connection error');
  });
  client.rest.on('rateLimited', (info) => {
    log.warn(
      { route: info.route, retryAfterMs: info.retryAfter, scope: info.scope },
      'rate limited',
    );
  });

  const report = (): HealthReport => {
    const running = [...client.ws.shards.values()];
    // Before discord.js creates its shards, report the planned ones (none yet for `auto`).
    if (running.length === 0) {
      return {
        stopping: stopping !== undefined,
        shardCount: planned === undefined ? 1 : planned.count === 'auto' ? null : planned.count,
        shards: (planned === undefined ? [0] : 'ids' in planned ? planned.ids : []).map((id) => ({
          id,
          status: 'idle',
        })),
      };
    }
    return {
      stopping: stopping !== undefined,
      shardCount: client.options.shardCount ?? null,
      shards: running
        .map((shard) => ({ id: shard.id, status: shardStatusNames[shard.status] }))
        .sort((a, b) => a.id - b.id),
    };
  };

  const start = async (): Promise<void> => {
    if (stopping !== undefined) return;
    const preparing = performance.now();
    for (const command of commands) command.prepare?.();
    log.debug({ ms: Math.round(performance.now() - preparing) }, 'commands prepared');
    if (config.healthPort !== undefined) {
      health = await startHealthServer(
        {
          port: config.healthPort,
          ...(config.healthHost === undefined ? {} : { host: config.healthHost }),
        },
        report,
      );
      log.info({ health: health.url }, 'health endpoints listening');
    }
    const { ready, cancel } = untilReady(client);
    try {
      const outcome = await Promise.race([
        Promise.all([client.login(config.token), ready]),
        stopRequested,
      ]);
      if (outcome === 'stopped') {
        cancel();
        return;
      }
    } catch (error) {
      cancel();
      await client.destroy();
      await health?.close();
      if (hasCode(error, DiscordjsErrorCodes.TokenInvalid)) {
        throw new BotStartError(tokenRefused, { cause: error });
      }
      if (error instanceof ShardRefusedError)
        throw new BotStartError(error.message, { cause: error });
      throw new BotStartError(`Could not connect to Discord: ${String(error)}`, { cause: error });
    }
    const { shardCount, shards } = report();
    log.info(
      {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        shardCount,
        shards: shards.map((shard) => shard.id),
        health: health?.url,
      },
      'connected to Discord',
    );
  };

  const stop = (): Promise<void> => {
    requestStop('stopped');
    stopping ??= (async () => {
      log.info({ inflight: handler.inflight }, 'stopping: finishing interactions in flight');
      await handler.drain(deps.drainTimeoutMs ?? 10_000);
      await client.destroy();
      await health?.close();
      log.info('stopped');
    })();
    return stopping;
  };

  return { client, start, stop, healthUrl: () => health?.url, health: report };
};
