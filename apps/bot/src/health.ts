import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running health server. */
export interface HealthServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves `/healthz` (the process is up) and `/readyz` (connected to Discord and taking commands)
 * on 127.0.0.1 only, for a supervisor or container probe.
 *
 * @example
 * const health = await startHealthServer(8080, () => client.isReady());
 */
export const startHealthServer = async (
  port: number,
  isReady: () => boolean,
): Promise<HealthServer> => {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const answer = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'GET') answer(405, { error: 'method not allowed' });
    else if (path === '/healthz') answer(200, { status: 'ok' });
    else if (path === '/readyz') {
      const ready = isReady();
      answer(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    } else answer(404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(bound)}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
};
