import { describe, expect, it } from 'vitest';
import { checked } from './fixtures.js';
import {
  checkBestInterests,
  checkDataConfidentiality,
  checkReferralPathway,
  checkSurvivorCentred,
} from './safeguards.js';

const withVictims = {
  interventions: [
    {
      name: 'Shelter',
      type: 'victim-assistance' as const,
      level: 'outreach' as const,
      places: ['destination' as const],
      lead: 'NGO',
    },
  ],
};
const withChildren = {
  targetGroups: [{ name: 'Children in kilns', people: ['children' as const] }],
};

describe.each([
  ['checkReferralPathway', checkReferralPathway, 'referralPathway', withVictims],
  ['checkDataConfidentiality', checkDataConfidentiality, 'dataConfidentiality', withVictims],
  ['checkSurvivorCentred', checkSurvivorCentred, 'survivorCentred', withVictims],
  ['checkBestInterests', checkBestInterests, 'bestInterestsOfTheChild', withChildren],
] as const)('%s', (_, check, field, touches) => {
  it('is met when the safeguard is described and a partner is responsible for it', () => {
    const result = check(
      ...checked({
        ...touches,
        safeguards: { [field]: { description: 'Agreed', responsible: 'NGO' } },
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial when no partner is responsible for it', () => {
    const result = check(
      ...checked({ ...touches, safeguards: { [field]: { description: 'Agreed' } } }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain(`safeguards.${field}.responsible`);
  });

  it('is missing when the plan touches them and has no such safeguard', () => {
    expect(check(...checked(touches)).status).toBe('missing');
  });

  it('does not apply when the plan touches neither victims nor children, and says why', () => {
    const result = check(...checked());
    expect(result.status).toBe('not-applicable');
    expect(result.reason).toMatch(/does not work with/);
  });
});

describe('when safeguards apply', () => {
  it('counts a target group of victims as working with victims', () => {
    const victims = {
      targetGroups: [
        { name: 'Survivors', people: ['adults' as const], situation: 'victims' as const },
      ],
    };
    expect(checkReferralPathway(...checked(victims)).status).toBe('missing');
  });
  it('counts child labour in the aim as working for children', () => {
    expect(
      checkBestInterests(...checked({ aim: { statement: 'x', exploitation: ['child-labour'] } }))
        .status,
    ).toBe('missing');
  });
});
