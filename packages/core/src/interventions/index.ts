export * from './schema.js';
export * from './interventions.js';
export * from './matrix.js';
