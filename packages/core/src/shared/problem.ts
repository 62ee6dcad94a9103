import * as z from 'zod';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';

/**
 * What kind of problem a boundary found in its input.
 *
 * @example
 * decode(Theme)('child labor');
 * // E.left([{ code: 'unknown-value', path: '', suggestion: 'child-labour', message: '...' }])
 * @category model
 */
export const ProblemCode = z.enum([
  'required',
  'invalid-type',
  'invalid-value',
  'unknown-value',
  'unknown-field',
  'too-small',
  'too-large',
  'syntax',
  'empty',
  'unsafe',
]);
/** @category model */
export type ProblemCode = z.infer<typeof ProblemCode>;

/**
 * One problem found in an input, with where it is and what to do about it.
 *
 * `path` is written the way people read it (`partners[2].actorType`), empty for the input as a
 * whole. `suggestion` holds the closest valid value when there is one.
 *
 * @example
 * const problem: Problem = {
 *   code: 'unknown-value',
 *   path: 'partners[0].actorType',
 *   message: '"goverment" is not an actor type.',
 *   suggestion: 'government',
 * };
 * @category model
 */
export const Problem = z.object({
  code: ProblemCode,
  path: z.string(),
  message: z.string().min(1),
  suggestion: z.string().optional(),
});
/** @category model */
export type Problem = z.infer<typeof Problem>;

/**
 * Every problem a boundary found, never empty. Boundaries return `Either<Problems, A>`.
 *
 * @category model
 */
export type Problems = ReadonlyNonEmptyArray<Problem>;

/**
 * Builds a problem.
 *
 * @example
 * problem('required', 'name', 'A plan needs a name.');
 * @category constructors
 */
export const problem = (
  code: ProblemCode,
  path: string,
  message: string,
  suggestion?: string,
): Problem =>
  suggestion === undefined ? { code, path, message } : { code, path, message, suggestion };

/**
 * Writes a path of keys and indexes the way people read it: `partners[2].actorType`.
 *
 * @example
 * formatPath(['partners', 2, 'actorType']); // 'partners[2].actorType'
 * @category combinators
 */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');

/**
 * One line per problem, for terminals and logs.
 *
 * @example
 * formatProblems([problem('required', 'name', 'A plan needs a name.')]);
 * // 'name: A plan needs a name.'
 * @category combinators
 */
export const formatProblems = (problems: readonly Problem[]): string =>
  problems
    .map((p) => {
      const where = p.path === '' ? '' : `${p.path}: `;
      const hint = p.suggestion === undefined ? '' : ` Did you mean "${p.suggestion}"?`;
      return `${where}${p.message}${hint}`;
    })
    .join('\n');
