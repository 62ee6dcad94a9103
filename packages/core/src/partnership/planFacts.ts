import type { ActorTypeId } from '../actors/schema.js';
import type { Ratification } from '../conventions/schema.js';
import type { InterventionLevel, InterventionTypeId, Place } from '../interventions/schema.js';
import type { Partner, PartnershipPlan } from './schema.js';

/**
 * What the checks need to know about a plan, worked out once: who the partners are, which kinds
 * of actor take part, where and at which levels the plan works, and whom it touches.
 *
 * @category model
 */
export interface PlanFacts {
  readonly partnerIndex: ReadonlyMap<string, { readonly partner: Partner; readonly index: number }>;
  readonly actorTypes: ReadonlySet<ActorTypeId>;
  readonly interventionTypes: readonly InterventionTypeId[];
  readonly levels: readonly InterventionLevel[];
  readonly places: readonly Place[];
  readonly countries: readonly string[];
  readonly crossBorder: boolean;
  /** The plan says it works at the policy level and nowhere at outreach level. */
  readonly worksOnlyAtPolicy: boolean;
  readonly worksWithVictims: boolean;
  readonly worksWithChildren: boolean;
  /** A ratification table to use instead of the built-in records. */
  readonly ratifications?: readonly Ratification[];
}

const placeOrder: readonly Place[] = ['source', 'transit', 'destination'];
const levelOrder: readonly InterventionLevel[] = ['policy', 'outreach'];

const inOrder = <T>(order: readonly T[], values: Iterable<T>): T[] => {
  const wanted = new Set(values);
  return order.filter((v) => wanted.has(v));
};

/**
 * Whether a partnership's levels say it works at the policy level and nowhere at outreach level.
 *
 * @example
 * worksOnlyAtPolicyLevel(['policy']); // true
 */
export const worksOnlyAtPolicyLevel = (levels: readonly InterventionLevel[]): boolean =>
  levels.length > 0 && !levels.includes('outreach');

/**
 * Works out the {@link PlanFacts} of a plan.
 *
 * @example
 * import { planFacts } from '@target87/core';
 * planFacts(plan).crossBorder; // true when the focus says so or the plan names two countries
 * @category constructors
 */
export const planFacts = (
  plan: PartnershipPlan,
  ratifications?: readonly Ratification[],
): PlanFacts => {
  const interventions = plan.interventions ?? [];
  const focus = plan.focus ?? {};
  const partnerIndex = new Map(
    plan.partners.map((partner, index) => [partner.name, { partner, index }] as const),
  );
  const actorTypes = new Set<ActorTypeId>([
    ...plan.partners.map((p) => p.actorType),
    ...(plan.localOutreachPartners ?? []).flatMap((p) =>
      p.actorType === undefined ? [] : [p.actorType],
    ),
  ]);
  const typeIds = [
    ...new Set([...(focus.interventionTypes ?? []), ...interventions.map((i) => i.type)]),
  ];
  const declaredLevels: InterventionLevel[] =
    focus.level === undefined
      ? []
      : focus.level === 'both'
        ? ['policy', 'outreach']
        : [focus.level];
  const levels = inOrder(levelOrder, [...declaredLevels, ...interventions.map((i) => i.level)]);
  const places = inOrder(placeOrder, [
    ...(focus.places ?? []),
    ...interventions.flatMap((i) => i.places),
  ]);
  const countries = [...new Set(plan.countries ?? [])];
  const crossBorder =
    focus.geography === 'cross-border' ||
    focus.geography === 'both' ||
    (focus.geography === undefined && countries.length > 1);
  const targetGroups = plan.targetGroups ?? [];
  return {
    partnerIndex,
    actorTypes,
    interventionTypes: typeIds,
    levels,
    places,
    countries,
    crossBorder,
    worksOnlyAtPolicy: worksOnlyAtPolicyLevel(levels),
    worksWithVictims:
      interventions.some((i) => i.type === 'victim-assistance') ||
      (focus.interventionTypes ?? []).some((t) => t === 'victim-assistance') ||
      targetGroups.some((g) => g.situation === 'victims' || g.situation === 'at-risk-and-victims'),
    worksWithChildren:
      targetGroups.some((g) => g.people.includes('children')) ||
      (plan.aim?.exploitation ?? []).includes('child-labour'),
    ...(ratifications === undefined ? {} : { ratifications }),
  };
};
