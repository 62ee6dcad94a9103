import { ApplicationCommandOptionType } from 'discord.js';
import { defineCommand } from '../src/commands/command.js';
import type { Reply } from '../src/reply.js';

// Commands that exist only to exercise the bot's shell: failures, slowness, long answers,
// uploads and cooldowns, independently of what the core can answer.

export const boom = defineCommand({
  definition: { name: 'boom', description: 'Always fails' } as const,
  examples: ['/boom'],
  run: () => {
    throw new Error('the handler broke');
  },
});

export const slow = defineCommand({
  definition: {
    name: 'slow',
    description: 'Answers after a delay',
    options: [
      {
        name: 'ms',
        description: 'Delay',
        type: ApplicationCommandOptionType.Integer,
        required: true,
      },
    ],
  } as const,
  examples: ['/slow ms:100'],
  run: async ({ ms }) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { title: 'Slow answer', body: `Waited ${String(ms)} ms.` };
  },
});

/** An answer far over every Discord limit: 15 000 characters of text and 60 sections. */
export const longReply: Reply = {
  title: `A very long answer ${'that keeps going '.repeat(30)}`,
  body: Array.from(
    { length: 60 },
    (_, i) =>
      `Paragraph ${String(i + 1)}. ${'Forced labour is work exacted under menace of a penalty. '.repeat(4)}`,
  ).join('\n\n'),
  sections: Array.from({ length: 60 }, (_, i) => ({
    heading: `Section ${String(i + 1)}`,
    body: 'Article 2 defines it. '.repeat(i % 7 === 0 ? 80 : 5),
  })),
  footer: `Sources: ${'NORMLEX, '.repeat(400)}`,
  buttons: Array.from({ length: 30 }, (_, i) => ({
    label: `Button ${String(i + 1)} ${'x'.repeat(100)}`,
    command: 'echo',
    args: { text: String(i) },
  })),
};

export const long = defineCommand({
  definition: { name: 'long', description: 'Answers at great length' } as const,
  examples: ['/long'],
  run: () => longReply,
});

export const echo = defineCommand({
  definition: {
    name: 'echo',
    description: 'Repeats text',
    options: [
      {
        name: 'text',
        description: 'What to repeat',
        type: ApplicationCommandOptionType.String,
        required: true,
      },
    ],
  } as const,
  examples: ['/echo text:hello'],
  run: ({ text }) => ({ title: 'Echo', body: text }),
});

export const upload = defineCommand({
  definition: {
    name: 'upload',
    description: 'Reads a file',
    options: [
      {
        name: 'file',
        description: 'A YAML file',
        type: ApplicationCommandOptionType.Attachment,
        required: true,
      },
    ],
  } as const,
  examples: ['/upload file:plan.yaml'],
  uploads: { maxBytes: 1024, extensions: ['.yaml', '.yml', '.json'], describe: 'a plan' },
  cooldown: { ms: 60_000 },
  defer: true,
  run: ({ file }) => ({ title: file.name, body: `Read ${String(file.text.length)} characters.` }),
});

export const shellCommands = [boom, slow, long, echo, upload];
