import { actorType, actorTypes } from '../../actors/actorTypes.js';
import type { ActorTypeId } from '../../actors/schema.js';
import { interventionType, levelTitle } from '../../interventions/interventions.js';
import { matrixCell } from '../../interventions/matrix.js';
import type { InterventionLevel, InterventionTypeId } from '../../interventions/schema.js';
import { findOrganisation, organisationsFor } from '../../organisations/getOrganisation.js';
import type { OrganisationFocus } from '../../organisations/schema.js';
import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  evidence,
  inSentence,
  keepItCurrent,
  kindsOf,
  listOf,
  met,
  missing,
  partial,
  type CheckOutcome,
} from './outcome.js';

/** Each kind of work (type and level) in the plan's interventions, with who is best placed. */
const rolesNeeded = (plan: PartnershipPlan) => {
  const roles = new Map<
    string,
    { type: InterventionTypeId; level: InterventionLevel; best: Set<ActorTypeId> }
  >();
  for (const intervention of plan.interventions ?? []) {
    const key = `${intervention.type}/${intervention.level}`;
    const role = roles.get(key) ?? {
      type: intervention.type,
      level: intervention.level,
      best: new Set(),
    };
    for (const place of intervention.places) {
      for (const actor of matrixCell(intervention.type, intervention.level, place).bestPlaced) {
        role.best.add(actor);
      }
    }
    roles.set(key, role);
  }
  return [...roles.values()];
};

const focusOf: Readonly<Record<string, OrganisationFocus>> = {
  trafficking: 'trafficking',
  'migrant-workers': 'labour-migration',
  'child-labour': 'children',
  'forced-labour': 'human-rights',
};

/** Names the UN agencies of seed 002's annexes that work on what the plan addresses. */
const organisationHint = (plan: PartnershipPlan, suggested: readonly ActorTypeId[]): string => {
  if (!suggested.some((id) => id === 'international-organisation')) return '';
  const names = [
    ...new Set(
      (plan.aim?.exploitation ?? []).flatMap((e) => {
        const focus = focusOf[e];
        return focus === undefined
          ? []
          : organisationsFor({ focus, kind: 'un-entity' }).map((o) => o.acronym ?? o.name);
      }),
    ),
  ];
  return names.length === 0
    ? ''
    : ` International organisations working on what the plan addresses include ${listOf(names, 4)}.`;
};

/** Actor types in the order the seed lists them. */
const inOrder = (ids: Iterable<ActorTypeId>): ActorTypeId[] => {
  const wanted = [...ids];
  return actorTypes.filter((a) => wanted.includes(a.id)).map((a) => a.id);
};

/**
 * Different kinds of actor: three or more is met, two partial, fewer is not yet a partnership.
 *
 * @example
 * checkActorTypes(plan, planFacts(plan)).evidence; // each kind present and what it brings
 * @category combinators
 */
export const checkActorTypes = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const present = actorTypes.filter((a) => facts.actorTypes.has(a.id));
  const found = present.map((a) => {
    const names = plan.partners.filter((p) => p.actorType === a.id).map((p) => p.name);
    return evidence(
      'partners',
      `${a.title}${names.length > 0 ? ` (${listOf(names, 3)})` : ''}: ${inSentence(a.brings)}.`,
    );
  });
  // What each named international organisation brings, from seed 002's annexes.
  plan.partners.forEach((p, i) => {
    if (p.actorType !== 'international-organisation') return;
    const known = findOrganisation(p.organisation ?? p.name) ?? findOrganisation(p.name);
    if (known !== undefined && known.comparativeAdvantage !== null) {
      found.push(
        evidence(
          `partners[${String(i)}]`,
          `${known.acronym ?? known.name}: ${known.comparativeAdvantage}.`.replace(/\.\.$/, '.'),
        ),
      );
    }
  });
  if (present.length >= 3) return met(found, keepItCurrent);
  // Suggest first the kinds the plan's own work needs, then the seed's core partners.
  const needed = rolesNeeded(plan).flatMap((r) => [...r.best]);
  const core: ActorTypeId[] = actorTypes.filter((a) => a.matrixLetter !== null).map((a) => a.id);
  const suggestions = [...new Set([...needed, ...core])].filter((id) => !facts.actorTypes.has(id));
  const advice = `Bring in ${listOf(
    suggestions.slice(0, 3).map(kindsOf),
    3,
  )}: each brings what the others cannot (${suggestions
    .slice(0, 3)
    .map((id) => `${kindsOf(id)}: ${inSentence(actorType(id).brings)}`)
    .join('; ')}).${organisationHint(plan, suggestions.slice(0, 3))}`;
  if (present.length === 2) return partial(found, advice);
  return missing(
    found,
    `${present.length === 1 ? 'Every partner is of one kind, so this is not yet a partnership. ' : ''}${advice}`,
  );
};

/**
 * Every role the plan's interventions need is covered by a partner of a kind best placed for it.
 *
 * @example
 * checkRolesCovered(plan, planFacts(plan)).recommendation;
 * @category combinators
 */
export const checkRolesCovered = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const roles = rolesNeeded(plan);
  if (roles.length === 0) {
    return missing(
      [],
      'List the interventions (interventions) so that the roles they need, and who covers them, can be seen.',
    );
  }
  const label = (r: (typeof roles)[number]) =>
    `${interventionType(r.type).shortTitle} (${levelTitle(r.level).toLowerCase()})`;
  const covered = roles.filter((r) => [...r.best].some((a) => facts.actorTypes.has(a)));
  const uncovered = roles.filter((r) => ![...r.best].some((a) => facts.actorTypes.has(a)));
  const found = covered.map((r) => {
    const who = [...r.best].filter((a) => facts.actorTypes.has(a));
    return evidence(
      'interventions',
      `${label(r)}: covered by ${listOf(inOrder(who).map(kindsOf))}.`,
    );
  });
  if (uncovered.length === 0) return met(found, keepItCurrent);
  const advice = `No partner is of a kind best placed for ${uncovered
    .map((r) => `${label(r)}: bring in ${listOf(inOrder(r.best).map(kindsOf), 3, 'or')}`)
    .join('; ')}.`;
  return covered.length > 0 ? partial(found, advice) : missing(found, advice);
};
