import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assessAnswers, assessPlan } from './assess.js';
import { planWith } from './checks/fixtures.js';
import { criterionIds, type PartnershipMakeUp, SelfAssessment } from './schema.js';
import { scoreSelfAssessment } from './scorePlan.js';

describe('assessPlan', () => {
  it('gives one finding per criterion, in report order', () => {
    expect(assessPlan(planWith()).map((f) => f.criterion)).toEqual(criterionIds);
  });

  it('sets aside what the plan marks not applicable, with its reason', () => {
    const finding = assessPlan(
      planWith({
        notApplicable: [
          { criterion: 'facilitate.external-pressure', reason: 'A local partnership.' },
        ],
      }),
    ).find((f) => f.criterion === 'facilitate.external-pressure');
    expect(finding).toMatchObject({ status: 'not-applicable', reason: 'A local partnership.' });
    expect(finding?.evidence[0]?.path).toBe('notApplicable[0]');
  });

  it('still checks a criterion that can never be set aside, even if a plan built in code does', () => {
    const finding = assessPlan(
      planWith({ notApplicable: [{ criterion: 'work.shared-aim', reason: 'x' }] }),
    ).find((f) => f.criterion === 'work.shared-aim');
    expect(finding?.status).toBe('missing');
  });
});

describe('assessAnswers', () => {
  const assessment = SelfAssessment.parse({
    partnership: 'X',
    answers: [
      { criterion: 'work.shared-aim', answer: 'yes', note: 'Signed in March' },
      { criterion: 'work.baseline', answer: 'partly' },
      { criterion: 'work.monitoring', answer: 'no' },
      { criterion: 'facilitate.legitimacy', answer: 'not-applicable', reason: 'Internal network' },
      {
        criterion: 'work.indicators',
        answer: 'not-applicable',
        reason: 'Not built in code this way',
      },
    ],
  });
  const byId = new Map(assessAnswers(assessment).map((f) => [f.criterion as string, f]));

  it('maps yes, partly, no and not applicable to met, partial, missing and not applicable', () => {
    expect(byId.get('work.shared-aim')).toMatchObject({
      status: 'met',
      evidence: [{ path: 'answers[0]', text: 'Yes: Signed in March' }],
    });
    expect(byId.get('work.baseline')?.status).toBe('partial');
    expect(byId.get('work.monitoring')?.status).toBe('missing');
    expect(byId.get('facilitate.legitimacy')).toMatchObject({
      status: 'not-applicable',
      reason: 'Internal network',
    });
  });

  it('treats not applicable on a criterion every partnership needs as missing', () => {
    expect(byId.get('work.indicators')?.status).toBe('missing');
  });

  it('counts an unanswered criterion as no, and says so', () => {
    expect(byId.get('facilitate.funding')?.status).toBe('missing');
    expect(byId.get('facilitate.funding')?.recommendation).toMatch(/^Not answered\. /);
  });

  it('gives the criterion’s advice as the next step', () => {
    expect(byId.get('work.monitoring')?.recommendation).toContain('monitoring mechanism');
  });
});

describe('assessAnswers with the partnership’s make-up', () => {
  const answeredYes = criterionIds.map((criterion) => ({ criterion, answer: 'yes' as const }));
  const withMakeUp = (makeUp: z.input<typeof PartnershipMakeUp>) =>
    SelfAssessment.parse({ partnership: 'X', makeUp, answers: answeredYes });

  it('lets the make-up decide the criteria it covers, and says the answer was overruled', () => {
    const findings = assessAnswers(withMakeUp({ actorTypes: ['ngo', 'government'] }));
    const actorTypes = findings.find((f) => f.criterion === 'complementarity.actor-types');
    expect(actorTypes?.status).toBe('partial');
    expect(actorTypes?.evidence).toContainEqual({
      path: 'makeUp.actorTypes',
      text: 'Governments: legislation, policy and the enabling framework.',
    });
    expect(actorTypes?.evidence.at(-1)).toEqual({
      path: 'answers[17]',
      text: 'Answered yes, but the make-up (makeUp) decides this criterion.',
    });
  });

  it('keeps the answers to the criteria the make-up does not decide', () => {
    const findings = assessAnswers(withMakeUp({ actorTypes: ['ngo'] }));
    expect(findings.find((f) => f.criterion === 'complementarity.roles-covered')?.status).toBe(
      'met',
    );
    expect(findings.find((f) => f.criterion === 'work.baseline')?.evidence).toEqual([
      { path: 'answers[4]', text: 'Yes.' },
    ]);
  });

  it('decides an unanswered criterion from the make-up instead of counting it as no', () => {
    const findings = assessAnswers(
      SelfAssessment.parse({
        partnership: 'X',
        makeUp: { geography: 'in-country' },
        answers: [],
      }),
    );
    expect(findings.find((f) => f.criterion === 'matrix.cross-border-reach')).toMatchObject({
      status: 'not-applicable',
      reason: 'The partnership works in one country (makeUp.geography: in-country).',
    });
  });

  it('holds the band at low through the one-kind-of-actor gate when every partner is of one kind, whatever else is answered', () => {
    const report = scoreSelfAssessment(withMakeUp({ actorTypes: ['ngo'] }));
    expect(report.bandFromScore).not.toBe('low');
    expect(report.band).toBe('low');
    expect(report.gates).toEqual([
      expect.objectContaining({ id: 'one-kind-of-actor', binding: true }),
    ]);
    expect(report.recommendations[0]?.criterion).toBe('complementarity.actor-types');
  });

  it('flags a cross-border partnership working only at source, held at medium like a plan', () => {
    const report = scoreSelfAssessment(
      withMakeUp({ geography: 'cross-border', places: ['source'] }),
    );
    expect(report.checks.find((c) => c.id === 'matrix.cross-border-reach')?.status).toBe('missing');
    expect(report.band).toBe('medium');
    expect(report.gates.map((g) => g.id)).toEqual(['one-end-of-the-route']);
  });
});
