import type * as E from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { ActorTypeId } from '../actors/schema.js';
import type { InterventionTypeId } from '../interventions/schema.js';
import type { Problems } from '../shared/problem.js';
import type { ReportComparison } from './compare.js';
import type { CheckOutcome } from './checks/outcome.js';
import { compareReports } from './compare.js';
import { assessMakeUp, criteriaDecidedByMakeUp } from './makeUp.js';
import { parsePlanText } from './parsePlan.js';
import type {
  BandId,
  CheckResult,
  CheckStatus,
  CriterionId,
  CriterionKey,
  Finding,
  PartnershipMakeUp,
  PartnershipPlan,
  ReadinessReport,
  SelfAssessment,
} from './schema.js';
import { scorePlan, scoreText } from './scorePlan.js';

describe('branded ids', () => {
  it('refuse plain strings', () => {
    expectTypeOf<'work.baseline'>().not.toExtend<CriterionId>();
    expectTypeOf<'government'>().not.toExtend<ActorTypeId>();
    expectTypeOf<'safe-migration'>().not.toExtend<InterventionTypeId>();
  });

  it('are still the strings they stand for', () => {
    expectTypeOf<CriterionId>().toExtend<string>();
    expectTypeOf<PartnershipPlan['partners'][number]['actorType']>().toEqualTypeOf<ActorTypeId>();
  });
});

describe('boundaries', () => {
  it('return every problem or a value, never throw', () => {
    expectTypeOf(parsePlanText).returns.toEqualTypeOf<E.Either<Problems, PartnershipPlan>>();
    expectTypeOf(scoreText).returns.toEqualTypeOf<E.Either<Problems, ReadinessReport>>();
  });
});

describe('the report', () => {
  it('has the fields the command line and the bot rely on', () => {
    expectTypeOf(scorePlan).returns.toEqualTypeOf<ReadinessReport>();
    expectTypeOf<ReadinessReport['score']>().toEqualTypeOf<number>();
    expectTypeOf<ReadinessReport['band']>().toEqualTypeOf<BandId>();
    expectTypeOf<BandId>().toEqualTypeOf<'low' | 'medium' | 'high' | 'very-high'>();
    expectTypeOf<ReadinessReport['checks']>().toEqualTypeOf<CheckResult[]>();
    expectTypeOf<ReadinessReport['recommendations'][number]>()
      .toHaveProperty('gain')
      .toEqualTypeOf<number>();
    expectTypeOf<ReadinessReport['gates'][number]>()
      .toHaveProperty('binding')
      .toEqualTypeOf<boolean>();
  });

  it('gives each check an id, a status, a recommendation, evidence and a source', () => {
    expectTypeOf<CheckResult['id']>().toEqualTypeOf<CriterionId>();
    expectTypeOf<CheckResult['status']>().toEqualTypeOf<CheckStatus>();
    expectTypeOf<CheckResult['recommendation']>().toEqualTypeOf<string>();
    expectTypeOf<CheckResult['evidence'][number]>().toEqualTypeOf<{ path: string; text: string }>();
    expectTypeOf<CheckResult['citation']>().toEqualTypeOf<string>();
  });

  it('keeps the reason of a not-applicable finding optional, and the status one of four', () => {
    expectTypeOf<Finding['reason']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CheckStatus>().toEqualTypeOf<'met' | 'partial' | 'missing' | 'not-applicable'>();
  });

  it('compares two reports', () => {
    expectTypeOf(compareReports).parameters.toEqualTypeOf<[ReadinessReport, ReadinessReport]>();
    expectTypeOf(compareReports).returns.toEqualTypeOf<ReportComparison>();
  });
});

describe('the make-up of a self-assessment', () => {
  it('is optional, with branded actor and intervention types', () => {
    expectTypeOf<SelfAssessment['makeUp']>().toEqualTypeOf<PartnershipMakeUp | undefined>();
    expectTypeOf<
      NonNullable<PartnershipMakeUp['actorTypes']>[number]
    >().toEqualTypeOf<ActorTypeId>();
    expectTypeOf<
      NonNullable<PartnershipMakeUp['interventionTypes']>[number]
    >().toEqualTypeOf<InterventionTypeId>();
  });

  it('decides criteria as findings without their id, keyed by criterion', () => {
    expectTypeOf(assessMakeUp).returns.toEqualTypeOf<ReadonlyMap<CriterionKey, CheckOutcome>>();
    expectTypeOf(criteriaDecidedByMakeUp).returns.toEqualTypeOf<readonly CriterionId[]>();
  });
});
