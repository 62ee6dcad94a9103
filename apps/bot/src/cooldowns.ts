/**
 * Per-user cooldowns: how long someone must wait before running a command again. In memory, so
 * a restart forgets them, which is acceptable for a courtesy limit.
 */
export interface Cooldowns {
  /**
   * Records a run of `command` by `userId` if the cooldown has passed and returns 0; otherwise
   * returns the milliseconds left and records nothing.
   */
  readonly take: (userId: string, command: string, cooldownMs: number) => number;
}

/**
 * Creates an empty cooldown table. `now` is injected so tests control time.
 *
 * @example
 * const cooldowns = createCooldowns(() => Date.now());
 * cooldowns.take('42', 'score', 10_000); // 0: go ahead
 * cooldowns.take('42', 'score', 10_000); // about 10000: wait
 */
export const createCooldowns = (now: () => number): Cooldowns => {
  const until = new Map<string, number>();
  return {
    take: (userId, command, cooldownMs) => {
      const key = `${command}:${userId}`;
      const time = now();
      const ready = until.get(key) ?? 0;
      if (time < ready) return ready - time;
      until.set(key, time + cooldownMs);
      // Keep the table small: forget entries whose cooldown has passed.
      if (until.size > 1000) {
        for (const [k, t] of until) if (t <= time) until.delete(k);
      }
      return 0;
    },
  };
};
