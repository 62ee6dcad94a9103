import {
  ApplicationCommandOptionType as OptionType,
  type ChatInputCommandInteraction,
} from 'discord.js';
import {
  checkArgs,
  leafOptions,
  subcommandsOf,
  type RawArgs,
  type Upload,
} from '../commands/args.js';
import type { AnyCommand } from '../commands/command.js';

/** Fetches an attachment's text, reading at most `maxBytes`. */
export type Download = (url: string, maxBytes: number) => Promise<string>;

/**
 * Reads a slash command's options by walking the command's own definition, so every option the
 * definition declares is read with the right type and nothing else is. Attachments become
 * {@link Upload}s: known by name, size and type, downloaded only if the command accepts them.
 */
export const readOptions = (
  command: AnyCommand,
  interaction: ChatInputCommandInteraction,
  download: Download,
): { readonly args: RawArgs } | { readonly problems: readonly string[] } => {
  const { definition } = command;
  const options = interaction.options;
  const subcommand =
    subcommandsOf(definition).length > 0 ? (options.getSubcommand(false) ?? undefined) : undefined;
  const named: Record<string, string | number | boolean | Upload> = {};
  for (const option of leafOptions(definition, subcommand)) {
    const value = ((): string | number | boolean | Upload | null => {
      switch (option.type) {
        case OptionType.String:
          return options.getString(option.name);
        case OptionType.Integer:
          return options.getInteger(option.name);
        case OptionType.Number:
          return options.getNumber(option.name);
        case OptionType.Boolean:
          return options.getBoolean(option.name);
        case OptionType.Attachment: {
          const attachment = options.getAttachment(option.name);
          if (attachment === null) return null;
          const maxBytes = command.uploads?.maxBytes ?? 0;
          return {
            kind: 'upload',
            name: attachment.name,
            size: attachment.size,
            contentType: attachment.contentType ?? undefined,
            read: () => download(attachment.url, maxBytes),
          };
        }
        default:
          return null;
      }
    })();
    if (value !== null) named[option.name] = value;
  }
  return checkArgs(definition, subcommand, named);
};
