import { helpDefinition } from '../interactions/help.js';
import type { Reply } from '../reply.js';
import { text } from '../text.js';
import { defineCommand, findCommand, type AnyCommand } from './command.js';

const intro =
  'I answer questions about the ILO conventions on forced labour, child labour and migrant ' +
  'workers, citing the article each answer rests on, and I score how ready a partnership is ' +
  'to work on SDG Target 8.7.';

const describeCommand = (command: AnyCommand): string =>
  [command.definition.description, ...command.examples.map((e) => `\`${e}\``)].join('\n');

/** `/help [command]`: every command with examples, or one command in detail. */
export const help = defineCommand({
  definition: helpDefinition,
  examples: ['/help', '/help command:convention'],
  run: (args, { commands }): Reply => {
    if (args.command !== undefined) {
      const command = findCommand(commands, args.command.replace(/^\//, '').trim().toLowerCase());
      if (command !== undefined) {
        return {
          title: `/${command.definition.name}`,
          body: describeCommand(command),
          ephemeral: true,
        };
      }
    }
    return {
      title: text.botName,
      body: intro,
      sections: commands.map((command) => ({
        heading: `/${command.definition.name}`,
        body: describeCommand(command),
      })),
      footer: 'Answers are summaries in our own words; follow the citation for the official text.',
      ephemeral: true,
    };
  },
  autocomplete: ({ value }, { commands }) =>
    commands
      .map((c) => c.definition.name)
      .filter((name) => name.includes(value.replace(/^\//, '').toLowerCase()))
      .map((name) => ({ name: `/${name}`, value: name })),
});
