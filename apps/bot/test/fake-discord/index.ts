export { FakeDiscord, InteractionHandle } from './fake-discord.js';
export type {
  Acknowledgement,
  FakeAttachment,
  FakeDiscordOptions,
  FakeFile,
  FakePlace,
  RecordedRequest,
  SentMessage,
} from './fake-discord.js';
export type { Identified, ShardPair } from './gateway.js';
export type { FakeGuild } from './payloads.js';
export { discordLimits, embedLength } from './limits.js';
export { shardOf } from './snowflake.js';
