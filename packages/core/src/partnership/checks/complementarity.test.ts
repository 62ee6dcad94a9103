import { describe, expect, it } from 'vitest';
import { checkActorTypes, checkRolesCovered } from './complementarity.js';
import { checked } from './fixtures.js';

describe('checkActorTypes', () => {
  it('is met with three kinds of actor, and says what each brings', () => {
    const result = checkActorTypes(...checked());
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain(
      'legislation, policy and the enabling framework',
    );
  });

  it('adds what a named international organisation brings, from seed 002', () => {
    const result = checkActorTypes(
      ...checked({
        partners: [
          { name: 'Ministry', actorType: 'government' },
          { name: 'IOM office', actorType: 'international-organisation', organisation: 'IOM' },
          { name: 'NGO', actorType: 'ngo' },
        ],
      }),
    );
    expect(result.evidence.some((e) => e.text.startsWith('IOM:'))).toBe(true);
  });

  it('is partial with two kinds and suggests who to bring in', () => {
    const result = checkActorTypes(
      ...checked({
        partners: [
          { name: 'Ministry', actorType: 'government' },
          { name: 'NGO', actorType: 'ngo' },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toMatch(/workers' organisations|employers' organisations/);
  });

  it('is missing with one kind: not yet a partnership', () => {
    const result = checkActorTypes(
      ...checked({
        partners: [
          { name: 'A', actorType: 'ngo' },
          { name: 'B', actorType: 'ngo' },
        ],
      }),
    );
    expect(result.status).toBe('missing');
    expect(result.recommendation).toContain('not yet a partnership');
  });

  it('names UN agencies working on what the plan addresses when an international organisation is needed', () => {
    const result = checkActorTypes(
      ...checked({
        partners: [{ name: 'A', actorType: 'ngo' }],
        aim: { statement: 'x', exploitation: ['trafficking'] },
        interventions: [
          {
            name: 'Border information',
            type: 'safe-migration',
            level: 'outreach',
            places: ['transit'],
            lead: 'A',
          },
        ],
      }),
    );
    expect(result.recommendation).toContain('UNODC');
  });
});

describe('checkRolesCovered', () => {
  it('is met when a partner of a best-placed kind takes part in each kind of work', () => {
    const result = checkRolesCovered(
      ...checked({
        interventions: [
          {
            name: 'Inspection',
            type: 'monitoring-enforcement',
            level: 'outreach',
            places: ['destination'],
          },
        ],
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial and names the uncovered role and who would cover it', () => {
    const result = checkRolesCovered(
      ...checked({
        partners: [{ name: 'Ministry', actorType: 'government' }],
        interventions: [
          {
            name: 'Inspection',
            type: 'monitoring-enforcement',
            level: 'policy',
            places: ['source'],
          },
          { name: 'Transit help', type: 'safe-migration', level: 'outreach', places: ['transit'] },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('Safe migration');
    expect(result.recommendation).toContain(
      'international organisations or NGOs and mass organisations',
    );
  });

  it('is missing when no role is covered, or there are no interventions', () => {
    expect(
      checkRolesCovered(
        ...checked({
          partners: [{ name: 'Paper', actorType: 'media' }],
          interventions: [
            {
              name: 'Shelter',
              type: 'victim-assistance',
              level: 'outreach',
              places: ['destination'],
            },
          ],
        }),
      ).status,
    ).toBe('missing');
    expect(checkRolesCovered(...checked()).status).toBe('missing');
  });
});
