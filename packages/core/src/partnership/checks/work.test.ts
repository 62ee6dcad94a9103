import { describe, expect, it } from 'vitest';
import { checked } from './fixtures.js';
import {
  checkAreasAndGroups,
  checkBaseline,
  checkIndicators,
  checkLearningEvents,
  checkLocalOutreachPartners,
  checkMonitoring,
  checkResponsibilities,
  checkSharedAim,
} from './work.js';

const allAgree = ['Ministry', 'Union', 'NGO'];

describe('checkSharedAim', () => {
  it('is met when the aim has its statement, forms of exploitation, concepts, approach and every partner’s agreement', () => {
    const result = checkSharedAim(
      ...checked({
        aim: {
          statement: 'No child in the kilns',
          exploitation: ['child-labour'],
          concepts: 'C.138 ages',
          approach: 'Inspect and prevent',
          agreedBy: allAgree,
        },
      }),
    );
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.path)).toContain('aim.statement');
  });

  it('is partial and names what is missing, including the partners that have not agreed', () => {
    const result = checkSharedAim(
      ...checked({ aim: { statement: 'No child in the kilns', agreedBy: ['Ministry'] } }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('aim.exploitation');
    expect(result.recommendation).toContain('Union and NGO');
  });

  it('is missing without an aim', () => {
    expect(checkSharedAim(...checked()).status).toBe('missing');
  });
});

describe('checkResponsibilities', () => {
  it('is met when every partner has responsibilities', () => {
    const result = checkResponsibilities(
      ...checked({
        partners: [
          { name: 'A', actorType: 'government', responsibilities: ['x'] },
          { name: 'B', actorType: 'ngo', responsibilities: ['y'] },
        ],
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial and names the partners without responsibilities', () => {
    const result = checkResponsibilities(
      ...checked({
        partners: [
          { name: 'A', actorType: 'government', responsibilities: ['x'] },
          { name: 'B', actorType: 'ngo' },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('B');
  });

  it('is missing when no partner has responsibilities, or there are no partners', () => {
    expect(checkResponsibilities(...checked()).status).toBe('missing');
    expect(checkResponsibilities(...checked({ partners: [] })).status).toBe('missing');
  });
});

describe('checkAreasAndGroups', () => {
  const areas = [{ name: 'District A', place: 'source' as const }];
  const targetGroups = [{ name: 'Children', people: ['children' as const] }];
  it('is met with both areas and target groups', () => {
    expect(checkAreasAndGroups(...checked({ areas, targetGroups })).status).toBe('met');
  });
  it('is partial with only one of them', () => {
    expect(checkAreasAndGroups(...checked({ areas })).status).toBe('partial');
    expect(checkAreasAndGroups(...checked({ targetGroups })).status).toBe('partial');
  });
  it('is missing with neither', () => {
    expect(checkAreasAndGroups(...checked()).status).toBe('missing');
  });
});

describe('checkLocalOutreachPartners', () => {
  const outreach = {
    interventions: [
      {
        name: 'Schools',
        type: 'broad-prevention' as const,
        level: 'outreach' as const,
        places: ['source' as const],
        lead: 'NGO',
      },
    ],
  };
  it('is met when each outreach partner has its areas', () => {
    const result = checkLocalOutreachPartners(
      ...checked({
        ...outreach,
        areas: [{ name: 'A' }],
        localOutreachPartners: [{ name: 'Local', areas: ['A'] }],
      }),
    );
    expect(result.status).toBe('met');
  });
  it('is partial when an outreach partner has no area', () => {
    expect(
      checkLocalOutreachPartners(
        ...checked({ ...outreach, localOutreachPartners: [{ name: 'Local' }] }),
      ).status,
    ).toBe('partial');
  });
  it('is missing when the plan works at outreach level without local partners', () => {
    expect(checkLocalOutreachPartners(...checked(outreach)).status).toBe('missing');
  });
  it('does not apply to a plan that works only at the policy level, and says why', () => {
    const result = checkLocalOutreachPartners(...checked({ focus: { level: 'policy' } }));
    expect(result.status).toBe('not-applicable');
    expect(result.reason).toContain('policy level');
  });
});

describe('checkBaseline', () => {
  it('is met when the baseline is collected', () => {
    expect(
      checkBaseline(...checked({ baseline: { status: 'collected', description: 'Survey' } }))
        .status,
    ).toBe('met');
  });
  it('is partial when it is only planned', () => {
    expect(checkBaseline(...checked({ baseline: { status: 'planned' } })).status).toBe('partial');
  });
  it('is missing when there is none, or none is planned', () => {
    expect(checkBaseline(...checked()).status).toBe('missing');
    expect(checkBaseline(...checked({ baseline: { status: 'none' } })).status).toBe('missing');
  });
});

describe('checkMonitoring', () => {
  it('is met with a mechanism, a frequency and a responsible partner', () => {
    expect(
      checkMonitoring(
        ...checked({
          monitoring: { mechanism: 'Register', frequency: 'monthly', responsible: 'Ministry' },
        }),
      ).status,
    ).toBe('met');
  });
  it('is partial with a mechanism only, and asks for what is missing', () => {
    const result = checkMonitoring(...checked({ monitoring: { mechanism: 'Register' } }));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('monitoring.frequency');
    expect(result.recommendation).toContain('monitoring.responsible');
  });
  it('is missing without a monitoring mechanism', () => {
    expect(checkMonitoring(...checked()).status).toBe('missing');
  });
});

describe('checkIndicators', () => {
  it('is met when every indicator has a baseline and a target', () => {
    expect(
      checkIndicators(
        ...checked({ indicators: [{ name: 'Enrolment', baseline: 40, target: '90%' }] }),
      ).status,
    ).toBe('met');
  });
  it('is partial and names the indicators without a baseline or target', () => {
    const result = checkIndicators(
      ...checked({
        indicators: [{ name: 'Enrolment', baseline: 40, target: 90 }, { name: 'Kilns' }],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('"Kilns"');
  });
  it('is missing without indicators', () => {
    expect(checkIndicators(...checked()).status).toBe('missing');
  });
});

describe('checkLearningEvents', () => {
  it('is met with a regular event', () => {
    expect(
      checkLearningEvents(...checked({ learningEvents: [{ name: 'Review', frequency: 'yearly' }] }))
        .status,
    ).toBe('met');
  });
  it('is partial when no event has a rhythm', () => {
    expect(checkLearningEvents(...checked({ learningEvents: [{ name: 'Review' }] })).status).toBe(
      'partial',
    );
  });
  it('is missing without events', () => {
    expect(checkLearningEvents(...checked()).status).toBe('missing');
  });
});
