import { defaultTextLimits, planExamples, planTemplate, scoreText } from '@target87/core';
import { scoreDefinition } from '../interactions/score.js';
import { problemsReply } from '../present/evidence.js';
import { reportWithMarkdown } from '../present/report.js';
import type { Reply } from '../reply.js';
import { defineCommand } from './command.js';
import { quickSelfAssessment } from './quick.js';

/**
 * `/score`: scores a partnership with the core. `file` scores an uploaded plan or self-assessment
 * (problems are listed, each with its place in the file); `quick` asks about the partnership's
 * make-up with menus, then yes / partly / no for each criterion left, and ends in the same
 * report; `template` hands over the plan template; `example` scores a worked example. File
 * scoring has a per-user cooldown.
 */
export const score = defineCommand({
  definition: scoreDefinition,
  examples: [
    '/score quick',
    '/score file plan:my-plan.yaml',
    '/score template',
    '/score example name:strong',
  ],
  defaultSubcommand: 'file',
  uploads: {
    maxBytes: defaultTextLimits.maxBytes,
    extensions: ['.yaml', '.yml', '.json'],
    describe: 'a plan or self-assessment',
  },
  cooldown: { ms: 10_000, subcommands: ['file'] },
  run: (args): Reply => {
    switch (args.subcommand) {
      case 'template':
        return {
          title: 'The partnership plan template',
          body: 'Fill it in (every field is explained in the file), then score it with `/score file plan:` and attach it. Fields you leave out count as not yet in place.',
          files: [
            { name: 'partnership-plan.yaml', text: planTemplate, description: 'Plan template' },
          ],
          ephemeral: true,
        };
      case 'example': {
        const result = scoreText(planExamples[args.name]);
        return result._tag === 'Left'
          ? problemsReply('The example could not be scored', result.left)
          : reportWithMarkdown(result.right);
      }
      case 'file': {
        const result = scoreText(args.plan.text);
        return result._tag === 'Left'
          ? problemsReply(`“${args.plan.name}” cannot be scored yet`, result.left)
          : reportWithMarkdown(result.right);
      }
      case 'quick':
        return quickSelfAssessment(args);
    }
  },
});
