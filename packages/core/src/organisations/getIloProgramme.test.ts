import { describe, expect, it } from 'vitest';
import { getIloProgramme } from './getIloProgramme.js';
import { IloProgrammeId } from './schema.js';

describe('getIloProgramme', () => {
  it('finds SAP-FL by its id', () => {
    expect(getIloProgramme(IloProgrammeId.parse('sap-fl'))?.acronym).toBe('SAP-FL');
  });
  it('returns undefined for an unknown id', () => {
    expect(getIloProgramme(IloProgrammeId.parse('ipec'))).toBeUndefined();
  });
});
