import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { EventEmitter } from 'node:events';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import { snowflake } from './snowflake.js';

/** What the gateway needs from the rest of the fake. */
export interface GatewayContext {
  readonly botToken: string;
  readonly heartbeatIntervalMs: number;
  readonly resumeUrl: () => string;
  /** READY's `d` for a new session. */
  readonly ready: (sessionId: string) => unknown;
  /** One GUILD_CREATE `d` per guild the bot is in. */
  readonly guildCreates: () => readonly unknown[];
  /** Something the client did that real Discord would refuse; fails the test. */
  readonly fail: (reason: string) => void;
}

interface Dispatch {
  readonly s: number;
  readonly t: string;
  readonly d: unknown;
}

interface Session {
  readonly id: string;
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

/**
 * The fake's WebSocket gateway: HELLO, heartbeat ACKs, IDENTIFY (token checked, else close 4004),
 * READY with a loopback `resume_gateway_url`, one GUILD_CREATE per guild, RESUME with replay of
 * missed dispatches then RESUMED, and hooks to drop the connection or ask for a reconnect.
 */
export class FakeGateway extends EventEmitter {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  #current: Session | undefined;
  /** Counters a test can assert on. */
  readonly stats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
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
          this.stats.identifies++;
          session = { id: snowflake(), seq: 0, socket: ws, sent: [] };
          this.#sessions.set(session.id, session);
          this.#current = session;
          this.#dispatchTo(session, 'READY', this.context.ready(session.id));
          for (const guild of this.context.guildCreates()) {
            this.#dispatchTo(session, 'GUILD_CREATE', guild);
          }
          this.emit('identified');
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
      if (session?.socket === ws) session.socket = undefined;
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

  /**
   * Sends a dispatch to the bot's session. While it is disconnected the event waits for RESUME,
   * as on Discord.
   */
  dispatch(t: string, d: unknown): void {
    if (this.#current === undefined) throw new Error(`fake gateway: no session to send ${t} to`);
    this.#dispatchTo(this.#current, t, d);
  }

  /**
   * Drops the bot's connection: with a close code (4000 by default, which clients resume from),
   * or abruptly with no close frame when `code` is `'abrupt'`.
   */
  drop(code: number | 'abrupt' = GatewayCloseCodes.UnknownError): void {
    const socket = this.#current?.socket;
    if (socket === undefined) throw new Error('fake gateway: nothing to drop');
    if (code === 'abrupt') socket.terminate();
    else socket.close(code, 'Dropped by the test');
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(): void {
    const socket = this.#current?.socket;
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
