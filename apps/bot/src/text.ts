/**
 * The bot's own sentences (refusals, errors, navigation), in one place so they read alike.
 * Command-specific wording lives with each command.
 */

const seconds = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${String(s)} second${s === 1 ? '' : 's'}`;
};

export const text = {
  botName: 'Target 8.7 bot',
  uploadRefusedTitle: 'I can’t use that file',
  uploadsNotAccepted: (command: string) => `/${command} does not take files.`,
  unreadable: (name: string) =>
    `I couldn’t read “${name}” as text. Save it as UTF-8 YAML or JSON and try again.`,
  cooldownTitle: 'One moment',
  cooldown: (command: string, waitMs: number) =>
    `You can run /${command} again in ${seconds(waitMs)}.`,
  failedTitle: 'Something went wrong',
  failed: (command: string, requestId: string) =>
    `Sorry, /${command} failed on my side. It has been logged (reference ${requestId}); please try again in a moment.`,
  unknownCommandTitle: 'Unknown command',
  unknownCommand: (name: string) =>
    `I don’t know /${name}. The registered commands may be out of date: ask an admin to run the deploy script.`,
  invalidArgsTitle: 'That doesn’t look right',
  pagesExpiredTitle: 'These pages have expired',
  pagesExpired: 'Run the command again to see them.',
  previous: '◀ Previous',
  next: 'Next ▶',
  page: (index: number, count: number) => `Page ${String(index + 1)} of ${String(count)}`,
  shuttingDown: 'The bot is restarting. Please try again in a minute.',
} as const;
