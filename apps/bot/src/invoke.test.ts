import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { boom, upload } from '../test/test-commands.js';
import type { Upload } from './commands/args.js';
import { createCooldowns } from './cooldowns.js';
import { invoke } from './invoke.js';

const logged: Record<string, unknown>[] = [];
const deps = {
  commands: [boom, upload],
  cooldowns: createCooldowns(() => 0),
  log: pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    }),
  ),
};

const file = (name: string, size: number, text = 'a: 1'): Upload & { reads: number } => {
  const upload = {
    kind: 'upload' as const,
    name,
    size,
    contentType: undefined,
    reads: 0,
    read: () => {
      upload.reads++;
      return Promise.resolve(text);
    },
  };
  return upload;
};

describe('invoke', () => {
  it('refuses an unsuitable upload without reading it or acknowledging', async () => {
    const big = file('plan.yaml', 10_000);
    let acknowledged = false;
    const { reply, outcome } = await invoke(
      upload,
      { subcommand: undefined, values: { file: big } },
      { userId: 'u1', requestId: 'r1' },
      deps,
      () => {
        acknowledged = true;
        return Promise.resolve();
      },
    );
    expect(outcome).toBe('refused');
    expect(reply).toMatchObject({ ephemeral: true, title: 'I can’t use that file' });
    expect(big.reads).toBe(0);
    expect(acknowledged).toBe(false);
  });

  it('acknowledges before reading an accepted upload, then runs the handler', async () => {
    const order: string[] = [];
    const plan = file('plan.yaml', 10);
    const { reply } = await invoke(
      upload,
      { subcommand: undefined, values: { file: plan } },
      { userId: 'u2', requestId: 'r2' },
      deps,
      () => {
        order.push(`ack with ${String(plan.reads)} reads`);
        return Promise.resolve();
      },
    );
    expect(order).toEqual(['ack with 0 reads']);
    expect(reply.body).toBe('Read 4 characters.');
  });

  it('turns a thrown error into a polite private reply and one error line with the request id', async () => {
    logged.length = 0;
    const { reply, outcome } = await invoke(
      boom,
      { subcommand: undefined, values: {} },
      { userId: 'u3', requestId: 'r3' },
      deps,
    );
    expect(outcome).toBe('failed');
    expect(reply).toMatchObject({ ephemeral: true, tone: 'error' });
    expect(reply.body).toContain('reference r3');
    expect(logged).toEqual([
      expect.objectContaining({
        level: 50,
        command: 'boom',
        requestId: 'r3',
        msg: 'command failed',
        err: expect.objectContaining({ message: 'the handler broke' }) as unknown,
      }),
    ]);
  });
});
