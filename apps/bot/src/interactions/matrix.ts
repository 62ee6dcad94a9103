import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';

export const matrixDefinition = {
  name: 'matrix',
  description: 'Who is best placed to do what, and where: the intervention matrix',
  options: [
    {
      name: 'intervention',
      description: 'The type of intervention',
      type: ApplicationCommandOptionType.String,
      choices: [
        { name: 'Broad prevention', value: 'broad-prevention' },
        { name: 'Safe migration', value: 'safe-migration' },
        { name: 'Monitoring and enforcement', value: 'monitoring-enforcement' },
        { name: 'Victim assistance', value: 'victim-assistance' },
      ],
    },
    {
      name: 'level',
      description: 'Policy and enabling, or outreach and direct assistance',
      type: ApplicationCommandOptionType.String,
      choices: [
        { name: 'Policy', value: 'policy' },
        { name: 'Outreach', value: 'outreach' },
      ],
    },
    {
      name: 'place',
      description: 'Source, transit or destination area',
      type: ApplicationCommandOptionType.String,
      choices: [
        { name: 'Source', value: 'source' },
        { name: 'Transit', value: 'transit' },
        { name: 'Destination', value: 'destination' },
      ],
    },
  ],
} as const satisfies Definition;
