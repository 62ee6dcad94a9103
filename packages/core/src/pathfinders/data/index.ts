export { pathfinders } from './pathfinders.js';
export { pathfinderLessons } from './lessons.js';
export { businessInitiatives } from './initiatives.js';
