export { main } from './main.js';
export type { Io } from './output.js';
export type { Command } from './command.js';
