import { describe, expect, it } from 'vitest';
import { assessAnswers, assessPlan } from './assess.js';
import { planWith } from './checks/fixtures.js';
import { criterionIds, SelfAssessment } from './schema.js';

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
