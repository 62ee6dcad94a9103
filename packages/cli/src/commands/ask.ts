import { ask as askKnowledge, type AskResult, type KnowledgeAnswer } from '@target87/core';
import { parseArgs, unknownFlag, type Command } from '../command.js';
import { paint, type Io } from '../output.js';

const usage = [
  'target87 ask "<question>" [--json]',
  '',
  'Answers a question from the library: conventions and their articles, the partnership method,',
  'the glossary, good practices, Pathfinder countries and organisations. Every answer is cited.',
  '',
  '  --json   print { "question", "answers": [{ "kind", "id", "title", "text", "citation",',
  '           "conventionId" }] }, best first ("message" and "suggestions" when there is no answer)',
  '',
  'Exit status: 0 answered, 1 no confident answer or an empty question, 2 wrong usage.',
].join('\n');

const knownFlags = ['json'];

/** An answer as `--json` prints it: the fields the issue promises, `conventionId` null when none. */
const jsonAnswer = (answer: KnowledgeAnswer) => ({
  kind: answer.kind,
  id: answer.id,
  title: answer.title,
  text: answer.text,
  citation: answer.citation,
  conventionId: answer.conventionId ?? null,
});

const printJson = (io: Io, result: AskResult): void => {
  io.stdout(
    JSON.stringify(
      result.status === 'answered'
        ? { question: result.question, answers: result.answers.map(jsonAnswer) }
        : {
            question: result.question,
            answers: [],
            message: result.message,
            suggestions: result.suggestions,
          },
      null,
      2,
    ),
  );
};

const printReadable = (io: Io, result: AskResult): void => {
  if (result.status === 'unknown') {
    io.stdout(
      [
        paint(io, 'yellow', result.message),
        ...(result.suggestions.length === 0
          ? []
          : ['', 'Try:', ...result.suggestions.map((s) => `  ${s}`)]),
      ].join('\n'),
    );
    return;
  }
  const blocks = result.answers.map((answer, i) => {
    const about =
      answer.conventionId === undefined ? answer.kind : `${answer.kind}, ${answer.conventionId}`;
    return [
      `${paint(io, 'bold', `${String(i + 1)}. ${answer.title}`)} ${paint(io, 'dim', `(${about})`)}`,
      `   ${answer.text}`,
      `   ${paint(io, 'cyan', `Source: ${answer.citation}`)}`,
    ].join('\n');
  });
  io.stdout(blocks.join('\n\n'));
};

/**
 * `target87 ask "<question>"`: the knowledge search from a terminal.
 *
 * @example
 * await main(['ask', 'is prison labour forced labour?'], io);
 */
export const ask: Command = {
  name: 'ask',
  summary: 'Ask a question about the conventions or the partnership method; get cited answers.',
  usage,
  run: (args, io) => {
    const { flags, positionals } = parseArgs(args);
    const unknown = unknownFlag(flags, knownFlags);
    if (unknown !== undefined) {
      io.stderr(`${unknown}\n\nUsage: ${usage}`);
      return Promise.resolve(2);
    }
    const question = positionals.join(' ').trim();
    if (question === '') {
      io.stderr(
        `Ask a question, for example: target87 ask "what is the minimum age for hazardous work?"\n\nUsage: ${usage}`,
      );
      return Promise.resolve(2);
    }
    const json = flags.has('json');
    const asked = askKnowledge(question);
    // The CLI depends on the core only, so Either is read by its tag rather than through fp-ts.
    if (asked._tag === 'Left') {
      if (json) {
        io.stdout(
          JSON.stringify(
            { errors: asked.left.map((p) => ({ path: p.path, message: p.message })) },
            null,
            2,
          ),
        );
      } else {
        io.stderr(asked.left.map((p) => p.message).join('\n'));
      }
      return Promise.resolve(1);
    }
    if (json) printJson(io, asked.right);
    else printReadable(io, asked.right);
    return Promise.resolve(asked.right.status === 'answered' ? 0 : 1);
  },
};
