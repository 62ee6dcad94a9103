/**
 * ILO Conventions C.29 (with its 2014 Protocol), C.138, C.182, C.97 and C.143, country
 * ratifications, the actors and interventions of a partnership, the knowledge search and the
 * partnership-readiness method, as pure typed functions over validated data. Functions that read
 * user input return an fp-ts `Either` with every problem found; nothing throws on bad input.
 *
 * @module @target87/core
 */
export * from './shared/index.js';
export * from './conventions/index.js';
export * from './actors/index.js';
export * from './interventions/index.js';
export * from './organisations/index.js';
export * from './practices/index.js';
export * from './pathfinders/index.js';
export * from './partnership/index.js';
export * from './knowledge/index.js';
