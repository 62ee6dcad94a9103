import { commands } from './commands/index.js';
import { readConfig } from './config.js';
import { deployCommands, restFor } from './deployCommands.js';

// `pnpm deploy-commands`: registers every command, in DISCORD_GUILD_ID if set, else globally.
const result = readConfig(process.env);
if (!result.ok) {
  process.stderr.write(
    `Cannot register the commands:\n${result.problems.map((p) => `- ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
const { config } = result;
try {
  const names = await deployCommands(
    restFor(config),
    config,
    commands.map((c) => c.definition),
  );
  const where =
    config.guildId === undefined
      ? 'globally (may take up to an hour to show)'
      : `in guild ${config.guildId}`;
  process.stdout.write(
    `Registered ${String(names.length)} commands ${where}: ${names.map((n) => `/${n}`).join(' ')}\n`,
  );
} catch (error) {
  process.stderr.write(
    `Discord refused the registration: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
