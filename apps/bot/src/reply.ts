/**
 * What a command answers, independent of where it is shown. The Discord transport renders it as
 * embeds and components within Discord's limits; the terminal chat renders it as text. Handlers
 * build these and never touch discord.js.
 */

/** A titled piece of the answer: an embed field on Discord, a headed paragraph in the terminal. */
export interface Section {
  readonly heading: string;
  readonly body: string;
  /** Short sections may sit side by side on Discord. */
  readonly inline?: boolean;
}

/**
 * A button that runs another command with fixed arguments, such as "Full article" running
 * `/article convention:C138 number:3`. The terminal shows the command to type instead.
 */
export interface CommandButton {
  readonly label: string;
  /** The command's name, with a subcommand after a space (`score quick`). */
  readonly command: string;
  readonly args: Readonly<Record<string, string | number | boolean>>;
  /**
   * The answer replaces the message the button is on (a step of a flow) instead of arriving as
   * a new private message.
   */
  readonly replace?: boolean;
}

/** One choice of a menu. */
export interface MenuOption {
  readonly label: string;
  readonly value: string;
  readonly description?: string;
}

/**
 * A menu that runs a command with the picked value as one of its arguments. The terminal lists
 * the options and the command to type. A menu that takes several values passes them joined by
 * commas (`government,ngo`).
 */
export interface CommandMenu {
  readonly placeholder: string;
  readonly command: string;
  /** The argument the picked value (or values, comma-separated) fills. */
  readonly arg: string;
  /** How many options may be picked; exactly one when not given. */
  readonly pick?: { readonly min: number; readonly max: number };
  /** Fixed arguments sent along with the picked value. */
  readonly args?: Readonly<Record<string, string | number | boolean>>;
  /** The answer replaces the message the menu is on. */
  readonly replace?: boolean;
  readonly options: readonly MenuOption[];
}

/** A file to hand the user: sent as an attachment on Discord, saved or printed in the terminal. */
export interface ReplyFile {
  readonly name: string;
  readonly text: string;
  readonly description?: string;
}

/** How the answer should look: errors and refusals are shown differently from information. */
export type Tone = 'info' | 'success' | 'warning' | 'error';

/** A transport-neutral answer. */
export interface Reply {
  readonly title?: string;
  /** Main text, in the small Markdown subset both transports understand (bold, lists, links). */
  readonly body?: string;
  readonly sections?: readonly Section[];
  /** Sources and caveats, shown last. */
  readonly footer?: string;
  readonly buttons?: readonly CommandButton[];
  readonly menu?: CommandMenu;
  readonly files?: readonly ReplyFile[];
  /** Only the person who asked sees it (errors, refusals, private results). */
  readonly ephemeral?: boolean;
  readonly tone?: Tone;
}

/**
 * A refusal or problem the user can fix: shown only to them.
 *
 * @example
 * notice('That file is too large', 'Plans are at most 256 KiB.');
 */
export const notice = (title: string, body: string, tone: Tone = 'warning'): Reply => ({
  title,
  body,
  tone,
  ephemeral: true,
});
