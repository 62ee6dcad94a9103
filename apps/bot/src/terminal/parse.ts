import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import {
  checkArgs,
  leafOptions,
  subcommandsOf,
  type RawArgs,
  type Upload,
} from '../commands/args.js';
import type { AnyCommand } from '../commands/command.js';

/** Finds a file the user named and describes it without reading it, or says why it cannot. */
export type ResolveFile = (path: string) => Promise<Upload | { readonly problem: string }>;

const namedPattern = /^([a-z0-9_-]{1,32}):(.*)$/s;

/**
 * Reads a typed-in command's words into arguments, the way a user would write them:
 * `name:value` pairs (a text value runs on to the next `name:`), or plain values filling the
 * options in order, the last text option taking
 * the rest of the line (`/ask what is forced labour?`). With subcommands, the first word picks
 * one (`/score template`), else the command's default is used (`/score plan.yaml`). Files are
 * paths, resolved by `resolveFile`.
 */
export const parseWords = async (
  command: AnyCommand,
  words: readonly string[],
  resolveFile: ResolveFile,
): Promise<{ readonly args: RawArgs } | { readonly problems: readonly string[] }> => {
  const { definition } = command;
  const rest = [...words];
  let subcommand: string | undefined;
  const subcommands = subcommandsOf(definition).map((s) => s.name);
  if (subcommands.length > 0) {
    const first = rest[0]?.toLowerCase();
    if (first !== undefined && subcommands.includes(first)) {
      subcommand = first;
      rest.shift();
    } else if (command.defaultSubcommand !== undefined) {
      subcommand = command.defaultSubcommand;
    } else {
      return {
        problems: [`/${definition.name} needs one of: ${subcommands.join(', ')}.`],
      };
    }
  }
  const options = leafOptions(definition, subcommand);
  const named: Record<string, string | Upload> = {};
  const positional: string[] = [];
  // As in Discord's command bar, the words after `name:` belong to that text option until the
  // next `name:`, so `/actors type:trade union` asks about trade unions.
  let open: { readonly name: string; value: string } | undefined;
  for (const word of rest) {
    const match = namedPattern.exec(word);
    const name = match?.[1];
    const option = options.find((o) => o.name === name);
    if (match !== null && name !== undefined && option !== undefined) {
      const value = match[2] ?? '';
      named[name] = value;
      open = option.type === OptionType.String ? { name, value } : undefined;
    } else if (open !== undefined) {
      open.value = `${open.value} ${word}`;
      named[open.name] = open.value;
    } else {
      positional.push(word);
    }
  }
  const unfilled = options.filter((o) => !(o.name in named));
  unfilled.forEach((option, index) => {
    if (positional.length === 0) return;
    const last = index === unfilled.length - 1;
    named[option.name] =
      last && option.type === OptionType.String
        ? positional.splice(0).join(' ')
        : (positional.shift() ?? '');
  });
  const problems: string[] = [];
  if (positional.length > 0) {
    problems.push(`I didn’t understand “${positional.join(' ')}”. Try /help ${definition.name}.`);
  }
  for (const option of options) {
    const value = named[option.name];
    if (option.type !== OptionType.Attachment || typeof value !== 'string') continue;
    const resolved = await resolveFile(value);
    if ('problem' in resolved) problems.push(resolved.problem);
    else named[option.name] = resolved;
  }
  if (problems.length > 0) return { problems };
  return checkArgs(definition, subcommand, named);
};
