import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actorTypeIds } from '../actors/schema.js';
import { interventionTypeIds } from '../interventions/schema.js';
import { checked } from './checks/fixtures.js';
import { planChecks } from './checks/registry.js';
import { assessMakeUp, criteriaDecidedByMakeUp, makeUpQuestions } from './makeUp.js';
import { MakeUpQuestion, PartnershipMakeUp, type CriterionKey } from './schema.js';

type MakeUpInput = z.input<typeof PartnershipMakeUp>;

const everyKinds = 'complementarity.actor-types';
const roles = 'complementarity.roles-covered';
const reach = 'matrix.cross-border-reach';

const outcome = (makeUp: MakeUpInput, id: CriterionKey) =>
  assessMakeUp(PartnershipMakeUp.parse(makeUp)).get(id);

const everything: MakeUpInput = {
  actorTypes: ['government', 'workers-organisation', 'employers-organisation', 'ngo'],
  interventionTypes: ['monitoring-enforcement', 'victim-assistance'],
  levels: ['policy', 'outreach'],
  places: ['source', 'destination'],
  geography: 'cross-border',
};

describe('makeUpQuestions', () => {
  it('asks for every field of the make-up once, in order, with options that are the field’s values', () => {
    expect(makeUpQuestions.map((q) => q.field)).toEqual(Object.keys(PartnershipMakeUp.shape));
    for (const question of makeUpQuestions) {
      expect(MakeUpQuestion.parse(question)).toEqual(question);
      const values = question.options.map((o) => o.value);
      const value = question.multiple ? values : values[0];
      expect(PartnershipMakeUp.safeParse({ [question.field]: value }).success, question.field).toBe(
        true,
      );
    }
  });

  it('offers every actor type and intervention type of the core, and one geography at a time', () => {
    const options = (field: string) =>
      makeUpQuestions.find((q) => q.field === field)?.options.map((o) => o.value);
    expect(options('actorTypes')).toEqual(actorTypeIds);
    expect(options('interventionTypes')).toEqual(interventionTypeIds);
    expect(makeUpQuestions.find((q) => q.field === 'geography')?.multiple).toBe(false);
  });
});

describe('assessMakeUp', () => {
  it('decides nothing from an empty make-up', () => {
    expect(criteriaDecidedByMakeUp(PartnershipMakeUp.parse({}))).toEqual([]);
  });

  it('decides the kinds of actor, the roles, social partners and cross-border reach from a full make-up', () => {
    expect(criteriaDecidedByMakeUp(PartnershipMakeUp.parse(everything))).toEqual([
      'complementarity.actor-types',
      'complementarity.roles-covered',
      'matrix.cross-border-reach',
      'pathfinder.social-partners-civil-society',
    ]);
  });

  it('leaves which cells have a lead, and who leads, to the rater: the make-up names no leads', () => {
    const decided = criteriaDecidedByMakeUp(PartnershipMakeUp.parse(everything));
    expect(decided).not.toContain('matrix.cells-covered');
    expect(decided).not.toContain('matrix.best-placed');
  });

  describe('the kinds of actor', () => {
    it('is met with three kinds, and says what each brings', () => {
      const result = outcome({ actorTypes: ['government', 'ngo', 'academia'] }, everyKinds);
      expect(result?.status).toBe('met');
      expect(result?.evidence[0]).toEqual({
        path: 'makeUp.actorTypes',
        text: 'Governments: legislation, policy and the enabling framework.',
      });
    });

    it('is partial with two, suggesting the kinds the work needs first', () => {
      const result = outcome(
        {
          actorTypes: ['workers-organisation', 'ngo'],
          interventionTypes: ['monitoring-enforcement'],
          levels: ['policy'],
          places: ['destination'],
        },
        everyKinds,
      );
      expect(result?.status).toBe('partial');
      expect(result?.recommendation).toMatch(/^Bring in governments/);
    });

    it('is missing with one kind: not yet a partnership', () => {
      const result = outcome({ actorTypes: ['ngo', 'ngo'] }, everyKinds);
      expect(result?.status).toBe('missing');
      expect(result?.recommendation).toContain('not yet a partnership');
    });
  });

  describe('the roles covered', () => {
    const work = {
      interventionTypes: ['monitoring-enforcement', 'safe-migration'],
      levels: ['policy'],
      places: ['source'],
    } satisfies MakeUpInput;

    it('is met when a kind best placed for each role takes part', () => {
      const result = outcome({ ...work, actorTypes: ['government'] }, roles);
      expect(result?.status).toBe('met');
      expect(result?.evidence.map((e) => e.text)).toContain(
        'Monitoring & enforcement (policy and enabling level): covered by governments.',
      );
    });

    it('is partial when some roles have no one best placed, and names who would cover them', () => {
      const result = outcome(
        {
          ...work,
          levels: ['policy', 'outreach'],
          places: ['transit'],
          actorTypes: ['government'],
        },
        roles,
      );
      expect(result?.status).toBe('partial');
      expect(result?.recommendation).toContain(
        'Safe migration (outreach and direct assistance level)',
      );
    });

    it('is missing when no role is covered', () => {
      expect(outcome({ ...work, actorTypes: ['media'] }, roles)?.status).toBe('missing');
    });

    it('is not decided until the kinds of work, levels and places are all known', () => {
      expect(outcome({ actorTypes: ['government'], levels: ['policy'] }, roles)).toBeUndefined();
    });
  });

  describe('reach across borders', () => {
    it('flags a cross-border partnership that works only at source', () => {
      const result = outcome({ geography: 'cross-border', places: ['source'] }, reach);
      expect(result?.status).toBe('missing');
      expect(result?.recommendation).toContain('works only in source areas');
      expect(result?.evidence).toEqual([
        { path: 'makeUp.places', text: 'The partnership works in source areas.' },
      ]);
    });

    it('is partial with two places but one end missing, and met at both ends', () => {
      expect(outcome({ geography: 'both', places: ['transit', 'source'] }, reach)?.status).toBe(
        'partial',
      );
      expect(
        outcome({ geography: 'cross-border', places: ['destination', 'source'] }, reach)?.status,
      ).toBe('met');
    });

    it('does not apply within one country, whatever the places', () => {
      const result = outcome({ geography: 'in-country' }, reach);
      expect(result).toMatchObject({ status: 'not-applicable' });
      expect(result?.reason).toContain('one country');
    });

    it('is not decided without the geography, or across borders without the places', () => {
      expect(outcome({ places: ['source'] }, reach)).toBeUndefined();
      expect(outcome({ geography: 'cross-border' }, reach)).toBeUndefined();
    });
  });

  it('sets local outreach partners aside only for a partnership that works only at the policy level', () => {
    expect(outcome({ levels: ['policy'] }, 'work.local-outreach-partners')).toMatchObject({
      status: 'not-applicable',
    });
    expect(outcome({ levels: ['policy', 'outreach'] }, 'work.local-outreach-partners')).toBe(
      undefined,
    );
  });

  it('finds social partners and civil society among the kinds of actor', () => {
    const result = outcome(
      { actorTypes: ['workers-organisation', 'ngo'] },
      'pathfinder.social-partners-civil-society',
    );
    expect(result?.status).toBe('partial');
    expect(result?.recommendation).toBe('Involve employers’ organisations as partners.');
    expect(result?.evidence.map((e) => e.text)).toEqual([
      'Workers’ organisations take part.',
      'Civil society organisations take part.',
    ]);
  });
});

describe('the make-up and a plan with the same facts', () => {
  // Picked in any order, listed in the core's order as the make-up reads them (a plan lists its
  // interventions as written, and the advice names kinds of actor in the order it meets them).
  const some = <T>(all: readonly T[]) =>
    fc
      .uniqueArray(fc.constantFrom(...all), { minLength: 1 })
      .map((picked) => all.filter((value) => picked.includes(value)));
  const kinds = some(actorTypeIds);
  const types = some(interventionTypeIds);
  const levels = some(['policy', 'outreach'] as const);
  const places = some(['source', 'transit', 'destination'] as const);
  const geography = fc.constantFrom(
    'in-country' as const,
    'cross-border' as const,
    'both' as const,
  );

  it('get the same status for every criterion the make-up decides: one rule, two sources of facts', () => {
    fc.assert(
      fc.property(kinds, types, levels, places, geography, (a, t, l, p, g) => {
        const makeUp = PartnershipMakeUp.parse({
          actorTypes: a,
          interventionTypes: t,
          levels: l,
          places: p,
          geography: g,
        });
        const [plan, facts] = checked({
          partners: a.map((actorType, i) => ({ name: `Partner ${String(i)}`, actorType })),
          interventions: t.flatMap((type) =>
            l.map((level) => ({ name: `${type} ${level}`, type, level, places: p })),
          ),
          focus: { geography: g, level: l.length === 2 ? 'both' : l[0] },
        });
        for (const [id, fromMakeUp] of assessMakeUp(makeUp)) {
          const fromPlan = planChecks[id](plan, facts);
          expect(fromMakeUp.status, id).toBe(fromPlan.status);
          expect(fromMakeUp.recommendation, id).toBe(fromPlan.recommendation);
        }
      }),
      { numRuns: 200 },
    );
  });
});
