import { closestMatch } from '@target87/core';
import type { Io } from './output.js';

/**
 * A `target87` sub-command: its name, a one-line summary and usage for `--help`, and what it
 * does. `run` resolves to the process exit status.
 *
 * @category model
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: Io) => Promise<number>;
}

/** Splits arguments into flags (`--json`, `--out=file`, `--out file` for declared valued flags) and positionals. */
export const parseArgs = (
  args: readonly string[],
  valued: readonly string[] = [],
): {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
} => {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s, 2);
      if (value !== undefined) flags.set(name, value);
      else if (valued.includes(name) && i + 1 < args.length) flags.set(name, args[++i] ?? '');
      else flags.set(name, true);
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals };
};

/**
 * What to say about the first flag a command does not know, suggesting the closest one it does;
 * `undefined` when every flag is known.
 *
 * @example
 * unknownFlag(parseArgs(['--jsno']).flags, ['json']); // 'Unknown option --jsno. Did you mean --json?'
 */
export const unknownFlag = (
  flags: ReadonlyMap<string, string | true>,
  known: readonly string[],
): string | undefined => {
  const name = [...flags.keys()].find((flag) => !known.includes(flag));
  if (name === undefined) return undefined;
  const suggestion = closestMatch(name, known);
  return `Unknown option --${name}.${suggestion === undefined ? '' : ` Did you mean --${suggestion}?`}`;
};
