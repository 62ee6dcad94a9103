export * from './schema.js';
export * from './actorTypes.js';
