export { FakeDiscord, InteractionHandle } from './fake-discord.js';
export type {
  Acknowledgement,
  FakeAttachment,
  FakeDiscordOptions,
  FakeFile,
  RecordedRequest,
  SentMessage,
} from './fake-discord.js';
export { discordLimits, embedLength } from './limits.js';
