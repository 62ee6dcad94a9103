import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const actorsDefinition = {
  name: 'actors',
  description: 'The kinds of partner and what each brings to a partnership',
  options: [
    {
      name: 'type',
      description: 'One actor type in detail: government, ngo, trade union, media…',
      type: ApplicationCommandOptionType.String,
      autocomplete: true,
      max_length: 60,
    },
  ],
} as const satisfies Definition;
