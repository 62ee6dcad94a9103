import { describe, expect, it } from 'vitest';
import { getPathfinderLesson, pathfinderLessonsForPlans } from './getPathfinderLesson.js';
import { PathfinderLessonId } from './schema.js';

describe('getPathfinderLesson', () => {
  it('finds a lesson by its id', () => {
    const lesson = getPathfinderLesson(PathfinderLessonId.parse('resource-mobilisation-strategy'));
    expect(lesson?.slide).toBe(1);
    expect(lesson?.question).toBe(
      'Is there a resource mobilisation strategy to fund the priority actions?',
    );
  });
  it('returns undefined for an unknown id', () => {
    expect(getPathfinderLesson(PathfinderLessonId.parse('no-such-lesson'))).toBeUndefined();
  });
});

describe('pathfinderLessonsForPlans', () => {
  it('leaves out the lesson about where the Alliance rolls out, which a plan cannot answer', () => {
    const ids = pathfinderLessonsForPlans().map((l) => l.id);
    expect(ids).not.toContain('regional-roll-out');
    expect(ids).toContain('highest-level-endorsement');
    expect(ids).toHaveLength(8);
  });
});
