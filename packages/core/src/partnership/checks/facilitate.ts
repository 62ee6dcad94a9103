import { actorType } from '../../actors/actorTypes.js';
import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  byShare,
  evidence,
  excerpt,
  inSentence,
  keepItCurrent,
  listOf,
  met,
  missing,
  partial,
  type CheckOutcome,
} from './outcome.js';

// The nine "Matters that can facilitate a partnership" of seed 000, one function each.

/**
 * A motivating, non-threatening leader: named, and how they lead.
 *
 * @example
 * checkLeader(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLeader = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const leader = plan.leader;
  if (leader === undefined) {
    return missing(
      [],
      'Name the person who leads the partnership and say how they lead: by motivating partners, not by threatening them (leader).',
    );
  }
  const found = [
    evidence(
      'leader',
      `${leader.name}${leader.organisation === undefined ? '' : `, ${leader.organisation}`}`,
    ),
  ];
  if (leader.approach === undefined) {
    return partial(
      found,
      `Say how ${leader.name} leads: what makes the lead motivating and non-threatening (leader.approach).`,
    );
  }
  return met([...found, evidence('leader.approach', excerpt(leader.approach))], keepItCurrent);
};

/**
 * Legitimacy through well-respected people and targeted publicity.
 *
 * @example
 * checkLegitimacy(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLegitimacy = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const champions = plan.legitimacy?.champions ?? [];
  const publicity = plan.legitimacy?.publicity;
  const found = [
    ...(champions.length > 0 ? [evidence('legitimacy.champions', listOf(champions))] : []),
    ...(publicity === undefined ? [] : [evidence('legitimacy.publicity', excerpt(publicity))]),
  ];
  if (champions.length > 0 && publicity !== undefined) return met(found, keepItCurrent);
  if (champions.length > 0)
    return partial(found, 'Plan targeted publicity for the partnership (legitimacy.publicity).');
  if (publicity !== undefined) {
    return partial(
      found,
      'Ask well-respected people to speak for the partnership (legitimacy.champions).',
    );
  }
  return missing(
    [],
    'Give the partnership legitimacy: well-respected people who speak for it (legitimacy.champions) and targeted publicity (legitimacy.publicity).',
  );
};

/**
 * A lead ministry (or lead country across borders) that is itself a government partner.
 *
 * @example
 * checkLeadInstitution(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkLeadInstitution = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const lead = plan.leadInstitution;
  if (lead === undefined) {
    return missing(
      [],
      facts.crossBorder
        ? 'Agree a lead country and a lead ministry, and make the ministry a partner (leadInstitution).'
        : 'Agree which ministry leads, and make it a partner (leadInstitution).',
    );
  }
  const entry = facts.partnerIndex.get(lead.name);
  const found = [
    evidence(
      'leadInstitution',
      `${lead.name}${lead.country === undefined ? '' : ` (${lead.country})`}`,
    ),
  ];
  if (entry === undefined) {
    return partial(
      found,
      `Make ${lead.name} a partner, with its responsibilities and focal point.`,
    );
  }
  if (entry.partner.actorType !== 'government') {
    return partial(
      found,
      `${lead.name} is ${inSentence(actorType(entry.partner.actorType).label)}; seed 000 suggests a lead ministry or country. Ask a ministry to take the lead, with ${lead.name} in support.`,
    );
  }
  if (facts.crossBorder && lead.country === undefined) {
    return partial(
      found,
      'Say which country leads the cross-border partnership (leadInstitution.country).',
    );
  }
  return met(found, keepItCurrent);
};

/**
 * External pressure identified, and how it helps.
 *
 * @example
 * checkExternalPressure(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkExternalPressure = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const pressures = plan.externalPressure ?? [];
  if (pressures.length === 0) {
    return missing(
      [],
      'Name the external pressure you can use, such as ILO supervisory comments, SDG 8.7 reporting, regional commitments or buyers’ due-diligence demands (externalPressure).',
    );
  }
  const found = pressures.map((p, i) =>
    evidence(
      `externalPressure[${String(i)}]`,
      `${p.source}${p.description === undefined ? '' : `: ${excerpt(p.description, 90)}`}`,
    ),
  );
  return pressures.some((p) => p.description !== undefined)
    ? met(found, keepItCurrent)
    : partial(
        found,
        'Say how each source of pressure helps the partnership (externalPressure[].description).',
      );
};

/**
 * A focal point in each participating organisation.
 *
 * @example
 * checkFocalPoints(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkFocalPoints = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const named = plan.partners.flatMap((p, i) => (p.focalPoint === undefined ? [] : [{ p, i }]));
  const without = plan.partners.filter((p) => p.focalPoint === undefined);
  const found = named.map(({ p, i }) =>
    evidence(
      `partners[${String(i)}].focalPoint`,
      `${p.name}: ${p.focalPoint?.name ?? ''}${p.focalPoint?.role === undefined ? '' : `, ${p.focalPoint.role}`}`,
    ),
  );
  const status = byShare(named.length, plan.partners.length);
  if (status === 'met') return met(found, keepItCurrent);
  const advice =
    plan.partners.length === 0
      ? 'List the partners and ask each to name a focal point.'
      : `Ask ${listOf(without.map((p) => p.name))} to name a focal point (partners[].focalPoint).`;
  return status === 'partial' ? partial(found, advice) : missing(found, advice);
};

/**
 * A coordination unit, hosted by a partner, with staff or a meeting rhythm.
 *
 * @example
 * checkCoordinationUnit(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkCoordinationUnit = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const unit = plan.coordination;
  if (unit === undefined) {
    return missing(
      [],
      'Set up a coordination unit or secretariat, hosted by one partner, with staff and a regular meeting rhythm (coordination).',
    );
  }
  const found = [evidence('coordination.unit', excerpt(unit.unit))];
  const gaps: string[] = [];
  if (unit.hostedBy === undefined) gaps.push('which partner hosts it (coordination.hostedBy)');
  else found.push(evidence('coordination.hostedBy', unit.hostedBy));
  if (unit.staff === undefined && unit.meetings === undefined) {
    gaps.push('its staff or how often partners meet (coordination.staff, coordination.meetings)');
  }
  if (unit.staff !== undefined) found.push(evidence('coordination.staff', excerpt(unit.staff, 80)));
  if (unit.meetings !== undefined) found.push(evidence('coordination.meetings', unit.meetings));
  return gaps.length === 0
    ? met(found, keepItCurrent)
    : partial(found, `Complete the coordination unit: say ${listOf(gaps)}.`);
};

/**
 * Funding: at least one secured source.
 *
 * @example
 * checkFunding(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkFunding = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const sources = plan.funding?.sources ?? [];
  if (sources.length === 0) {
    return missing(
      [],
      'Secure funding for the coordination and the priority activities, and write down who pays for what (funding.sources).',
    );
  }
  const found = sources.map((s, i) =>
    evidence(
      `funding.sources[${String(i)}]`,
      `${s.funder}: ${s.status}${s.amount === undefined ? '' : `, ${String(s.amount)}`}${s.covers === undefined ? '' : ` for ${excerpt(s.covers, 60)}`}`,
    ),
  );
  return sources.some((s) => s.status === 'secured')
    ? met(found, keepItCurrent)
    : partial(
        found,
        `No funding is secured yet: turn the ${sources.some((s) => s.status === 'pledged') ? 'pledges' : 'requests'} into commitments, starting with the coordination costs.`,
      );
};

/**
 * Time for coordination written into the focal points' job descriptions.
 *
 * @example
 * checkCoordinationTime(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkCoordinationTime = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const withTime = plan.partners.flatMap((p, i) =>
    p.focalPoint?.timeInJobDescription === undefined ? [] : [{ p, i }],
  );
  const without = plan.partners.filter((p) => p.focalPoint?.timeInJobDescription === undefined);
  const found = withTime.map(({ p, i }) =>
    evidence(
      `partners[${String(i)}].focalPoint.timeInJobDescription`,
      `${p.name}: ${excerpt(p.focalPoint?.timeInJobDescription ?? '', 80)}`,
    ),
  );
  const status = byShare(withTime.length, plan.partners.length);
  if (status === 'met') return met(found, keepItCurrent);
  const advice =
    plan.partners.length === 0
      ? 'List the partners and build the time coordination takes into each focal point’s job description.'
      : `Build the time coordination takes into the job description of the focal points of ${listOf(without.map((p) => p.name))} (partners[].focalPoint.timeInJobDescription).`;
  return status === 'partial' ? partial(found, advice) : missing(found, advice);
};

/**
 * Rules for members: at least how decisions are made and what membership involves.
 *
 * @example
 * checkMemberRules(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkMemberRules = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const rules = plan.rules ?? {};
  const found = [
    ...(rules.decisionMaking === undefined
      ? []
      : [evidence('rules.decisionMaking', excerpt(rules.decisionMaking))]),
    ...(rules.membership === undefined
      ? []
      : [evidence('rules.membership', excerpt(rules.membership))]),
    ...(rules.dataSharing === undefined
      ? []
      : [evidence('rules.dataSharing', excerpt(rules.dataSharing))]),
    ...(rules.communication === undefined
      ? []
      : [evidence('rules.communication', excerpt(rules.communication))]),
    ...(rules.other ?? []).map((r, i) => evidence(`rules.other[${String(i)}]`, excerpt(r))),
  ];
  if (rules.decisionMaking !== undefined && rules.membership !== undefined)
    return met(found, keepItCurrent);
  const gaps = [
    ...(rules.decisionMaking === undefined
      ? ['how decisions are made (rules.decisionMaking)']
      : []),
    ...(rules.membership === undefined
      ? ['what joining commits a partner to (rules.membership)']
      : []),
  ];
  const advice = `Agree rules for members: ${listOf(gaps)}.`;
  return found.length > 0 ? partial(found, advice) : missing([], advice);
};
