// Scores the worked example plans and reports throughput and latency: `pnpm bench`.
// The baseline in the same run is reading and decoding the plan alone, so the ratio shows what
// checking and scoring add on top. Target: under 1 ms per plan.
import * as E from 'fp-ts/lib/Either.js';
import { parsePlanText, planExamples, scorePlan, scoreText } from '../src/index.js';

const warmup = 200;
const runs = 2000;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const measure = (work: () => unknown) => {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    perSecond: (runs / total) * 1000,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
};

const ms = (x: number) => `${x.toFixed(3)} ms`;
const rows: string[][] = [
  [
    'plan',
    'bytes',
    'parse p50',
    'score p50',
    'score p95',
    'text→report p95',
    'plans/s',
    'score ÷ parse',
  ],
];
for (const [name, text] of Object.entries(planExamples)) {
  const parsed = parsePlanText(text);
  if (E.isLeft(parsed)) throw new Error(`${name} does not parse`);
  const plan = parsed.right;
  const parse = measure(() => parsePlanText(text));
  const score = measure(() => scorePlan(plan));
  const full = measure(() => scoreText(text));
  rows.push([
    name,
    String(new TextEncoder().encode(text).length),
    ms(parse.p50),
    ms(score.p50),
    ms(score.p95),
    ms(full.p95),
    Math.round(full.perSecond).toLocaleString('en'),
    (score.p50 / parse.p50).toFixed(2),
  ]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
console.log(
  `score.bench: ${String(runs)} runs per measure after ${String(warmup)} warm-up runs (Node ${process.version})`,
);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
