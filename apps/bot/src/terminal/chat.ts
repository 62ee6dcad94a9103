import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import { findCommand, type AnyCommand } from '../commands/command.js';
import type { Cooldowns } from '../cooldowns.js';
import { invoke } from '../invoke.js';
import { notice, type Reply } from '../reply.js';
import { text } from '../text.js';
import { fileResolver, saveFile } from './files.js';
import { parseWords } from './parse.js';
import { actions, choose, renderText } from './render.js';
import { tokenize } from './tokens.js';

/** Where the chat reads and writes, and where files are looked for and saved. */
export interface ChatIo {
  readonly input: Readable;
  readonly output: Writable;
  /** The directory the user ran the chat from: paths are relative to it and files are saved in it. */
  readonly cwd: string;
  /** The core's bundled example plans, found by name. */
  readonly examplesDir: string | undefined;
  readonly colour: boolean;
}

/** What the chat runs commands with. */
export interface ChatDeps {
  readonly commands: readonly AnyCommand[];
  readonly cooldowns: Cooldowns;
  readonly log: Logger;
}

const quitWords = new Set(['/quit', '/exit', 'quit', 'exit']);

/**
 * Answers one line of the chat, the same way the Discord bot answers a slash command: the same
 * commands, arguments checked against the same definitions, the same pipeline. Plain text
 * without a slash is taken as a question for /ask when that command exists.
 */
export const answerLine = async (
  line: string,
  io: Pick<ChatIo, 'cwd' | 'examplesDir'>,
  deps: ChatDeps,
  requestId: string,
): Promise<Reply> => {
  const words = tokenize(line.trim());
  const [first = ''] = words;
  const asking = !first.startsWith('/') && findCommand(deps.commands, 'ask') !== undefined;
  const name = asking ? 'ask' : first.replace(/^\//, '').toLowerCase();
  const command = findCommand(deps.commands, name);
  if (command === undefined) {
    return first.startsWith('/')
      ? notice(
          text.unknownCommandTitle,
          `There is no /${name} here. Type /help to see the commands.`,
        )
      : notice(text.botName, 'Commands start with a slash: try /help.');
  }
  const parsed = await parseWords(
    command,
    asking ? words : words.slice(1),
    fileResolver(io.cwd, io.examplesDir),
  );
  if ('problems' in parsed) {
    const usage = command.examples.map((e) => `  ${e}`).join('\n');
    return notice(text.invalidArgsTitle, `${parsed.problems.join('\n')}\n\nFor example:\n${usage}`);
  }
  const { reply } = await invoke(command, parsed.args, { userId: 'terminal', requestId }, deps);
  return reply;
};

/**
 * The terminal chat: a prompt where the bot's commands work without Discord, so anyone can try
 * it with `pnpm start` and no token. Files the bot hands over are saved in `io.cwd`. Resolves
 * when the input ends or the user types /quit.
 */
export const runChat = async (io: ChatIo, deps: ChatDeps): Promise<void> => {
  const write = (value: string): void => {
    io.output.write(`${value}\n`);
  };
  const lines = createInterface({ input: io.input, terminal: false });
  write(
    [
      `${text.botName}: terminal chat (no DISCORD_TOKEN set, so nothing is sent to Discord).`,
      `Commands: ${deps.commands.map((c) => `/${c.definition.name}`).join(' ')}`,
      `Try: ${deps.commands
        .flatMap((c) => c.examples.slice(0, 1))
        .slice(0, 3)
        .join('   ')}`,
      'Type /help for more, /quit to leave.',
    ].join('\n'),
  );
  let count = 0;
  // The last reply, whose numbered buttons and menu choices a typed number picks.
  let last: Reply = {};
  const prompt = (): void => {
    io.output.write('> ');
  };
  prompt();
  for await (const line of lines) {
    if (quitWords.has(line.trim().toLowerCase())) break;
    const numbers = /^\d+([\s,]+\d+)*$/.test(line.trim()) && actions(last).length > 0;
    const picked = numbers ? choose(last, line) : undefined;
    if (line.trim() !== '') {
      const reply =
        numbers && picked === undefined
          ? notice(text.botName, 'That is not one of the numbered choices above.')
          : await answerLine(picked ?? line, io, deps, `terminal-${String(++count)}`);
      if (picked !== undefined || !numbers) last = reply;
      write(`\n${renderText(reply, { colour: io.colour })}\n`);
      for (const file of reply.files ?? []) {
        const path = await saveFile(io.cwd, file.name, file.text);
        write(`Saved ${file.name} to ${path}`);
      }
    }
    prompt();
  }
  lines.close();
  write('');
};
