import { describe, expect, it } from 'vitest';
import { CountryCode, InstrumentId, type Ratification } from '../../conventions/schema.js';
import { planFacts } from '../planFacts.js';
import { checked, planWith } from './fixtures.js';
import { checkApplicableStandards, checkRatification, standardsScopeOf } from './standards.js';

const childLabour = {
  aim: { statement: 'No child labour', exploitation: ['child-labour' as const] },
};

describe('standardsScopeOf', () => {
  it('reads the scope from the aim, the target groups and the focus', () => {
    const plan = planWith({
      ...childLabour,
      targetGroups: [{ name: 'Children', people: ['children'] }],
      focus: { geography: 'in-country' },
    });
    expect(standardsScopeOf(plan, planFacts(plan))).toEqual({
      concerns: ['child-labour'],
      people: ['children'],
      geography: 'in-country',
    });
  });
  it('has no scope when the plan does not say what it addresses', () => {
    const plan = planWith();
    expect(standardsScopeOf(plan, planFacts(plan))).toBeUndefined();
  });
});

describe('checkApplicableStandards', () => {
  it('is met when the plan names every applicable convention, and cites their key articles', () => {
    const result = checkApplicableStandards(
      ...checked({ ...childLabour, standards: { workUnder: ['C182', 'C138'] } }),
    );
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('C.182 Art. 7');
  });
  it('is partial when it names some, and says which to add with their articles', () => {
    const result = checkApplicableStandards(
      ...checked({ ...childLabour, standards: { workUnder: ['C182'] } }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('Name C.138');
    expect(result.recommendation).toContain('C.138 Art. 1');
  });
  it('is missing when it names none, or does not say what it addresses', () => {
    expect(checkApplicableStandards(...checked(childLabour)).status).toBe('missing');
    expect(checkApplicableStandards(...checked()).recommendation).toContain('aim.exploitation');
  });
});

describe('checkRatification', () => {
  const nepal = CountryCode.parse('NPL');
  const table = (status: Ratification['status']): Ratification[] =>
    ['C182', 'C138'].map((id) => ({
      country: nepal,
      instrumentId: InstrumentId.parse(id),
      status,
      verification: 'verified',
      sources: [{ label: 'Test table' }],
    }));

  it('is met when every applicable convention is ratified in every country', () => {
    const [plan] = checked({ ...childLabour, countries: ['Nepal'] });
    const result = checkRatification(plan, planFacts(plan, table('ratified')));
    expect(result.status).toBe('met');
    expect(result.evidence[0]?.text).toBe('Nepal: C.182 ratified; C.138 ratified.');
  });

  it('is partial where a convention is not ratified and the plan has no ratification advocacy', () => {
    const [plan] = checked({ ...childLabour, countries: ['NPL'] });
    const result = checkRatification(plan, planFacts(plan, table('not-ratified')));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('Add ratification advocacy for Nepal: C.182');
  });

  it('is met through ratification advocacy, still asking to confirm what is not on record', () => {
    const [plan] = checked({
      ...childLabour,
      countries: ['Atlantis'],
      standards: { ratificationAdvocacy: 'Brief parliamentarians' },
    });
    const result = checkRatification(plan, planFacts(plan, []));
    expect(result.status).toBe('met');
    expect(result.recommendation).toContain('Atlantis (all)');
  });

  it('says the position is unknown, never guessing, when the table has no record', () => {
    const [plan] = checked({ ...childLabour, countries: ['Nepal'] });
    const result = checkRatification(plan, planFacts(plan, []));
    expect(result.status).toBe('partial');
    expect(result.evidence[0]?.text).toContain('C.182 unknown');
    expect(result.recommendation).toContain('Check on NORMLEX');
  });

  it('carries the verification status of the built-in records', () => {
    const result = checkRatification(...checked({ ...childLabour, countries: ['Nepal'] }));
    expect(result.evidence[0]?.text).toMatch(
      /C\.182 ratified 2002-01-03, (conflicting|secondary) source/,
    );
  });

  it('is missing without countries', () => {
    expect(checkRatification(...checked(childLabour)).status).toBe('missing');
  });
});
