import { pathfinderLessons } from './data/index.js';
import type { PathfinderLesson, PathfinderLessonId } from './schema.js';

/**
 * A Pathfinder lesson by its id, or `undefined` when there is none.
 *
 * @example
 * getPathfinderLesson(PathfinderLessonId.parse('national-focal-point'))?.title;
 * // 'A national focal point to lead'
 * @category queries
 */
export const getPathfinderLesson = (id: PathfinderLessonId): PathfinderLesson | undefined =>
  pathfinderLessons.find((l) => l.id === id);

/**
 * The Pathfinder lessons that apply to any partnership plan (those with a question to ask of it),
 * in the seed's order: the ones the partnership checks use.
 *
 * @example
 * pathfinderLessonsForPlans().map((l) => l.id).includes('resource-mobilisation-strategy'); // true
 * @category queries
 */
export const pathfinderLessonsForPlans = (): readonly (PathfinderLesson & {
  readonly question: string;
})[] =>
  pathfinderLessons.filter(
    (l): l is PathfinderLesson & { readonly question: string } => l.question !== null,
  );
