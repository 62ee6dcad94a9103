import * as E from 'fp-ts/lib/Either.js';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
} from 'yaml';
import { formatPath, problem, type Problem, type Problems } from '../shared/problem.js';

/**
 * The limits that keep reading a document safe and fast, whatever is in it.
 *
 * - `maxBytes`: a plan is a few kilobytes (the largest worked example is under 12 KB); 256 KB
 *   leaves ample room and keeps the worst case well under a second.
 * - `maxDepth`: a plan nests six levels at most; 32 refuses pathological nesting before it can
 *   exhaust the parser's stack.
 * - `maxAliases`: YAML aliases (`*name`) may repeat an anchor; a "billion laughs" document
 *   repeats them until memory runs out. 100 is plenty for real reuse.
 *
 * @category model
 */
export interface TextLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
}

/**
 * The default {@link TextLimits}: 256 KB, 32 levels, 100 aliases.
 *
 * @example
 * import { defaultTextLimits } from '@target87/core';
 * defaultTextLimits.maxBytes; // 262144
 * @category model
 */
export const defaultTextLimits: TextLimits = {
  maxBytes: 256 * 1024,
  maxDepth: 32,
  maxAliases: 100,
};

/**
 * A position in the text, 1-based, for messages.
 *
 * @category model
 */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A document read from YAML or JSON text: the value, and a way to find where a path sits in the
 * text (for messages that say which line to look at).
 *
 * @category model
 */
export interface ReadDocument {
  readonly value: unknown;
  readonly locate: (path: readonly (string | number)[]) => TextPosition | undefined;
}

const sizeOf = (text: string): number => new TextEncoder().encode(text).length;

const kilobytes = (bytes: number): string => `${String(Math.round(bytes / 1024))} KB`;

/**
 * Refuses nesting the parser could choke on, before parsing: brackets (`[[[[...`) and block
 * indicators (`- - - ...`) are counted line by line. Cheap and deliberately rough: the exact depth
 * is checked again on the parsed document.
 */
const tooDeepBeforeParsing = (text: string, maxDepth: number): number | undefined => {
  let flow = 0;
  let lineNumber = 1;
  let lineStart = true;
  let indent = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      lineNumber++;
      lineStart = true;
      indent = 0;
      inComment = false;
      continue;
    }
    if (inComment) continue;
    if (lineStart) {
      if (char === ' ') {
        indent++;
        continue;
      }
      lineStart = false;
      // Block nesting: each `- `, `? ` or `: ` at the start of a line opens a level, and so may
      // each step of indentation. Neither can be deeper than the characters it takes.
      let indicators = 0;
      let j = i;
      while ((text[j] === '-' || text[j] === '?' || text[j] === ':') && text[j + 1] === ' ') {
        indicators++;
        j += 2;
        while (text[j] === ' ') j++;
      }
      if (indicators > maxDepth || indent > maxDepth * 8) return lineNumber;
    }
    if (char === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) inComment = true;
    else if (char === '[' || char === '{') {
      flow++;
      if (flow > maxDepth) return lineNumber;
    } else if ((char === ']' || char === '}') && flow > 0) flow--;
  }
  return undefined;
};

/** Walks the parsed tree once: depth, keys that are not plain text, and keys given twice. */
const inspectTree = (
  root: unknown,
  maxDepth: number,
  at: (offset: number | undefined) => string,
): Problem[] => {
  const problems: Problem[] = [];
  const stack: { node: unknown; depth: number; path: (string | number)[] }[] = [
    { node: root, depth: 1, path: [] },
  ];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { node, depth, path } = item;
    if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) {
        problems.push(
          problem(
            'unsafe',
            formatPath(path),
            `The document is nested more than ${String(maxDepth)} levels deep${at(node.range?.[0])}; a plan never needs that.`,
          ),
        );
        continue;
      }
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key: unknown = pair.key;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
          problems.push(
            problem(
              'syntax',
              formatPath(path),
              `Field names must be plain text${at(isScalar(key) || isMap(key) || isSeq(key) ? key.range?.[0] : undefined)}.`,
            ),
          );
          continue;
        }
        const name = String(key.value);
        if (seen.has(name)) {
          problems.push(
            problem(
              'syntax',
              formatPath([...path, name]),
              `"${name}" is given twice${at(key.range?.[0])}; keep one.`,
            ),
          );
        }
        seen.add(name);
        stack.push({ node: pair.value, depth: depth + 1, path: [...path, name] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((child, index) => {
        stack.push({ node: child, depth: depth + 1, path: [...path, index] });
      });
    } else if (isAlias(node)) {
      // Aliases are leaves here; their expansion is bounded by maxAliases when converting.
    }
  }
  return problems;
};

const firstLine = (message: string): string => {
  const head = message.split('\n')[0] ?? message;
  return head.replace(/ at line \d+, column \d+:?$/, '').trim();
};

const nonEmpty = (problems: readonly Problem[]): Problems | undefined => {
  const [first, ...rest] = problems;
  return first === undefined ? undefined : [first, ...rest];
};

/**
 * Reads YAML or JSON text (JSON is YAML) into a plain value, safely: too large, too deeply
 * nested, alias bombs, duplicate keys, syntax errors and empty documents all come back as
 * problems with their line and column, never as an exception or a hang.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { readStructuredText } from '@target87/core';
 * const read = readStructuredText('name: Example\npartners: []\n');
 * E.isRight(read) && read.right.value; // { name: 'Example', partners: [] }
 * E.isLeft(readStructuredText('name: [unclosed')); // true: line 1, column 16
 * @category constructors
 */
export const readStructuredText = (
  text: string,
  limits: Partial<TextLimits> = {},
): E.Either<Problems, ReadDocument> => {
  const { maxBytes, maxDepth, maxAliases } = { ...defaultTextLimits, ...limits };
  if (typeof text !== 'string') {
    return E.left([problem('invalid-type', '', 'Expected the text of a YAML or JSON document.')]);
  }
  // A string is at least as many bytes as it has UTF-16 units only for ASCII, so measure exactly
  // unless it is clearly over the limit already.
  const bytes = text.length > maxBytes ? text.length : sizeOf(text);
  if (bytes > maxBytes) {
    return E.left([
      problem(
        'unsafe',
        '',
        `The document is ${kilobytes(bytes)}; the limit is ${kilobytes(maxBytes)}. A plan is a few kilobytes: check that this is the right file.`,
      ),
    ]);
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.replace(/#[^\n]*/g, '').trim() === '') {
    return E.left([
      problem('empty', '', 'The document is empty. Start from the template and fill it in.'),
    ]);
  }
  const deepLine = tooDeepBeforeParsing(source, maxDepth);
  if (deepLine !== undefined) {
    return E.left([
      problem(
        'unsafe',
        '',
        `The document is nested more than ${String(maxDepth)} levels deep (line ${String(deepLine)}); a plan never needs that.`,
      ),
    ]);
  }
  try {
    const lines = new LineCounter();
    // uniqueKeys is off because the library's check is quadratic; inspectTree finds duplicates.
    const doc = parseDocument(source, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false,
    });
    const at = (offset: number | undefined): string => {
      if (offset === undefined) return '';
      const { line, col } = lines.linePos(offset);
      return ` (line ${String(line)}, column ${String(col)})`;
    };
    const syntax = doc.errors.map((error) => {
      const { line, col } = lines.linePos(error.pos[0]);
      return problem(
        'syntax',
        '',
        `Line ${String(line)}, column ${String(col)}: ${firstLine(error.message)}.`.replace(
          /\.\.$/,
          '.',
        ),
      );
    });
    const syntaxProblems = nonEmpty(syntax);
    if (syntaxProblems !== undefined) return E.left(syntaxProblems);
    if (doc.contents === null) {
      return E.left([
        problem('empty', '', 'The document is empty. Start from the template and fill it in.'),
      ]);
    }
    const treeProblems = nonEmpty(inspectTree(doc.contents, maxDepth, at));
    if (treeProblems !== undefined) return E.left(treeProblems);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: maxAliases });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return E.left([
        /resource exhaustion/i.test(message)
          ? problem(
              'unsafe',
              '',
              `The document repeats YAML aliases (*name) more than ${String(maxAliases)} times; write the values out instead.`,
            )
          : problem('syntax', '', `${firstLine(message)}.`.replace(/\.\.$/, '.')),
      ]);
    }
    const locate = (path: readonly (string | number)[]): TextPosition | undefined => {
      for (let length = path.length; length >= 0; length--) {
        const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
        const offset = (node as Node | undefined)?.range?.[0];
        if (typeof offset === 'number') {
          const { line, col } = lines.linePos(offset);
          return { line, column: col };
        }
      }
      return undefined;
    };
    return E.right({ value, locate });
  } catch (error) {
    // The parser should not throw on any text, but a boundary never lets an exception out.
    const message = error instanceof Error ? error.message : String(error);
    return E.left([
      problem('syntax', '', `The document could not be read: ${firstLine(message)}.`),
    ]);
  }
};

/**
 * Reads a path written the way problems write it (`partners[2].actorType`) back into keys and
 * indexes, to find it in the text.
 *
 * @example
 * import { parseProblemPath } from '@target87/core';
 * parseProblemPath('partners[2].actorType'); // ['partners', 2, 'actorType']
 * @category combinators
 */
export const parseProblemPath = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );

/**
 * Adds the line and column to each problem's message, where the path can be found in the text.
 *
 * @example
 * // 'This is required but missing.' becomes 'This is required but missing. (line 3, column 5)'
 * @category combinators
 */
export const withPositions = (problems: Problems, read: ReadDocument): Problems => {
  const [first, ...rest] = problems.map((p) => {
    if (p.path === '' || / \(line \d+, column \d+\)/.test(p.message)) return p;
    const position = read.locate(parseProblemPath(p.path));
    return position === undefined
      ? p
      : {
          ...p,
          message: `${p.message} (line ${String(position.line)}, column ${String(position.column)})`,
        };
  });
  return first === undefined ? problems : [first, ...rest];
};
