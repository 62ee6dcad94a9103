import type { Io } from './output.js';
import { commands } from './commands/index.js';

const help = (): string =>
  [
    'target87: ILO conventions on forced labour, child labour and migrant workers, and partnership readiness.',
    '',
    'Usage: target87 <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    'Run `target87 <command> --help` for a command’s options.',
  ].join('\n');

/**
 * Runs the `target87` command line with the given arguments and returns the exit status.
 *
 * @example
 * const status = await main(['score', 'plan.yaml', '--json'], io);
 * @category commands
 */
export const main = async (args: readonly string[], io: Io): Promise<number> => {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  return command.run(rest, io);
};
