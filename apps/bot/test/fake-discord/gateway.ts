import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { EventEmitter } from 'node:events';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf, snowflake } from './snowflake.js';

/** A shard as IDENTIFY names it: `[shard_id, num_shards]`. */
export type ShardPair = readonly [id: number, count: number];

/** What the gateway needs from the rest of the fake. */
export interface GatewayContext {
  readonly botToken: string;
  readonly heartbeatIntervalMs: number;
  /** READY's `d` for a new session of `shard`, holding the guilds in `guildIds`. */
  readonly ready: (sessionId: string, shard: ShardPair, guildIds: readonly string[]) => unknown;
  /** The ids of every guild the bot is in. */
  readonly guildIds: () => readonly string[];
  /** GUILD_CREATE's `d` for one guild. */
  readonly guildCreate: (guildId: string) => unknown;
  /** How many guilds one session may hold before Discord closes it with 4011 (2500). */
  readonly maxGuildsPerShard: number;
  /** Something the client did that real Discord would refuse; fails the test. */
  readonly fail: (reason: string) => void;
}

/** One IDENTIFY the gateway accepted. */
export interface Identified {
  readonly shard: ShardPair;
  /** `performance.now()` when it was accepted. */
  readonly at: number;
}

interface Dispatch {
  readonly s: number;
  readonly t: string;
  readonly d: unknown;
}

interface Session {
  readonly id: string;
  readonly shard: ShardPair;
  seq: number;
  socket: WebSocket | undefined;
  /** Every dispatch of the session, so a RESUME can replay what the client missed. */
  readonly sent: Dispatch[];
}

interface GatewayPayload {
  readonly op: GatewayOpcodes;
  readonly d?: unknown;
}

const isPayload = (value: unknown): value is GatewayPayload =>
  typeof value === 'object' && value !== null && typeof (value as { op?: unknown }).op === 'number';

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** IDENTIFY's `shard` field: absent means `[0, 1]`; anything else must be a valid pair. */
const readShard = (value: unknown): ShardPair | undefined => {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isSafeInteger(id) || !Number.isSafeInteger(count)) return undefined;
  const pair = [Number(id), Number(count)] as const;
  return pair[1] >= 1 && pair[0] >= 0 && pair[0] < pair[1] ? pair : undefined;
};

/** Whether a session of `shard` receives the events of `guildId`; DMs (no guild) go to shard 0. */
export const owns = (shard: ShardPair, guildId: string | undefined): boolean =>
  guildId === undefined ? shard[0] === 0 : shardOf(guildId, shard[1]) === shard[0];

/**
 * The fake's WebSocket gateway: HELLO, heartbeat ACKs, IDENTIFY (token checked, else close 4004;
 * `shard` checked, else 4010; more guilds on the shard than one session may hold, 4011), READY
 * with a loopback `resume_gateway_url` and the guilds that shard owns, one GUILD_CREATE per such
 * guild, RESUME with replay of missed dispatches then RESUMED, and hooks to drop the connection or
 * ask for a reconnect. Each session is one shard: a guild's events go only to the sessions whose
 * shard owns it (`(guild_id >> 22) % num_shards`), DMs to shard 0. A client closing with 1000 or
 * 1001 ends its session, as on Discord.
 */
export class FakeGateway extends EventEmitter {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  #current: Session | undefined;
  /** Counters a test can assert on. */
  readonly stats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
  /** Every IDENTIFY accepted, in order, with its shard. */
  readonly identified: Identified[] = [];
  /** Close codes of every gateway connection that closed, in order (1000 = a clean client shutdown). */
  readonly closeCodes: number[] = [];

  constructor(private readonly context: GatewayContext) {
    super();
  }

  /** Handles an HTTP upgrade on `/gateway`. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    this.#server.handleUpgrade(request, socket, head, (ws) => {
      this.stats.connections++;
      if (url.searchParams.get('compress') === 'zlib-stream') {
        // zlib-sync makes discord.js ask for compressed frames this fake does not produce.
        this.context.fail('the client asked for compress=zlib-stream: uninstall zlib-sync');
        ws.close(GatewayCloseCodes.DecodeError, 'zlib-stream is not supported by the fake');
        return;
      }
      this.#accept(ws);
    });
  }

  #send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  #accept(ws: WebSocket): void {
    let session: Session | undefined;
    this.#send(ws, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.context.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    ws.on('message', (raw: Buffer) => {
      let payload: unknown;
      try {
        payload = JSON.parse(raw.toString('utf8'));
      } catch {
        ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      if (!isPayload(payload)) {
        ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          this.stats.heartbeats++;
          this.#send(ws, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
          return;
        case GatewayOpcodes.Identify: {
          if (session !== undefined) {
            ws.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
            return;
          }
          if (field(payload.d, 'token') !== this.context.botToken) {
            ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
            return;
          }
          const shard = readShard(field(payload.d, 'shard'));
          if (shard === undefined) {
            ws.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
            return;
          }
          const guildIds = this.context.guildIds().filter((id) => owns(shard, id));
          if (guildIds.length > this.context.maxGuildsPerShard) {
            ws.close(GatewayCloseCodes.ShardingRequired, 'Sharding required.');
            return;
          }
          this.stats.identifies++;
          this.identified.push({ shard, at: performance.now() });
          session = { id: snowflake(), shard, seq: 0, socket: ws, sent: [] };
          this.#sessions.set(session.id, session);
          this.#current = session;
          this.#dispatchTo(session, 'READY', this.context.ready(session.id, shard, guildIds));
          for (const id of guildIds) {
            this.#dispatchTo(session, 'GUILD_CREATE', this.context.guildCreate(id));
          }
          this.emit('identified', shard);
          return;
        }
        case GatewayOpcodes.Resume: {
          const known = this.#sessions.get(String(field(payload.d, 'session_id')));
          const seq = Number(field(payload.d, 'seq'));
          if (known === undefined || field(payload.d, 'token') !== this.context.botToken) {
            this.#send(ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
            return;
          }
          this.stats.resumes++;
          session = known;
          known.socket = ws;
          this.#current = known;
          for (const missed of known.sent.filter((dispatch) => dispatch.s > seq)) {
            this.#send(ws, { op: GatewayOpcodes.Dispatch, ...missed });
          }
          this.#dispatchTo(known, 'RESUMED', null);
          this.emit('resumed');
          return;
        }
        default:
          // Presence and voice updates are accepted and ignored.
          return;
      }
    });
    ws.on('close', (code: number) => {
      this.closeCodes.push(code);
      this.emit('closed', code);
      if (session?.socket !== ws) return;
      session.socket = undefined;
      // A clean close (1000, 1001) ends the session: Discord would refuse to resume it.
      if (code === 1000 || code === 1001) this.#sessions.delete(session.id);
    });
  }

  #dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq++;
    const dispatch = { s: session.seq, t, d };
    session.sent.push(dispatch);
    if (session.socket !== undefined) {
      this.#send(session.socket, { op: GatewayOpcodes.Dispatch, ...dispatch });
    }
  }

  /** Whether a session is identified and its socket open. */
  get connected(): boolean {
    return this.#current?.socket?.readyState === WebSocket.OPEN;
  }

  /** The sessions Discord would still deliver to (open, or dropped and waiting for a RESUME). */
  get sessions(): readonly { readonly shard: ShardPair; readonly connected: boolean }[] {
    return [...this.#sessions.values()].map((s) => ({
      shard: s.shard,
      connected: s.socket?.readyState === WebSocket.OPEN,
    }));
  }

  /**
   * Sends a dispatch to every session whose shard owns `guildId` (shard 0 for DMs, when
   * `guildId` is undefined) and returns their shards. While a session is disconnected the event
   * waits for RESUME, as on Discord; a guild no session owns gets nothing, as when the process
   * running its shard is down.
   */
  dispatch(t: string, d: unknown, guildId?: string): readonly ShardPair[] {
    if (this.#sessions.size === 0) throw new Error(`fake gateway: no session to send ${t} to`);
    const targets = [...this.#sessions.values()].filter((s) => owns(s.shard, guildId));
    for (const session of targets) this.#dispatchTo(session, t, d);
    return targets.map((s) => s.shard);
  }

  #socketOf(shardId: number | undefined): WebSocket | undefined {
    if (shardId === undefined) return this.#current?.socket;
    return [...this.#sessions.values()].find((s) => s.shard[0] === shardId && s.socket)?.socket;
  }

  /**
   * Drops a connection (the latest session's, or shard `shardId`'s): with a close code (4000 by
   * default, which clients resume from), or abruptly with no close frame when `code` is `'abrupt'`.
   */
  drop(code: number | 'abrupt' = GatewayCloseCodes.UnknownError, shardId?: number): void {
    const socket = this.#socketOf(shardId);
    if (socket === undefined) throw new Error('fake gateway: nothing to drop');
    if (code === 'abrupt') socket.terminate();
    else socket.close(code, 'Dropped by the test');
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(shardId?: number): void {
    const socket = this.#socketOf(shardId);
    if (socket === undefined) throw new Error('fake gateway: nothing to reconnect');
    this.#send(socket, { op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** Resolves on the next RESUMED sent. */
  nextResume(timeoutMs = 5000): Promise<void> {
    return this.#next('resumed', timeoutMs);
  }

  /** Resolves on the next READY sent. */
  nextIdentify(timeoutMs = 5000): Promise<void> {
    return this.#next('identified', timeoutMs);
  }

  #next(event: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, done);
        reject(new Error(`fake gateway: no ${event} within ${String(timeoutMs)} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.once(event, done);
    });
  }

  close(): void {
    for (const client of this.#server.clients) client.terminate();
    this.#server.close();
  }
}
