import { bandLabel, renderReportMarkdown, type ReadinessReport } from '@target87/core';
import type { CommandButton, Reply, Section } from '../reply.js';

const one = (n: number): string => n.toFixed(1);

const scoredFrom = (report: ReadinessReport): string =>
  report.kind === 'plan'
    ? 'from the plan'
    : report.kind === 'self-assessment'
      ? 'from a quick self-assessment'
      : `from ${String(report.raters?.count ?? 0)} self-assessments combined`;

/**
 * A readiness report as the core gives it, compactly: score and band (and what holds the band
 * back), the group scores, the strengths and the top three changes with the good practice behind
 * each, ending with what to do next.
 */
export const reportReply = (
  report: ReadinessReport,
  extra: { readonly buttons?: readonly CommandButton[]; readonly files?: Reply['files'] } = {},
): Reply => {
  const held = report.gates.filter((g) => g.binding);
  const top = report.recommendations.slice(0, 3);
  const sections: Section[] = [
    {
      heading: 'Scores by group',
      body: report.groups
        .map(
          (g) =>
            `${g.title}: ${g.score === null ? 'n/a' : one(g.score)} (${String(g.applicable)} of ${String(g.total)} criteria)`,
        )
        .join('\n'),
    },
    ...(held.length === 0
      ? []
      : [
          {
            heading: 'What holds the band back',
            body: held
              .map((g) => `• **${g.title}** caps it at ${bandLabel(g.capsAt)}: ${g.why}`)
              .join('\n'),
          },
        ]),
    {
      heading: 'Strengths',
      body:
        report.strengths.length === 0
          ? 'None yet.'
          : report.strengths
              .slice(0, 5)
              .map((s) => `• **${s.title}**: ${s.evidence}`)
              .join('\n') +
            (report.strengths.length > 5
              ? `\n…and ${String(report.strengths.length - 5)} more in the full report.`
              : ''),
    },
    {
      heading: 'Top three changes',
      body:
        top.length === 0
          ? 'Nothing left to raise: every applicable criterion is met.'
          : top
              .map((c, i) => {
                const practice = c.practices[0];
                return [
                  `**${String(i + 1)}. ${c.title}** (+${one(c.gain)} → ${one(c.scoreAfter)}, ${bandLabel(c.bandAfter)})`,
                  c.action,
                  ...(practice === undefined ? [] : [`Good practice: *${practice.title}*`]),
                ].join('\n');
              })
              .join('\n\n'),
    },
  ];
  const practiceButtons: CommandButton[] = top.flatMap((c) =>
    c.practices.slice(0, 1).map((p) => ({
      label: `Case: ${p.title}`,
      command: 'practice',
      args: { query: p.id },
    })),
  );
  return {
    title: `${report.name}: ${one(report.score)} of 100, ${bandLabel(report.band)} readiness`,
    body: [
      `Scored ${scoredFrom(report)} with the profile “${report.profile.title}”; ${String(Math.round(report.applicableShare * 100))}% of the method applied.`,
      ...(report.band === report.bandFromScore
        ? []
        : [`The score alone would give ${bandLabel(report.bandFromScore)}; a gate holds it back.`]),
      top[0] === undefined ? '' : `**Next step:** ${top[0].action}`,
    ]
      .filter((line) => line !== '')
      .join('\n\n'),
    sections,
    footer: 'Method: /criteria. Every check, its evidence and its source are in the full report.',
    tone: report.band === 'low' ? 'warning' : 'success',
    buttons: [
      ...(extra.buttons ?? []),
      ...practiceButtons,
      { label: 'The criteria', command: 'criteria', args: {} },
    ],
    ...(extra.files === undefined ? {} : { files: extra.files }),
  };
};

/** A file name for a report: `child-labour-free-brick-kilns-readiness.md`. */
export const reportFileName = (name: string): string =>
  `${
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'partnership'
  }-readiness.md`;

/**
 * A report with the full report attached as Markdown, for sharing with partners.
 *
 * @example
 * reportWithMarkdown(report).files?.[0]?.name; // 'child-labour-free-brick-kilns-readiness.md'
 */
export const reportWithMarkdown = (
  report: ReadinessReport,
  extra: { readonly buttons?: readonly CommandButton[] } = {},
): Reply =>
  reportReply(report, {
    ...extra,
    files: [
      {
        name: reportFileName(report.name),
        text: renderReportMarkdown(report),
        description: 'The full readiness report',
      },
    ],
  });
