import { ApplicationCommandOptionType as T } from 'discord.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { ArgsOf, Definition, TextFile } from './args.js';

export const article = {
  name: 'article',
  description: 'd',
  options: [
    { name: 'convention', description: 'd', type: T.String, required: true },
    { name: 'number', description: 'd', type: T.Integer, required: true },
    { name: 'brief', description: 'd', type: T.Boolean },
  ],
} as const satisfies Definition;

export const score = {
  name: 'score',
  description: 'd',
  options: [
    {
      name: 'file',
      description: 'd',
      type: T.Subcommand,
      options: [{ name: 'plan', description: 'd', type: T.Attachment, required: true }],
    },
    { name: 'template', description: 'd', type: T.Subcommand },
    {
      name: 'quick',
      description: 'd',
      type: T.Subcommand,
      options: [
        {
          name: 'answer',
          description: 'd',
          type: T.String,
          choices: [
            { name: 'Yes', value: 'yes' },
            { name: 'No', value: 'no' },
          ],
        },
      ],
    },
  ],
} as const satisfies Definition;

describe('ArgsOf', () => {
  it('types each option by its kind, required ones present and the rest optional', () => {
    expectTypeOf<ArgsOf<typeof article>>().toEqualTypeOf<
      { readonly convention: string; readonly number: number } & { readonly brief?: boolean }
    >();
  });

  it('gives a union tagged by subcommand, with attachments as text files and choices as literals', () => {
    type Args = ArgsOf<typeof score>;
    expectTypeOf<Extract<Args, { subcommand: 'file' }>['plan']>().toEqualTypeOf<TextFile>();
    expectTypeOf<Extract<Args, { subcommand: 'quick' }>['answer']>().toEqualTypeOf<
      'yes' | 'no' | undefined
    >();
    expectTypeOf<Args['subcommand']>().toEqualTypeOf<'file' | 'template' | 'quick'>();
  });

  it('gives no arguments to a command without options', () => {
    expectTypeOf<ArgsOf<{ name: 'help'; description: 'd' }>>().toEqualTypeOf<
      Record<string, never>
    >();
  });
});
