import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** A shard's connection state, as discord.js tracks it, in words. */
export const ShardStatus = z.enum([
  'ready',
  'connecting',
  'reconnecting',
  'idle',
  'nearly',
  'disconnected',
  'waiting-for-guilds',
  'identifying',
  'resuming',
]);
export type ShardStatus = z.infer<typeof ShardStatus>;

/** What the health endpoints say about the shards this process runs. */
export const ShardsReport = z.strictObject({
  /** The total number of shards of the bot (across every process); null until known (`auto`). */
  shardCount: z.int().min(1).nullable(),
  /** Each shard this process runs, by id. */
  shards: z.array(z.strictObject({ id: z.int().min(0), status: ShardStatus })),
});
export type ShardsReport = z.infer<typeof ShardsReport>;

/** The JSON body of `/healthz` (`status: ok`) and `/readyz` (any other status). */
export const HealthBody = ShardsReport.extend({
  status: z.enum(['ok', 'ready', 'not ready', 'stopping']),
});
export type HealthBody = z.infer<typeof HealthBody>;

/** The bot's state as the health server sees it at one moment. */
export interface HealthReport extends ShardsReport {
  /** True from the moment `stop()` is called. */
  readonly stopping: boolean;
}

/**
 * Whether the bot is taking commands: not stopping, and every shard this process runs is ready.
 *
 * @example
 * isReady({ stopping: false, shardCount: 2, shards: [{ id: 0, status: 'ready' }] }); // true
 */
export const isReady = (report: HealthReport): boolean =>
  !report.stopping &&
  report.shards.length > 0 &&
  report.shards.every((shard) => shard.status === 'ready');

/** A running health server. */
export interface HealthServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves `/healthz` (the process is up: always 200) and `/readyz` (200 only when {@link isReady},
 * else 503), both with a {@link HealthBody} naming each shard's state. Listens on 127.0.0.1
 * unless `host` says otherwise (0.0.0.0 for a container probe).
 *
 * @example
 * const health = await startHealthServer({ port: 8080 }, () => report());
 */
export const startHealthServer = async (
  { port, host = '127.0.0.1' }: { readonly port: number; readonly host?: string },
  report: () => HealthReport,
): Promise<HealthServer> => {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const answer = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'GET') answer(405, { error: 'method not allowed' });
    else if (path === '/healthz' || path === '/readyz') {
      const now = report();
      const ready = isReady(now);
      const status =
        path === '/healthz' ? 'ok' : ready ? 'ready' : now.stopping ? 'stopping' : 'not ready';
      const body: HealthBody = { status, shardCount: now.shardCount, shards: [...now.shards] };
      answer(path === '/healthz' || ready ? 200 : 503, body);
    } else answer(404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${String(bound)}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
};
