import { criteria } from '@target87/core';
import { ApplicationCommandOptionType } from 'discord.js';
import type { Definition } from '../commands/args.js';
import { makeUpCodeLength, pickedMaxLength } from '../commands/quick.js';

export const scoreDefinition = {
  name: 'score',
  description: 'Score how ready a partnership is: from a plan file or a quick self-assessment',
  options: [
    {
      name: 'file',
      description: 'Score a plan or self-assessment file (YAML or JSON, the core’s schema)',
      type: ApplicationCommandOptionType.Subcommand,
      options: [
        {
          name: 'plan',
          description: 'The plan file: YAML or JSON (get the template with /score template)',
          type: ApplicationCommandOptionType.Attachment,
          required: true,
        },
      ],
    },
    {
      name: 'quick',
      description:
        'A quick self-assessment: the partnership’s make-up, then yes, partly or no per criterion',
      type: ApplicationCommandOptionType.Subcommand,
      options: [
        {
          name: 'makeup',
          description: 'The partnership’s make-up so far, as the menus write it',
          type: ApplicationCommandOptionType.String,
          max_length: makeUpCodeLength,
        },
        {
          name: 'answers',
          description: 'Answers so far, one letter each: y yes, p partly, n no, x not applicable',
          type: ApplicationCommandOptionType.String,
          max_length: criteria.length,
        },
        {
          name: 'picked',
          description: 'What was picked in the make-up menu, comma-separated',
          type: ApplicationCommandOptionType.String,
          max_length: pickedMaxLength,
        },
        {
          name: 'download',
          description: 'Send the full report as a Markdown file',
          type: ApplicationCommandOptionType.Boolean,
        },
      ],
    },
    {
      name: 'template',
      description: 'Get the plan template to fill in',
      type: ApplicationCommandOptionType.Subcommand,
    },
    {
      name: 'example',
      description: 'Score one of the worked example plans',
      type: ApplicationCommandOptionType.Subcommand,
      options: [
        {
          name: 'name',
          description: 'Which example',
          type: ApplicationCommandOptionType.String,
          required: true,
          choices: [
            { name: 'A strong plan', value: 'strong' },
            { name: 'A weak plan', value: 'weak' },
            { name: 'A cross-border plan', value: 'crossBorder' },
            { name: 'Source areas only', value: 'sourceOnly' },
          ],
        },
      ],
    },
  ],
} as const satisfies Definition;
