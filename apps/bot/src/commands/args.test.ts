import { ApplicationCommandOptionType as T } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { checkArgs, type Definition } from './args.js';

const definition = {
  name: 'article',
  description: 'd',
  options: [
    {
      name: 'convention',
      description: 'the convention',
      type: T.String,
      required: true,
      max_length: 10,
    },
    { name: 'number', description: 'the article', type: T.Integer, required: true, min_value: 1 },
    { name: 'brief', description: 'short', type: T.Boolean },
    {
      name: 'answer',
      description: 'an answer',
      type: T.String,
      choices: [
        { name: 'Yes', value: 'yes' },
        { name: 'Partly', value: 'partly' },
      ],
    },
  ],
} as const satisfies Definition;

describe('checkArgs', () => {
  it('converts typed-in text to each option’s type', () => {
    expect(
      checkArgs(definition, undefined, {
        convention: 'C138',
        number: '3',
        brief: 'yes',
        answer: 'Partly',
      }),
    ).toEqual({
      args: {
        subcommand: undefined,
        values: { convention: 'C138', number: 3, brief: true, answer: 'partly' },
      },
    });
  });

  it('reports every problem at once: types, bounds, choices, unknown and missing options', () => {
    const result = checkArgs(definition, undefined, {
      number: '0.5',
      brief: 'maybe',
      answer: 'no',
      nmae: 'x',
    });
    expect(result).toEqual({
      problems: [
        '`number` must be a whole number.',
        '`brief` must be yes or no.',
        '`answer` must be one of: yes, partly.',
        '/article has no option `nmae`; it takes `convention`, `number`, `brief`, `answer`.',
        '`convention` is missing: the convention.',
      ],
    });
    expect(checkArgs(definition, undefined, { convention: 'C138 and more', number: 0 })).toEqual({
      problems: ['`convention` takes at most 10 characters.', '`number` must be at least 1.'],
    });
  });
});
