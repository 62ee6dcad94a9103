// Knowledge search benchmark: index build time, and warm `ask` latency over the whole evaluation
// set (target p95 < 5 ms). A plain fuse.js search over the same documents runs in the same
// process as a baseline, so the ratio can be compared across machines.
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { questions } from '../eval/questions.js';
import { createKnowledgeIndex } from '../src/index.js';

const rounds = 20;
const builds = 5;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const timeEach = (run: (question: string) => unknown): number[] => {
  for (const q of questions) run(q.question); // warm up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const start = performance.now();
      run(q.question);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
};

const buildTimes: number[] = [];
let index = createKnowledgeIndex();
for (let i = 0; i < builds; i++) {
  const start = performance.now();
  index = createKnowledgeIndex();
  buildTimes.push(performance.now() - start);
}
buildTimes.sort((a, b) => a - b);

const asked = timeEach((question) => index.ask(question));

// Baseline: fuse.js with its default options over titles and keywords, the same documents.
const plain = new Fuse([...index.documents], { keys: ['title', 'keywords'] });
const baseline = timeEach((question) => plain.search(question, { limit: 5 }));

const ms = (value: number) => `${value.toFixed(3)} ms`;
const p50 = percentile(asked, 50);
const p95 = percentile(asked, 95);
console.log(
  `ask: ${String(index.documents.length)} documents, ${String(questions.length)} questions × ${String(rounds)} rounds`,
);
console.log(`  index build (median of ${String(builds)}): ${ms(percentile(buildTimes, 50))}`);
console.log(
  `  warm ask   p50 ${ms(p50)}   p95 ${ms(p95)}   max ${ms(asked[asked.length - 1] ?? 0)}`,
);
console.log(
  `  baseline (plain fuse.js search) p50 ${ms(percentile(baseline, 50))}   p95 ${ms(percentile(baseline, 95))}`,
);
console.log(
  `  ratio ask/baseline: p50 ×${(p50 / percentile(baseline, 50)).toFixed(2)}   p95 ×${(p95 / percentile(baseline, 95)).toFixed(2)}`,
);
console.log(`  target p95 < 5 ms: ${p95 < 5 ? 'met' : 'NOT met'}`);
