import { describe, expect, it } from 'vitest';
import { planWith } from './checks/fixtures.js';
import { combineSelfAssessments } from './combine.js';
import { compareReports } from './compare.js';
import {
  bandLabel,
  renderComparisonMarkdown,
  renderReportMarkdown,
  statusLabel,
} from './markdown.js';
import { SelfAssessment } from './schema.js';
import { scorePlan } from './scorePlan.js';

describe('renderReportMarkdown', () => {
  const report = scorePlan(
    planWith({
      name: 'Kilns <b>|partnership|</b>',
      aim: { statement: 'No child labour', exploitation: ['child-labour'] },
    }),
  );
  const markdown = renderReportMarkdown(report);

  it('opens with the name, the score and the band, then the gates, groups, strengths and top changes', () => {
    const order = [
      '# Partnership readiness',
      '**Score',
      '## What holds it back',
      '## Scores by group',
      '## Strengths',
      '## The changes that would help most',
      '## Every check',
    ];
    const positions = order.map((heading) => markdown.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows every check with its next step and its source', () => {
    for (const check of report.checks)
      expect(markdown).toContain(`#### ${check.title.replace(/([*_[\]<>|`])/g, '\\$1')}`);
    expect(markdown).toContain('Source: 000\\_13e4478fe2e762d6.txt, "Making a partnership work".');
    expect(markdown).toContain('**Next:**');
  });

  it('says why a criterion does not apply', () => {
    expect(markdown).toContain('Not applicable: The plan does not work with victims');
  });

  it('escapes the plan’s text so that it cannot break the Markdown', () => {
    expect(markdown).toContain('Kilns \\<b\\>\\|partnership\\|\\</b\\>');
  });

  it('names the raters and the criteria they disagree on in a combined report', () => {
    const rater = (name: string, answer: 'yes' | 'no') =>
      SelfAssessment.parse({
        partnership: 'K',
        rater: { name },
        answers: [{ criterion: 'facilitate.funding', answer }],
      });
    const combined = renderReportMarkdown(
      combineSelfAssessments([rater('Ministry', 'yes'), rater('Union', 'no')]),
    );
    expect(combined).toContain('## Raters');
    expect(combined).toContain('- **Funding**: Ministry yes; Union no');
  });

  it('says which raters’ answers come from their make-up', () => {
    const withMakeUp = SelfAssessment.parse({
      partnership: 'K',
      rater: { name: 'NGO' },
      makeUp: { actorTypes: ['ngo'] },
      answers: [],
    });
    const combined = renderReportMarkdown(
      combineSelfAssessments([
        withMakeUp,
        SelfAssessment.parse({
          partnership: 'K',
          rater: { name: 'Ministry' },
          answers: [{ criterion: 'complementarity.actor-types', answer: 'yes' }],
        }),
      ]),
    );
    expect(combined).toContain(
      '- **Different kinds of actor**: NGO no (from the make-up); Ministry yes',
    );
  });
});

describe('renderComparisonMarkdown', () => {
  it('lists what improved and what fell back', () => {
    const before = scorePlan(planWith());
    const after = scorePlan(planWith({ baseline: { status: 'collected' } }));
    const markdown = renderComparisonMarkdown(compareReports(before, after));
    expect(markdown).toContain('## Improved');
    expect(markdown).toContain('- **Local baseline data**: missing → met');
    expect(markdown).not.toContain('## Fell back');
  });
});

describe('labels', () => {
  it('says bands and statuses in words', () => {
    expect(bandLabel('very-high')).toBe('very high');
    expect(statusLabel('partial')).toBe('partly met');
  });
});
