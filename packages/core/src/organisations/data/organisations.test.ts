import { describe, expect, it } from 'vitest';
import { goodPractices } from '../../practices/data/index.js';
import { textWords } from '../../shared/text.js';
import { IloProgramme, InternationalOrganisation, OrganisationFocus } from '../schema.js';
import { internationalOrganisations } from './organisations.js';
import { iloProgrammes } from './programmes.js';

const duplicates = (values: readonly string[]): string[] =>
  values.filter((v, i) => values.indexOf(v) !== i);

describe('the international organisations of seed 002', () => {
  it.each(internationalOrganisations.map((o) => [o.id, o] as const))('decodes %s', (_id, o) => {
    expect(InternationalOrganisation.safeParse(o).error).toBeUndefined();
  });

  it('holds the 23 organisations of Annex 6, each once', () => {
    expect(internationalOrganisations).toHaveLength(23);
    expect(duplicates(internationalOrganisations.map((o) => o.id))).toEqual([]);
    expect(duplicates(internationalOrganisations.map((o) => o.name))).toEqual([]);
    for (const o of internationalOrganisations) {
      expect(o.sources[0]?.section, o.id).toMatch(/^Annex 6: /);
      expect(
        o.sources.every((s) => s.seed === '002_b77dc5cac94d77d7.txt'),
        o.id,
      ).toBe(true);
    }
  });

  it('never lets two organisations share a name, acronym or alias, as findOrganisation reads them', () => {
    const names = internationalOrganisations.flatMap((o) =>
      [o.id, o.acronym ?? '', o.name, o.title, ...o.aliases]
        .map((n) => textWords(n).join(' '))
        .filter((n, i, all) => n !== '' && all.indexOf(n) === i),
    );
    expect(duplicates(names)).toEqual([]);
  });

  it('completes IOM from Annex 8 with its strengths and its relation to the ILO', () => {
    const iom = internationalOrganisations.find((o) => o.id === 'iom');
    expect(iom?.sources.map((s) => s.section)).toContain('Annex 8: Collaboration with IOM');
    expect(iom?.strengths).toHaveLength(7);
    expect(iom?.relationToIlo).toBeDefined();
  });

  it('leaves the comparative advantage empty only where the annex does (UNSD)', () => {
    expect(
      internationalOrganisations.filter((o) => o.comparativeAdvantage === null).map((o) => o.id),
    ).toEqual(['unsd']);
  });

  it('links only to good practices that exist', () => {
    const practiceIds = new Set<string>(goodPractices.map((p) => p.id));
    for (const o of internationalOrganisations) {
      for (const id of o.practices) expect(practiceIds.has(id), `${o.id}: ${id}`).toBe(true);
    }
  });

  it('uses every focus for at least one organisation', () => {
    const used = new Set(internationalOrganisations.flatMap((o) => o.focus));
    expect(OrganisationFocus.options.filter((f) => !used.has(f))).toEqual([]);
  });

  it('summarises each organisation in one sentence', () => {
    for (const o of internationalOrganisations) {
      expect(o.summary, o.id).toMatch(/\.$/);
      expect(o.summary.split(/[.!?]\s/), o.id).toHaveLength(1);
    }
  });
});

describe('the ILO programmes', () => {
  it('decode SAP-FL with the four aims of seed 004', () => {
    expect(iloProgrammes.map((p) => p.id)).toEqual(['sap-fl']);
    for (const p of iloProgrammes) expect(IloProgramme.safeParse(p).error).toBeUndefined();
    expect(iloProgrammes[0]?.aims).toHaveLength(4);
    expect(iloProgrammes[0]?.immediateObjectives).toHaveLength(4);
    expect(iloProgrammes[0]?.firstPhaseObjectives).toHaveLength(6);
  });
});
