import { ApplicationCommandOptionType } from 'discord.js';
import { maxQuestionLength } from '@target87/core';
import type { Definition } from '../commands/args.js';

export const askDefinition = {
  name: 'ask',
  description: 'Ask about the conventions, the method or good practice; answers cite their source',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. what is the minimum age for hazardous work?',
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: maxQuestionLength,
    },
  ],
} as const satisfies Definition;
