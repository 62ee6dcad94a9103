import type { AnyCommand } from './command.js';
import { actors } from './actors.js';
import { article } from './article.js';
import { ask } from './ask.js';
import { convention } from './convention.js';
import { criteriaCommand } from './criteria.js';
import { help } from './help.js';
import { matrix } from './matrix.js';
import { practice } from './practice.js';
import { score } from './score.js';

/**
 * Every command the bot offers, in the order /help lists them. Explicit imports, not a folder
 * scan, so a missing or misspelt command fails the type check instead of a user's request.
 */
export const commands: readonly AnyCommand[] = [
  help,
  ask,
  score,
  convention,
  article,
  criteriaCommand,
  actors,
  matrix,
  practice,
];
