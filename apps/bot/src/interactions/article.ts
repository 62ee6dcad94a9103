import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const articleDefinition = {
  name: 'article',
  description: 'One article of a convention in full summary, with its paragraphs',
  options: [
    {
      name: 'convention',
      description: 'The convention: C138, C.182, P29 or its title',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    {
      name: 'number',
      description: 'The article (3), a paragraph (3(3)) or an annex (Annex I)',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 20,
    },
  ],
} as const satisfies Definition;
