export * from './shared/index.js';
export * from './conventions/index.js';
