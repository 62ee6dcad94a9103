import { once } from 'node:events';
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Logger } from 'pino';
import type { AnyCommand } from './commands/command.js';
import { commands as registry } from './commands/index.js';
import type { BotConfig } from './config.js';
import { createCooldowns } from './cooldowns.js';
import { downloadText } from './discord/download.js';
import { createInteractionHandler } from './discord/interactions.js';
import { createPageStore } from './discord/pages.js';
import { startHealthServer, type HealthServer } from './health.js';
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
  /** Logs in, waits until ready, then opens the health endpoints if configured. */
  readonly start: () => Promise<void>;
  /** Stops taking commands, finishes those in flight, then disconnects. Safe to call twice. */
  readonly stop: () => Promise<void>;
  /** The health server's base URL once started, if configured. */
  readonly healthUrl: () => string | undefined;
}

/** Why the bot could not start, in words that say what to do. */
export class BotStartError extends Error {
  override readonly name = 'BotStartError';
}

const hasCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === code;

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
  });
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

  client.on(Events.InteractionCreate, (interaction) => void handler.handle(interaction));
  client.on(Events.Error, (error) => {
    log.error({ err: error }, 'discord client error');
  });
  client.on(Events.Warn, (message) => {
    log.warn({ detail: message }, 'discord client warning');
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    log.warn({ shard, code: event.code }, 'gateway disconnected');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    log.info({ shard, replayed }, 'gateway resumed');
  });
  client.rest.on('rateLimited', (info) => {
    log.warn(
      { route: info.route, retryAfterMs: info.retryAfter, scope: info.scope },
      'rate limited',
    );
  });

  const start = async (): Promise<void> => {
    const preparing = performance.now();
    for (const command of commands) command.prepare?.();
    log.debug({ ms: Math.round(performance.now() - preparing) }, 'commands prepared');
    const ready = once(client, Events.ClientReady);
    try {
      await client.login(config.token);
    } catch (error) {
      await client.destroy();
      if (hasCode(error, DiscordjsErrorCodes.TokenInvalid)) {
        throw new BotStartError(
          'Discord refused the token in DISCORD_TOKEN. Reset it in the Developer Portal (your application → Bot → Reset Token) and set DISCORD_TOKEN again.',
          { cause: error },
        );
      }
      throw new BotStartError(`Could not connect to Discord: ${String(error)}`, { cause: error });
    }
    await ready;
    if (config.healthPort !== undefined) {
      health = await startHealthServer(
        config.healthPort,
        () => client.isReady() && stopping === undefined,
      );
    }
    log.info(
      { user: client.user?.tag, guilds: client.guilds.cache.size, health: health?.url },
      'connected to Discord',
    );
  };

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log.info({ inflight: handler.inflight }, 'stopping: finishing interactions in flight');
      await handler.drain(deps.drainTimeoutMs ?? 10_000);
      await client.destroy();
      await health?.close();
      log.info('stopped');
    })();
    return stopping;
  };

  return { client, start, stop, healthUrl: () => health?.url };
};
