// The search evaluation: `pnpm --filter @target87/core eval`. Prints top-1, top-3 and fact
// accuracy by category and exits non-zero below the targets. `--verbose` lists every miss;
// `--variant <name>` runs one of the tunings in ./variants.ts instead of the default.
import * as E from 'fp-ts/lib/Either.js';
import {
  createKnowledgeIndex,
  defaultKnowledgeSources,
  defaultSearchTuning,
} from '../src/index.js';
import type { AskResult } from '../src/index.js';
import { questions, type EvalQuestion, type Expected } from './questions.js';
import { variants } from './variants.js';

const targets = { top1: 0.9, top3: 0.97 } as const;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const variantName = args[args.indexOf('--variant') + 1];
const variant = args.includes('--variant') ? variants[variantName ?? ''] : undefined;
if (args.includes('--variant') && variant === undefined) {
  console.error(
    `Unknown variant "${variantName ?? ''}". Known: ${Object.keys(variants).join(', ')}.`,
  );
  process.exit(2);
}

const index = createKnowledgeIndex(defaultKnowledgeSources, variant ?? defaultSearchTuning);

const isList = (expect: EvalQuestion['expect']): expect is readonly Expected[] =>
  Array.isArray(expect);

const expectedList = (q: EvalQuestion): readonly Expected[] =>
  q.expect === 'unknown' ? [] : isList(q.expect) ? q.expect : [q.expect];

const matches = (answer: { kind: string; id: string }, expected: readonly Expected[]) =>
  expected.some((e) => e.kind === answer.kind && (e.id === undefined || e.id === answer.id));

interface Outcome {
  readonly question: EvalQuestion;
  readonly result: AskResult | undefined;
  readonly top1: boolean;
  readonly top3: boolean;
  /** `undefined` when the question states no fact to check. */
  readonly fact: boolean | undefined;
}

const outcomes: Outcome[] = questions.map((question) => {
  const asked = index.ask(question.question);
  const result = E.isRight(asked) ? asked.right : undefined;
  if (question.expect === 'unknown') {
    const honest = result === undefined || result.status === 'unknown';
    return { question, result, top1: honest, top3: honest, fact: undefined };
  }
  const answers = result?.answers ?? [];
  const expected = expectedList(question);
  const first = answers[0];
  return {
    question,
    result,
    top1: first !== undefined && matches(first, expected),
    top3: answers.slice(0, 3).some((a) => matches(a, expected)),
    fact:
      question.fact === undefined
        ? undefined
        : first !== undefined && matches(first, expected) && question.fact.test(first.text),
  };
});

const percent = (part: number, whole: number) =>
  whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

const rows = [...new Set(questions.map((q) => q.category))].map((category) => {
  const inCategory = outcomes.filter((o) => o.question.category === category);
  const withFact = inCategory.filter((o) => o.fact !== undefined);
  return {
    category,
    n: inCategory.length,
    top1: inCategory.filter((o) => o.top1).length,
    top3: inCategory.filter((o) => o.top3).length,
    facts: withFact.filter((o) => o.fact === true).length,
    factsOf: withFact.length,
  };
});

console.log(
  `Search evaluation: ${String(questions.length)} questions${variant === undefined ? '' : ` (variant ${variantName ?? ''})`}\n`,
);
console.log(`${'category'.padEnd(20)} ${'n'.padStart(4)}   top-1    top-3    facts`);
for (const row of rows) {
  console.log(
    `${row.category.padEnd(20)} ${String(row.n).padStart(4)}  ${percent(row.top1, row.n)}  ${percent(row.top3, row.n)}  ${percent(row.facts, row.factsOf)} (${String(row.factsOf)})`,
  );
}
const answerable = outcomes.filter((o) => o.question.expect !== 'unknown');
const unknowns = outcomes.filter((o) => o.question.expect === 'unknown');
const withFact = outcomes.filter((o) => o.fact !== undefined);
const top1 = answerable.filter((o) => o.top1).length / answerable.length;
const top3 = answerable.filter((o) => o.top3).length / answerable.length;
const confidentOnUnknown = unknowns.filter((o) => !o.top1).length;
console.log(
  `\n${'all answerable'.padEnd(20)} ${String(answerable.length).padStart(4)}  ${percent(top1 * answerable.length, answerable.length)}  ${percent(top3 * answerable.length, answerable.length)}  ${percent(withFact.filter((o) => o.fact === true).length, withFact.length)} (${String(withFact.length)})`,
);
console.log(
  `${'"I don\'t know"'.padEnd(20)} ${String(unknowns.length).padStart(4)}  confident answers: ${String(confidentOnUnknown)}`,
);

const misses = outcomes.filter((o) => !o.top1 || o.fact === false);
if (verbose || misses.length <= 25) {
  console.log('\nMisses:');
  for (const miss of misses) {
    const got = miss.result?.answers
      .slice(0, 3)
      .map((a) => `${a.kind}:${a.id}`)
      .join(', ');
    const wanted =
      miss.question.expect === 'unknown'
        ? 'unknown'
        : expectedList(miss.question)
            .map((e) => `${e.kind}:${e.id ?? '*'}`)
            .join(' | ');
    const why =
      miss.fact === false
        ? ` fact ${String(miss.question.fact)} not in "${miss.result?.answers[0]?.text.slice(0, 120) ?? ''}"`
        : '';
    console.log(
      `  [${miss.question.category}] "${miss.question.question}" → ${got === undefined || got === '' ? (miss.result?.status ?? 'problem') : got}; wanted ${wanted}${why}`,
    );
  }
}

const passed = top1 >= targets.top1 && top3 >= targets.top3 && confidentOnUnknown === 0;
console.log(
  `\n${passed ? 'PASS' : 'FAIL'}: top-1 ${(100 * top1).toFixed(1)}% (target ${String(100 * targets.top1)}%), top-3 ${(100 * top3).toFixed(1)}% (target ${String(100 * targets.top3)}%), confident answers to "I don't know" questions: ${String(confidentOnUnknown)} (target 0).`,
);
process.exitCode = passed ? 0 : 1;
