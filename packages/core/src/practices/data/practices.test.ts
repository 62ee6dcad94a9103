import { describe, expect, it } from 'vitest';
import {
  ConditionKind,
  ConditionKindInfo,
  GoodPractice,
  GoodPracticeCriterion,
  PracticeModality,
  PracticeModalityInfo,
  PracticeTheme,
  PracticeThemeInfo,
  ProvisionReference,
} from '../schema.js';
import { goodPracticeCriteria, southSouthCooperationBasis } from './criteria.js';
import { goodPractices } from './practices.js';
import { conditionKindInfo, practiceModalityInfo, practiceThemeInfo } from './vocabulary.js';

const duplicates = (values: readonly string[]): string[] =>
  values.filter((v, i) => values.indexOf(v) !== i);

describe('the good practices of seed 001', () => {
  it.each(goodPractices.map((p) => [p.id, p] as const))('decodes %s', (_id, practice) => {
    expect(GoodPractice.safeParse(practice).error).toBeUndefined();
  });

  it('holds the seventeen cases of the seed, each once', () => {
    expect(goodPractices).toHaveLength(17);
    expect(duplicates(goodPractices.map((p) => p.id))).toEqual([]);
    expect(duplicates(goodPractices.map((p) => p.title))).toEqual([]);
  });

  it('cites seed 001 and the case heading for every case', () => {
    for (const p of goodPractices) {
      expect(p.source).toEqual({ seed: '001_9148a8ca8a7c6ecc.txt', section: p.title });
    }
  });

  it('names at least two countries per case, each once', () => {
    for (const p of goodPractices) {
      const codes = p.countries.map((c) => c.code);
      expect(codes.length, p.id).toBeGreaterThanOrEqual(2);
      expect(duplicates(codes), p.id).toEqual([]);
      for (const c of p.countries) expect(duplicates(c.roles), `${p.id} ${c.code}`).toEqual([]);
    }
  });

  it('gives a note to every country named without a role', () => {
    for (const p of goodPractices) {
      for (const c of p.countries.filter((c) => c.roles.length === 0)) {
        expect(c.note, `${p.id} ${c.code}`).toBeDefined();
      }
    }
  });

  it('lists each theme, modality and instrument of a case once', () => {
    for (const p of goodPractices) {
      expect(duplicates(p.themes), p.id).toEqual([]);
      expect(duplicates(p.modalities), p.id).toEqual([]);
      expect(duplicates(p.instruments), p.id).toEqual([]);
    }
  });

  it('summarises every case in one sentence and gives search keywords', () => {
    for (const p of goodPractices) {
      expect(p.summary, p.id).toMatch(/^[A-Z"'].*\.$/);
      expect(p.summary.split(/[.!?]\s/), p.id).toHaveLength(1);
      expect(p.keywords.length, p.id).toBeGreaterThan(0);
    }
  });

  it('leaves necessary conditions empty only for the three cases without that section', () => {
    expect(
      goodPractices.filter((p) => p.necessaryConditions.length === 0).map((p) => p.id),
    ).toEqual([
      'morocco-mali-coordination-mechanisms',
      'child-labour-free-zones-exchange',
      'mekong-youth-forum-trafficking',
    ]);
  });
});

describe('the vocabularies', () => {
  const covers = (ids: readonly string[], all: readonly string[]) => {
    expect(duplicates(ids)).toEqual([]);
    expect([...ids].sort()).toEqual([...all].sort());
  };

  it('describe every modality, theme and kind of condition exactly once', () => {
    covers(
      practiceModalityInfo.map((m) => m.id),
      PracticeModality.options,
    );
    covers(
      practiceThemeInfo.map((t) => t.id),
      PracticeTheme.options,
    );
    covers(
      conditionKindInfo.map((k) => k.id),
      ConditionKind.options,
    );
  });

  it('decode', () => {
    for (const m of practiceModalityInfo)
      expect(PracticeModalityInfo.safeParse(m).success).toBe(true);
    for (const t of practiceThemeInfo) expect(PracticeThemeInfo.safeParse(t).success).toBe(true);
    for (const k of conditionKindInfo) expect(ConditionKindInfo.safeParse(k).success).toBe(true);
  });

  it('are all used by at least one case, so none is a guess', () => {
    const used = {
      modalities: new Set(goodPractices.flatMap((p) => p.modalities)),
      themes: new Set(goodPractices.flatMap((p) => p.themes)),
      conditions: new Set(goodPractices.flatMap((p) => p.necessaryConditions.map((c) => c.kind))),
    };
    expect(PracticeModality.options.filter((m) => !used.modalities.has(m))).toEqual([]);
    expect(PracticeTheme.options.filter((t) => !used.themes.has(t))).toEqual([]);
    expect(ConditionKind.options.filter((k) => !used.conditions.has(k))).toEqual([]);
  });

  it('write keywords in lower case, as the gap matcher and search expect', () => {
    for (const entry of [...practiceModalityInfo, ...practiceThemeInfo, ...conditionKindInfo]) {
      for (const keyword of entry.keywords) expect(keyword, entry.id).toBe(keyword.toLowerCase());
    }
  });
});

describe("IPEC's criteria and the legal basis", () => {
  it('decode the seven criteria of the overview section, each once', () => {
    expect(goodPracticeCriteria).toHaveLength(7);
    for (const c of goodPracticeCriteria) {
      expect(GoodPracticeCriterion.safeParse(c).error).toBeUndefined();
      expect(c.source.seed).toBe('001_9148a8ca8a7c6ecc.txt');
    }
    expect(duplicates(goodPracticeCriteria.map((c) => c.id))).toEqual([]);
  });

  it('cites C.182 Art. 8 as the basis of South-South cooperation', () => {
    expect(ProvisionReference.safeParse(southSouthCooperationBasis).error).toBeUndefined();
    expect(southSouthCooperationBasis.instrumentId).toBe('C182');
    expect(southSouthCooperationBasis.articleId).toBe('C182:8');
  });
});
