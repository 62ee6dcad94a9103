import type { ActorTypeId } from '../../actors/schema.js';
import { findOrganisation } from '../../organisations/getOrganisation.js';
import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  byShare,
  evidence,
  excerpt,
  keepItCurrent,
  listOf,
  met,
  missing,
  partial,
  type CheckOutcome,
} from './outcome.js';

// The Pathfinder lessons of seed 003 and the necessary conditions of seed 001, one function each.

const endorsementLabels = {
  'head-of-state-or-government': 'the head of state or government',
  cabinet: 'the cabinet',
  minister: 'a minister',
  'senior-official': 'a senior official',
  none: 'no one yet',
} as const;

/**
 * Endorsement at the highest political level possible: head of state or government, or cabinet,
 * is met; a minister or senior official partial.
 *
 * @example
 * checkEndorsement(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkEndorsement = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const endorsement = plan.endorsement;
  const advice =
    'Seek endorsement at the highest political level possible: the head of state or government, or the cabinet (endorsement).';
  if (endorsement === undefined) return missing([], advice);
  const found = [
    evidence(
      'endorsement',
      `Endorsed by ${endorsementLabels[endorsement.level]}${endorsement.by === undefined ? '' : ` (${endorsement.by})`}${endorsement.date === undefined ? '' : `, ${String(endorsement.date)}`}.`,
    ),
  ];
  switch (endorsement.level) {
    case 'head-of-state-or-government':
    case 'cabinet':
      return met(found, keepItCurrent);
    case 'minister':
    case 'senior-official':
      return partial(
        found,
        `Build on this endorsement to reach the cabinet or the head of government.`,
      );
    case 'none':
      return missing(found, advice);
  }
};

/**
 * A national focal point, in a government institution that is a partner.
 *
 * @example
 * checkNationalFocalPoint(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkNationalFocalPoint = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const focal = plan.nationalFocalPoint;
  if (focal === undefined) {
    return missing(
      [],
      'Nominate a national focal point in a government institution to lead the process (nationalFocalPoint).',
    );
  }
  const found = [
    evidence(
      'nationalFocalPoint',
      `${focal.name}${focal.role === undefined ? '' : `, ${focal.role}`}${focal.institution === undefined ? '' : `, ${focal.institution}`}`,
    ),
  ];
  const institution =
    focal.institution === undefined ? undefined : facts.partnerIndex.get(focal.institution);
  if (institution?.partner.actorType === 'government') return met(found, keepItCurrent);
  return partial(
    found,
    focal.institution === undefined
      ? `Say which government institution ${focal.name} sits in (nationalFocalPoint.institution).`
      : `Place the national focal point in a government institution that is a partner; ${focal.institution} is not one.`,
  );
};

/**
 * Ministries beyond labour take part, and one of them leads some of the work.
 *
 * @example
 * checkMinistriesBeyondLabour(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkMinistriesBeyondLabour = (
  plan: PartnershipPlan,
  _facts: PlanFacts,
): CheckOutcome => {
  const government = plan.partners.flatMap((p, i) =>
    p.actorType === 'government' ? [{ p, i }] : [],
  );
  if (government.length === 0) {
    return missing(
      [],
      'Bring in the ministries concerned, starting with labour, and those beyond it (partners).',
    );
  }
  const found = government.map(({ p, i }) =>
    evidence(
      `partners[${String(i)}]`,
      `${p.name}${p.ministry === undefined ? ' (ministry not given)' : ` (${p.ministry})`}`,
    ),
  );
  const beyond = government.filter(({ p }) => p.ministry !== undefined && p.ministry !== 'labour');
  if (beyond.length === 0) {
    return missing(
      found,
      'Bring in ministries beyond labour, such as education, social welfare, justice or interior, and say which ministry each government partner is (partners[].ministry).',
    );
  }
  const leaders = new Set([
    ...(plan.interventions ?? []).flatMap((i) => (i.lead === undefined ? [] : [i.lead])),
    ...(plan.leadInstitution === undefined ? [] : [plan.leadInstitution.name]),
  ]);
  const leading = beyond.filter(({ p }) => leaders.has(p.name));
  if (leading.length > 0) {
    return met(
      [
        ...found,
        evidence(
          'interventions',
          `${listOf(leading.map(({ p }) => p.name))} lead${leading.length === 1 ? 's' : ''} part of the work.`,
        ),
      ],
      keepItCurrent,
    );
  }
  return partial(
    found,
    `Give ${listOf(
      beyond.map(({ p }) => p.name),
      3,
    )} the lead on part of the work, not only a seat at the table (interventions[].lead).`,
  );
};

/**
 * The rule of `pathfinder.social-partners-civil-society`, whatever the facts come from: workers'
 * organisations, employers' organisations and civil society all present is met, some partial,
 * none missing.
 *
 * @example
 * judgeSocialPartnersAndCivilSociety(new Set(['ngo']), 'makeUp.actorTypes').status; // 'partial'
 */
export const judgeSocialPartnersAndCivilSociety = (
  present: ReadonlySet<ActorTypeId>,
  path: string,
  namesOf?: (id: string) => readonly string[],
): CheckOutcome => {
  const wanted = [
    ['workers-organisation', 'workers’ organisations'],
    ['employers-organisation', 'employers’ organisations'],
    ['ngo', 'civil society organisations'],
  ] as const;
  const has = (id: string) => [...present].some((a) => a === id);
  const there = wanted.filter(([id]) => has(id));
  const absent = wanted.filter(([id]) => !has(id));
  const found = there.map(([id, label]) => {
    const names = namesOf?.(id) ?? [];
    const heading = label.replace(/^./, (c) => c.toUpperCase());
    return evidence(
      path,
      names.length > 0 ? `${heading}: ${listOf(names, 3)}.` : `${heading} take part.`,
    );
  });
  const status = byShare(there.length, wanted.length);
  if (status === 'met') return met(found, keepItCurrent);
  const advice = `Involve ${listOf(absent.map(([, label]) => label))} as partners.`;
  return status === 'partial' ? partial(found, advice) : missing(found, advice);
};

/**
 * Workers' organisations, employers' organisations and civil society all take part.
 *
 * @example
 * checkSocialPartnersAndCivilSociety(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkSocialPartnersAndCivilSociety = (
  plan: PartnershipPlan,
  facts: PlanFacts,
): CheckOutcome =>
  judgeSocialPartnersAndCivilSociety(facts.actorTypes, 'partners', (id) =>
    [...plan.partners, ...(plan.localOutreachPartners ?? [])]
      .filter((p) => p.actorType === id)
      .map((p) => p.name),
  );

/**
 * A resource mobilisation strategy for the priority actions.
 *
 * @example
 * checkResourceMobilisation(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkResourceMobilisation = (
  plan: PartnershipPlan,
  _facts: PlanFacts,
): CheckOutcome => {
  const strategy = plan.funding?.resourceMobilisation;
  if (strategy !== undefined) {
    return met([evidence('funding.resourceMobilisation', excerpt(strategy))], keepItCurrent);
  }
  const advice =
    'Write a resource mobilisation strategy: what the priority actions cost, who could fund them and who asks (funding.resourceMobilisation).';
  const sources = plan.funding?.sources ?? [];
  return sources.length > 0
    ? partial(
        [
          evidence(
            'funding.sources',
            `${String(sources.length)} funding source${sources.length === 1 ? '' : 's'} listed, but no strategy.`,
          ),
        ],
        advice,
      )
    : missing([], advice);
};

/**
 * Every target belongs to a partner whose mandate covers it.
 *
 * @example
 * checkTargetsWithinMandates(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkTargetsWithinMandates = (
  plan: PartnershipPlan,
  facts: PlanFacts,
): CheckOutcome => {
  const indicators = plan.indicators ?? [];
  if (indicators.length === 0) {
    return missing(
      [],
      'Set targets (indicators) and give each an owner among the partners whose mandate covers it (indicators[].owner).',
    );
  }
  const owned = indicators.flatMap((ind, i) =>
    ind.owner !== undefined && facts.partnerIndex.has(ind.owner) ? [{ ind, i }] : [],
  );
  const unowned = indicators.filter(
    (ind) => ind.owner === undefined || !facts.partnerIndex.has(ind.owner),
  );
  const found = owned.map(({ ind, i }) =>
    evidence(`indicators[${String(i)}].owner`, `"${ind.name}": ${ind.owner ?? ''}`),
  );
  const status = byShare(owned.length, indicators.length);
  if (status === 'met') return met(found, keepItCurrent);
  const advice = `Give ${listOf(
    unowned.map((i) => `"${i.name}"`),
    4,
  )} an owner among the partners, one whose mandate covers it (indicators[].owner).`;
  return status === 'partial' ? partial(found, advice) : missing(found, advice);
};

const unAgencyName = /\bILO\b|International Labour Organi[sz]ation|\bUN\b|United Nations/i;

/**
 * UN agencies involved, coordinated through the UN Resident Coordinator: a UN agency among the
 * partners is partial, with the Resident Coordinator met. Named organisations are recognised from
 * seed 002's annexes (IOM, UNICEF, UNODC, OHCHR...), and the ILO by name.
 *
 * @example
 * checkUnAgencies(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkUnAgencies = (plan: PartnershipPlan, _facts: PlanFacts): CheckOutcome => {
  const agencies = plan.partners.flatMap((p, i) => {
    if (p.actorType !== 'international-organisation') return [];
    const known = findOrganisation(p.organisation ?? p.name) ?? findOrganisation(p.name);
    const isUn =
      known?.kind === 'un-entity' ||
      unAgencyName.test(p.name) ||
      unAgencyName.test(p.organisation ?? '');
    return isUn ? [{ p, i, label: known?.acronym ?? p.organisation ?? p.name }] : [];
  });
  const mentionsCoordinator = (text: string | undefined) =>
    text !== undefined && /resident coordinator/i.test(text);
  const coordinator =
    plan.partners.some((p) => mentionsCoordinator(p.name) || mentionsCoordinator(p.organisation)) ||
    mentionsCoordinator(plan.coordination?.unit) ||
    mentionsCoordinator(plan.coordination?.staff);
  const found = agencies.map(({ p, i, label }) =>
    evidence(`partners[${String(i)}]`, `${p.name} (${label})`),
  );
  if (agencies.length === 0) {
    return missing(
      [],
      'Involve the UN agencies concerned (for example the ILO, IOM, UNICEF or UNODC) and the UN Resident Coordinator’s office (partners).',
    );
  }
  if (coordinator) {
    return met(
      [...found, evidence('partners', 'The UN Resident Coordinator is involved.')],
      keepItCurrent,
    );
  }
  return partial(
    found,
    'Involve the UN Resident Coordinator’s office, which coordinates the UN agencies in the country.',
  );
};

/**
 * The statistical office and academia involved, for data and evidence: both is met, one partial.
 *
 * @example
 * checkStatisticsAndResearch(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkStatisticsAndResearch = (
  plan: PartnershipPlan,
  _facts: PlanFacts,
): CheckOutcome => {
  const statistics = plan.partners.flatMap((p, i) =>
    p.actorType === 'government' && (p.ministry === 'statistics' || /statistic/i.test(p.name))
      ? [{ p, i }]
      : [],
  );
  const academia = plan.partners.flatMap((p, i) => (p.actorType === 'academia' ? [{ p, i }] : []));
  const found = [...statistics, ...academia].map(({ p, i }) =>
    evidence(`partners[${String(i)}]`, p.name),
  );
  if (statistics.length > 0 && academia.length > 0) return met(found, keepItCurrent);
  const advice = `Involve ${listOf([
    ...(statistics.length === 0
      ? ['the national statistical office (a government partner with ministry: statistics)']
      : []),
    ...(academia.length === 0 ? ['a research institution (actorType: academia)'] : []),
  ])}, for the baseline, surveys and evaluation.`;
  return found.length > 0 ? partial(found, advice) : missing([], advice);
};
