import { actorType, actorTypes } from '../../actors/actorTypes.js';
import type { ActorTypeId } from '../../actors/schema.js';
import { interventionType, levelTitle } from '../../interventions/interventions.js';
import { matrixCell } from '../../interventions/matrix.js';
import type { InterventionLevel, InterventionTypeId, Place } from '../../interventions/schema.js';
import { findOrganisation, organisationsFor } from '../../organisations/getOrganisation.js';
import type { OrganisationFocus } from '../../organisations/schema.js';
import type { PlanFacts } from '../planFacts.js';
import type { CheckEvidence, PartnershipPlan } from '../schema.js';
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

/**
 * Work done at one level in some places: an intervention of a plan, or the kinds of work a
 * self-assessment's make-up names, at its levels and in its places.
 */
export interface KindOfWork {
  readonly type: InterventionTypeId;
  readonly level: InterventionLevel;
  readonly places: readonly Place[];
}

/** A role the work needs: a type of intervention at a level, and who is best placed for it. */
export interface RoleNeeded {
  readonly type: InterventionTypeId;
  readonly level: InterventionLevel;
  readonly best: ReadonlySet<ActorTypeId>;
}

/**
 * Each role (type and level) the work needs, with the kinds of actor best placed for it in any of
 * the places it is done.
 *
 * @example
 * rolesNeeded(plan.interventions ?? []).map((r) => `${r.type}/${r.level}`);
 */
export const rolesNeeded = (work: readonly KindOfWork[]): RoleNeeded[] => {
  const roles = new Map<
    string,
    { type: InterventionTypeId; level: InterventionLevel; best: Set<ActorTypeId> }
  >();
  for (const item of work) {
    const key = `${item.type}/${item.level}`;
    const role = roles.get(key) ?? { type: item.type, level: item.level, best: new Set() };
    for (const place of item.places) {
      for (const actor of matrixCell(item.type, item.level, place).bestPlaced) {
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

/** Names the UN agencies of seed 002's annexes that work on what the partnership addresses. */
const organisationHint = (
  exploitation: readonly string[],
  suggested: readonly ActorTypeId[],
): string => {
  if (!suggested.some((id) => id === 'international-organisation')) return '';
  const names = [
    ...new Set(
      exploitation.flatMap((e) => {
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
 * The rule of `complementarity.actor-types`, whatever the facts come from (a plan's partners or a
 * self-assessment's make-up): three or more kinds of actor is met, two partial, fewer is not yet
 * a partnership. The evidence says what each kind present brings; the advice names first the
 * kinds the roles need, then seed 000's core partners.
 *
 * @example
 * judgeActorTypes({ present: new Set(['ngo']), path: 'makeUp.actorTypes', roles: [] }).status; // 'missing'
 */
export const judgeActorTypes = (facts: {
  readonly present: ReadonlySet<ActorTypeId>;
  /** Where the kinds of actor are written. */
  readonly path: string;
  /** The partners of each kind, by name, where they are known. */
  readonly namesOf?: (id: ActorTypeId) => readonly string[];
  /** More evidence, after each kind's. */
  readonly more?: readonly CheckEvidence[];
  readonly roles: readonly RoleNeeded[];
  /** The forms of exploitation addressed, to name the UN agencies working on them. */
  readonly exploitation?: readonly string[];
}): CheckOutcome => {
  const present = actorTypes.filter((a) => facts.present.has(a.id));
  const found = [
    ...present.map((a) => {
      const names = facts.namesOf?.(a.id) ?? [];
      return evidence(
        facts.path,
        `${a.title}${names.length > 0 ? ` (${listOf(names, 3)})` : ''}: ${inSentence(a.brings)}.`,
      );
    }),
    ...(facts.more ?? []),
  ];
  if (present.length >= 3) return met(found, keepItCurrent);
  // Suggest first the kinds the work needs, then the seed's core partners.
  const needed = facts.roles.flatMap((r) => [...r.best]);
  const core: ActorTypeId[] = actorTypes.filter((a) => a.matrixLetter !== null).map((a) => a.id);
  const suggestions = [...new Set([...needed, ...core])].filter((id) => !facts.present.has(id));
  const advice = `Bring in ${listOf(
    suggestions.slice(0, 3).map(kindsOf),
    3,
  )}: each brings what the others cannot (${suggestions
    .slice(0, 3)
    .map((id) => `${kindsOf(id)}: ${inSentence(actorType(id).brings)}`)
    .join('; ')}).${organisationHint(facts.exploitation ?? [], suggestions.slice(0, 3))}`;
  if (present.length === 2) return partial(found, advice);
  return missing(
    found,
    `${present.length === 1 ? 'Every partner is of one kind, so this is not yet a partnership. ' : ''}${advice}`,
  );
};

/**
 * Different kinds of actor: three or more is met, two partial, fewer is not yet a partnership.
 *
 * @example
 * checkActorTypes(plan, planFacts(plan)).evidence; // each kind present and what it brings
 * @category combinators
 */
export const checkActorTypes = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  // What each named international organisation brings, from seed 002's annexes.
  const organisations = plan.partners.flatMap((p, i) => {
    if (p.actorType !== 'international-organisation') return [];
    const known = findOrganisation(p.organisation ?? p.name) ?? findOrganisation(p.name);
    return known === undefined || known.comparativeAdvantage === null
      ? []
      : [
          evidence(
            `partners[${String(i)}]`,
            `${known.acronym ?? known.name}: ${known.comparativeAdvantage}.`.replace(/\.\.$/, '.'),
          ),
        ];
  });
  return judgeActorTypes({
    present: facts.actorTypes,
    path: 'partners',
    namesOf: (id) => plan.partners.filter((p) => p.actorType === id).map((p) => p.name),
    more: organisations,
    roles: rolesNeeded(plan.interventions ?? []),
    exploitation: plan.aim?.exploitation ?? [],
  });
};

/**
 * The rule of `complementarity.roles-covered`, whatever the facts come from: for each role the
 * work needs, a kind of actor best placed for it is present. All is met, some partial, none
 * missing.
 *
 * @example
 * judgeRolesCovered(rolesNeeded(work), new Set(['government']), 'makeUp').status;
 */
export const judgeRolesCovered = (
  roles: readonly RoleNeeded[],
  present: ReadonlySet<ActorTypeId>,
  path: string,
): CheckOutcome => {
  const label = (r: RoleNeeded) =>
    `${interventionType(r.type).shortTitle} (${levelTitle(r.level).toLowerCase()})`;
  const covered = roles.filter((r) => [...r.best].some((a) => present.has(a)));
  const uncovered = roles.filter((r) => ![...r.best].some((a) => present.has(a)));
  const found = covered.map((r) => {
    const who = [...r.best].filter((a) => present.has(a));
    return evidence(path, `${label(r)}: covered by ${listOf(inOrder(who).map(kindsOf))}.`);
  });
  if (roles.length > 0 && uncovered.length === 0) return met(found, keepItCurrent);
  const advice =
    roles.length === 0
      ? 'Say what kinds of work the partnership does, so that the roles they need, and who covers them, can be seen.'
      : `No partner is of a kind best placed for ${uncovered
          .map((r) => `${label(r)}: bring in ${listOf(inOrder(r.best).map(kindsOf), 3, 'or')}`)
          .join('; ')}.`;
  return covered.length > 0 ? partial(found, advice) : missing(found, advice);
};

/**
 * Every role the plan's interventions need is covered by a partner of a kind best placed for it.
 *
 * @example
 * checkRolesCovered(plan, planFacts(plan)).recommendation;
 * @category combinators
 */
export const checkRolesCovered = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const roles = rolesNeeded(plan.interventions ?? []);
  if (roles.length === 0) {
    return missing(
      [],
      'List the interventions (interventions) so that the roles they need, and who covers them, can be seen.',
    );
  }
  return judgeRolesCovered(roles, facts.actorTypes, 'interventions');
};
