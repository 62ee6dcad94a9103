import { interventionType } from '../../interventions/interventions.js';
import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  evidence,
  excerpt,
  keepItCurrent,
  listOf,
  met,
  missing,
  partial,
  type CheckOutcome,
} from './outcome.js';

// Seed 000's focus questions: the plan field that answers each, and the question in plain words.
const questions = [
  ['level', 'broad policy (enabling) work, outreach (direct assistance), or both', 'Level'],
  ['geography', 'in-country, cross-border or both', 'Geography'],
  ['places', 'source, transit or destination areas', 'Places'],
  ['market', 'supply, demand or both', 'Supply or demand'],
  [
    'target',
    'assisting people (at risk or victims), fighting traffickers, or both',
    'People or traffickers',
  ],
  ['interventionTypes', 'which intervention types', 'Intervention types'],
] as const;

/** Where what the plan says about its focus does not match what it plans to do. */
const inconsistencies = (plan: PartnershipPlan): string[] => {
  const focus = plan.focus ?? {};
  const interventions = plan.interventions ?? [];
  const found: string[] = [];
  if (focus.level === 'policy' && interventions.some((i) => i.level === 'outreach')) {
    found.push('the focus says policy only, but some interventions are outreach');
  }
  if (focus.level === 'outreach' && interventions.some((i) => i.level === 'policy')) {
    found.push('the focus says outreach only, but some interventions are at policy level');
  }
  if (focus.places !== undefined) {
    const extra = [...new Set(interventions.flatMap((i) => i.places))].filter(
      (p) => !(focus.places ?? []).includes(p),
    );
    if (extra.length > 0)
      found.push(`interventions work in ${listOf(extra)} areas, which the focus leaves out`);
  }
  if (focus.interventionTypes !== undefined) {
    const declared = focus.interventionTypes;
    const undeclared = [...new Set(interventions.map((i) => i.type))].filter(
      (t) => !declared.includes(t),
    );
    const unplanned =
      interventions.length === 0
        ? []
        : declared.filter((t) => !interventions.some((i) => i.type === t));
    if (undeclared.length > 0) {
      found.push(
        `${listOf(undeclared.map((t) => interventionType(t).shortTitle.toLowerCase()))} is planned but not in the focus`,
      );
    }
    if (unplanned.length > 0) {
      found.push(
        `the focus includes ${listOf(unplanned.map((t) => interventionType(t).shortTitle.toLowerCase()))} but no intervention does it`,
      );
    }
  }
  if (focus.geography === 'in-country' && new Set(plan.countries ?? []).size > 1) {
    found.push('the focus says in-country, but the plan names several countries');
  }
  return found;
};

/**
 * The focus questions answered, and consistent with the interventions.
 *
 * @example
 * checkFocusQuestions(plan, planFacts(plan)).recommendation;
 * @category combinators
 */
export const checkFocusQuestions = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const focus = plan.focus ?? {};
  const answered = questions.filter(([key]) => focus[key] !== undefined);
  const open = questions.filter(([key]) => focus[key] === undefined);
  const found = answered.map(([key, , label]) => {
    const value = focus[key];
    return evidence(
      `focus.${key}`,
      `${label}: ${Array.isArray(value) ? value.join(', ') : String(value)}`,
    );
  });
  const mismatches = inconsistencies(plan);
  if (answered.length === 0) {
    return missing(
      [],
      `Answer the focus questions in the plan (focus): ${questions.map(([, q]) => q).join('; ')}.`,
    );
  }
  if (open.length === 0 && mismatches.length === 0) return met(found, keepItCurrent);
  const steps = [
    ...(open.length > 0
      ? [
          `answer ${listOf(
            open.map(([key, q]) => `${q} (focus.${key})`),
            6,
          )}`,
        ]
      : []),
    ...(mismatches.length > 0
      ? [`make the focus and the interventions agree: ${mismatches.join('; ')}`]
      : []),
  ];
  return partial(found, `${steps.join('. Also ').replace(/^./, (c) => c.toUpperCase())}.`);
};

/**
 * The labour (exploitation) angle, which seed 000 asks ILO partners to keep in everything.
 *
 * @example
 * checkLabourAngle(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLabourAngle = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const angle = plan.focus?.labourAngle;
  if (angle !== undefined)
    return met([evidence('focus.labourAngle', excerpt(angle))], keepItCurrent);
  const signs = [
    ...((plan.interventions ?? []).some((i) => i.type === 'monitoring-enforcement')
      ? [evidence('interventions', 'Plans monitoring and enforcement of labour law.')]
      : []),
    ...([...facts.actorTypes].some(
      (a) => a === 'workers-organisation' || a === 'employers-organisation',
    )
      ? [evidence('partners', 'Includes the social partners.')]
      : []),
  ];
  const advice =
    'Say how the plan keeps the labour (exploitation) angle: decent work, labour law and its enforcement, and the social partners (focus.labourAngle).';
  return signs.length > 0 ? partial(signs, advice) : missing([], advice);
};
