export {
  pathfinderTopics,
  PathfinderTopic,
  PriorityArea,
  PathfinderMilestone,
  PathfinderNextStep,
  PathfinderStep,
  Pathfinder,
  PathfinderLessonId,
  PathfinderLesson,
  BusinessInitiativeId,
  InitiativePillar,
  BusinessInitiative,
} from './schema.js';
export * from './data/index.js';
export {
  getPathfinder,
  isPathfinder,
  pathfindersFor,
  pathfinderPriorities,
  pathfinderSteps,
} from './getPathfinder.js';
export { getPathfinderLesson, pathfinderLessonsForPlans } from './getPathfinderLesson.js';
export { getBusinessInitiative } from './getBusinessInitiative.js';
