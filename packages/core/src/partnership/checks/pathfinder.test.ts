import { describe, expect, it } from 'vitest';
import { checked } from './fixtures.js';
import {
  checkEndorsement,
  checkMinistriesBeyondLabour,
  checkNationalFocalPoint,
  checkResourceMobilisation,
  checkSocialPartnersAndCivilSociety,
  checkStatisticsAndResearch,
  checkTargetsWithinMandates,
  checkUnAgencies,
} from './pathfinder.js';

describe('checkEndorsement', () => {
  it('is met at cabinet level or above', () => {
    expect(checkEndorsement(...checked({ endorsement: { level: 'cabinet' } })).status).toBe('met');
    expect(
      checkEndorsement(...checked({ endorsement: { level: 'head-of-state-or-government' } }))
        .status,
    ).toBe('met');
  });
  it('is partial at minister or senior-official level', () => {
    expect(checkEndorsement(...checked({ endorsement: { level: 'minister' } })).status).toBe(
      'partial',
    );
  });
  it('is missing without endorsement', () => {
    expect(checkEndorsement(...checked()).status).toBe('missing');
    expect(checkEndorsement(...checked({ endorsement: { level: 'none' } })).status).toBe('missing');
  });
});

describe('checkNationalFocalPoint', () => {
  it('is met when the focal point sits in a government partner', () => {
    expect(
      checkNationalFocalPoint(
        ...checked({ nationalFocalPoint: { name: 'Joint Secretary', institution: 'Ministry' } }),
      ).status,
    ).toBe('met');
  });
  it('is partial when the institution is not a government partner or not given', () => {
    expect(
      checkNationalFocalPoint(...checked({ nationalFocalPoint: { name: 'X', institution: 'NGO' } }))
        .status,
    ).toBe('partial');
    expect(checkNationalFocalPoint(...checked({ nationalFocalPoint: { name: 'X' } })).status).toBe(
      'partial',
    );
  });
  it('is missing without one', () => {
    expect(checkNationalFocalPoint(...checked()).status).toBe('missing');
  });
});

describe('checkMinistriesBeyondLabour', () => {
  const ministries = [
    { name: 'Labour', actorType: 'government' as const, ministry: 'labour' as const },
    { name: 'Education', actorType: 'government' as const, ministry: 'education' as const },
  ];
  it('is met when a ministry beyond labour leads part of the work', () => {
    const result = checkMinistriesBeyondLabour(
      ...checked({
        partners: ministries,
        interventions: [
          {
            name: 'Schools',
            type: 'broad-prevention',
            level: 'policy',
            places: ['source'],
            lead: 'Education',
          },
        ],
      }),
    );
    expect(result.status).toBe('met');
  });
  it('is partial when other ministries only take part', () => {
    const result = checkMinistriesBeyondLabour(...checked({ partners: ministries }));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('not only a seat at the table');
  });
  it('is missing with the labour ministry alone, or no ministry', () => {
    expect(checkMinistriesBeyondLabour(...checked()).status).toBe('missing');
    expect(
      checkMinistriesBeyondLabour(...checked({ partners: [{ name: 'NGO', actorType: 'ngo' }] }))
        .status,
    ).toBe('missing');
  });
});

describe('checkSocialPartnersAndCivilSociety', () => {
  it('is met with workers’ and employers’ organisations and civil society', () => {
    expect(
      checkSocialPartnersAndCivilSociety(
        ...checked({
          partners: [
            { name: 'Union', actorType: 'workers-organisation' },
            { name: 'Employers', actorType: 'employers-organisation' },
            { name: 'NGO', actorType: 'ngo' },
          ],
        }),
      ).status,
    ).toBe('met');
  });
  it('is partial and names who is missing', () => {
    const result = checkSocialPartnersAndCivilSociety(...checked());
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('employers’ organisations');
  });
  it('is missing with none of them', () => {
    expect(
      checkSocialPartnersAndCivilSociety(
        ...checked({ partners: [{ name: 'M', actorType: 'government' }] }),
      ).status,
    ).toBe('missing');
  });
});

describe('checkResourceMobilisation', () => {
  it('is met with a strategy', () => {
    expect(
      checkResourceMobilisation(
        ...checked({ funding: { resourceMobilisation: 'Costed plan to donors' } }),
      ).status,
    ).toBe('met');
  });
  it('is partial with funding sources but no strategy', () => {
    expect(
      checkResourceMobilisation(
        ...checked({ funding: { sources: [{ funder: 'X', status: 'sought' }] } }),
      ).status,
    ).toBe('partial');
  });
  it('is missing with neither', () => {
    expect(checkResourceMobilisation(...checked()).status).toBe('missing');
  });
});

describe('checkTargetsWithinMandates', () => {
  it('is met when every target has an owner among the partners', () => {
    expect(
      checkTargetsWithinMandates(...checked({ indicators: [{ name: 'A', owner: 'Ministry' }] }))
        .status,
    ).toBe('met');
  });
  it('is partial when some targets have no owner, or an owner who is not a partner', () => {
    const result = checkTargetsWithinMandates(
      ...checked({
        indicators: [
          { name: 'A', owner: 'Ministry' },
          { name: 'B', owner: 'Someone else' },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('"B"');
  });
  it('is missing without owned targets', () => {
    expect(checkTargetsWithinMandates(...checked({ indicators: [{ name: 'A' }] })).status).toBe(
      'missing',
    );
    expect(checkTargetsWithinMandates(...checked()).status).toBe('missing');
  });
});

describe('checkUnAgencies', () => {
  it('is met with a UN agency and the Resident Coordinator', () => {
    const result = checkUnAgencies(
      ...checked({
        partners: [
          {
            name: 'UNICEF country office',
            actorType: 'international-organisation',
            organisation: 'UNICEF',
          },
          { name: "UN Resident Coordinator's Office", actorType: 'international-organisation' },
        ],
      }),
    );
    expect(result.status).toBe('met');
  });
  it('is partial with a UN agency alone, recognising the ILO by name', () => {
    expect(
      checkUnAgencies(
        ...checked({ partners: [{ name: 'ILO', actorType: 'international-organisation' }] }),
      ).status,
    ).toBe('partial');
  });
  it('is missing without a UN agency, even with another international organisation', () => {
    expect(checkUnAgencies(...checked()).status).toBe('missing');
    expect(
      checkUnAgencies(
        ...checked({
          partners: [
            { name: 'EU delegation', actorType: 'international-organisation', organisation: 'EU' },
          ],
        }),
      ).status,
    ).toBe('missing');
  });
});

describe('checkStatisticsAndResearch', () => {
  const statistics = {
    name: 'Statistics Office',
    actorType: 'government' as const,
    ministry: 'statistics' as const,
  };
  const university = { name: 'University', actorType: 'academia' as const };
  it('is met with the statistical office and academia', () => {
    expect(
      checkStatisticsAndResearch(...checked({ partners: [statistics, university] })).status,
    ).toBe('met');
  });
  it('is partial with one of them', () => {
    expect(checkStatisticsAndResearch(...checked({ partners: [university] })).status).toBe(
      'partial',
    );
  });
  it('is missing with neither', () => {
    expect(checkStatisticsAndResearch(...checked()).status).toBe('missing');
  });
});
