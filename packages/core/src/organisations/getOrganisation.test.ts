import { describe, expect, it } from 'vitest';
import { findOrganisation, getOrganisation, organisationsFor } from './getOrganisation.js';
import { OrganisationId } from './schema.js';

describe('getOrganisation', () => {
  it('finds an organisation by its id', () => {
    expect(getOrganisation(OrganisationId.parse('unodc'))?.instruments).toEqual(['PALERMO']);
  });
  it('returns undefined for an unknown id', () => {
    expect(getOrganisation(OrganisationId.parse('ilo'))).toBeUndefined();
  });
});

describe('findOrganisation', () => {
  it('finds an organisation by acronym in any case', () => {
    expect(findOrganisation('Unicef')?.id).toBe('unicef');
    expect(findOrganisation('  IOM ')?.id).toBe('iom');
  });
  it('finds an organisation by full name in British or American spelling, and by alias', () => {
    expect(findOrganisation('International Organisation for Migration')?.id).toBe('iom');
    expect(findOrganisation('International Organization of Employers')?.id).toBe('ioe');
    expect(findOrganisation('OCDE')?.id).toBe('oecd');
    expect(findOrganisation('UN Refugee Agency')?.id).toBe('unhcr');
  });
  it('finds nothing for a name it does not know or an empty one', () => {
    expect(findOrganisation('Save the Children')).toBeUndefined();
    expect(findOrganisation('')).toBeUndefined();
  });
});

describe('organisationsFor', () => {
  it('finds the organisations working on trafficking', () => {
    expect(organisationsFor({ focus: 'trafficking' }).map((o) => o.acronym)).toEqual([
      'IOM',
      'UNESCO',
      'UNIAP',
      'UNODC',
    ]);
  });
  it('finds the international social partners', () => {
    expect(organisationsFor({ kind: 'international-social-partner' }).map((o) => o.id)).toEqual([
      'ioe',
      'ituc',
    ]);
  });
  it('requires every criterion given to match', () => {
    expect(organisationsFor({ focus: 'children', kind: 'bilateral-donor' })).toEqual([]);
    expect(organisationsFor()).toHaveLength(23);
  });
});
