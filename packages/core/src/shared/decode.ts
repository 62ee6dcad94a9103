import * as E from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import { closestMatch } from './closest.js';
import { formatPath, problem, type Problem, type Problems } from './problem.js';

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
};

const expected: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** The schema that validates the value at `path` inside `schema`, when it can be found. */
const schemaAt = (schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined => {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current === undefined ? undefined : unwrap(current);
    if (current instanceof z.ZodObject && typeof key === 'string') {
      current = (current.shape as Record<string, z.ZodType>)[key];
    } else if (current instanceof z.ZodArray && typeof key === 'number') {
      current = current.element as z.ZodType;
    } else {
      return undefined;
    }
  }
  return current === undefined ? undefined : unwrap(current);
};

const unwrap = (schema: z.ZodType): z.ZodType => {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodReadonly) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
};

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

const toProblems = (schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] => {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return [problem('required', path, 'This is required but missing.')];
      const want = expected[issue.expected] ?? issue.expected;
      return [problem('invalid-type', path, `Expected ${want}, found ${describe(issue.input)}.`)];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion =
        typeof issue.input === 'string' ? closestMatch(issue.input, allowed) : undefined;
      const list = allowed.length <= 12 ? `: ${allowed.join(', ')}` : '';
      return [
        problem(
          'unknown-value',
          path,
          `${describe(issue.input)} is not one of the accepted values${list}.`,
          suggestion,
        ),
      ];
    }
    case 'unrecognized_keys': {
      const parent = schemaAt(schema, issue.path);
      const known = parent instanceof z.ZodObject ? Object.keys(parent.shape) : [];
      return issue.keys.map((key) =>
        problem(
          'unknown-field',
          formatPath([...issue.path, key]),
          `"${key}" is not a field here.`,
          closestMatch(key, known),
        ),
      );
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [problem('too-small', path, `Needs at least ${plural(min, 'item')}.`)];
      }
      if (issue.origin === 'string') {
        return [
          problem(
            'too-small',
            path,
            min <= 1 ? 'Must not be empty.' : `Must be at least ${plural(min, 'character')}.`,
          ),
        ];
      }
      return [problem('too-small', path, `Must be at least ${String(min)}.`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [problem('too-large', path, `Has more than ${plural(max, 'item')}.`)];
      }
      if (issue.origin === 'string') {
        return [problem('too-large', path, `Must be at most ${plural(max, 'character')}.`)];
      }
      return [problem('too-large', path, `Must be at most ${String(max)}.`)];
    }
    case 'invalid_union':
      return [problem('invalid-value', path, issue.message)];
    default:
      return [problem('invalid-value', path, issue.message)];
  }
};

/**
 * Decodes unknown input with a zod schema, collecting every problem in plain language instead of
 * stopping at the first or throwing. This is the library's boundary: inner functions take the
 * decoded value.
 *
 * @example
 * import * as z from 'zod';
 * import * as E from 'fp-ts/lib/Either.js';
 * const Person = z.object({ name: z.string(), age: z.number() });
 * const result = decode(Person)({ age: 'old' });
 * E.isLeft(result); // true: name is missing, age is not a number; both are reported
 * @category constructors
 */
export const decode =
  <S extends z.ZodType>(schema: S) =>
  (input: unknown): E.Either<Problems, z.output<S>> => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return E.right(result.data);
    const problems = result.error.issues.flatMap((issue) => toProblems(schema, issue));
    const [first, ...rest] = problems;
    return E.left(
      first === undefined
        ? [problem('invalid-value', '', 'The input is not valid.')]
        : [first, ...rest],
    );
  };
