import { describe, expect, it } from 'vitest';
import {
  checkCoordinationTime,
  checkCoordinationUnit,
  checkExternalPressure,
  checkFocalPoints,
  checkFunding,
  checkLeader,
  checkLeadInstitution,
  checkLegitimacy,
  checkMemberRules,
} from './facilitate.js';
import { checked } from './fixtures.js';

describe('checkLeader', () => {
  it('is met when the leader is named and the way they lead is described', () => {
    expect(
      checkLeader(...checked({ leader: { name: 'Secretary', approach: 'By consensus' } })).status,
    ).toBe('met');
  });
  it('is partial when only named', () => {
    expect(checkLeader(...checked({ leader: { name: 'Secretary' } })).status).toBe('partial');
  });
  it('is missing without a leader', () => {
    expect(checkLeader(...checked()).status).toBe('missing');
  });
});

describe('checkLegitimacy', () => {
  it('is met with champions and publicity', () => {
    expect(
      checkLegitimacy(...checked({ legitimacy: { champions: ['A judge'], publicity: 'Radio' } }))
        .status,
    ).toBe('met');
  });
  it('is partial with one of them', () => {
    expect(checkLegitimacy(...checked({ legitimacy: { champions: ['A judge'] } })).status).toBe(
      'partial',
    );
    expect(checkLegitimacy(...checked({ legitimacy: { publicity: 'Radio' } })).status).toBe(
      'partial',
    );
  });
  it('is missing with neither', () => {
    expect(checkLegitimacy(...checked()).status).toBe('missing');
  });
});

describe('checkLeadInstitution', () => {
  it('is met when the lead is a government partner', () => {
    expect(checkLeadInstitution(...checked({ leadInstitution: { name: 'Ministry' } })).status).toBe(
      'met',
    );
  });
  it('is partial when the lead is not a ministry, and suggests a ministry lead', () => {
    const result = checkLeadInstitution(...checked({ leadInstitution: { name: 'NGO' } }));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('ministry');
  });
  it('is partial for a cross-border plan that names no lead country', () => {
    const result = checkLeadInstitution(
      ...checked({ leadInstitution: { name: 'Ministry' }, focus: { geography: 'cross-border' } }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('leadInstitution.country');
  });
  it('is missing without a lead', () => {
    expect(checkLeadInstitution(...checked()).status).toBe('missing');
  });
});

describe('checkExternalPressure', () => {
  it('is met when a source of pressure is described', () => {
    expect(
      checkExternalPressure(
        ...checked({ externalPressure: [{ source: 'CEACR', description: 'Reports' }] }),
      ).status,
    ).toBe('met');
  });
  it('is partial when sources are named but not how they help', () => {
    expect(
      checkExternalPressure(...checked({ externalPressure: [{ source: 'CEACR' }] })).status,
    ).toBe('partial');
  });
  it('is missing when none is named', () => {
    expect(checkExternalPressure(...checked()).status).toBe('missing');
  });
});

describe('checkFocalPoints', () => {
  it('is met when every partner has a focal point', () => {
    const result = checkFocalPoints(
      ...checked({ partners: [{ name: 'A', actorType: 'ngo', focalPoint: { name: 'Asha' } }] }),
    );
    expect(result.status).toBe('met');
    expect(result.evidence[0]?.path).toBe('partners[0].focalPoint');
  });
  it('is partial and names the partners without one', () => {
    const result = checkFocalPoints(
      ...checked({
        partners: [
          { name: 'A', actorType: 'ngo', focalPoint: { name: 'Asha' } },
          { name: 'B', actorType: 'media' },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('Ask B');
  });
  it('is missing when no partner has one', () => {
    expect(checkFocalPoints(...checked()).status).toBe('missing');
  });
});

describe('checkCoordinationUnit', () => {
  it('is met with a unit, a host and staff or meetings', () => {
    expect(
      checkCoordinationUnit(
        ...checked({
          coordination: { unit: 'Secretariat', hostedBy: 'Ministry', meetings: 'monthly' },
        }),
      ).status,
    ).toBe('met');
  });
  it('is partial with a unit only', () => {
    expect(
      checkCoordinationUnit(...checked({ coordination: { unit: 'Secretariat' } })).status,
    ).toBe('partial');
  });
  it('is missing without a unit', () => {
    expect(checkCoordinationUnit(...checked()).status).toBe('missing');
  });
});

describe('checkFunding', () => {
  it('is met when a source is secured', () => {
    expect(
      checkFunding(...checked({ funding: { sources: [{ funder: 'Budget', status: 'secured' }] } }))
        .status,
    ).toBe('met');
  });
  it('is partial when funding is only pledged or sought', () => {
    const result = checkFunding(
      ...checked({ funding: { sources: [{ funder: 'Donor', status: 'pledged' }] } }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('pledges');
  });
  it('is missing without funding sources', () => {
    expect(checkFunding(...checked()).status).toBe('missing');
  });
});

describe('checkCoordinationTime', () => {
  const fp = (name: string, time?: string) => ({
    name,
    actorType: 'ngo' as const,
    focalPoint: time === undefined ? { name: 'X' } : { name: 'X', timeInJobDescription: time },
  });
  it('is met when every focal point has coordination time in the job description', () => {
    expect(checkCoordinationTime(...checked({ partners: [fp('A', '20%')] })).status).toBe('met');
  });
  it('is partial when some do', () => {
    expect(checkCoordinationTime(...checked({ partners: [fp('A', '20%'), fp('B')] })).status).toBe(
      'partial',
    );
  });
  it('is missing when none do', () => {
    expect(checkCoordinationTime(...checked({ partners: [fp('A')] })).status).toBe('missing');
  });
});

describe('checkMemberRules', () => {
  it('is met with rules on decisions and membership', () => {
    expect(
      checkMemberRules(
        ...checked({ rules: { decisionMaking: 'Consensus', membership: 'Sign the ToR' } }),
      ).status,
    ).toBe('met');
  });
  it('is partial with other rules only', () => {
    const result = checkMemberRules(...checked({ rules: { dataSharing: 'Anonymised only' } }));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('rules.decisionMaking');
  });
  it('is missing without rules', () => {
    expect(checkMemberRules(...checked()).status).toBe('missing');
  });
});
