import { describe, expect, it } from 'vitest';
import { classify, extractCodeBlocks, parseShellLine, type CodeBlock } from './codeBlocks.js';

const only = (markdown: string): CodeBlock => {
  const [block, ...rest] = extractCodeBlocks('doc.md', markdown);
  if (block === undefined || rest.length > 0) throw new Error('expected exactly one block');
  return block;
};

describe('extractCodeBlocks', () => {
  it('finds each fenced block with its line, language and text', () => {
    const blocks = extractCodeBlocks(
      'doc.md',
      '# Title\n\n```ts\nconst a = 1;\n```\n\ntext\n\n~~~~yaml title="plan"\nname: x\n~~~~\n',
    );
    expect(blocks.map(({ line, lang, code }) => ({ line, lang, code }))).toEqual([
      { line: 3, lang: 'ts', code: 'const a = 1;\n' },
      { line: 9, lang: 'yaml', code: 'name: x\n' },
    ]);
  });

  it('keeps a shorter or different fence inside a block as text', () => {
    const block = only('````md\n```ts\nx\n```\n~~~\n````\n');
    expect(block.code).toBe('```ts\nx\n```\n~~~\n');
  });

  it('takes the indentation of a fence in a list item off its lines', () => {
    expect(only('1. Run:\n\n   ```sh\n   target87 --help\n   ```\n').code).toBe(
      'target87 --help\n',
    );
  });

  it('gives a block without a language the empty language', () => {
    expect(only('```\nplain\n```\n').lang).toBe('');
  });

  it('reads the markers above a block, across blank lines and other comments', () => {
    const block = only(
      '<!-- not-run: needs a token -->\n<!-- prettier-ignore -->\n\n<!-- example:untyped -->\n\n```ts\nx\n```\n',
    );
    expect(block.markers).toEqual({
      notRun: 'needs a token',
      untyped: true,
      output: false,
      problems: [],
    });
  });

  it('stops reading markers at the first line of prose', () => {
    expect(only('<!-- not-run: old -->\nSome prose.\n\n```sh\nx\n```\n').markers.notRun).toBe(
      undefined,
    );
  });

  it('reports a not-run marker without a reason and an unknown example marker', () => {
    expect(
      only('<!-- not-run -->\n<!-- example:typo -->\n```sh\nx\n```\n').markers.problems,
    ).toEqual([
      'unknown marker <!-- example:typo -->',
      '<!-- not-run --> needs a reason: <!-- not-run: why -->',
    ]);
  });
});

describe('parseShellLine', () => {
  it('splits words the way sh does, with quotes and backslashes', () => {
    const line = parseShellLine(`target87 ask "what's \\"forced\\" labour?" 'C.29 Art. 2' a\\ b`);
    expect('words' in line && line.words.map((w) => w.text)).toEqual([
      'target87',
      'ask',
      'what\'s "forced" labour?',
      'C.29 Art. 2',
      'a b',
    ]);
  });

  it('reads a redirect and a trailing comment', () => {
    expect(parseShellLine('target87 score --template > plan.yaml   # exits 0')).toEqual({
      words: [
        { text: 'target87', glob: false },
        { text: 'score', glob: false },
        { text: '--template', glob: false },
      ],
      redirect: { path: 'plan.yaml', append: false },
      comment: 'exits 0',
    });
  });

  it('marks unquoted wildcards for expansion, and only those', () => {
    const line = parseShellLine(`target87 score a-*.yaml "b-*.yaml"`);
    expect('words' in line && line.words.slice(2)).toEqual([
      { text: 'a-*.yaml', glob: true },
      { text: 'b-*.yaml', glob: false },
    ]);
  });

  it('keeps a # inside a word', () => {
    const line = parseShellLine('target87 ask C#1');
    expect('words' in line && line.words.map((w) => w.text)).toEqual(['target87', 'ask', 'C#1']);
  });

  it.each([
    ['target87 ask $QUESTION', '`$` runs differently in the docs test'],
    ['target87 ask x | head', '`|` runs differently in the docs test'],
    ['target87 ask x && echo y', '`&` runs differently in the docs test'],
    ['target87 ask "x', 'a quote is not closed'],
    ['target87 score >', '`>` needs a file name'],
  ])('refuses %s', (text, problem) => {
    expect(parseShellLine(text)).toEqual({ problem });
  });
});

describe('classify', () => {
  const sample = (markdown: string) => classify(only(markdown));

  it('runs a TypeScript or JavaScript block, with what its console.log lines promise', () => {
    expect(sample("```js\nconsole.log(1 + 1); // 2\nif (ok) console.log('a');\n```\n")).toEqual({
      kind: 'program',
      extension: '.mjs',
      typed: true,
      expected: ['2'],
    });
    expect(sample('<!-- example:untyped -->\n```ts\nx\n```\n')).toMatchObject({
      extension: '.ts',
      typed: false,
    });
  });

  it('runs the target87 lines of a shell block, with the exit code their comment gives', () => {
    expect(
      sample(
        '```sh\n# a comment line\npnpm -s target87 convention C138\ntarget87 score weak.yaml \\\n  --json   # exits 1\n```\n',
      ),
    ).toEqual({
      kind: 'shell',
      commands: [
        {
          line: 3,
          text: 'pnpm -s target87 convention C138',
          args: [
            { text: 'convention', glob: false },
            { text: 'C138', glob: false },
          ],
          exitCode: 0,
        },
        {
          line: 4,
          text: 'target87 score weak.yaml --json   # exits 1',
          args: [
            { text: 'score', glob: false },
            { text: 'weak.yaml', glob: false },
            { text: '--json', glob: false },
          ],
          exitCode: 1,
        },
      ],
    });
  });

  it('refuses a shell block with a line it cannot run, naming the line', () => {
    expect(sample('```sh\npnpm install\ntarget87 --help\n```\n')).toEqual({
      kind: 'invalid',
      problems: [
        'doc.md:2: `pnpm install` is not a target87 command, so the docs test cannot run it: move it to a block marked <!-- not-run: <reason> -->',
      ],
    });
  });

  it('leaves a block marked not-run alone, whatever it holds', () => {
    expect(sample('<!-- not-run: needs a Discord token -->\n\n```sh\npnpm start\n```\n')).toEqual({
      kind: 'not-run',
      reason: 'needs a Discord token',
    });
  });

  it('feeds a chat transcript to the chat, with the reply lines shown after each typed line', () => {
    expect(sample('```text\n> /convention C138\nC.138: Minimum Age\n> 1\n/help\n```\n')).toEqual({
      kind: 'chat',
      turns: [
        { line: 2, typed: '/convention C138', shown: ['C.138: Minimum Age'] },
        { line: 4, typed: '1', shown: [] },
        { line: 5, typed: '/help', shown: [] },
      ],
    });
  });

  it('compares an output block, without its ellipses', () => {
    expect(sample('<!-- output -->\n```text\nC.138\n...\n  Art. 2\n```\n')).toEqual({
      kind: 'output',
      lines: ['C.138', 'Art. 2'],
    });
  });

  it('decodes YAML and JSON', () => {
    expect(sample('```yml\nname: x\n```\n')).toEqual({ kind: 'data', format: 'yaml' });
    expect(sample('```json\n{}\n```\n')).toEqual({ kind: 'data', format: 'json' });
  });

  it('refuses an unmarked block it cannot run, naming file and line', () => {
    expect(sample('```text\nA -> B\n```\n')).toEqual({
      kind: 'invalid',
      problems: [
        'doc.md:1: a ```text block that is neither run nor marked: write it so the docs test can run it, or mark it <!-- not-run: <reason> -->',
      ],
    });
    expect(sample('```mermaid\ngraph TD\n```\n')).toMatchObject({ kind: 'invalid' });
  });

  it('refuses markers on blocks they do not fit', () => {
    expect(sample('<!-- output -->\n```sh\ntarget87 --help\n```\n')).toMatchObject({
      kind: 'invalid',
    });
    expect(sample('<!-- example:untyped -->\n```yaml\na: 1\n```\n')).toMatchObject({
      kind: 'invalid',
    });
  });
});
