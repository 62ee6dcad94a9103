import type { Command } from '../command.js';
import { ask } from './ask.js';
import { convention } from './convention.js';
import { score } from './score.js';

/**
 * Every `target87` sub-command, in the order `--help` lists them. Add a command by writing
 * `commands/<name>.ts` and listing it here.
 */
export const commands: readonly Command[] = [score, ask, convention];
