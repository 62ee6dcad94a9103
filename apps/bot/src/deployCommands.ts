import { REST, Routes } from 'discord.js';
import type { Definition } from './commands/args.js';

/**
 * Registers the commands with Discord in one bulk overwrite: in one guild when `guildId` is set
 * (updates are instant, good for development), globally otherwise. Commands no longer defined
 * are removed. Returns the registered names.
 *
 * @example
 * await deployCommands(new REST().setToken(token), { applicationId }, commands.map((c) => c.definition));
 */
export const deployCommands = async (
  rest: REST,
  target: { readonly applicationId: string; readonly guildId?: string | undefined },
  definitions: readonly Definition[],
): Promise<readonly string[]> => {
  const route =
    target.guildId === undefined
      ? Routes.applicationCommands(target.applicationId)
      : Routes.applicationGuildCommands(target.applicationId, target.guildId);
  const registered = (await rest.put(route, { body: definitions })) as readonly { name: string }[];
  return registered.map((command) => command.name);
};

/** A REST client for the configured API, with the token set. */
export const restFor = (config: {
  readonly token: string;
  readonly apiUrl?: string | undefined;
}): REST =>
  new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
