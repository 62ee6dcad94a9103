import { ask as askCore, knowledgeIndex } from '@target87/core';
import { askDefinition } from '../interactions/ask.js';
import { answerReply } from '../present/answer.js';
import { problemsReply } from '../present/evidence.js';
import { defineCommand } from './command.js';

/** `/ask question:` answers from the core's knowledge index, citing the source of each answer. */
export const ask = defineCommand({
  definition: askDefinition,
  examples: [
    '/ask what is the minimum age for hazardous work?',
    '/ask is prison labour forced labour?',
  ],
  defer: true,
  prepare: () => {
    knowledgeIndex();
  },
  run: ({ question }) => {
    const result = askCore(question);
    return result._tag === 'Left'
      ? problemsReply('I can’t answer that as asked', result.left)
      : answerReply(result.right);
  },
});
