import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../shared/problem.js';
import { parseProblemPath, readStructuredText, withPositions } from './readText.js';

const problemsOf = (text: string, limits = {}): readonly Problem[] => {
  const result = readStructuredText(text, limits);
  return E.isLeft(result) ? result.left : [];
};

describe('readStructuredText', () => {
  it('reads YAML and JSON into the same value', () => {
    const yaml = readStructuredText('name: X\npartners: []\n');
    const json = readStructuredText('{ "name": "X", "partners": [] }');
    expect(E.isRight(yaml) && yaml.right.value).toEqual({ name: 'X', partners: [] });
    expect(E.isRight(json) && json.right.value).toEqual({ name: 'X', partners: [] });
  });

  it('reports a syntax error with its line and column', () => {
    const [problem] = problemsOf('name: X\npartners: [\n  a\nb: 1\n');
    expect(problem?.code).toBe('syntax');
    expect(problem?.message).toMatch(/^Line \d+, column \d+: /);
  });

  it('reports malformed JSON with its position', () => {
    const [problem] = problemsOf('{"name": "X", "partners": [1, 2,}');
    expect(problem?.code).toBe('syntax');
    expect(problem?.message).toContain('Line 1, column');
  });

  it('calls an empty document, or one with only comments, empty', () => {
    for (const text of ['', '   \n\n', '# just a comment\n', '\uFEFF']) {
      expect(problemsOf(text)[0]?.code).toBe('empty');
    }
  });

  it('refuses a document over the size limit before parsing it', () => {
    const [problem] = problemsOf(`name: ${'x'.repeat(300 * 1024)}`);
    expect(problem?.code).toBe('unsafe');
    expect(problem?.message).toContain('the limit is 256 KB');
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = `name: ${'é'.repeat(600)}`; // 1,206 bytes in 606 characters
    expect(problemsOf(text, { maxBytes: 1000 })[0]?.code).toBe('unsafe');
  });

  it('refuses deep flow nesting without handing it to the parser', () => {
    const [problem] = problemsOf(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, {
      maxBytes: 1_000_000,
    });
    expect(problem?.code).toBe('unsafe');
    expect(problem?.message).toContain('nested more than 32 levels');
  });

  it('refuses deep block nesting written as compact sequences or indentation', () => {
    expect(problemsOf(`${'- '.repeat(50_000)}x`, { maxBytes: 1_000_000 })[0]?.code).toBe('unsafe');
    const indented = Array.from(
      { length: 60 },
      (_, i) => `${' '.repeat(i * 2)}k${String(i)}:`,
    ).join('\n');
    expect(problemsOf(`${indented} x`)[0]?.code).toBe('unsafe');
  });

  it('refuses a YAML alias bomb', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, next] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ] as const) {
      levels.push(`${next}: &${next} [${Array.from({ length: 9 }, () => `*${prev}`).join(', ')}]`);
    }
    const [problem] = problemsOf(levels.join('\n'));
    expect(problem?.code).toBe('unsafe');
    expect(problem?.message).toContain('aliases');
  });

  it('accepts a few aliases for real reuse', () => {
    const result = readStructuredText('a: &fp { name: Asha }\nb: *fp\n');
    expect(E.isRight(result) && result.right.value).toEqual({
      a: { name: 'Asha' },
      b: { name: 'Asha' },
    });
  });

  it('reports a key given twice, with where', () => {
    const [problem] = problemsOf('name: A\nname: B\n');
    expect(problem).toMatchObject({ code: 'syntax', path: 'name' });
    expect(problem?.message).toContain('given twice (line 2, column 1)');
  });

  it('refuses field names that are not plain text', () => {
    expect(problemsOf('? [a, b]\n: c\n')[0]?.message).toContain('Field names must be plain text');
  });

  it('reports several documents in one file and unresolved aliases as syntax problems', () => {
    expect(problemsOf('a: 1\n---\nb: 2\n')[0]?.code).toBe('syntax');
    expect(problemsOf('a: *nowhere\n')[0]?.code).toBe('syntax');
  });

  it('keeps a __proto__ key as plain data', () => {
    const result = readStructuredText('__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(E.isRight(result) && Object.keys(result.right.value as object)).toEqual(['__proto__']);
  });

  it('is fast on a large but legitimate document', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `k${String(i)}: value ${String(i)}`).join(
      '\n',
    );
    expect(E.isRight(readStructuredText(big))).toBe(true);
  });

  it('says where a path sits in the text', () => {
    const result = readStructuredText(
      'name: X\npartners:\n  - name: A\n    actorType: goverment\n',
    );
    if (E.isLeft(result)) throw new Error('expected a document');
    expect(result.right.locate(['partners', 0, 'actorType'])).toEqual({ line: 4, column: 16 });
    expect(result.right.locate(['partners', 0, 'missing'])).toEqual({ line: 3, column: 5 });
  });
});

describe('parseProblemPath and withPositions', () => {
  it('reads a problem path back into keys and indexes', () => {
    expect(parseProblemPath('partners[2].focalPoint.name')).toEqual([
      'partners',
      2,
      'focalPoint',
      'name',
    ]);
    expect(parseProblemPath('')).toEqual([]);
  });

  it('adds the line and column to problems whose path is in the text', () => {
    const read = readStructuredText('name: X\npartners:\n  - name: A\n');
    if (E.isLeft(read)) throw new Error('expected a document');
    const located = withPositions(
      [{ code: 'required', path: 'partners[0].actorType', message: 'Missing.' }],
      read.right,
    );
    expect(located[0].message).toBe('Missing. (line 3, column 5)');
  });
});
