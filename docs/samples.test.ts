// Runs every code sample in README.md, CONTRIBUTING.md and docs/*.md (not docs/api), so the docs
// cannot drift from the code. Each fenced block is run or checked, or carries
// `<!-- not-run: <reason> -->` on the line(s) just above it (a blank line may separate them); any
// other block fails, naming its file and line. docs/codeBlocks.ts reads and sorts the blocks:
//
// - ```ts / ```js / ```mjs: a whole program. Written to a throw-away project in .tmp/ whose
//   node_modules link @target87/core, @target87/cli and fp-ts to the workspace, run with tsx under
//   the `@target87/source` condition (the packages run from source), and type-checked with the
//   repo's strict settings in one tsc run for all blocks, unless marked `<!-- example:untyped -->`.
//   `console.log(...); // <text>` asserts that the output contains <text>. A statement that does
//   nothing (`best.citation; // 'C.138 Art. 3(1)'`) is refused: print it and assert.
// - ```sh: every line is a `target87` command (`target87`, `pnpm target87` or `pnpm -s target87`),
//   run through the command line's `main` from source, one after the other, in a temporary folder
//   that links the repository's top-level entries (so `packages/...` paths read as in a clone and
//   written files, `> plan.yaml` or `--markdown=report.md`, land in the folder). Each must exit 0,
//   or the code its comment gives (`# exits 1`). Quotes, `*`, one `>` and comments work as in sh;
//   other shell syntax is refused. Any other command (installs, secrets, `pnpm start`) fails the
//   test: such lines go in their own block marked not-run.
// - ```text whose first line is typed in the terminal chat (`/command ...`, or `> ` then what is
//   typed): the typed lines go to the bot's `runChat` over in-memory streams. No reply may be a
//   refusal or an error (see `isRefusal`), and the transcript's other lines must appear in the
//   reply to the line above them.
// - ```text marked `<!-- output -->`: the run block just before it must print each of its lines
//   (`...` stands for left-out lines). Any other text block (diagrams, measurements) is marked
//   not-run, as is any other language.
// - ```yaml / ```json: decoded by the core's own readers, chosen by the top-level fields: a plan
//   (`partners`), a quick self-assessment (`answers`), a scoring profile (`groupWeights`,
//   `criterionWeights`, `partialCredit`, `bands` or `gates`) or a make-up (`makeUp` alone), with
//   no problem. Other data must at least parse.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyCommand } from '../apps/bot/src/commands/command.js';
import { commands } from '../apps/bot/src/commands/index.js';
import { createLogger } from '../apps/bot/src/log.js';
import type { Reply } from '../apps/bot/src/reply.js';
import { runChat } from '../apps/bot/src/terminal/chat.js';
import { main } from '../packages/cli/src/index.js';
import {
  decode,
  formatProblems,
  PartnershipMakeUp,
  parsePlanText,
  parseScoringProfileText,
  parseSelfAssessmentText,
  readStructuredText,
  type Problems,
} from '../packages/core/src/index.js';
import {
  classify,
  extractCodeBlocks,
  type ChatTurn,
  type CodeBlock,
  type Sample,
  type ShellCommand,
  type ShellWord,
} from './codeBlocks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const markdownFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
].filter((file) => existsSync(join(root, file)));

interface Entry {
  readonly block: CodeBlock;
  readonly sample: Sample;
  readonly where: string;
  /** The run block whose output an `<!-- output -->` block shows. */
  readonly previous: Entry | undefined;
}

const entries: Entry[] = [];
for (const file of markdownFiles) {
  let previous: Entry | undefined;
  for (const block of extractCodeBlocks(file, readFileSync(join(root, file), 'utf8'))) {
    const entry = {
      block,
      sample: classify(block),
      where: `${file}:${String(block.line)}`,
      previous,
    };
    entries.push(entry);
    previous = entry;
  }
}

// ---- the throw-away project ----------------------------------------------------------

let work = '';
const programPath = (entry: Entry): string =>
  join(
    work,
    'programs',
    `${entry.block.file.replace(/\W+/g, '-')}-${String(entry.block.line)}${entry.sample.kind === 'program' ? entry.sample.extension : ''}`,
  );

beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  work = mkdtempSync(join(root, '.tmp', 'docs-samples-'));
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, '@target87'), { recursive: true });
  symlinkSync(join(root, 'packages/core'), join(modules, '@target87/core'), 'dir');
  symlinkSync(join(root, 'packages/cli'), join(modules, '@target87/cli'), 'dir');
  symlinkSync(realpathSync(join(root, 'packages/core/node_modules/fp-ts')), join(modules, 'fp-ts'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  mkdirSync(join(work, 'programs'));
  for (const entry of entries) {
    if (entry.sample.kind === 'program') writeFileSync(programPath(entry), entry.block.code);
  }
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const run = (command: string, args: readonly string[], cwd: string): Promise<Run> =>
  new Promise((done) => {
    execFile(
      command,
      args,
      {
        cwd,
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1' },
      },
      (error, stdout, stderr) => {
        done({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          stdout,
          stderr,
        });
      },
    );
  });

const once = <A>(compute: () => A): (() => A) => {
  let result: { value: A } | undefined;
  return () => (result ??= { value: compute() }).value;
};

/** Runs each block once, for its own test and for the output block after it. */
const memo = <A>(compute: (entry: Entry) => Promise<A>): ((entry: Entry) => Promise<A>) => {
  const cache = new Map<Entry, Promise<A>>();
  return (entry) => {
    const cached = cache.get(entry);
    if (cached !== undefined) return cached;
    const started = compute(entry);
    cache.set(entry, started);
    return started;
  };
};

// ---- programs ------------------------------------------------------------------------

/** Statements that compute a value and drop it: a claim about a value that nothing checks. */
const idleStatements = (source: ts.SourceFile): ts.Node[] => {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const expression = ts.skipPartiallyEmittedExpressions(node.expression);
      if (
        ts.isIdentifier(expression) ||
        ts.isPropertyAccessExpression(expression) ||
        ts.isElementAccessExpression(expression) ||
        ts.isLiteralExpression(expression) ||
        (ts.isBinaryExpression(expression) &&
          expression.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken)
      )
        found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

/**
 * Type-checks every typed program block in one tsc run, with the repo's compiler settings, in a
 * child process so that the blocks run meanwhile. Gives the problems found in each block.
 */
const typeCheck = once(async (): Promise<ReadonlyMap<string, readonly string[]>> => {
  const typed = entries.filter((e) => e.sample.kind === 'program' && e.sample.typed);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: {
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
        allowJs: true,
        checkJs: true,
        noEmit: true,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        moduleDetection: 'force',
      },
      files: typed.map(programPath),
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const { stdout } = await run(process.execPath, [tsc, '-p', work, '--pretty', 'false'], work);
  const problems = new Map<string, string[]>();
  // `programs/README-md-68.mjs(3,5): error TS2304: Cannot find name 'x'.`, then indented details.
  // Errors in the workspace's own sources are theirs to report; any other error (a bad option)
  // means the blocks were not checked, and fails them all.
  let current: string[] | undefined;
  for (const line of stdout.split('\n')) {
    const error = /^(?:(.*?)\((\d+),\d+\): )?error (TS\d+: .*)$/.exec(line);
    if (error === null) {
      if (line.startsWith(' ')) current?.push(line);
      continue;
    }
    const [, path, row = '0', message = ''] = error;
    const file = path === undefined ? undefined : join(work, path);
    const entry = typed.find((e) => programPath(e) === file);
    current = undefined;
    if (entry === undefined && file !== undefined && !file.startsWith(work)) continue;
    const key = entry?.where ?? '';
    current = problems.get(key) ?? [];
    problems.set(key, current);
    current.push(
      entry === undefined
        ? line
        : `${entry.block.file}:${String(entry.block.line + Number(row))}: ${message}`,
    );
  }
  return problems;
});

/** Statements that compute a value and drop it, in the order they appear. */
const idleProblems = (entry: Entry): string[] => {
  const source = ts.createSourceFile(
    programPath(entry),
    entry.block.code,
    ts.ScriptTarget.Latest,
    true,
  );
  return idleStatements(source).map(
    (node) =>
      `${entry.block.file}:${String(entry.block.line + 1 + source.getLineAndCharacterOfPosition(node.getStart()).line)}: \`${node.getText()}\` does nothing: print it with console.log(...); // <what it prints>`,
  );
};

const runProgram = memo((entry): Promise<Run> =>
  run(
    process.execPath,
    ['--conditions=@target87/source', '--import', 'tsx', programPath(entry)],
    work,
  ),
);

// ---- shell blocks --------------------------------------------------------------------

/** A word with `*` or `?` names the files it matches (sorted), or itself when none does. */
const expand = (cwd: string, word: ShellWord): string[] => {
  if (!word.glob) return [word.text];
  const folder = dirname(word.text);
  const pattern = new RegExp(
    `^${basename(word.text)
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const matches = readdirSync(resolve(cwd, folder))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => (folder === '.' ? name : `${folder}/${name}`));
  return matches.length > 0 ? matches : [word.text];
};

/**
 * Runs a shell block's commands one after the other through the command line's `main`, from
 * source, in a folder that links the repository's top-level entries: paths such as
 * `packages/core/examples/strong.yaml` read as in a clone, and files written land in the folder.
 */
const runShell = memo(async (entry): Promise<{ command: ShellCommand; result: Run }[]> => {
  const commands = entry.sample.kind === 'shell' ? entry.sample.commands : [];
  const cwd = mkdtempSync(join(work, 'shell-'));
  for (const name of readdirSync(root)) {
    if (!['.git', '.tmp', 'node_modules'].includes(name))
      symlinkSync(join(root, name), join(cwd, name));
  }
  const results: { command: ShellCommand; result: Run }[] = [];
  for (const command of commands) {
    let stdout = '';
    let stderr = '';
    const code = await main(
      command.args.flatMap((word) => expand(cwd, word)),
      {
        stdout: (text) => (stdout += `${text}\n`),
        stderr: (text) => (stderr += `${text}\n`),
        colour: false,
        readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
        writeFile: (path, text) => writeFile(resolve(cwd, path), text, 'utf8'),
      },
    );
    const { redirect } = command;
    if (redirect !== undefined) {
      await writeFile(resolve(cwd, redirect.path), stdout, { flag: redirect.append ? 'a' : 'w' });
    }
    results.push({
      command,
      result: { code, stdout: redirect === undefined ? stdout : '', stderr },
    });
  }
  return results;
});

/** What a run block printed, for the output block after it. */
const printed = async (entry: Entry): Promise<string> =>
  entry.sample.kind === 'program'
    ? (await runProgram(entry)).stdout
    : (await runShell(entry)).map((r) => r.result.stdout).join('');

// ---- chat transcripts ----------------------------------------------------------------

/** Text with runs of white space as one space, for comparing. */
const plain = (text: string): string => text.replace(/\s+/g, ' ');

/** A turn's answer: the reply text, and the command that gave it (none for a refusal). */
interface ChatReply {
  readonly text: string;
  readonly command: string | undefined;
  readonly reply: Reply | undefined;
}

/**
 * Whether a reply refuses or fails rather than answers: the chat or the pipeline answered
 * instead of a command (unknown command, wrong arguments, refused upload, failure), or the
 * command's own answer is an error, a private warning (problems to fix, nothing found), or an
 * /ask that does not know. A low score's warning is an answer.
 */
const isRefusal = ({ command, reply }: ChatReply): boolean =>
  reply === undefined ||
  reply.tone === 'error' ||
  (reply.tone === 'warning' && (reply.ephemeral === true || command === 'ask'));

const runTranscript = async (turns: readonly ChatTurn[]): Promise<ChatReply[]> => {
  const cwd = mkdtempSync(join(work, 'chat-'));
  const input = new PassThrough();
  input.end(turns.map((t) => `${t.typed}\n`).join(''));
  // Each reply is written at once, after a blank line; the banner, prompts and notes are not.
  const replies: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString();
      if (text.startsWith('\n') && text.trim() !== '') replies.push(text.trim());
      done();
    },
  });
  // The chat answers one line at a time, so a command runs for the turn whose reply comes next.
  const answered = new Map<number, { command: string; reply: Reply }>();
  const recorded = commands.map((command): AnyCommand => ({
    ...command,
    run: async (args, context) => {
      const turn = replies.length;
      const reply = await command.run(args, context);
      answered.set(turn, { command: command.definition.name, reply });
      return reply;
    },
  }));
  await runChat(
    { input, output, cwd, examplesDir: join(root, 'packages/core/examples'), colour: false },
    { commands: recorded, cooldowns: { take: () => 0 }, log: createLogger('silent') },
  );
  return replies.map((text, i) => ({
    text,
    command: answered.get(i)?.command,
    reply: answered.get(i)?.reply,
  }));
};

// ---- data ----------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const profileFields = ['groupWeights', 'criterionWeights', 'partialCredit', 'bands', 'gates'];

const dataProblems = (code: string, format: 'yaml' | 'json'): string[] => {
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(code);
    } catch (error) {
      return [`not JSON: ${String(error)}`];
    }
  } else {
    const read = readStructuredText(code);
    if (read._tag === 'Left') return [formatProblems(read.left)];
    value = read.right.value;
  }
  const report = (result: { _tag: 'Left'; left: Problems } | { _tag: 'Right' }): string[] =>
    result._tag === 'Left' ? [formatProblems(result.left)] : [];
  if (!isRecord(value)) return [];
  if ('partners' in value) return report(parsePlanText(code));
  if ('answers' in value) return report(parseSelfAssessmentText(code));
  if (profileFields.some((f) => f in value)) return report(parseScoringProfileText(code));
  if (Object.keys(value).join() === 'makeUp')
    return report(decode(PartnershipMakeUp)(value['makeUp']));
  return [];
};

// ---- the tests -----------------------------------------------------------------------

const timeout = 60_000;

describe.concurrent('the code samples in the docs', () => {
  it('finds the docs and their blocks', () => {
    expect(markdownFiles).toContain('README.md');
    expect(entries.length).toBeGreaterThan(10);
  });

  for (const entry of entries) {
    const { block, sample, where } = entry;
    const title = `${where} (\`\`\`${block.lang || 'text'})`;
    switch (sample.kind) {
      case 'not-run':
        break;
      case 'invalid':
        it(`${title} is run or marked not-run`, () => {
          expect.fail(sample.problems.join('\n'));
        });
        break;
      case 'program':
        it(
          `${title} runs${sample.typed ? ', type-checks' : ''} and prints what it says`,
          async () => {
            const running = runProgram(entry);
            const checked = sample.typed ? await typeCheck() : new Map<string, readonly string[]>();
            const problems = [
              ...(checked.get('') ?? []),
              ...(checked.get(where) ?? []),
              ...idleProblems(entry),
            ];
            const result = await running;
            expect(result.code, `${where} failed:\n${result.stderr}`).toBe(0);
            expect(problems, problems.join('\n')).toEqual([]);
            for (const expected of sample.expected) {
              expect(result.stdout, `${where} should print "${expected}"`).toContain(expected);
            }
          },
          timeout,
        );
        break;
      case 'shell':
        it(
          `${title} runs each target87 command`,
          async () => {
            for (const { command, result } of await runShell(entry)) {
              expect(
                result.code,
                `${block.file}:${String(command.line)}: \`${command.text}\` exited ${String(result.code)}\n${result.stderr}`,
              ).toBe(command.exitCode);
            }
          },
          timeout,
        );
        break;
      case 'chat':
        it(
          `${title} gets an answer to each line in the terminal chat`,
          async () => {
            const replies = await runTranscript(sample.turns);
            sample.turns.forEach((turn, i) => {
              const reply = replies[i];
              const at = `${block.file}:${String(turn.line)}: ${turn.typed}`;
              if (reply === undefined) expect.fail(`${at} got no reply`);
              expect(isRefusal(reply), `${at} got a refusal or an error:\n${reply.text}`).toBe(
                false,
              );
              for (const shown of turn.shown) {
                expect(plain(reply.text), `${at} should reply with "${shown}"`).toContain(
                  plain(shown),
                );
              }
            });
            expect(replies).toHaveLength(sample.turns.length);
          },
          timeout,
        );
        break;
      case 'data':
        it(`${title} decodes without problems`, () => {
          expect(dataProblems(block.code, sample.format), where).toEqual([]);
        });
        break;
      case 'output':
        it(
          `${title} is what the block before it prints`,
          async () => {
            const { previous } = entry;
            if (previous === undefined || !['program', 'shell'].includes(previous.sample.kind))
              expect.fail(`${where}: <!-- output --> follows a block that is not run`);
            const output = plain(await printed(previous));
            for (const line of sample.lines) expect(output, where).toContain(plain(line));
          },
          timeout,
        );
        break;
    }
  }
});
