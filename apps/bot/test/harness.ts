import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { createBot, type Bot, type BotDeps } from '../src/bot.js';
import type { AnyCommand } from '../src/commands/command.js';
import { commands as registry } from '../src/commands/index.js';
import type { BotConfig } from '../src/config.js';
import { deployCommands, restFor } from '../src/deployCommands.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord/index.js';

/** How a supervisor starts the bot, from apps/bot: Node itself, so signals reach the bot. */
export const mainArgs = [
  '--conditions=@target87/source',
  '--import',
  'tsx',
  'src/main.ts',
] as const;

/** A structured log line the bot wrote. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A logger whose JSON lines are kept, parsed and raw, for a test to read. */
export const captureLog = (
  level: 'debug' | 'silent' = 'debug',
): { readonly log: Logger; readonly logs: LogLine[]; readonly raw: () => string } => {
  const chunks: string[] = [];
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString('utf8');
      chunks.push(line);
      logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { log: pino({ level }, sink), logs, raw: () => chunks.join('') };
};

/** A bot connected to a fake Discord, with its commands registered and its log captured. */
export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  readonly config: BotConfig;
  readonly logs: LogLine[];
  /** The raw log output, to check that no secret was written. */
  readonly rawLog: () => string;
  readonly close: () => Promise<void>;
}

/**
 * Starts a fake Discord and the real bot (discord.js client, REST pointed at the fake),
 * registers the commands in the fake's guild, and waits until the bot is ready.
 */
export const startHarness = async ({
  commands = registry,
  fake: fakeOptions = {},
  deps = {},
  logLevel = 'debug',
}: {
  readonly commands?: readonly AnyCommand[];
  readonly fake?: FakeDiscordOptions;
  readonly deps?: Omit<BotDeps, 'log' | 'commands'>;
  /** `silent` for benchmarks, so captured logs do not skew memory. */
  readonly logLevel?: 'debug' | 'silent';
} = {}): Promise<Harness> => {
  const fake = await FakeDiscord.start(fakeOptions);
  const { log, logs, raw } = captureLog(logLevel);
  const config: BotConfig = {
    token: fake.botToken,
    applicationId: fake.applicationId,
    guildId: fake.guild.id,
    apiUrl: fake.restUrl,
    logLevel: 'debug',
  };
  const bot = createBot(config, { ...deps, commands, log });
  await deployCommands(
    restFor(config),
    config,
    commands.map((c) => c.definition),
  );
  await bot.start();
  return {
    fake,
    bot,
    config,
    logs,
    rawLog: raw,
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
};
