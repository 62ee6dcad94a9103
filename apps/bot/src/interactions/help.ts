import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const helpDefinition = {
  name: 'help',
  description: 'What this bot does and how to use each command',
  options: [
    {
      name: 'command',
      description: 'A command to explain',
      type: ApplicationCommandOptionType.String,
      autocomplete: true,
    },
  ],
} as const satisfies Definition;
