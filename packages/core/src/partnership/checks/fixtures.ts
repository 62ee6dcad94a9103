// Plans for the tests: a small valid plan to vary one field at a time.
import type { z } from 'zod';
import { planFacts, type PlanFacts } from '../planFacts.js';
import { PartnershipPlan } from '../schema.js';

type PlanInput = z.input<typeof PartnershipPlan>;

/** A small plan: a ministry, a union and an NGO, one intervention, nothing else. */
export const basePlan: PlanInput = {
  name: 'Test partnership',
  partners: [
    { name: 'Ministry', actorType: 'government', ministry: 'labour' },
    { name: 'Union', actorType: 'workers-organisation' },
    { name: 'NGO', actorType: 'ngo' },
  ],
};

/** Builds a decoded plan from the base plan and the given fields. */
export const planWith = (fields: Partial<PlanInput> = {}): PartnershipPlan =>
  PartnershipPlan.parse({ ...basePlan, ...fields });

/** A plan and its facts, as a check receives them. */
export const checked = (fields: Partial<PlanInput> = {}): [PartnershipPlan, PlanFacts] => {
  const plan = planWith(fields);
  return [plan, planFacts(plan)];
};
