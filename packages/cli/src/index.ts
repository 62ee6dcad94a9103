/**
 * The `target87` command line as a function, for tools that embed it: {@link main} runs it with
 * the arguments and the I/O you pass in and resolves to the exit status.
 *
 * @module @target87/cli
 */
export { main } from './main.js';
export type { Io } from './output.js';
export type { Command } from './command.js';
