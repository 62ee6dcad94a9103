import { checkGroups } from './criteria.js';
import type { ReportComparison } from './compare.js';
import type { BandId, CheckResult, CheckStatus, ReadinessReport } from './schema.js';

/**
 * A band as people say it: `very-high` is "very high".
 *
 * @example
 * import { bandLabel } from '@target87/core';
 * bandLabel('very-high'); // 'very high'
 * @category combinators
 */
export const bandLabel = (band: BandId): string => band.replace('-', ' ');

/**
 * A status as people say it.
 *
 * @example
 * import { statusLabel } from '@target87/core';
 * statusLabel('partial'); // 'partly met'
 * @category combinators
 */
export const statusLabel = (status: CheckStatus): string =>
  ({ met: 'met', partial: 'partly met', missing: 'missing', 'not-applicable': 'not applicable' })[
    status
  ];

/** Keeps user text from turning into Markdown: tables, emphasis, links and HTML. */
const md = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

const points = (n: number): string => `${n.toFixed(1)} point${n === 1 ? '' : 's'}`;

const checkSection = (check: CheckResult): string[] => [
  `#### ${md(check.title)}: ${statusLabel(check.status)}${check.status === 'not-applicable' ? '' : ` (${points(check.weight)} of 100)`}`,
  '',
  ...(check.reason === undefined ? [] : [`Not applicable: ${md(check.reason)}`, '']),
  ...check.evidence.map(
    (e) => `- ${e.path === '' ? '' : `\`${e.path.replace(/`/g, "'")}\`: `}${md(e.text)}`,
  ),
  ...(check.evidence.length > 0 ? [''] : []),
  ...(check.agreement === undefined
    ? []
    : [
        `Raters: ${check.agreement.answers.map((a) => `${md(a.rater)} ${a.answer}${a.fromMakeUp === true ? ' (from the make-up)' : ''}`).join('; ')} (mean ${check.agreement.mean.toFixed(2)}, spread ${check.agreement.spread.toFixed(2)}${check.agreement.disputed ? ', **disputed**' : ''}).`,
        '',
      ]),
  `**Next:** ${md(check.recommendation)}`,
  '',
  ...check.practices.map(
    (p) => `- Good practice: *${md(p.title)}* (${p.source.seed}). ${md(p.why)}`,
  ),
  ...(check.practices.length > 0 ? [''] : []),
  `Source: ${md(check.citation)}.`,
  '',
];

/**
 * The whole report as Markdown, for sharing with partners: score and band, the gates, the group
 * scores, the strengths and the top changes first, then every check with its evidence, next step
 * and source.
 *
 * @example
 * import { renderReportMarkdown, scorePlan } from '@target87/core';
 * renderReportMarkdown(scorePlan(plan)).split('\n')[0]; // '# Partnership readiness: <name>'
 * @category combinators
 */
export const renderReportMarkdown = (report: ReadinessReport): string => {
  const lines: string[] = [
    `# Partnership readiness: ${md(report.name)}`,
    '',
    `**Score ${report.score.toFixed(1)} of 100, readiness ${bandLabel(report.band)}.**${report.band === report.bandFromScore ? '' : ` The score alone would give ${bandLabel(report.bandFromScore)}.`}`,
    '',
    `Scored ${report.kind === 'plan' ? 'from the plan' : report.kind === 'self-assessment' ? 'from a quick self-assessment' : `from ${String(report.raters?.count ?? 0)} self-assessments combined`} with the profile "${md(report.profile.title)}". ${Math.round(report.applicableShare * 100)}% of the method applied to this partnership; criteria that did not apply were left out and the rest renormalised.`,
    '',
  ];
  if (report.gates.length > 0) {
    lines.push('## What holds it back', '');
    for (const gate of report.gates) {
      lines.push(
        `- **${md(gate.title)}** caps the band at ${bandLabel(gate.capsAt)}${gate.binding ? ' and is holding it back' : ''}. ${md(gate.why)}`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Scores by group',
    '',
    '| Group | Score | Weight | Criteria applied |',
    '|---|---:|---:|---:|',
  );
  for (const group of report.groups) {
    lines.push(
      `| ${md(group.title)} | ${group.score === null ? 'n/a' : group.score.toFixed(1)} | ${String(group.weight)} | ${String(group.applicable)} of ${String(group.total)} |`,
    );
  }
  lines.push('', '## Strengths', '');
  lines.push(
    ...(report.strengths.length === 0
      ? ['None yet.']
      : report.strengths.map((s) => `- **${md(s.title)}**: ${md(s.evidence)}`)),
  );
  lines.push('', '## The changes that would help most', '');
  if (report.recommendations.length === 0)
    lines.push('Nothing left to raise: every applicable criterion is met.');
  report.recommendations.forEach((change, i) => {
    lines.push(
      `${String(i + 1)}. **${md(change.title)}** (+${change.gain.toFixed(1)} to ${change.scoreAfter.toFixed(1)}, ${bandLabel(change.bandAfter)}${change.releasesGates.length > 0 ? `; releases ${change.releasesGates.join(', ')}` : ''}): ${md(change.action)}`,
    );
    for (const p of change.practices.slice(0, 1)) {
      lines.push(`   - Good practice: *${md(p.title)}* (seed ${p.source.seed}). ${md(p.why)}`);
    }
  });
  if (report.raters !== undefined && report.kind === 'combined') {
    lines.push(
      '',
      '## Raters',
      '',
      `${String(report.raters.count)} raters: ${report.raters.names.map(md).join(', ')}.`,
    );
    const disputed = report.checks.filter((c) => c.agreement?.disputed === true);
    if (disputed.length > 0) {
      lines.push('', 'Where they disagree most:', '');
      for (const c of disputed) {
        lines.push(
          `- **${md(c.title)}**: ${(c.agreement?.answers ?? []).map((a) => `${md(a.rater)} ${a.answer}${a.fromMakeUp === true ? ' (from the make-up)' : ''}`).join('; ')}`,
        );
      }
    }
  }
  lines.push('', '## Every check', '');
  for (const group of checkGroups) {
    const checks = report.checks.filter((c) => c.group === group.id);
    if (checks.length === 0) continue;
    const score = report.groups.find((g) => g.id === group.id)?.score;
    lines.push(
      `### ${md(group.title)}${score === null || score === undefined ? '' : ` (${score.toFixed(1)})`}`,
      '',
    );
    for (const check of checks) lines.push(...checkSection(check));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
};

/**
 * A before-and-after comparison as Markdown.
 *
 * @example
 * import { renderComparisonMarkdown, compareReports } from '@target87/core';
 * renderComparisonMarkdown(compareReports(before, after));
 * @category combinators
 */
export const renderComparisonMarkdown = (comparison: ReportComparison): string => {
  const sign = comparison.change > 0 ? '+' : '';
  const list = (title: string, items: ReportComparison['improved']) =>
    items.length === 0
      ? []
      : [
          `## ${title}`,
          '',
          ...items.map(
            (c) => `- **${md(c.title)}**: ${statusLabel(c.from)} → ${statusLabel(c.to)}`,
          ),
          '',
        ];
  return `${[
    `# What changed: ${md(comparison.name)}`,
    '',
    `Score ${comparison.scoreBefore.toFixed(1)} → ${comparison.scoreAfter.toFixed(1)} (${sign}${comparison.change.toFixed(1)}); readiness ${bandLabel(comparison.bandBefore)} → ${bandLabel(comparison.bandAfter)}.`,
    '',
    ...list('Improved', comparison.improved),
    ...list('Fell back', comparison.fellBack),
    ...list('Applicability changed', comparison.applicabilityChanged),
    ...(comparison.gatesReleased.length > 0
      ? [`Gates released: ${comparison.gatesReleased.join(', ')}.`, '']
      : []),
    ...(comparison.gatesAdded.length > 0
      ? [`Gates now holding: ${comparison.gatesAdded.join(', ')}.`, '']
      : []),
    `${String(comparison.unchanged)} criteria unchanged.`,
  ].join('\n')}\n`;
};
