import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../conventions/catalogue.js';
import {
  getPathfinderLesson,
  pathfinderLessonsForPlans,
} from '../../pathfinders/getPathfinderLesson.js';
import { PathfinderLessonId } from '../../pathfinders/schema.js';
import { decode } from '../../shared/decode.js';
import { SeedFile } from '../../shared/evidence.js';
import { planChecks } from '../checks/registry.js';
import { checkGroups, criteria } from '../criteria.js';
import { defaultScoringProfile } from '../profile.js';
import { ScoringProfile } from '../profileSchema.js';
import {
  CheckGroup,
  checkGroupIds,
  Criterion,
  criterionIds,
  type CriterionSource,
} from '../schema.js';
import { checkGroupRecords, criterionRecords } from './criteria.js';
import { defaultProfileRecord } from './defaultProfile.js';

const sourcesOf = (c: { source: CriterionSource; seeAlso?: readonly CriterionSource[] }) => [
  c.source,
  ...(c.seeAlso ?? []),
];

describe('criteria data', () => {
  it.each(criterionRecords.map((r) => [r.id, r] as const))(
    'decodes the %s criterion',
    (_, record) => {
      expect(E.isRight(decode(Criterion)(record))).toBe(true);
    },
  );

  it.each(checkGroupRecords.map((r) => [r.id, r] as const))('decodes the %s group', (_, record) => {
    expect(E.isRight(decode(CheckGroup)(record))).toBe(true);
  });

  it('has one record per criterion id, in report order, each in an existing group', () => {
    expect(criteria.map((c) => c.id)).toEqual(criterionIds);
    expect(checkGroups.map((g) => g.id)).toEqual(checkGroupIds);
    for (const group of checkGroupIds) expect(criteria.some((c) => c.group === group)).toBe(true);
    for (const c of criteria) expect(c.id.startsWith(`${c.group}.`)).toBe(true);
  });

  it('has seed 000\'s eight "Making a partnership work" criteria and nine facilitating matters', () => {
    expect(criteria.filter((c) => c.group === 'work')).toHaveLength(8);
    expect(criteria.filter((c) => c.group === 'facilitate')).toHaveLength(9);
  });

  it('has a check function for every criterion and a criterion for every check', () => {
    expect(Object.keys(planChecks).sort()).toEqual([...criterionIds].sort());
  });

  it('cites only seed files and instruments the library knows', () => {
    for (const item of [...criteria, ...checkGroups]) {
      for (const source of sourcesOf(item)) {
        if ('seed' in source) expect(SeedFile.options).toContain(source.seed);
        if ('instrument' in source)
          expect(getInstrument(source.instrument).id).toBe(source.instrument);
      }
    }
  });

  it('refers to each Pathfinder lesson that applies to plans exactly once, citing the lesson’s own slide', () => {
    const referenced = criteria.flatMap((c) => (c.lesson === undefined ? [] : [c.lesson]));
    expect([...referenced].sort()).toEqual(
      pathfinderLessonsForPlans()
        .map((l) => l.id)
        .sort(),
    );
    for (const c of criteria.filter((x) => x.group === 'pathfinder' && x.lesson !== undefined)) {
      const lesson = getPathfinderLesson(PathfinderLessonId.parse(c.lesson));
      expect(c.source).toEqual(lesson?.source);
    }
  });

  it('lets only criteria that can genuinely not apply be set aside', () => {
    const never = criteria.filter((c) => !c.mayBeNotApplicable).map((c) => c.id);
    expect(never).toContain('work.shared-aim');
    expect(never).toContain('complementarity.actor-types');
  });
});

describe('default profile data', () => {
  it('decodes, with gates on existing criteria and weights on every group', () => {
    expect(E.isRight(decode(ScoringProfile)(defaultProfileRecord))).toBe(true);
    for (const gate of defaultScoringProfile.gates) expect(criterionIds).toContain(gate.criterion);
    for (const group of checkGroupIds)
      expect(defaultScoringProfile.groupWeights[group]).toBeGreaterThan(0);
  });

  it('weighs the groups to 100 points', () => {
    const total = Object.values(defaultScoringProfile.groupWeights).reduce((a, b) => a + b, 0);
    expect(total).toBe(100);
  });
});
