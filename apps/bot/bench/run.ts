import { startHarness } from '../test/harness.js';
import type { InteractionHandle } from '../test/fake-discord/index.js';

// `pnpm bench` (in apps/bot): drives the real bot through the fake Discord with a few hundred
// mixed commands and reports the time from INTERACTION_CREATE to the acknowledgement and to the
// final reply (p50/p95), and memory before and after. Targets (issue 5): p95 ack < 50 ms,
// final reply < 100 ms, steady memory.

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 40);

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const harness = await startHarness({ logLevel: 'silent' });
const { fake } = harness;
const commands: Readonly<Record<string, () => InteractionHandle>> = {
  help: () => fake.slash('help'),
  convention: () => fake.slash('convention', { id: 'C182' }),
  article: () => fake.slash('article', { convention: 'C138', number: '3' }),
  'ask (age)': () => fake.slash('ask', { question: 'what is the minimum age for hazardous work?' }),
  'ask (prison)': () => fake.slash('ask', { question: 'is prison labour forced labour?' }),
  matrix: () => fake.slash('matrix', { intervention: 'safe-migration' }),
  practice: () => fake.slash('practice', { query: 'keeping children in school' }),
  criteria: () => fake.slash('criteria', { group: 'work' }),
  'score example': () => fake.slash('score example', { name: 'strong' }),
  'score quick step': () => fake.slash('score quick', { answers: 'yyp' }),
};
const autocompletes: Readonly<Record<string, () => InteractionHandle>> = {
  'autocomplete convention': () => fake.autocomplete('convention', { id: 'min' }, 'id'),
  'autocomplete article': () =>
    fake.autocomplete('article', { convention: 'C182', number: '' }, 'number'),
};

const memory = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

// Warm up once so one-off costs (first discord.js structures, JIT) do not count.
for (const make of [...Object.values(commands), ...Object.values(autocompletes)])
  await make().ack();
fake.forget();
const before = memory();
const acks: number[] = [];
const finals: number[] = [];
const byKind = new Map<string, number[]>();
const record = (kind: string, value: number): void => {
  byKind.set(kind, [...(byKind.get(kind) ?? []), value]);
};
let middle = before;
for (let round = 0; round < rounds; round++) {
  for (const [kind, make] of Object.entries(commands)) {
    const handle = make();
    const ack = (await handle.ack()).latencyMs;
    const final = await handle.replyLatencyMs();
    acks.push(ack);
    finals.push(final);
    record(kind, final);
  }
  for (const [kind, make] of Object.entries(autocompletes)) {
    const ack = (await make().ack()).latencyMs;
    acks.push(ack);
    record(kind, ack);
  }
  fake.forget();
  if (round === Math.floor(rounds / 2)) middle = memory();
}
const after = memory();
await harness.close();

const ms = (n: number): string => `${n.toFixed(1)} ms`;
process.stdout.write(
  [
    `bot through the fake Discord: ${String(acks.length)} interactions (${String(finals.length)} commands, the rest autocomplete)`,
    `acknowledgement  p50 ${ms(percentile(acks, 50))}  p95 ${ms(percentile(acks, 95))}  (target p95 < 50 ms)`,
    `final reply      p50 ${ms(percentile(finals, 50))}  p95 ${ms(percentile(finals, 95))}  (target p95 < 100 ms)`,
    `heap             ${before.toFixed(1)} MiB after warm-up, ${middle.toFixed(1)} MiB half-way, ${after.toFixed(1)} MiB at the end${globalThis.gc === undefined ? ' (run with --expose-gc for exact figures)' : ''}`,
    'slowest final (or autocomplete) p95 by kind:',
    ...[...byKind.entries()]
      .map(([kind, values]) => [kind, percentile(values, 95)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([kind, p95]) => `  ${kind.padEnd(24)} ${ms(p95)}`),
  ].join('\n') + '\n',
);
fake.assertNoFailures();
