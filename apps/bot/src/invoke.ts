import type { Logger } from 'pino';
import type { RawArgs } from './commands/args.js';
import type { AnyCommand, CommandContext, ResolvedArgs } from './commands/command.js';
import type { Cooldowns } from './cooldowns.js';
import { notice, type Reply } from './reply.js';
import { refuseUpload } from './uploads.js';
import { text } from './text.js';

/** What running a command needs, passed in so tests can use plain objects. */
export interface InvokeDeps {
  readonly commands: readonly AnyCommand[];
  readonly cooldowns: Cooldowns;
  readonly log: Logger;
}

/** Who is asking and how to trace the request in the logs. */
export interface Request {
  readonly userId: string;
  /** The interaction id on Discord; a counter in the terminal. */
  readonly requestId: string;
}

/** How the run ended, for the log line and the transport. */
export type Outcome = 'answered' | 'refused' | 'failed';

/**
 * Runs a command the same way for every transport: refuse unsuitable uploads before reading
 * them, apply the per-user cooldown, give the transport a chance to acknowledge before slow work,
 * read uploads, run the handler, and turn any error into a polite private reply and one log line.
 * Never throws.
 */
export const invoke = async (
  command: AnyCommand,
  raw: RawArgs,
  request: Request,
  deps: InvokeDeps,
  beforeSlowWork: () => Promise<void> = () => Promise.resolve(),
): Promise<{ readonly reply: Reply; readonly outcome: Outcome }> => {
  const name = command.definition.name;
  const log = deps.log.child({ command: name, requestId: request.requestId });
  const uploads = Object.entries(raw.values).flatMap(([key, value]) =>
    typeof value === 'object' ? [{ key, upload: value }] : [],
  );
  for (const { upload } of uploads) {
    const refusal =
      command.uploads === undefined
        ? text.uploadsNotAccepted(name)
        : refuseUpload(command.uploads, upload);
    if (refusal !== undefined) {
      log.info({ outcome: 'refused', reason: 'upload', size: upload.size }, 'upload refused');
      return { reply: notice(text.uploadRefusedTitle, refusal), outcome: 'refused' };
    }
  }
  const { cooldown } = command;
  const cooled =
    cooldown !== undefined &&
    (cooldown.subcommands === undefined ||
      (raw.subcommand !== undefined && cooldown.subcommands.includes(raw.subcommand)));
  if (cooled) {
    const waitMs = deps.cooldowns.take(request.userId, name, cooldown.ms);
    if (waitMs > 0) {
      log.info({ outcome: 'refused', reason: 'cooldown', waitMs }, 'cooldown');
      return { reply: notice(text.cooldownTitle, text.cooldown(name, waitMs)), outcome: 'refused' };
    }
  }
  try {
    if (command.defer === true || uploads.length > 0) await beforeSlowWork();
    const args: Record<string, ResolvedArgs[string]> = {};
    if (raw.subcommand !== undefined) args['subcommand'] = raw.subcommand;
    for (const [key, value] of Object.entries(raw.values)) {
      if (typeof value !== 'object') {
        args[key] = value;
        continue;
      }
      try {
        args[key] = { name: value.name, text: await value.read() };
      } catch (error) {
        log.warn({ err: error, outcome: 'refused', reason: 'unreadable' }, 'upload unreadable');
        return {
          reply: notice(text.uploadRefusedTitle, text.unreadable(value.name)),
          outcome: 'refused',
        };
      }
    }
    const context: CommandContext = { userId: request.userId, commands: deps.commands };
    const reply = await command.run(args, context);
    return { reply, outcome: 'answered' };
  } catch (error) {
    log.error({ err: error, outcome: 'failed' }, 'command failed');
    return {
      reply: notice(text.failedTitle, text.failed(name, request.requestId), 'error'),
      outcome: 'failed',
    };
  }
};
