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

/** The shard that owns a guild (or any snowflake), by Discord's rule `(id >> 22) % shard_count`. */
export const shardOf = (id: string, shardCount: number): number =>
  Number((BigInt(id) >> 22n) % BigInt(shardCount));

/** A fresh snowflake that shard `shard` of `shardCount` owns, for a guild a test places there. */
export const snowflakeOnShard = (shard: number, shardCount: number): string => {
  const now = Date.now();
  // Step back at most shardCount - 1 ms so the timestamp part lands on the wanted shard.
  const offset = Number((BigInt(now) - discordEpoch - BigInt(shard)) % BigInt(shardCount));
  return snowflake(now - offset);
};
