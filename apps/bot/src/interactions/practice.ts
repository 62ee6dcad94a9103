import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const practiceDefinition = {
  name: 'practice',
  description: 'Find good-practice cases: what was done, results, lessons',
  options: [
    {
      name: 'query',
      description: 'A topic or a gap (keeping children in school, no baseline data) or a case',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 200,
    },
  ],
} as const satisfies Definition;
