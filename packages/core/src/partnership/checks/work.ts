import type { InterventionLevel } from '../../interventions/schema.js';
import { worksOnlyAtPolicyLevel, type PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  byShare,
  evidence,
  excerpt,
  keepItCurrent,
  listOf,
  met,
  missing,
  notApplicable,
  partial,
  type CheckOutcome,
} from './outcome.js';

// The eight "Making a partnership work" criteria of seed 000, one function each.

/**
 * Shared aim and agreed concepts: a statement, the forms of exploitation, the concepts, the
 * approach, and every partner's agreement.
 *
 * @example
 * checkSharedAim(plan, planFacts(plan)).status; // 'met' | 'partial' | 'missing'
 * @category combinators
 */
export const checkSharedAim = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const aim = plan.aim;
  if (aim === undefined) {
    return missing(
      [],
      'Agree, in writing, one shared aim: the forms of exploitation you address (aim.exploitation), the concepts you use (aim.concepts) and how you will address it (aim.approach).',
    );
  }
  const found = [evidence('aim.statement', excerpt(aim.statement))];
  const gaps: string[] = [];
  if (aim.exploitation === undefined)
    gaps.push('the forms of exploitation addressed (aim.exploitation)');
  else found.push(evidence('aim.exploitation', aim.exploitation.join(', ')));
  if (aim.concepts === undefined) gaps.push('the concepts and definitions agreed (aim.concepts)');
  else found.push(evidence('aim.concepts', excerpt(aim.concepts)));
  if (aim.approach === undefined) gaps.push('how the partners will address it (aim.approach)');
  else found.push(evidence('aim.approach', excerpt(aim.approach)));
  const agreed = new Set(aim.agreedBy ?? []);
  const notAgreed = plan.partners.map((p) => p.name).filter((name) => !agreed.has(name));
  if (aim.agreedBy === undefined) gaps.push('which partners have agreed it (aim.agreedBy)');
  else if (notAgreed.length > 0) gaps.push(`the agreement of ${listOf(notAgreed)}`);
  else found.push(evidence('aim.agreedBy', 'Agreed by every partner.'));
  return gaps.length === 0
    ? met(found, keepItCurrent)
    : partial(found, `Complete the shared aim with ${listOf(gaps, 8)}.`);
};

/**
 * Responsibilities divided: every partner has written responsibilities.
 *
 * @example
 * checkResponsibilities(plan, planFacts(plan)).evidence;
 * @category combinators
 */
export const checkResponsibilities = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const withDuties = plan.partners.flatMap((p, i) =>
    (p.responsibilities ?? []).length > 0 ? [{ p, i }] : [],
  );
  const without = plan.partners.filter((p) => (p.responsibilities ?? []).length === 0);
  const found = withDuties.map(({ p, i }) =>
    evidence(
      `partners[${String(i)}].responsibilities`,
      `${p.name}: ${excerpt((p.responsibilities ?? []).join('; '), 100)}`,
    ),
  );
  const status = byShare(withDuties.length, plan.partners.length);
  if (status === 'met') return met(found, keepItCurrent);
  if (plan.partners.length === 0) {
    return missing([], 'List the partners and write down what each one is responsible for.');
  }
  const advice = `Write down what ${listOf(without.map((p) => p.name))} ${without.length === 1 ? 'is' : 'are each'} responsible for (partners[].responsibilities).`;
  return status === 'partial' ? partial(found, advice) : missing(found, advice);
};

/**
 * Geographical areas and target groups selected.
 *
 * @example
 * checkAreasAndGroups(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkAreasAndGroups = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const areas = plan.areas ?? [];
  const groups = plan.targetGroups ?? [];
  const found = [
    ...(areas.length > 0 ? [evidence('areas', listOf(areas.map((a) => a.name)))] : []),
    ...(groups.length > 0 ? [evidence('targetGroups', listOf(groups.map((g) => g.name)))] : []),
  ];
  if (areas.length > 0 && groups.length > 0) return met(found, keepItCurrent);
  if (areas.length > 0)
    return partial(found, 'Select the target groups you will reach (targetGroups).');
  if (groups.length > 0) {
    return partial(found, 'Select the geographical areas you will work in (areas).');
  }
  return missing([], 'Select the geographical areas (areas) and the target groups (targetGroups).');
};

/**
 * The rule that sets `work.local-outreach-partners` aside, whatever the facts come from: a
 * partnership that works only at the policy level has no outreach to hand to local partners.
 * `undefined` when the criterion applies.
 *
 * @example
 * localOutreachAside(['policy'], 'The partnership')?.status; // 'not-applicable'
 */
export const localOutreachAside = (
  levels: readonly InterventionLevel[],
  subject: string,
): CheckOutcome | undefined =>
  worksOnlyAtPolicyLevel(levels)
    ? notApplicable(
        `${subject} works only at the policy level, so there is no outreach to hand to local partners.`,
      )
    : undefined;

/**
 * Local outreach partners agreed, each tied to the areas it works in. Not applicable to a plan
 * that works only at the policy level.
 *
 * @example
 * checkLocalOutreachPartners(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLocalOutreachPartners = (
  plan: PartnershipPlan,
  facts: PlanFacts,
): CheckOutcome => {
  const aside = localOutreachAside(facts.levels, 'The plan');
  if (aside !== undefined) return aside;
  const outreach = plan.localOutreachPartners ?? [];
  if (outreach.length === 0) {
    return missing(
      [],
      'Agree which local organisations will carry the outreach in each area (localOutreachPartners), and what each will do.',
    );
  }
  const found = outreach.map((o, i) =>
    evidence(
      `localOutreachPartners[${String(i)}]`,
      `${o.name}${(o.areas ?? []).length > 0 ? ` in ${listOf(o.areas ?? [])}` : ''}${o.role === undefined ? '' : `: ${excerpt(o.role, 80)}`}`,
    ),
  );
  const vague = outreach.filter((o) => (o.areas ?? []).length === 0);
  if (vague.length === 0) return met(found, keepItCurrent);
  return partial(
    found,
    `Say which areas ${listOf(vague.map((o) => o.name))} ${vague.length === 1 ? 'works' : 'work'} in (localOutreachPartners[].areas).`,
  );
};

/**
 * Local baseline data gathered before work with the target group.
 *
 * @example
 * checkBaseline(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkBaseline = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const baseline = plan.baseline;
  if (baseline === undefined || baseline.status === 'none') {
    return missing(
      baseline === undefined ? [] : [evidence('baseline.status', 'No baseline is planned.')],
      'Gather local baseline data on the target groups before the interventions start, so that change can be measured (baseline).',
    );
  }
  const text = `${baseline.status === 'collected' ? 'Collected' : 'Planned'}${baseline.date === undefined ? '' : ` (${String(baseline.date)})`}${baseline.description === undefined ? '' : `: ${excerpt(baseline.description)}`}`;
  const found = [evidence('baseline', text)];
  return baseline.status === 'collected'
    ? met(found, keepItCurrent)
    : partial(found, 'Collect the planned baseline before work with the target groups starts.');
};

/**
 * Monitoring mechanism agreed: what is tracked, how often and by whom.
 *
 * @example
 * checkMonitoring(plan, planFacts(plan)).recommendation;
 * @category combinators
 */
export const checkMonitoring = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const monitoring = plan.monitoring;
  if (monitoring === undefined) {
    return missing(
      [],
      'Agree a monitoring mechanism: what is tracked, how often, and which partner does it (monitoring).',
    );
  }
  const found = [evidence('monitoring.mechanism', excerpt(monitoring.mechanism))];
  const gaps: string[] = [];
  if (monitoring.frequency === undefined) gaps.push('how often (monitoring.frequency)');
  else found.push(evidence('monitoring.frequency', monitoring.frequency));
  if (monitoring.responsible === undefined)
    gaps.push('which partner does it (monitoring.responsible)');
  else found.push(evidence('monitoring.responsible', monitoring.responsible));
  return gaps.length === 0
    ? met(found, keepItCurrent)
    : partial(found, `Complete the monitoring mechanism: say ${listOf(gaps)}.`);
};

/**
 * Indicators and targets set together, each with a baseline and a target.
 *
 * @example
 * checkIndicators(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkIndicators = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const indicators = plan.indicators ?? [];
  if (indicators.length === 0) {
    return missing(
      [],
      'Set a few indicators together, each with its baseline value and a target with a date (indicators).',
    );
  }
  const complete = indicators.filter((i) => i.baseline !== undefined && i.target !== undefined);
  const incomplete = indicators.filter((i) => i.baseline === undefined || i.target === undefined);
  const found = indicators.map((ind, i) =>
    evidence(
      `indicators[${String(i)}]`,
      `${ind.name}: ${ind.baseline === undefined ? 'no baseline' : `from ${String(ind.baseline)}`} ${ind.target === undefined ? 'with no target' : `to ${String(ind.target)}`}${ind.by === undefined ? '' : ` by ${String(ind.by)}`}`,
    ),
  );
  return complete.length === indicators.length
    ? met(found, keepItCurrent)
    : partial(
        found,
        `Give ${listOf(incomplete.map((i) => `"${i.name}"`))} a baseline and a target (indicators[].baseline, indicators[].target).`,
      );
};

/**
 * Regular experience-sharing and learning events.
 *
 * @example
 * checkLearningEvents(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLearningEvents = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const events = plan.learningEvents ?? [];
  if (events.length === 0) {
    return missing(
      [],
      'Plan regular experience-sharing and learning events with a set rhythm, for example twice a year (learningEvents).',
    );
  }
  const found = events.map((e, i) =>
    evidence(
      `learningEvents[${String(i)}]`,
      `${e.name}${e.frequency === undefined ? '' : `, ${e.frequency}`}`,
    ),
  );
  return events.some((e) => e.frequency !== undefined)
    ? met(found, keepItCurrent)
    : partial(found, 'Give the learning events a regular rhythm (learningEvents[].frequency).');
};
