import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  RESTJSONErrorCodes,
  type APIApplicationCommand,
  type APIApplicationCommandOptionChoice,
  type APIAttachment,
  type APIMessage,
  type APIModalInteractionResponseCallbackData,
  type APIUser,
} from 'discord-api-types/v10';
import { FakeGateway, type ShardPair } from './gateway.js';
import { readBody, send, type FakeFile, type ParsedBody } from './http.js';
import {
  choiceErrors,
  discordLimits,
  messageErrors,
  modalErrors,
  nestErrors,
  type FieldError,
} from './limits.js';
import {
  dmInteractionBase,
  guildCreatePayload,
  interactionBase,
  makeDmChannel,
  makeGuild,
  makeUser,
  readyPayload,
  type FakeDmChannel,
  type FakeGuild,
} from './payloads.js';
import { validateCommands } from './commands.js';
import { snowflake, snowflakeOnShard, token as newToken } from './snowflake.js';

export type { FakeFile } from './http.js';

/** How the fake behaves; every timing is configurable so tests stay fast. */
export interface FakeDiscordOptions {
  /** The one bot token the fake accepts. */
  readonly botToken?: string;
  /** Discord's 3-second deadline for the first response to an interaction. */
  readonly ackDeadlineMs?: number;
  /** How long an interaction token stays valid for edits and follow-ups (15 minutes). */
  readonly tokenTtlMs?: number;
  /** HELLO's heartbeat interval. */
  readonly heartbeatIntervalMs?: number;
  /** `attachment_size_limit` sent with interactions. */
  readonly attachmentSizeLimit?: number;
  /**
   * The shard count `/gateway/bot` recommends; by default one per 1000 guilds, at least 1, as
   * Discord roughly does.
   */
  readonly recommendedShards?: number;
  /** `session_start_limit.max_concurrency`: IDENTIFYs allowed per 5 seconds (1 for most bots). */
  readonly maxConcurrency?: number;
  /** Guilds one session may hold before IDENTIFY is closed with 4011 (Discord: 2500). */
  readonly maxGuildsPerShard?: number;
}

/** Where a user acts: a guild the bot is in, or a direct message with the bot. */
export type FakePlace = FakeGuild | 'dm';

/** One request the fake received, with what it answered. */
export interface RecordedRequest {
  readonly method: string;
  /** The route after `/api/v10`, path segments decoded (`/webhooks/1/abc/messages/@original`). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly files: readonly FakeFile[];
  readonly authorization: string | undefined;
  readonly at: number;
  status: number;
  response: unknown;
}

/** A message the bot sent, as Discord stores it, plus what the fake saw on the way in. */
export interface SentMessage extends APIMessage {
  /** The `allowed_mentions` the bot sent with the latest create or edit. */
  readonly allowedMentions: unknown;
  /** The files attached, with their bytes. */
  readonly files: readonly FakeFile[];
}

/** An attachment a test user uploads with a slash command; its bytes are served by the fake CDN. */
export interface FakeAttachment {
  readonly kind: 'attachment';
  readonly attachment: APIAttachment;
}

/** What the bot answered an interaction with first. */
export interface Acknowledgement {
  readonly type: InteractionResponseType;
  readonly data: unknown;
  /** Milliseconds from INTERACTION_CREATE to the accepted callback. */
  readonly latencyMs: number;
}

interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: InteractionType;
  readonly label: string;
  readonly createdAt: number;
  /** Where it happened: messages it creates go to this channel, in this guild (none for DMs). */
  readonly channelId: string;
  readonly guildId: string | undefined;
  /** The shards whose sessions received its INTERACTION_CREATE. */
  deliveredTo: readonly ShardPair[];
  /** The message a component sits on; edits and updates apply to it. */
  readonly componentMessageId: string | undefined;
  ack: Acknowledgement | undefined;
  originalId: string | undefined;
  /** Set when the response is complete: the reply, the edit after a defer, or the update. */
  finalAt: number | undefined;
  /**
   * The message that completed it: the original, or the first follow-up when the original was
   * deleted first (how a bot turns a public "thinking…" into a private answer).
   */
  finalId: string | undefined;
  originalDeleted: boolean;
  readonly followUpIds: string[];
  readonly rejections: RecordedRequest[];
}

type OptionValue = string | number | boolean | FakeAttachment;

interface StoredMessage {
  message: APIMessage;
  /** The guild it was posted in; undefined in a DM. */
  readonly guildId: string | undefined;
  allowedMentions: unknown;
  files: FakeFile[];
  loading: boolean;
}

type Json = Record<string, unknown>;
const attachmentOption: number = ApplicationCommandOptionType.Attachment;
const loadingFlag: number = MessageFlags.Loading;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const enumValue = <E extends Record<string, string | number>>(
  values: E,
  value: unknown,
): E[keyof E] | undefined =>
  (Object.values(values) as unknown[]).includes(value) ? (value as E[keyof E]) : undefined;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body['message']));
  }
}

const discordError = (status: number, code: number, message: string, errors?: Json): HttpError =>
  new HttpError(status, errors === undefined ? { code, message } : { code, message, errors });

const invalidForm = (errors: readonly FieldError[]): HttpError =>
  discordError(
    400,
    RESTJSONErrorCodes.InvalidFormBodyOrContentType,
    'Invalid Form Body',
    nestErrors(errors),
  );

/**
 * A fake Discord on 127.0.0.1 that a real discord.js v14 `Client` connects to (`rest.api` set to
 * {@link FakeDiscord.restUrl}). REST under `/api/v10`, a WebSocket gateway and a tiny CDN share one
 * port. Discord's rules are enforced: the 3-second acknowledgement deadline (10062), single
 * acknowledgement (40060), message, embed and component limits (50035), the bot token (401), and
 * optional 429s. Anything it does not implement answers 404 and is recorded in
 * {@link FakeDiscord.failures}, so a test that touches it fails loudly. It holds several guilds
 * ({@link FakeDiscord.addGuild}) and shards as Discord does: `/gateway/bot` recommends a count and
 * gives `max_concurrency`, each IDENTIFY names its shard, and a guild's interactions (and clicks
 * on messages in it) reach only the shard that owns it; DMs reach shard 0.
 */
export class FakeDiscord {
  readonly botToken: string;
  readonly botUser: APIUser;
  readonly applicationId: string;
  /** The default user who runs commands. */
  readonly user: APIUser;
  readonly guild: FakeGuild;
  readonly requests: RecordedRequest[] = [];
  /** Requests the fake does not implement, and protocol misuse; a clean test leaves it empty. */
  readonly failures: string[] = [];
  /** Each bulk-overwrite body received, in order. */
  readonly registrations: { readonly guildId: string | undefined; readonly body: unknown }[] = [];
  /** Requests made to the CDN, to prove that refused attachments were never downloaded. */
  readonly cdnRequests: string[] = [];
  readonly gateway: FakeGateway;

  #options: {
    -readonly [K in keyof Omit<FakeDiscordOptions, 'recommendedShards'>]-?: NonNullable<
      FakeDiscordOptions[K]
    >;
  } & { recommendedShards: number | undefined };
  readonly #server: Server;
  readonly #joinedAt = new Date().toISOString();
  readonly #guilds: FakeGuild[] = [];
  readonly #dmChannels = new Map<string, FakeDmChannel>();
  readonly #globalCommands: APIApplicationCommand[] = [];
  readonly #guildCommands = new Map<string, APIApplicationCommand[]>();
  readonly #interactions = new Map<string, InteractionRecord>();
  readonly #messages = new Map<string, StoredMessage>();
  readonly #cdn = new Map<string, FakeFile>();
  readonly #changes = new EventEmitter();
  readonly #rateLimits: {
    match: (method: string, path: string) => boolean;
    retryAfterMs: number;
    times: number;
  }[] = [];
  readonly #refusals: { path: RegExp; error: HttpError }[] = [];
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.#options = {
      botToken: options.botToken ?? 'fake-bot-token.for-tests-only',
      ackDeadlineMs: options.ackDeadlineMs ?? 3000,
      tokenTtlMs: options.tokenTtlMs ?? 15 * 60_000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      attachmentSizeLimit: options.attachmentSizeLimit ?? discordLimits.fileBytes,
      recommendedShards: options.recommendedShards,
      maxConcurrency: options.maxConcurrency ?? 1,
      maxGuildsPerShard: options.maxGuildsPerShard ?? 2500,
    };
    this.#changes.setMaxListeners(0);
    this.botToken = this.#options.botToken;
    this.botUser = makeUser('target87', true);
    // A bot user shares its application's id.
    this.applicationId = this.botUser.id;
    this.user = makeUser('tester');
    this.guild = makeGuild('Target 8.7 test guild', this.user.id);
    this.#guilds.push(this.guild);
    this.gateway = new FakeGateway({
      botToken: this.botToken,
      heartbeatIntervalMs: this.#options.heartbeatIntervalMs,
      ready: (sessionId, shard, guildIds) =>
        readyPayload(sessionId, this.botUser, this.applicationId, guildIds, this.gatewayUrl, shard),
      guildIds: () => this.#guilds.map((g) => g.id),
      guildCreate: (guildId) =>
        guildCreatePayload(this.#guildById(guildId), this.botUser, this.#joinedAt),
      maxGuildsPerShard: this.#options.maxGuildsPerShard,
      fail: (reason) => this.failures.push(`gateway: ${reason}`),
    });
    this.#server = createServer((request, response) => {
      void this.#handle(request, response);
    });
    this.#server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/gateway' || path === '/gateway/') {
        this.gateway.upgrade(request, socket, head);
      } else {
        this.failures.push(`upgrade on unknown path ${path}`);
        socket.destroy();
      }
    });
  }

  /** Starts a fake Discord on 127.0.0.1 and a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** The base to give discord.js as `rest.api` (it appends `/v10`). */
  get restUrl(): string {
    return `http://127.0.0.1:${String(this.#port)}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${String(this.#port)}/gateway`;
  }

  get cdnUrl(): string {
    return `http://127.0.0.1:${String(this.#port)}/cdn`;
  }

  /** Every guild the bot is in, the default {@link FakeDiscord.guild} first. */
  get guilds(): readonly FakeGuild[] {
    return this.#guilds;
  }

  /**
   * Adds the bot to another guild. With `shard: [id, count]` its id is chosen so that shard
   * `id` of `count` owns it. Sessions already connected on the owning shard get its GUILD_CREATE,
   * as when someone invites the bot.
   */
  addGuild(name: string, { shard }: { readonly shard?: ShardPair } = {}): FakeGuild {
    const id = shard === undefined ? snowflake() : snowflakeOnShard(shard[0], shard[1]);
    const guild = makeGuild(name, this.user.id, id);
    this.#guilds.push(guild);
    if (this.gateway.sessions.length > 0) {
      this.gateway.dispatch(
        'GUILD_CREATE',
        guildCreatePayload(guild, this.botUser, this.#joinedAt),
        guild.id,
      );
    }
    return guild;
  }

  #guildById(id: string): FakeGuild {
    const guild = this.#guilds.find((g) => g.id === id);
    if (guild === undefined) throw new Error(`fake discord: the bot is not in guild ${id}`);
    return guild;
  }

  #dmChannel(user: APIUser): FakeDmChannel {
    const known = this.#dmChannels.get(user.id);
    if (known !== undefined) return known;
    const channel = makeDmChannel(user);
    this.#dmChannels.set(user.id, channel);
    return channel;
  }

  /** The commands registered for the guild, or globally without a guild id. */
  commands(guildId?: string): readonly APIApplicationCommand[] {
    return guildId === undefined ? this.#globalCommands : (this.#guildCommands.get(guildId) ?? []);
  }

  /** A message the bot sent, by id. */
  message(id: string): SentMessage {
    const stored = this.#messages.get(id);
    if (stored === undefined) throw new Error(`fake discord: no message ${id}`);
    return this.#sent(stored);
  }

  /**
   * Makes the next request matching `path` fail with a Discord error, as when another instance
   * on the same token answered first (400, 40060).
   */
  refuseNext(path: RegExp, status: number, code: number, message: string): void {
    this.#refusals.push({ path, error: discordError(status, code, message) });
  }

  /** Changes the acknowledgement deadline, for a test about lateness. */
  setAckDeadline(ms: number): void {
    this.#options.ackDeadlineMs = ms;
  }

  /** Makes the next `times` requests matching `path` answer 429 with a `Retry-After`. */
  rateLimit(
    path: RegExp,
    {
      retryAfterMs = 100,
      times = 1,
      method,
    }: { retryAfterMs?: number; times?: number; method?: string } = {},
  ): void {
    this.#rateLimits.push({
      match: (m, p) => (method === undefined || method === m) && path.test(p),
      retryAfterMs,
      times,
    });
  }

  /** Stops the server and drops every connection. */
  async close(): Promise<void> {
    this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.#server.close(() => {
        resolve();
      }),
    );
  }

  // ---- actors -------------------------------------------------------------

  /** Creates another user, to act as someone else (cooldowns are per user). */
  newUser(username: string): APIUser {
    return makeUser(username);
  }

  /**
   * A file a user attaches to a slash command. Its bytes are served by the fake CDN; `size`
   * overrides the announced size (Discord reports it before anyone downloads the file).
   */
  attachment(
    filename: string,
    content: string | Buffer,
    { contentType, size }: { contentType?: string; size?: number } = {},
  ): FakeAttachment {
    const id = snowflake();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const path = `/attachments/${this.guild.channel.id}/${id}/${encodeURIComponent(filename)}`;
    this.#cdn.set(path, {
      name: filename,
      contentType: contentType ?? 'application/octet-stream',
      bytes,
    });
    const url = `${this.cdnUrl}${path}?ex=0&is=0&hm=0`;
    return {
      kind: 'attachment',
      attachment: {
        id,
        filename,
        size: size ?? bytes.length,
        url,
        proxy_url: url,
        ...(contentType === undefined ? {} : { content_type: contentType }),
      },
    };
  }

  /**
   * Runs a slash command as a user, in the default guild unless `where` says another guild or
   * `'dm'`. `command` is the name, with the subcommand after a space (`'score file'`); `options`
   * are checked against the definition registered where the user is, so a test cannot send what
   * Discord's client would not.
   */
  slash(
    command: string,
    options: Readonly<Record<string, OptionValue>> = {},
    as: APIUser = this.user,
    where: FakePlace = this.guild,
  ): InteractionHandle {
    const { registered, data } = this.#commandData(command, options, undefined, where);
    return this.#dispatch(
      InteractionType.ApplicationCommand,
      `/${command}`,
      { ...data, id: registered.id },
      as,
      undefined,
      where,
    );
  }

  /** Types into an autocomplete option: `focused` names the option being typed. */
  autocomplete(
    command: string,
    options: Readonly<Record<string, string | number>>,
    focused: string,
    as: APIUser = this.user,
    where: FakePlace = this.guild,
  ): InteractionHandle {
    const { registered, data } = this.#commandData(command, options, focused, where);
    return this.#dispatch(
      InteractionType.ApplicationCommandAutocomplete,
      `/${command} (autocomplete ${focused})`,
      { ...data, id: registered.id },
      as,
      undefined,
      where,
    );
  }

  /** Clicks a button on a message the bot sent; fails if the message has no such enabled button. */
  click(
    message: { readonly id: string },
    customId: string,
    as: APIUser = this.user,
  ): InteractionHandle {
    const component = this.#findComponent(message.id, customId);
    if (component['type'] !== ComponentType.Button)
      throw new Error(`fake discord: ${customId} is not a button`);
    if (component['disabled'] === true)
      throw new Error(`fake discord: button ${customId} is disabled`);
    return this.#dispatch(
      InteractionType.MessageComponent,
      `button ${customId}`,
      { custom_id: customId, component_type: ComponentType.Button },
      as,
      message.id,
      this.#placeOf(message.id),
    );
  }

  /** Picks values in a string select menu; fails unless they are among its options and counts. */
  select(
    message: { readonly id: string },
    customId: string,
    values: readonly string[],
    as: APIUser = this.user,
  ): InteractionHandle {
    const component = this.#findComponent(message.id, customId);
    if (component['type'] !== ComponentType.StringSelect)
      throw new Error(`fake discord: ${customId} is not a string select`);
    const offered = asList(component['options']).map((o) =>
      isObject(o) ? String(o['value']) : '',
    );
    const unknown = values.filter((v) => !offered.includes(v));
    if (unknown.length > 0)
      throw new Error(`fake discord: ${customId} offers no ${unknown.join(', ')}`);
    const min = typeof component['min_values'] === 'number' ? component['min_values'] : 1;
    const max = typeof component['max_values'] === 'number' ? component['max_values'] : 1;
    if (values.length < min || values.length > max) {
      throw new Error(`fake discord: ${customId} takes ${String(min)} to ${String(max)} values`);
    }
    return this.#dispatch(
      InteractionType.MessageComponent,
      `select ${customId}`,
      { custom_id: customId, component_type: ComponentType.StringSelect, values },
      as,
      message.id,
      this.#placeOf(message.id),
    );
  }

  /** Submits the modal an interaction answered with, filling its text inputs by custom id. */
  async submitModal(
    shown: InteractionHandle,
    values: Readonly<Record<string, string>>,
    as: APIUser = this.user,
  ): Promise<InteractionHandle> {
    const modal = await shown.modal();
    const filled = (input: unknown) => {
      const customId = isObject(input) ? String(input['custom_id']) : '';
      return { type: ComponentType.TextInput, custom_id: customId, value: values[customId] ?? '' };
    };
    // Modals hold labels wrapping one input each, or (the older layout) rows of inputs.
    const rows = asList(modal.components).map((row) =>
      isObject(row) && row['type'] === ComponentType.Label
        ? { type: ComponentType.Label, component: filled(row['component']) }
        : {
            type: ComponentType.ActionRow,
            components: (isObject(row) ? asList(row['components']) : []).map(filled),
          },
    );
    return this.#dispatch(
      InteractionType.ModalSubmit,
      `modal ${modal.custom_id}`,
      { custom_id: modal.custom_id, components: rows },
      as,
      undefined,
      shown.guildId === undefined ? 'dm' : this.#guildById(shown.guildId),
    );
  }

  /** Where a message is: its guild, or a DM. Components on it are clicked there. */
  #placeOf(messageId: string): FakePlace {
    const guildId = this.#messages.get(messageId)?.guildId;
    return guildId === undefined ? 'dm' : this.#guildById(guildId);
  }

  #findComponent(messageId: string, customId: string): Json {
    const stored = this.#messages.get(messageId);
    if (stored === undefined)
      throw new Error(`fake discord: no message ${messageId} to interact with`);
    for (const row of asList(stored.message.components)) {
      for (const child of isObject(row) ? asList(row['components']) : []) {
        if (isObject(child) && child['custom_id'] === customId) return child;
      }
    }
    throw new Error(`fake discord: message ${messageId} has no component ${customId}`);
  }

  #commandData(
    command: string,
    options: Readonly<Record<string, OptionValue>>,
    focused: string | undefined,
    where: FakePlace,
  ): { registered: APIApplicationCommand; data: Json } {
    const [name = '', ...path] = command.split(' ');
    // Guild commands exist only in their guild; global ones everywhere their contexts allow.
    const registered =
      (where === 'dm' ? undefined : this.commands(where.id).find((c) => c.name === name)) ??
      this.#globalCommands.find((c) => c.name === name);
    if (registered === undefined)
      throw new Error(
        `fake discord: /${name} is not registered ${where === 'dm' ? 'globally (DMs only see global commands)' : `in ${where.name} or globally`}`,
      );
    const contexts = registered.contexts ?? null;
    if (where === 'dm' && contexts !== null && !contexts.includes(InteractionContextType.BotDM))
      throw new Error(`fake discord: /${name} cannot be used in DMs (contexts)`);
    let definitions: readonly unknown[] = registered.options ?? [];
    const wrappers: { name: string; type: number }[] = [];
    for (const part of path) {
      const found = definitions.find((d) => isObject(d) && d['name'] === part);
      if (!isObject(found)) throw new Error(`fake discord: /${name} has no subcommand ${part}`);
      wrappers.push({ name: part, type: Number(found['type']) });
      definitions = asList(found['options']);
    }
    if (
      definitions.some((d) => isObject(d) && d['type'] === ApplicationCommandOptionType.Subcommand)
    ) {
      throw new Error(`fake discord: /${command} needs a subcommand`);
    }
    const attachments: Record<string, APIAttachment> = {};
    const given = Object.entries(options).map(([key, value]) => {
      const definition = definitions.find((d) => isObject(d) && d['name'] === key);
      if (!isObject(definition)) throw new Error(`fake discord: /${command} has no option ${key}`);
      const type = Number(definition['type']);
      if (typeof value === 'object') {
        if (type !== attachmentOption) throw new Error(`fake discord: ${key} is not an attachment`);
        attachments[value.attachment.id] = value.attachment;
        return { name: key, type, value: value.attachment.id };
      }
      const choices = asList(definition['choices']).map((c) =>
        isObject(c) ? c['value'] : undefined,
      );
      if (focused === undefined && choices.length > 0 && !choices.includes(value)) {
        throw new Error(`fake discord: ${String(value)} is not a choice of ${key}`);
      }
      return { name: key, type, value, ...(key === focused ? { focused: true } : {}) };
    });
    if (focused === undefined) {
      const missing = definitions.filter(
        (d) => isObject(d) && d['required'] === true && !(String(d['name']) in options),
      );
      if (missing.length > 0)
        throw new Error(`fake discord: /${command} is missing a required option`);
    }
    let built: unknown[] = given;
    for (const wrapper of [...wrappers].reverse()) built = [{ ...wrapper, options: built }];
    return {
      registered,
      data: {
        name,
        type: registered.type,
        options: built,
        ...(registered.guild_id === undefined ? {} : { guild_id: registered.guild_id }),
        ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
      },
    };
  }

  #dispatch(
    type: InteractionType,
    label: string,
    data: Json,
    user: APIUser,
    componentMessageId: string | undefined,
    where: FakePlace,
  ): InteractionHandle {
    const record: InteractionRecord = {
      id: snowflake(),
      token: newToken(),
      type,
      label,
      createdAt: performance.now(),
      channelId: where === 'dm' ? this.#dmChannel(user).id : where.channel.id,
      guildId: where === 'dm' ? undefined : where.id,
      deliveredTo: [],
      componentMessageId,
      ack: undefined,
      originalId: undefined,
      finalAt: undefined,
      finalId: undefined,
      originalDeleted: false,
      followUpIds: [],
      rejections: [],
    };
    this.#interactions.set(record.token, record);
    const message =
      componentMessageId === undefined
        ? undefined
        : this.#messages.get(componentMessageId)?.message;
    const common = {
      id: record.id,
      token: record.token,
      applicationId: this.applicationId,
      user,
      locale: 'en-US',
      attachmentSizeLimit: this.#options.attachmentSizeLimit,
    };
    record.deliveredTo = this.gateway.dispatch(
      'INTERACTION_CREATE',
      {
        ...(where === 'dm'
          ? dmInteractionBase({ ...common, channel: this.#dmChannel(user) })
          : interactionBase({ ...common, guild: where, joinedAt: this.#joinedAt })),
        type,
        data,
        ...(message === undefined ? {} : { message }),
      },
      record.guildId,
    );
    return new InteractionHandle(record, this.#changes, (id) => this.message(id));
  }

  // ---- REST ---------------------------------------------------------------

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/cdn/')) {
      this.#serveCdn(url, response);
      return;
    }
    const method = request.method ?? 'GET';
    const prefix = '/api/v10';
    const path = url.pathname.startsWith(prefix)
      ? url.pathname
          .slice(prefix.length)
          .split('/')
          .map((segment) => decodeURIComponent(segment))
          .join('/')
      : url.pathname;
    let body: ParsedBody = { json: undefined, files: [] };
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body: undefined,
      files: [],
      authorization: request.headers.authorization,
      at: performance.now(),
      status: 0,
      response: undefined,
    };
    try {
      body = await readBody(request);
      Object.assign(recorded, { body: body.json, files: body.files });
      this.requests.push(recorded);
      const limited = this.#rateLimits.find((r) => r.times > 0 && r.match(method, path));
      if (limited !== undefined) {
        limited.times--;
        const seconds = limited.retryAfterMs / 1000;
        recorded.status = 429;
        response
          .writeHead(429, {
            'content-type': 'application/json',
            'retry-after': String(seconds),
            'x-ratelimit-scope': 'user',
          })
          .end(
            JSON.stringify({
              message: 'You are being rate limited.',
              retry_after: seconds,
              global: false,
            }),
          );
        return;
      }
      if (!url.pathname.startsWith(prefix)) throw this.#unmocked(method, url.pathname);
      const at = this.#refusals.findIndex((r) => r.path.test(path));
      const refused = at === -1 ? undefined : this.#refusals.splice(at, 1)[0];
      if (refused !== undefined) throw refused.error;
      const { status, json } = this.#route(
        method,
        path,
        url.searchParams,
        body,
        request.headers.authorization,
      );
      recorded.status = status;
      recorded.response = json;
      send(response, status, json);
    } catch (error) {
      const failure =
        error instanceof HttpError
          ? error
          : discordError(500, 0, `fake discord crashed: ${String(error)}`);
      if (!(error instanceof HttpError)) this.failures.push(`${method} ${path}: ${String(error)}`);
      recorded.status = failure.status;
      recorded.response = failure.body;
      if (!this.requests.includes(recorded)) this.requests.push(recorded);
      const record = this.#recordFor(path);
      if (record !== undefined) {
        record.rejections.push(recorded);
        this.#changes.emit('change');
      }
      send(response, failure.status, failure.body);
    }
  }

  #recordFor(path: string): InteractionRecord | undefined {
    const [, root, , tokenSegment] = path.split('/');
    return root === 'interactions' || root === 'webhooks'
      ? this.#interactions.get(tokenSegment ?? '')
      : undefined;
  }

  #unmocked(method: string, path: string): HttpError {
    this.failures.push(`unmocked ${method} ${path}`);
    return discordError(404, 0, `404: Not Found (the fake does not implement ${method} ${path})`);
  }

  #requireBot(authorization: string | undefined): void {
    if (authorization !== `Bot ${this.botToken}`) throw discordError(401, 0, '401: Unauthorized');
  }

  #route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: ParsedBody,
    authorization: string | undefined,
  ): { status: number; json?: unknown } {
    const parts = path.split('/').slice(1);
    const [root, a, b, c, d] = parts;
    const key = `${method} ${root ?? ''}`;
    switch (true) {
      case key === 'GET gateway' && parts.length === 2 && a === 'bot':
        this.#requireBot(authorization);
        return {
          status: 200,
          json: {
            url: this.gatewayUrl,
            shards:
              this.#options.recommendedShards ?? Math.max(1, Math.ceil(this.#guilds.length / 1000)),
            session_start_limit: {
              total: 1000,
              remaining: 1000 - this.gateway.stats.identifies,
              reset_after: 0,
              max_concurrency: this.#options.maxConcurrency,
            },
          },
        };
      case key === 'GET gateway' && parts.length === 1:
        return { status: 200, json: { url: this.gatewayUrl } };
      case key === 'GET users' && parts.length === 2 && a === '@me':
        this.#requireBot(authorization);
        return {
          status: 200,
          json: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
        };
      case root === 'applications' &&
        a !== undefined &&
        (b === 'commands' || (b === 'guilds' && d === 'commands')) &&
        parts.length === (b === 'commands' ? 3 : 5): {
        this.#requireBot(authorization);
        if (a !== this.applicationId) throw discordError(403, 50001, 'Missing Access');
        const guildId = b === 'guilds' ? c : undefined;
        if (guildId !== undefined && !this.#guilds.some((g) => g.id === guildId))
          throw discordError(403, 50001, 'Missing Access');
        if (method === 'GET') return { status: 200, json: this.commands(guildId) };
        if (method === 'PUT')
          return { status: 200, json: this.#overwriteCommands(guildId, body.json) };
        throw this.#unmocked(method, path);
      }
      case key === 'POST interactions' && parts.length === 4 && c === 'callback':
        return this.#callback(a ?? '', b ?? '', query, body);
      case root === 'webhooks' && parts.length >= 3:
        return this.#webhook(method, path, parts, query, body);
      case root === 'channels' && b === 'messages':
        this.#requireBot(authorization);
        return this.#channelMessages(method, path, a ?? '', c, body);
      default:
        throw this.#unmocked(method, path);
    }
  }

  #overwriteCommands(guildId: string | undefined, body: unknown): APIApplicationCommand[] {
    const errors = validateCommands(body);
    if (errors.length > 0) throw invalidForm(errors);
    this.registrations.push({ guildId, body });
    const previous = this.commands(guildId);
    const stored = asList(body).map((definition) => {
      const json = definition as Json;
      const kept = previous.find((p) => p.name === json['name']);
      return {
        type: 1,
        ...json,
        id: kept?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        default_member_permissions: null,
        nsfw: false,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      } as unknown as APIApplicationCommand;
    });
    if (guildId === undefined) this.#globalCommands.splice(0, Infinity, ...stored);
    else this.#guildCommands.set(guildId, stored);
    return stored;
  }

  #callback(
    id: string,
    interactionToken: string,
    query: URLSearchParams,
    body: ParsedBody,
  ): { status: number; json?: unknown } {
    const record = this.#interactions.get(interactionToken);
    if (record?.id !== id)
      throw discordError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    if (record.ack !== undefined) {
      throw discordError(
        400,
        RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
        'Interaction has already been acknowledged.',
      );
    }
    const latencyMs = performance.now() - record.createdAt;
    if (latencyMs > this.#options.ackDeadlineMs) {
      throw discordError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    }
    const json = isObject(body.json) ? body.json : {};
    const type = enumValue(InteractionResponseType, json['type']);
    const data = json['data'];
    const isComponent = record.type === InteractionType.MessageComponent;
    const isAutocomplete = record.type === InteractionType.ApplicationCommandAutocomplete;
    const wrongType = (): HttpError =>
      invalidForm([
        {
          path: ['type'],
          code: 'INTERACTION_RESPONSE_TYPE_INVALID',
          message: `Response type ${String(type)} is not valid for this interaction.`,
        },
      ]);
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        if (isAutocomplete) throw wrongType();
        const message = this.#createMessage(data, body.files, false, record.label, record);
        record.originalId = message.message.id;
        record.finalAt = performance.now();
        record.finalId = message.message.id;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        if (isAutocomplete) throw wrongType();
        const flags = isObject(data) ? Number(data['flags'] ?? 0) : 0;
        const message = this.#createMessage(
          { content: '', flags: flags | MessageFlags.Loading },
          [],
          true,
          record.label,
          record,
        );
        message.loading = true;
        record.originalId = message.message.id;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        if (!isComponent) throw wrongType();
        record.originalId = record.componentMessageId;
        break;
      case InteractionResponseType.UpdateMessage: {
        if (!isComponent || record.componentMessageId === undefined) throw wrongType();
        this.#editMessage(record.componentMessageId, data, body.files);
        record.originalId = record.componentMessageId;
        record.finalAt = performance.now();
        record.finalId = record.componentMessageId;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        if (!isAutocomplete) throw wrongType();
        const errors = choiceErrors(data);
        if (errors.length > 0) throw invalidForm(errors);
        record.finalAt = performance.now();
        break;
      }
      case InteractionResponseType.Modal: {
        if (isAutocomplete || record.type === InteractionType.ModalSubmit) throw wrongType();
        const errors = modalErrors(data);
        if (errors.length > 0) throw invalidForm(errors);
        record.finalAt = performance.now();
        break;
      }
      default:
        throw wrongType();
    }
    record.ack = { type, data, latencyMs };
    this.#changes.emit('change');
    if (query.get('with_response') !== 'true') return { status: 204 };
    const original =
      record.originalId === undefined ? undefined : this.#messages.get(record.originalId)?.message;
    return {
      status: 200,
      json: {
        interaction: {
          id: record.id,
          type: record.type,
          activity_instance_id: null,
          response_message_id: original?.id ?? null,
          response_message_loading:
            type === InteractionResponseType.DeferredChannelMessageWithSource,
          response_message_ephemeral: ((original?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
        },
        resource: { type, ...(original === undefined ? {} : { message: original }) },
      },
    };
  }

  #webhook(
    method: string,
    path: string,
    parts: readonly string[],
    query: URLSearchParams,
    body: ParsedBody,
  ): { status: number; json?: unknown } {
    const [, applicationId, webhookToken, messages, messageId] = parts;
    const record = this.#interactions.get(webhookToken ?? '');
    if (applicationId !== this.applicationId || record === undefined) {
      throw discordError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    }
    if (performance.now() - record.createdAt > this.#options.tokenTtlMs) {
      throw discordError(401, RESTJSONErrorCodes.InvalidWebhookToken, 'Invalid Webhook Token');
    }
    if (record.ack === undefined)
      throw discordError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    if (parts.length === 3 && method === 'POST') {
      const message = this.#createMessage(body.json, body.files, false, record.label, record);
      record.followUpIds.push(message.message.id);
      if (record.finalAt === undefined && record.originalDeleted) {
        record.finalAt = performance.now();
        record.finalId = message.message.id;
      }
      this.#changes.emit('change');
      return query.get('wait') === 'false'
        ? { status: 204 }
        : { status: 200, json: message.message };
    }
    if (parts.length !== 5 || messages !== 'messages') throw this.#unmocked(method, path);
    const id = messageId === '@original' ? record.originalId : messageId;
    if (
      id === undefined ||
      !(id === record.originalId || record.followUpIds.includes(id)) ||
      !this.#messages.has(id)
    ) {
      throw discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    }
    switch (method) {
      case 'GET':
        return { status: 200, json: this.#messages.get(id)?.message };
      case 'PATCH': {
        const edited = this.#editMessage(id, body.json, body.files);
        if (id === record.originalId && record.finalAt === undefined) {
          record.finalAt = performance.now();
          record.finalId = id;
        }
        this.#changes.emit('change');
        return { status: 200, json: edited.message };
      }
      case 'DELETE':
        this.#messages.delete(id);
        if (id === record.originalId) record.originalDeleted = true;
        this.#changes.emit('change');
        return { status: 204 };
      default:
        throw this.#unmocked(method, path);
    }
  }

  #channelMessages(
    method: string,
    path: string,
    channelId: string,
    messageId: string | undefined,
    body: ParsedBody,
  ): { status: number; json?: unknown } {
    const guild = this.#guilds.find((g) => g.channel.id === channelId);
    const isDm = [...this.#dmChannels.values()].some((c) => c.id === channelId);
    if (guild === undefined && !isDm)
      throw discordError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
    if (messageId === undefined) {
      if (method === 'POST')
        return {
          status: 200,
          json: this.#createMessage(body.json, body.files, false, 'channel', {
            channelId,
            guildId: guild?.id,
          }).message,
        };
      if (method === 'GET') {
        const inChannel = [...this.#messages.values()]
          .map((m) => m.message)
          .filter((m) => m.channel_id === channelId);
        return { status: 200, json: inChannel.reverse() };
      }
      throw this.#unmocked(method, path);
    }
    if (!this.#messages.has(messageId))
      throw discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    switch (method) {
      case 'GET':
        return { status: 200, json: this.#messages.get(messageId)?.message };
      case 'PATCH':
        return { status: 200, json: this.#editMessage(messageId, body.json, body.files).message };
      case 'DELETE':
        this.#messages.delete(messageId);
        return { status: 204 };
      default:
        throw this.#unmocked(method, path);
    }
  }

  #checkMessage(data: unknown, files: readonly FakeFile[], partial: boolean): void {
    const tooLarge = files.find((f) => f.bytes.length > discordLimits.fileBytes);
    if (tooLarge !== undefined)
      throw discordError(413, RESTJSONErrorCodes.RequestEntityTooLarge, 'Request entity too large');
    const { errors, empty } = messageErrors(data, files.length, { partial });
    if (errors.length > 0) throw invalidForm(errors);
    if (empty)
      throw discordError(
        400,
        RESTJSONErrorCodes.CannotSendAnEmptyMessage,
        'Cannot send an empty message',
      );
  }

  #attachments(files: readonly FakeFile[], channelId: string): APIAttachment[] {
    return files.map((file) => {
      const id = snowflake();
      const path = `/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
      this.#cdn.set(path, file);
      return {
        id,
        filename: file.name,
        size: file.bytes.length,
        url: `${this.cdnUrl}${path}`,
        proxy_url: `${this.cdnUrl}${path}`,
        content_type: file.contentType,
      };
    });
  }

  #createMessage(
    data: unknown,
    files: readonly FakeFile[],
    allowEmpty: boolean,
    label: string,
    { channelId, guildId }: { readonly channelId: string; readonly guildId: string | undefined },
  ): StoredMessage {
    if (!allowEmpty) this.#checkMessage(data, files, false);
    const json = isObject(data) ? data : {};
    const message = {
      id: snowflake(),
      channel_id: channelId,
      ...(guildId === undefined ? {} : { guild_id: guildId }),
      author: this.botUser,
      content: typeof json['content'] === 'string' ? json['content'] : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.#attachments(files, channelId),
      embeds: asList(json['embeds']),
      pinned: false,
      type: label === 'channel' ? MessageType.Default : MessageType.ChatInputCommand,
      flags: Number(json['flags'] ?? 0),
      components: asList(json['components']),
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    } as unknown as APIMessage;
    const stored: StoredMessage = {
      message,
      guildId,
      allowedMentions: json['allowed_mentions'],
      files: [...files],
      loading: false,
    };
    this.#messages.set(message.id, stored);
    return stored;
  }

  #editMessage(id: string, data: unknown, files: readonly FakeFile[]): StoredMessage {
    this.#checkMessage(data, files, true);
    const stored = this.#messages.get(id);
    if (stored === undefined)
      throw discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    const json = isObject(data) ? data : {};
    const current = stored.message;
    const kept =
      'attachments' in json
        ? current.attachments.filter((a) =>
            asList(json['attachments']).some((k) => isObject(k) && k['id'] === a.id),
          )
        : current.attachments;
    const next = {
      ...current,
      ...('content' in json
        ? { content: typeof json['content'] === 'string' ? json['content'] : '' }
        : {}),
      ...('embeds' in json ? { embeds: asList(json['embeds']) } : {}),
      ...('components' in json ? { components: asList(json['components']) } : {}),
      attachments: [...kept, ...this.#attachments(files, current.channel_id)],
      flags: (current.flags ?? 0) & ~loadingFlag,
      edited_timestamp: stored.loading ? null : new Date().toISOString(),
    } as unknown as APIMessage;
    const empty =
      next.content === '' &&
      next.embeds.length === 0 &&
      (next.components ?? []).length === 0 &&
      next.attachments.length === 0;
    if (empty)
      throw discordError(
        400,
        RESTJSONErrorCodes.CannotSendAnEmptyMessage,
        'Cannot send an empty message',
      );
    stored.message = next;
    stored.loading = false;
    if ('allowed_mentions' in json) stored.allowedMentions = json['allowed_mentions'];
    stored.files = files.length > 0 ? [...files] : stored.files;
    return stored;
  }

  #serveCdn(url: URL, response: ServerResponse): void {
    const path = url.pathname.slice('/cdn'.length);
    this.cdnRequests.push(path);
    const file = this.#cdn.get(path);
    if (file === undefined) {
      this.failures.push(`unknown CDN file ${path}`);
      send(response, 404, { message: 'Not found' });
      return;
    }
    response
      .writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length })
      .end(file.bytes);
  }

  #sent(stored: StoredMessage): SentMessage {
    return { ...stored.message, allowedMentions: stored.allowedMentions, files: stored.files };
  }

  /**
   * Forgets finished interactions, their messages and the request log, so a long benchmark
   * measures the bot's memory rather than the fake's records.
   */
  forget(): void {
    this.requests.length = 0;
    this.cdnRequests.length = 0;
    this.#interactions.clear();
    this.#messages.clear();
  }

  /** Throws, listing them, if anything unmocked or refused by protocol happened. */
  assertNoFailures(): void {
    if (this.failures.length > 0)
      throw new Error(`fake discord saw failures:\n${this.failures.join('\n')}`);
  }
}

/**
 * What a test holds after acting as a user: await the acknowledgement, the final message, the
 * autocomplete choices or the modal, each bounded by a timeout.
 */
export class InteractionHandle {
  constructor(
    private readonly record: InteractionRecord,
    private readonly changes: EventEmitter,
    private readonly lookup: (id: string) => SentMessage,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** The guild it happened in; undefined for a DM. */
  get guildId(): string | undefined {
    return this.record.guildId;
  }

  /** The shards whose sessions received it: the one owning its guild, or none if that is down. */
  get deliveredTo(): readonly ShardPair[] {
    return this.record.deliveredTo;
  }

  /** Requests about this interaction that the fake refused (10062, 40060, 50035...). */
  get rejections(): readonly RecordedRequest[] {
    return this.record.rejections;
  }

  /** Discord error codes of the refused requests, in order. */
  get rejectionCodes(): readonly number[] {
    return this.record.rejections.map((r) =>
      isObject(r.response) ? Number(r.response['code']) : 0,
    );
  }

  /** Follow-up messages sent with `followUp`. */
  get followUps(): readonly SentMessage[] {
    return this.record.followUpIds.map((id) => this.lookup(id));
  }

  #until<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
    const ready = check();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const onChange = (): void => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.changes.off('change', onChange);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.changes.off('change', onChange);
        const refused = this.record.rejections
          .map((r) => `${r.method} ${r.path} → ${String(r.status)} ${JSON.stringify(r.response)}`)
          .join('\n  ');
        reject(
          new Error(
            `fake discord: no ${what} for ${this.record.label} within ${String(timeoutMs)} ms` +
              (refused === '' ? '' : `; refused:\n  ${refused}`),
          ),
        );
      }, timeoutMs);
      this.changes.on('change', onChange);
    });
  }

  /** The accepted first response (reply, defer, update, choices or modal). */
  ack(timeoutMs = 2500): Promise<Acknowledgement> {
    return this.#until('acknowledgement', () => this.record.ack, timeoutMs);
  }

  /** Resolves once a request about this interaction is refused, with its Discord error code. */
  rejection(timeoutMs = 5000): Promise<number> {
    return this.#until('rejection', () => this.rejectionCodes[0], timeoutMs);
  }

  /**
   * The message that completes the response: the reply, the original after a deferred edit, or
   * the component's message after an update.
   */
  async reply(timeoutMs = 5000): Promise<SentMessage> {
    const id = await this.#until('final message', () => this.record.finalId, timeoutMs);
    return this.lookup(id);
  }

  /** Milliseconds from INTERACTION_CREATE to the final message. */
  async replyLatencyMs(timeoutMs = 5000): Promise<number> {
    await this.reply(timeoutMs);
    return (this.record.finalAt ?? 0) - this.record.createdAt;
  }

  /** Waits for the `count`-th follow-up message. */
  followUp(count = 1, timeoutMs = 5000): Promise<SentMessage> {
    return this.#until(
      `follow-up #${String(count)}`,
      () => {
        const id = this.record.followUpIds[count - 1];
        return id === undefined ? undefined : this.lookup(id);
      },
      timeoutMs,
    );
  }

  /** The autocomplete choices answered. */
  async choices(timeoutMs = 2500): Promise<readonly APIApplicationCommandOptionChoice[]> {
    const ack = await this.ack(timeoutMs);
    if (ack.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
      throw new Error(
        `fake discord: expected autocomplete choices, got response type ${String(ack.type)}`,
      );
    }
    return isObject(ack.data)
      ? (asList(ack.data['choices']) as APIApplicationCommandOptionChoice[])
      : [];
  }

  /** The modal shown. */
  async modal(timeoutMs = 2500): Promise<APIModalInteractionResponseCallbackData> {
    const ack = await this.ack(timeoutMs);
    if (ack.type !== InteractionResponseType.Modal) {
      throw new Error(`fake discord: expected a modal, got response type ${String(ack.type)}`);
    }
    return ack.data as APIModalInteractionResponseCallbackData;
  }
}
