import { checkGroups } from '@target87/core';
import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const criteriaDefinition = {
  name: 'criteria',
  description: 'The criteria a partnership is scored on, group by group',
  options: [
    {
      name: 'group',
      description: 'One group of criteria in detail',
      type: ApplicationCommandOptionType.String,
      choices: checkGroups.map((g) => ({ name: g.title.slice(0, 100), value: g.id })),
    },
  ],
} as const satisfies Definition;
