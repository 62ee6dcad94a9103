const discordEpoch = 1_420_070_400_000n;
let increment = 0n;

/**
 * A Discord-style snowflake (timestamp since 2015 shifted left by 22 bits, plus a counter), so
 * ids have the 18-19 digits discord.js' route regex and `SnowflakeUtil` expect.
 */
export const snowflake = (now: number = Date.now()): string => {
  increment = (increment + 1n) & 0xfffn;
  return String(((BigInt(now) - discordEpoch) << 22n) | increment);
};

/** An interaction or webhook token: long, opaque, URL-safe. */
export const token = (): string =>
  `aW50ZXJhY3Rpb246${snowflake()}:${Math.random().toString(36).slice(2)}${Math.random()
    .toString(36)
    .slice(2)}`;
