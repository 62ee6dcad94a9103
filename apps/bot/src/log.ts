import { pino, type DestinationStream, type Logger } from 'pino';
import type { BotConfig } from './config.js';

/**
 * The bot's structured logger (JSON lines, one per event). Anything called `token` or an
 * authorization header is redacted wherever it appears, as a second guard: the bot never logs
 * its token on purpose.
 *
 * @example
 * const log = createLogger('info');
 * log.info({ command: 'help' }, 'answered');
 */
export const createLogger = (
  level: BotConfig['logLevel'],
  destination?: DestinationStream,
): Logger =>
  pino(
    {
      level,
      base: { app: 'target87-bot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'config.token',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
