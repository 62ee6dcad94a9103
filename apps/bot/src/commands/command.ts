import type { Reply } from '../reply.js';
import type { ArgsOf, Definition, TextFile } from './args.js';

/** Which files a command accepts, checked on name, size and type before any download. */
export interface UploadPolicy {
  readonly maxBytes: number;
  /** Lower-case extensions with the dot, e.g. `.yaml`. */
  readonly extensions: readonly string[];
  /** What the files are, for the refusal message ("a plan in YAML or JSON"). */
  readonly describe: string;
}

/** An autocomplete suggestion: what the user sees and the value it fills in. */
export interface Suggestion {
  readonly name: string;
  readonly value: string;
}

/** What a handler may know about the request besides its arguments. */
export interface CommandContext {
  /** Who asked: a Discord user id, or `terminal`. */
  readonly userId: string;
  /** Every command, for /help. */
  readonly commands: readonly AnyCommand[];
}

/** How a command behaves around its handler; shared by both shapes below. */
interface CommandTraits<D extends Definition> {
  readonly definition: D;
  /**
   * Acknowledge first (Discord's `deferReply`) because the answer may take time: downloads,
   * scoring, search. Commands that answer at once leave it off; the transport still defers if a
   * handler turns out slow.
   */
  readonly defer?: boolean;
  /** Answer only to the person who asked. */
  readonly ephemeral?: boolean;
  /**
   * Minimum time between two runs by the same user, for the whole command or only for some of
   * its subcommands (scoring a file, not each step of a quick self-assessment).
   */
  readonly cooldown?: { readonly ms: number; readonly subcommands?: readonly string[] };
  /** The files the command accepts; required for any attachment option. */
  readonly uploads?: UploadPolicy;
  /** In the terminal, the subcommand meant when the first word is not one (`/score plan.yaml`). */
  readonly defaultSubcommand?: string;
  /**
   * Builds what the command needs before the first request (a search index), so the first
   * user does not wait for it. Run once when the bot starts.
   */
  readonly prepare?: () => void;
  /** Ways to call it, shown by /help and the terminal chat. */
  readonly examples: readonly string[];
  /** Suggestions while the user types into an autocomplete option (at most 25 are shown). */
  readonly autocomplete?: (
    focused: {
      readonly name: string;
      readonly value: string;
      /** What the user has typed so far into the command's other options. */
      readonly others: Readonly<Record<string, string>>;
    },
    context: CommandContext,
  ) => readonly Suggestion[];
}

/** A command as written: a definition and a handler whose arguments are inferred from it. */
export interface Command<D extends Definition> extends CommandTraits<D> {
  readonly run: (args: ArgsOf<D>, context: CommandContext) => Reply | Promise<Reply>;
}

/** Arguments after uploads have been read: the subcommand, if any, and option values. */
export type ResolvedArgs = Readonly<Record<string, string | number | boolean | TextFile>>;

/** A command in the registry, its argument type erased so commands of any shape fit one list. */
export interface AnyCommand extends CommandTraits<Definition> {
  readonly run: (args: ResolvedArgs, context: CommandContext) => Reply | Promise<Reply>;
}

/**
 * Declares a command. The returned value goes in the registry; its handler receives arguments
 * that the transports have already checked against the same definition.
 *
 * @example
 * export const help = defineCommand({ definition: helpDefinition, examples: ['/help'], run: () => ({ body: 'Hi' }) });
 */
export const defineCommand = <const D extends Definition>(command: Command<D>): AnyCommand => ({
  ...command,
  // The one place arguments meet their inferred type: checkArgs validated them against
  // `command.definition` (names, types, choices, required) before any handler runs.
  run: (args, context) => command.run(args as ArgsOf<D>, context),
});

/**
 * The command called `name` in a registry, if there is one.
 *
 * @example
 * findCommand(commands, 'help')?.examples; // ['/help', ...]
 */
export const findCommand = (
  registry: readonly AnyCommand[],
  name: string,
): AnyCommand | undefined => registry.find((c) => c.definition.name === name);
