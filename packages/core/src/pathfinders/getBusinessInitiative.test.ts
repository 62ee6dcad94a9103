import { describe, expect, it } from 'vitest';
import { getBusinessInitiative } from './getBusinessInitiative.js';
import { BusinessInitiativeId } from './schema.js';

describe('getBusinessInitiative', () => {
  it('finds the Child Labour Platform with what a member company gains', () => {
    const clp = getBusinessInitiative(BusinessInitiativeId.parse('child-labour-platform'));
    expect(clp?.focus).toBe('child-labour');
    expect(clp?.memberBenefits.length).toBeGreaterThan(0);
  });
  it('returns undefined for an unknown id', () => {
    expect(getBusinessInitiative(BusinessInitiativeId.parse('unknown'))).toBeUndefined();
  });
});
