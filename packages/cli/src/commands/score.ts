import {
  bandLabel,
  checkGroups,
  combineSelfAssessments,
  compareReports,
  parseScorableText,
  parseScoringProfileText,
  planTemplate,
  renderComparisonMarkdown,
  renderReportMarkdown,
  scoreInput,
  statusLabel,
  type CheckResult,
  type CheckStatus,
  type Problem,
  type ReadinessReport,
  type ReportComparison,
  type ScorableInput,
  type ScoringProfile,
  type SelfAssessment,
} from '@target87/core';
import { parseArgs, unknownFlag, type Command } from '../command.js';
import { paint, type Io } from '../output.js';

const usage = [
  'target87 score <plan.yaml|plan.json> [--json] [--markdown[=FILE]] [--profile FILE] [--compare BEFORE]',
  '       target87 score <self-assessment.yaml>... [--json] [--markdown[=FILE]] [--profile FILE]',
  '       target87 score --template',
  '',
  'Scores a partnership plan (or one or more quick self-assessments, combined) against the method',
  'of seed 000 and the Pathfinder lessons, and says what would help most.',
  '',
  '  --json             print the report as JSON ({ "errors": [...] } for an invalid file)',
  '  --markdown         print the full report as Markdown; --markdown=FILE writes it to FILE',
  '  --profile FILE     score with your own weights and gates (JSON or YAML; see docs/scoring.md)',
  '  --compare BEFORE   compare with an earlier version of the plan: what improved, what fell back',
  '  --template         print the documented plan template',
  '',
  'Exit status: 0 scored, 1 invalid or unreadable input, 2 wrong usage.',
].join('\n');

const knownFlags = ['json', 'markdown', 'profile', 'compare', 'template'];

// ---- errors ------------------------------------------------------------------

interface FileProblem {
  readonly file: string;
  readonly problem: Problem;
}

const problemLine = (io: Io, { file, problem }: FileProblem): string => {
  const where = problem.path === '' ? file : `${file}: ${problem.path}`;
  const hint = problem.suggestion === undefined ? '' : ` Did you mean "${problem.suggestion}"?`;
  return `${paint(io, 'red', where)}: ${problem.message}${hint}`;
};

/** Prints problems on stderr, or as `{ "errors": [...] }` on stdout with --json, and fails. */
const fail = (io: Io, json: boolean, problems: readonly FileProblem[]): number => {
  if (json) {
    const errors = problems.map(({ file, problem }) => ({
      file,
      path: problem.path,
      message: problem.message,
      ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }),
    }));
    io.stdout(JSON.stringify({ errors }, null, 2));
  } else {
    io.stderr(problems.map((p) => problemLine(io, p)).join('\n'));
  }
  return 1;
};

const unreadable = (file: string, error: unknown): FileProblem => ({
  file,
  problem: {
    code: 'invalid-value',
    path: '',
    message: `cannot be read (${error instanceof Error ? error.message : String(error)}).`,
  },
});

/** The shape of core's `Either` results, read without depending on fp-ts here. */
type Result<A> =
  | { readonly _tag: 'Left'; readonly left: readonly Problem[] }
  | { readonly _tag: 'Right'; readonly right: A };

type Read<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly problems: FileProblem[] };

const readWith = async <A>(
  io: Io,
  file: string,
  parse: (text: string) => Result<A>,
): Promise<Read<A>> => {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { ok: false, problems: [unreadable(file, error)] };
  }
  const parsed = parse(text);
  return parsed._tag === 'Left'
    ? { ok: false, problems: parsed.left.map((problem) => ({ file, problem })) }
    : { ok: true, value: parsed.right };
};

// ---- readable text -------------------------------------------------------------

const statusStyle = {
  met: 'green',
  partial: 'yellow',
  missing: 'red',
  'not-applicable': 'dim',
} as const;
const statusMark: Readonly<Record<CheckStatus, string>> = {
  met: '✓',
  partial: '~',
  missing: '✗',
  'not-applicable': '-',
};

const bar = (score: number, width = 20): string => {
  const filled = Math.round((score / 100) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
};

const wrap = (text: string, indent: string, width = 100): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
};

const checkLines = (io: Io, check: CheckResult): string[] => {
  const label = paint(
    io,
    statusStyle[check.status],
    `${statusMark[check.status]} ${statusLabel(check.status).padEnd(14)}`,
  );
  const lines = [`    ${label} ${check.title}`];
  const indent = ' '.repeat(21);
  if (check.status === 'not-applicable') {
    lines.push(...wrap(`Not applicable: ${check.reason ?? ''}`, indent));
    return lines;
  }
  const evidence = check.status === 'met' ? check.evidence.slice(0, 1) : check.evidence.slice(0, 4);
  for (const e of evidence)
    lines.push(...wrap(`${e.path === '' ? '' : `${e.path}: `}${e.text}`, indent));
  if (check.status !== 'met') {
    lines.push(...wrap(`→ ${check.recommendation}`, indent));
    const practice = check.practices[0];
    if (practice !== undefined)
      lines.push(...wrap(`Good practice: ${practice.title} (${practice.source.seed})`, indent));
    lines.push(...wrap(paint(io, 'dim', `Source: ${check.citation}`), indent));
  }
  if (check.agreement?.disputed === true) {
    lines.push(
      ...wrap(
        paint(
          io,
          'yellow',
          `Disputed: ${check.agreement.answers.map((a) => `${a.rater} ${a.answer}`).join('; ')}`,
        ),
        indent,
      ),
    );
  }
  return lines;
};

/** The readable report: score, band and gates, group bars, strengths and top changes, then every check. */
export const renderReportText = (io: Io, report: ReadinessReport): string => {
  const band = paint(
    io,
    report.band === 'low' ? 'red' : report.band === 'medium' ? 'yellow' : 'green',
    bandLabel(report.band).toUpperCase(),
  );
  const lines: string[] = [
    paint(io, 'bold', report.name),
    `Readiness ${band}   score ${report.score.toFixed(1)} / 100   (profile: ${report.profile.title})`,
    `${String(Math.round(report.applicableShare * 100))}% of the method applied; criteria that did not apply were left out and the rest renormalised.`,
  ];
  if (report.raters !== undefined && report.kind === 'combined') {
    lines.push(
      `Combined from ${String(report.raters.count)} self-assessments: ${report.raters.names.join(', ')}.`,
    );
  }
  if (report.gates.length > 0) {
    lines.push('', paint(io, 'bold', 'Held back by'));
    for (const gate of report.gates) {
      lines.push(
        ...wrap(
          `${paint(io, 'red', '✗')} ${gate.title}: caps the band at ${bandLabel(gate.capsAt)}${gate.binding ? ` (the score alone would give ${bandLabel(report.bandFromScore)})` : ''}. ${gate.why}`,
          '  ',
        ),
      );
    }
  }
  lines.push('', paint(io, 'bold', 'Groups'));
  const titleWidth = Math.max(...report.groups.map((g) => g.title.length));
  for (const group of report.groups) {
    lines.push(
      `  ${group.title.padEnd(titleWidth)}  ${group.score === null ? paint(io, 'dim', `${'·'.repeat(20)}    n/a`) : `${bar(group.score)} ${group.score.toFixed(1).padStart(6)}`}`,
    );
  }
  lines.push('', paint(io, 'bold', 'Strengths'));
  if (report.strengths.length === 0) lines.push('  None yet.');
  for (const s of report.strengths)
    lines.push(...wrap(`${paint(io, 'green', '+')} ${s.title}: ${s.evidence}`, '  '));
  lines.push('', paint(io, 'bold', 'The changes that would help most'));
  if (report.recommendations.length === 0)
    lines.push('  Nothing left to raise: every applicable criterion is met.');
  report.recommendations.forEach((change, i) => {
    const effect = `+${change.gain.toFixed(1)} → ${change.scoreAfter.toFixed(1)}, ${bandLabel(change.bandAfter)}${change.releasesGates.length > 0 ? `; releases ${change.releasesGates.join(', ')}` : ''}`;
    lines.push(`  ${String(i + 1)}. ${paint(io, 'bold', change.title)} (${effect})`);
    lines.push(...wrap(change.action, '     '));
    const practice = change.practices[0];
    if (practice !== undefined)
      lines.push(...wrap(`Good practice: ${practice.title} (${practice.source.seed})`, '     '));
  });
  lines.push('', paint(io, 'bold', 'Every check'));
  for (const group of checkGroups) {
    const checks = report.checks.filter((c) => c.group === group.id);
    if (checks.length === 0) continue;
    lines.push(`  ${paint(io, 'cyan', group.title)}`);
    for (const check of checks) lines.push(...checkLines(io, check));
  }
  return lines.join('\n');
};

const renderComparisonText = (io: Io, c: ReportComparison): string => {
  const sign = c.change > 0 ? '+' : '';
  const lines = [
    paint(io, 'bold', `What changed: ${c.name}`),
    `Score ${c.scoreBefore.toFixed(1)} → ${c.scoreAfter.toFixed(1)} (${sign}${c.change.toFixed(1)}); readiness ${bandLabel(c.bandBefore)} → ${bandLabel(c.bandAfter)}`,
  ];
  const list = (
    title: string,
    style: 'green' | 'red' | 'dim',
    items: ReportComparison['improved'],
  ) => {
    if (items.length === 0) return;
    lines.push('', paint(io, 'bold', title));
    for (const item of items) {
      lines.push(
        `  ${paint(io, style, item.title)}: ${statusLabel(item.from)} → ${statusLabel(item.to)}`,
      );
    }
  };
  list('Improved', 'green', c.improved);
  list('Fell back', 'red', c.fellBack);
  list('Applicability changed', 'dim', c.applicabilityChanged);
  if (c.gatesReleased.length > 0) lines.push('', `Gates released: ${c.gatesReleased.join(', ')}`);
  if (c.gatesAdded.length > 0) lines.push('', `Gates now holding: ${c.gatesAdded.join(', ')}`);
  lines.push('', `${String(c.unchanged)} criteria unchanged.`);
  return lines.join('\n');
};

// ---- the command ---------------------------------------------------------------

const usageError = (io: Io, message: string): number => {
  io.stderr(`${message}\n\nUsage: ${usage}`);
  return 2;
};

/** Scores the inputs: one plan or self-assessment, or several self-assessments combined. */
const scoreAll = (
  files: readonly string[],
  inputs: readonly ScorableInput[],
  profile: ScoringProfile | undefined,
): { report: ReadinessReport } | { problems: FileProblem[] } => {
  const options = profile === undefined ? {} : { profile };
  const [first, ...rest] = inputs;
  if (first !== undefined && rest.length === 0) return { report: scoreInput(first, options) };
  const assessments: SelfAssessment[] = [];
  const problems: FileProblem[] = [];
  inputs.forEach((input, i) => {
    if (input.kind === 'self-assessment') assessments.push(input.assessment);
    else
      problems.push({
        file: files[i] ?? '',
        problem: {
          code: 'invalid-value',
          path: '',
          message:
            'is a plan: only quick self-assessments can be combined. Score plans one at a time, or compare two with --compare.',
        },
      });
  });
  const [head, ...tail] = assessments;
  if (problems.length > 0 || head === undefined) return { problems };
  return { report: combineSelfAssessments([head, ...tail], options) };
};

const run = async (args: readonly string[], io: Io): Promise<number> => {
  const { flags, positionals } = parseArgs(args, ['profile', 'compare']);
  const unknown = unknownFlag(flags, knownFlags);
  if (unknown !== undefined) return usageError(io, unknown);
  if (flags.has('template')) {
    io.stdout(planTemplate.trimEnd());
    return 0;
  }
  const json = flags.has('json');
  const markdown = flags.get('markdown');
  const profileFile = flags.get('profile');
  const compareFile = flags.get('compare');
  if (positionals.length === 0)
    return usageError(io, 'Give the plan to score, or --template for a template.');
  if (profileFile === true) return usageError(io, '--profile needs a file: --profile profile.json');
  if (compareFile === true)
    return usageError(io, '--compare needs the earlier version: --compare before.yaml');
  if (compareFile !== undefined && positionals.length > 1) {
    return usageError(io, '--compare compares one file with one earlier version.');
  }

  const problems: FileProblem[] = [];
  let profile: ScoringProfile | undefined;
  if (profileFile !== undefined) {
    const read = await readWith(io, profileFile, (text) => parseScoringProfileText(text));
    if (read.ok) profile = read.value;
    else problems.push(...read.problems);
  }
  const inputs: ScorableInput[] = [];
  for (const file of positionals) {
    const read = await readWith(io, file, (text) => parseScorableText(text));
    if (read.ok) inputs.push(read.value);
    else problems.push(...read.problems);
  }
  let before: ScorableInput | undefined;
  if (compareFile !== undefined) {
    const read = await readWith(io, compareFile, (text) => parseScorableText(text));
    if (read.ok) before = read.value;
    else problems.push(...read.problems);
  }
  if (problems.length > 0) return fail(io, json, problems);

  const scored = scoreAll(positionals, inputs, profile);
  if ('problems' in scored) return fail(io, json, scored.problems);
  const { report } = scored;

  if (before !== undefined) {
    const comparison = compareReports(
      scoreInput(before, profile === undefined ? {} : { profile }),
      report,
    );
    if (json) io.stdout(JSON.stringify(comparison, null, 2));
    else if (markdown === true) io.stdout(renderComparisonMarkdown(comparison).trimEnd());
    else io.stdout(renderComparisonText(io, comparison));
    if (typeof markdown === 'string') {
      await io.writeFile(markdown, renderComparisonMarkdown(comparison));
      if (!json) io.stdout(`\nWrote the comparison to ${markdown}.`);
    }
    return 0;
  }

  if (json) io.stdout(JSON.stringify(report, null, 2));
  else if (markdown === true) io.stdout(renderReportMarkdown(report).trimEnd());
  else io.stdout(renderReportText(io, report));
  if (typeof markdown === 'string') {
    try {
      await io.writeFile(markdown, renderReportMarkdown(report));
    } catch (error) {
      io.stderr(
        `Cannot write ${markdown}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 1;
    }
    if (!json) io.stdout(`\nWrote the full report to ${markdown}.`);
  }
  return 0;
};

/**
 * `target87 score`: scores a partnership plan, or combines quick self-assessments, and prints
 * the report (readable, JSON or Markdown); `--template` prints the plan template.
 *
 * @example
 * await score.run(['plan.yaml', '--json'], io); // 0, and the report as JSON on stdout
 */
export const score: Command = {
  name: 'score',
  summary: 'Score a partnership plan: readiness, why, and the changes that would help most.',
  usage,
  run,
};
