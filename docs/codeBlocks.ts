// Reads the fenced code blocks of a Markdown file and decides how the docs test checks each one.
// Pure: text in, plain values out; docs/samples.test.ts does the running.

/** What the HTML comments just above a fence say about the block. */
export interface Markers {
  /** `<!-- not-run: <reason> -->`: shown to the reader, never run; the reason is required. */
  readonly notRun?: string;
  /** `<!-- example:untyped -->`: a TS/JS program that is run but not type-checked. */
  readonly untyped: boolean;
  /** `<!-- output -->`: the output of the run block before it, checked against what it printed. */
  readonly output: boolean;
  /** Markers that could not be read (a not-run without a reason, an unknown `example:` tag). */
  readonly problems: readonly string[];
}

/** A fenced block as written: where it starts, its language and its text. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The first word of the info string, lower-cased; `''` when the fence has none. */
  readonly lang: string;
  readonly code: string;
  readonly markers: Markers;
}

/** A shell word: its text, and whether it holds an unquoted `*` or `?` to expand. */
export interface ShellWord {
  readonly text: string;
  readonly glob: boolean;
}

/** A shell line as the docs test runs it: simple words, an optional `>` and a comment. */
export interface ShellLine {
  readonly words: readonly ShellWord[];
  /** `> file` or `>> file`: where standard output goes. */
  readonly redirect?: { readonly path: string; readonly append: boolean };
  readonly comment: string;
}

/** A line of a shell block that runs the `target87` command. */
export interface ShellCommand {
  /** The 1-based line in the Markdown file. */
  readonly line: number;
  /** The line as written. */
  readonly text: string;
  /** The arguments after `target87` (or `pnpm -s target87`). */
  readonly args: readonly ShellWord[];
  readonly redirect?: ShellLine['redirect'];
  /** 0 unless the line's comment says otherwise (`# exits 1`). */
  readonly exitCode: number;
}

/** One thing typed into the terminal chat, and the reply lines the transcript shows after it. */
export interface ChatTurn {
  readonly line: number;
  readonly typed: string;
  readonly shown: readonly string[];
}

/** How the docs test checks a block. */
export type Sample =
  | { readonly kind: 'not-run'; readonly reason: string }
  | {
      readonly kind: 'program';
      readonly extension: '.ts' | '.mjs';
      readonly typed: boolean;
      /** Text the output must contain: one per `console.log(...); // <text>` line. */
      readonly expected: readonly string[];
    }
  | { readonly kind: 'shell'; readonly commands: readonly ShellCommand[] }
  | { readonly kind: 'chat'; readonly turns: readonly ChatTurn[] }
  | { readonly kind: 'data'; readonly format: 'yaml' | 'json' }
  | { readonly kind: 'output'; readonly lines: readonly string[] }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

const languages: Readonly<Record<string, string>> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'mjs',
  javascript: 'mjs',
  mjs: 'mjs',
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  text: 'text',
  '': 'text',
};

const comment = /^\s*<!--\s*(.*?)\s*-->\s*$/;

/** Reads the marker comments directly above line `index` (blank lines may separate them). */
const markersAbove = (lines: readonly string[], index: number): Markers => {
  let notRun: string | undefined;
  let untyped = false;
  let output = false;
  const problems: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (text.trim() === '') continue;
    const match = comment.exec(text);
    if (match === null) break;
    const body = match[1] ?? '';
    const reason = /^not-run\b:?\s*(.*)$/.exec(body);
    if (reason !== null) {
      if ((reason[1] ?? '') === '')
        problems.push('<!-- not-run --> needs a reason: <!-- not-run: why -->');
      else notRun = reason[1];
    } else if (body === 'example:untyped') untyped = true;
    else if (body === 'output') output = true;
    else if (body === 'example:library') continue;
    else if (body.startsWith('example:') || body.startsWith('output'))
      problems.push(`unknown marker <!-- ${body} -->`);
  }
  return { ...(notRun === undefined ? {} : { notRun }), untyped, output, problems };
};

/**
 * Every fenced code block of a Markdown file (``` or ~~~, indented or not), with the markers
 * written above it.
 *
 * @example
 * extractCodeBlocks('README.md', '<!-- not-run: needs a token -->\n```sh\npnpm start\n```\n');
 * // [{ file: 'README.md', line: 2, lang: 'sh', code: 'pnpm start\n', markers: { notRun: 'needs a token', ... } }]
 */
export const extractCodeBlocks = (file: string, markdown: string): CodeBlock[] => {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j] ?? '';
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(text)?.[1] ?? '';
      if (close.startsWith(fence.slice(0, 3)) && close.length >= fence.length) break;
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    blocks.push({
      file,
      line: i + 1,
      lang: info.toLowerCase(),
      code: body.map((b) => `${b}\n`).join(''),
      markers: markersAbove(lines, i),
    });
    i = j;
  }
  return blocks;
};

/** `console.log(...); // text` asserts that the output contains `text`. */
const expectedOutput = (code: string): string[] =>
  code.split('\n').flatMap((text) => {
    const match = /console\.log\(.*\);?\s*\/\/\s*(.+?)\s*$/.exec(text);
    return match?.[1] === undefined ? [] : [match[1]];
  });

/**
 * Splits a shell line into words the way sh does for the simple commands the docs show: quotes,
 * backslashes, a trailing comment and a `>`/`>>` redirect. Anything else (variables, pipes,
 * `&&`, `;`, sub-shells) is reported, since the docs test would run it differently from a shell.
 *
 * @example
 * parseShellLine(`target87 ask "what's forced labour?" > answer.txt # saved`);
 * // { words: [target87, ask, what's forced labour?], redirect: { path: 'answer.txt', append: false }, comment: 'saved' }
 */
export const parseShellLine = (line: string): ShellLine | { readonly problem: string } => {
  const words: ShellWord[] = [];
  let redirect: ShellLine['redirect'];
  let pendingRedirect: boolean | undefined; // append or not, once `>` or `>>` is read
  let word: { text: string; glob: boolean } | undefined;
  const finish = (): void => {
    if (word === undefined) return;
    if (pendingRedirect === undefined) words.push(word);
    else {
      redirect = { path: word.text, append: pendingRedirect };
      pendingRedirect = undefined;
    }
    word = undefined;
  };
  const append = (text: string, glob = false): void => {
    word = { text: (word?.text ?? '') + text, glob: (word?.glob ?? false) || glob };
  };
  let i = 0;
  while (i < line.length) {
    const char = line.charAt(i);
    if (/\s/.test(char)) {
      finish();
      i++;
    } else if (char === '#' && word === undefined) {
      finish();
      if (pendingRedirect !== undefined) return { problem: '`>` needs a file name' };
      return {
        words,
        ...(redirect === undefined ? {} : { redirect }),
        comment: line.slice(i + 1).trim(),
      };
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { problem: 'a quote is not closed' };
      append(line.slice(i + 1, end));
      i = end + 1;
    } else if (char === '"') {
      let text = '';
      i++;
      for (; i < line.length && line.charAt(i) !== '"'; i++) {
        const c = line.charAt(i);
        if (c === '$' || c === '`')
          return { problem: `\`${c}\` runs differently in the docs test` };
        if (c === '\\' && /["\\$`]/.test(line.charAt(i + 1))) text += line.charAt(++i);
        else text += c;
      }
      if (i >= line.length) return { problem: 'a quote is not closed' };
      append(text);
      i++;
    } else if (char === '\\') {
      append(line.charAt(i + 1));
      i += 2;
    } else if (char === '>') {
      finish();
      if (pendingRedirect !== undefined || redirect !== undefined)
        return { problem: 'only one `>` is supported' };
      pendingRedirect = line.charAt(i + 1) === '>';
      i += pendingRedirect ? 2 : 1;
    } else if (/[|&;<()$`{}]/.test(char)) {
      return { problem: `\`${char}\` runs differently in the docs test` };
    } else {
      append(char, char === '*' || char === '?');
      i++;
    }
  }
  finish();
  if (pendingRedirect !== undefined) return { problem: '`>` needs a file name' };
  return { words, ...(redirect === undefined ? {} : { redirect }), comment: '' };
};

/** How the docs call the command line: `target87`, `pnpm target87` or `pnpm -s target87`. */
const cliPrefixes = [
  ['target87'],
  ['pnpm', 'target87'],
  ['pnpm', '-s', 'target87'],
  ['pnpm', '--silent', 'target87'],
];

/** Joins lines continued with a trailing backslash, keeping the line each command starts on. */
const logicalLines = (code: string, firstLine: number): { line: number; text: string }[] => {
  const result: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | undefined;
  code
    .split('\n')
    .slice(0, -1)
    .forEach((text, i) => {
      const joined =
        pending === undefined
          ? { line: firstLine + i, text }
          : { ...pending, text: `${pending.text.trimEnd()} ${text.trim()}` };
      if (/\\\s*$/.test(text)) pending = { ...joined, text: joined.text.replace(/\\\s*$/, '') };
      else {
        result.push(joined);
        pending = undefined;
      }
    });
  if (pending !== undefined) result.push(pending);
  return result;
};

const shellSample = (block: CodeBlock): Sample => {
  const commands: ShellCommand[] = [];
  const problems: string[] = [];
  for (const { line, text } of logicalLines(block.code, block.line + 1)) {
    const at = `${block.file}:${String(line)}`;
    const parsed = parseShellLine(text.trim());
    if ('problem' in parsed) {
      problems.push(`${at}: \`${text.trim()}\`: ${parsed.problem}`);
      continue;
    }
    if (parsed.words.length === 0) continue;
    const words = parsed.words.map((w) => w.text);
    const prefix = cliPrefixes.find((p) => p.every((word, i) => words[i] === word));
    if (prefix === undefined) {
      problems.push(
        `${at}: \`${text.trim()}\` is not a target87 command, so the docs test cannot run it: move it to a block marked <!-- not-run: <reason> -->`,
      );
      continue;
    }
    const exits = /\bexits (\d+)\b/.exec(parsed.comment);
    commands.push({
      line,
      text: text.trim(),
      args: parsed.words.slice(prefix.length),
      ...(parsed.redirect === undefined ? {} : { redirect: parsed.redirect }),
      exitCode: exits?.[1] === undefined ? 0 : Number(exits[1]),
    });
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'shell', commands };
};

/** A transcript line the user typed: a slash command, or anything after the `> ` prompt. */
const typedText = (text: string): string | undefined => {
  const prompt = /^> (.*)$/.exec(text);
  if (prompt !== null) return prompt[1]?.trim();
  return text.startsWith('/') ? text.trim() : undefined;
};

const chatTurns = (block: CodeBlock): ChatTurn[] => {
  const turns: { line: number; typed: string; shown: string[] }[] = [];
  block.code
    .split('\n')
    .slice(0, -1)
    .forEach((text, i) => {
      const typed = typedText(text);
      if (typed !== undefined) turns.push({ line: block.line + 1 + i, typed, shown: [] });
      else if (text.trim() !== '') turns.at(-1)?.shown.push(text.trim());
    });
  return turns;
};

/** Lines an output block shows, without the `...` that stand for left-out lines. */
const shownLines = (code: string): string[] =>
  code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '...' && l !== '…');

/**
 * Decides how a block is checked: not run (with its reason), run as a program, run through the
 * CLI, fed to the terminal chat, decoded as data, compared as output, or refused with the
 * reasons.
 *
 * @example
 * const [block] = extractCodeBlocks('README.md', '```sh\npnpm -s target87 convention C138\n```\n');
 * if (block) classify(block);
 * // { kind: 'shell', commands: [{ line: 2, args: [convention, C138], exitCode: 0, ... }] }
 */
export const classify = (block: CodeBlock): Sample => {
  const { markers } = block;
  const where = `${block.file}:${String(block.line)}`;
  if (markers.problems.length > 0)
    return { kind: 'invalid', problems: markers.problems.map((p) => `${where}: ${p}`) };
  if (markers.notRun !== undefined) return { kind: 'not-run', reason: markers.notRun };
  const lang = languages[block.lang];
  const fence = block.lang === '' ? 'a block with no language' : `a \`\`\`${block.lang} block`;
  const unmarked = `${where}: ${fence} that is neither run nor marked: write it so the docs test can run it, or mark it <!-- not-run: <reason> -->`;
  if (markers.output) {
    return lang === 'text'
      ? { kind: 'output', lines: shownLines(block.code) }
      : { kind: 'invalid', problems: [`${where}: <!-- output --> marks a text block only`] };
  }
  if (markers.untyped && lang !== 'ts' && lang !== 'mjs')
    return {
      kind: 'invalid',
      problems: [`${where}: <!-- example:untyped --> marks a ts or js block only`],
    };
  switch (lang) {
    case 'ts':
    case 'mjs':
      return {
        kind: 'program',
        extension: lang === 'ts' ? '.ts' : '.mjs',
        typed: !markers.untyped,
        expected: expectedOutput(block.code),
      };
    case 'sh':
      return shellSample(block);
    case 'yaml':
    case 'json':
      return { kind: 'data', format: lang };
    case 'text': {
      const first = block.code.split('\n').find((l) => l.trim() !== '') ?? '';
      return typedText(first) === undefined
        ? { kind: 'invalid', problems: [unmarked] }
        : { kind: 'chat', turns: chatTurns(block) };
    }
    default:
      return { kind: 'invalid', problems: [unmarked] };
  }
};
