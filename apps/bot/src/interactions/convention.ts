import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const conventionDefinition = {
  name: 'convention',
  description: 'A convention’s card: dates, status, ratifications, key articles',
  options: [
    {
      name: 'id',
      description: 'Which one: C138, C.182, No. 29, P29, R190 or its title',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies Definition;
