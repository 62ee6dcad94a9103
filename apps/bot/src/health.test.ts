import { afterEach, describe, expect, it } from 'vitest';
import {
  HealthBody,
  isReady,
  startHealthServer,
  type HealthReport,
  type HealthServer,
} from './health.js';

const twoShards = (first: 'ready' | 'identifying', second: 'ready' | 'identifying') => ({
  stopping: false,
  shardCount: 2,
  shards: [
    { id: 0, status: first },
    { id: 1, status: second },
  ],
});

describe('isReady', () => {
  it('is ready only when every shard this process runs is ready', () => {
    expect(isReady(twoShards('ready', 'ready'))).toBe(true);
    expect(isReady(twoShards('ready', 'identifying'))).toBe(false);
  });

  it('is not ready while stopping, or before any shard is known', () => {
    expect(isReady({ ...twoShards('ready', 'ready'), stopping: true })).toBe(false);
    expect(isReady({ stopping: false, shardCount: null, shards: [] })).toBe(false);
  });
});

describe('startHealthServer', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${server?.url ?? ''}${path}`);
    return { status: response.status, body: await response.json() };
  };

  it('answers /healthz always and /readyz only when every shard is ready, on loopback', async () => {
    let report: HealthReport = twoShards('ready', 'identifying');
    server = await startHealthServer({ port: 0 }, () => report);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get('/healthz')).toEqual({
      status: 200,
      body: {
        status: 'ok',
        shardCount: 2,
        shards: [
          { id: 0, status: 'ready' },
          { id: 1, status: 'identifying' },
        ],
      },
    });
    const notReady = await get('/readyz');
    expect(notReady.status).toBe(503);
    expect(HealthBody.parse(notReady.body)).toEqual({
      status: 'not ready',
      shardCount: 2,
      shards: [
        { id: 0, status: 'ready' },
        { id: 1, status: 'identifying' },
      ],
    });
    report = twoShards('ready', 'ready');
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    report = { ...report, stopping: true };
    expect(await get('/readyz')).toMatchObject({ status: 503, body: { status: 'stopping' } });
    expect((await get('/other')).status).toBe(404);
  });

  it('listens on another address when asked, such as every interface for a container probe', async () => {
    server = await startHealthServer({ port: 0, host: '0.0.0.0' }, () =>
      twoShards('ready', 'ready'),
    );
    expect(server.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    const port = new URL(server.url).port;
    // Reachable through loopback too, since 0.0.0.0 is every IPv4 interface.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  });
});
