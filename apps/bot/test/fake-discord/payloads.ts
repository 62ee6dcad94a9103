import {
  ApplicationFlags,
  ChannelType,
  InteractionContextType,
  Locale,
  type APIChannel,
  type APIUser,
} from 'discord-api-types/v10';
import { snowflake } from './snowflake.js';

/** Everyone's permissions in the fake guild: view, send, embed, attach, read history, use commands. */
export const memberPermissions = '2147601408';

/** A Discord user (or the bot's own user, with `bot: true`). */
export const makeUser = (username: string, bot = false): APIUser => ({
  id: snowflake(),
  username,
  discriminator: '0',
  global_name: bot ? null : username,
  avatar: null,
  ...(bot ? { bot: true } : {}),
});

/** The guild the bot is in, with one text channel, as GUILD_CREATE sends it. */
export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly channel: APIChannel & { readonly guild_id: string; readonly name: string };
  readonly ownerId: string;
}

export const makeGuild = (name: string, ownerId: string, id: string = snowflake()): FakeGuild => {
  return {
    id,
    name,
    ownerId,
    channel: {
      id: snowflake(),
      type: ChannelType.GuildText,
      guild_id: id,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
    },
  };
};

/** A direct-message channel between the bot and one user. */
export interface FakeDmChannel {
  readonly id: string;
  readonly type: ChannelType.DM;
  readonly recipients: readonly APIUser[];
  readonly last_message_id: null;
}

export const makeDmChannel = (user: APIUser): FakeDmChannel => ({
  id: snowflake(),
  type: ChannelType.DM,
  recipients: [user],
  last_message_id: null,
});

/** READY for a session of `shard`, listing only the guilds that shard owns (as unavailable). */
export const readyPayload = (
  sessionId: string,
  bot: APIUser,
  applicationId: string,
  guildIds: readonly string[],
  resumeUrl: string,
  shard: readonly [number, number],
) => ({
  v: 10,
  user: { ...bot, verified: true, mfa_enabled: false, flags: 0 },
  guilds: guildIds.map((id) => ({ id, unavailable: true })),
  session_id: sessionId,
  session_type: 'normal',
  resume_gateway_url: resumeUrl,
  shard,
  application: { id: applicationId, flags: ApplicationFlags.GatewayMessageContentLimited },
  private_channels: [],
  presences: [],
  relationships: [],
  user_settings: {},
  geo_ordered_rtc_regions: [],
  guild_join_requests: [],
  auth: {},
});

export const memberPayload = (user: APIUser, joinedAt: string) => ({
  user,
  nick: null,
  avatar: null,
  roles: [],
  joined_at: joinedAt,
  premium_since: null,
  deaf: false,
  mute: false,
  flags: 0,
  pending: false,
  permissions: memberPermissions,
});

export const guildCreatePayload = (guild: FakeGuild, bot: APIUser, joinedAt: string) => ({
  id: guild.id,
  name: guild.name,
  icon: null,
  splash: null,
  discovery_splash: null,
  owner_id: guild.ownerId,
  afk_channel_id: null,
  afk_timeout: 300,
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  roles: [
    {
      id: guild.id,
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: memberPermissions,
      managed: false,
      mentionable: false,
      flags: 0,
    },
  ],
  emojis: [],
  stickers: [],
  features: [],
  mfa_level: 0,
  application_id: null,
  system_channel_id: null,
  system_channel_flags: 0,
  rules_channel_id: null,
  vanity_url_code: null,
  description: null,
  banner: null,
  premium_tier: 0,
  premium_subscription_count: 0,
  preferred_locale: Locale.EnglishUS,
  public_updates_channel_id: null,
  safety_alerts_channel_id: null,
  nsfw_level: 0,
  premium_progress_bar_enabled: false,
  joined_at: joinedAt,
  large: false,
  unavailable: false,
  member_count: 2,
  voice_states: [],
  members: [memberPayload(bot, joinedAt)],
  channels: [guild.channel],
  threads: [],
  presences: [],
  stage_instances: [],
  guild_scheduled_events: [],
  soundboard_sounds: [],
});

/** The fields every INTERACTION_CREATE carries, whatever its type. */
export const interactionBase = (args: {
  readonly id: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guild: FakeGuild;
  readonly user: APIUser;
  readonly locale: string;
  readonly attachmentSizeLimit: number;
  readonly joinedAt: string;
}) => ({
  id: args.id,
  application_id: args.applicationId,
  token: args.token,
  version: 1,
  guild_id: args.guild.id,
  guild: { id: args.guild.id, locale: Locale.EnglishUS, features: [] },
  channel: args.guild.channel,
  channel_id: args.guild.channel.id,
  member: memberPayload(args.user, args.joinedAt),
  app_permissions: memberPermissions,
  locale: args.locale,
  guild_locale: Locale.EnglishUS,
  entitlements: [],
  authorizing_integration_owners: { '0': args.guild.id },
  context: InteractionContextType.Guild,
  attachment_size_limit: args.attachmentSizeLimit,
});

/** The fields of an INTERACTION_CREATE sent from a direct message with the bot (no guild). */
export const dmInteractionBase = (args: {
  readonly id: string;
  readonly token: string;
  readonly applicationId: string;
  readonly channel: FakeDmChannel;
  readonly user: APIUser;
  readonly locale: string;
  readonly attachmentSizeLimit: number;
}) => ({
  id: args.id,
  application_id: args.applicationId,
  token: args.token,
  version: 1,
  channel: args.channel,
  channel_id: args.channel.id,
  user: args.user,
  app_permissions: memberPermissions,
  locale: args.locale,
  entitlements: [],
  authorizing_integration_owners: { '0': '0' },
  context: InteractionContextType.BotDM,
  attachment_size_limit: args.attachmentSizeLimit,
});
