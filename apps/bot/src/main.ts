import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { destination, pino } from 'pino';
import { BotStartError, createBot } from './bot.js';
import { commands } from './commands/index.js';
import { readConfig } from './config.js';
import { createLogger } from './log.js';
import { runChat } from './terminal/chat.js';

// `pnpm start`: with DISCORD_TOKEN, connect to Discord; without, open the terminal chat.

/** The core's bundled example plans, so `/score strong` works in the terminal. */
const examplesDir = (): string | undefined => {
  try {
    const manifest = createRequire(import.meta.url).resolve('@target87/core/package.json');
    const dir = join(dirname(manifest), 'examples');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
};

const fail = (lines: readonly string[]): never => {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
};

if ((process.env['DISCORD_TOKEN'] ?? '').trim() === '') {
  // Logs go to stderr so they never mix with the conversation.
  const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn' }, destination(2));
  await runChat(
    {
      input: process.stdin,
      output: process.stdout,
      // pnpm runs scripts inside apps/bot; INIT_CWD is where the user typed the command.
      cwd: process.env['INIT_CWD'] ?? process.cwd(),
      examplesDir: examplesDir(),
      colour: process.stdout.isTTY && process.env['NO_COLOR'] === undefined,
    },
    // One person at their own terminal: cooldowns protect shared servers, not this.
    { commands, cooldowns: { take: () => 0 }, log },
  );
} else {
  const result = readConfig(process.env);
  if (!result.ok) fail(['The bot cannot start:', ...result.problems.map((p) => `- ${p}`)]);
  else {
    const log = createLogger(result.config.logLevel);
    const bot = createBot(result.config, { log });
    const shutdown = (signal: string): void => {
      log.info({ signal }, 'shutting down');
      void bot.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    process.on('unhandledRejection', (error) => {
      log.error({ err: error }, 'unhandled rejection');
    });
    try {
      await bot.start();
    } catch (error) {
      if (error instanceof BotStartError) fail([error.message]);
      throw error;
    }
  }
}
