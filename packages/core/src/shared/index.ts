export * from './problem.js';
export * from './evidence.js';
export { decode } from './decode.js';
export { closestMatch, editDistance } from './closest.js';
export { textWords } from './text.js';
export { kebabCaseId } from './ids.js';
