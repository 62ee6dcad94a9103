import { actorTypes } from '../actors/actorTypes.js';
import type { ActorTypeId } from '../actors/schema.js';
import {
  interventionLevels,
  interventionPlaces,
  interventionTypes,
} from '../interventions/interventions.js';
import type { InterventionLevel, InterventionTypeId, Place } from '../interventions/schema.js';
import {
  judgeActorTypes,
  judgeRolesCovered,
  rolesNeeded,
  type KindOfWork,
} from './checks/complementarity.js';
import { judgeCrossBorderReach } from './checks/matrix.js';
import { notApplicable, type CheckOutcome } from './checks/outcome.js';
import { judgeSocialPartnersAndCivilSociety } from './checks/pathfinder.js';
import { localOutreachAside } from './checks/work.js';
import { criteria } from './criteria.js';
import type { CriterionId, CriterionKey, MakeUpQuestion, PartnershipMakeUp } from './schema.js';

// ---- data --------------------------------------------------------------------------

/**
 * The questions a chat form asks about a partnership's make-up, in order, with their options
 * taken from the core's own actor types, intervention types, levels and places. Every answer is
 * optional: a question left out leaves its criteria to the rater's yes or no.
 *
 * @example
 * import { makeUpQuestions } from '@target87/core';
 * makeUpQuestions.map((q) => q.field); // ['actorTypes', 'interventionTypes', 'levels', 'places', 'geography']
 * @category model
 */
export const makeUpQuestions: readonly MakeUpQuestion[] = [
  {
    field: 'actorTypes',
    title: 'Kinds of actor',
    question:
      'Which kinds of actor are among the partners (local outreach partners included)? Pick every kind that takes part.',
    multiple: true,
    options: actorTypes.map((a) => ({ value: a.id, label: a.title, description: a.brings })),
  },
  {
    field: 'interventionTypes',
    title: 'Kinds of work',
    question: 'Which kinds of work does the partnership do?',
    multiple: true,
    options: interventionTypes.map((t) => ({
      value: t.id,
      label: t.shortTitle,
      description: `Such as ${t.examples[0] ?? t.summary}`,
    })),
  },
  {
    field: 'levels',
    title: 'Levels',
    question: 'At which levels does it work?',
    multiple: true,
    options: interventionLevels.map((l) => ({
      value: l.id,
      label: l.title,
      description: l.summary,
    })),
  },
  {
    field: 'places',
    title: 'Places',
    question: 'Where along the route does it work?',
    multiple: true,
    options: interventionPlaces.map((p) => ({
      value: p.id,
      label: p.title,
      description: p.summary,
    })),
  },
  {
    field: 'geography',
    title: 'Borders',
    question: 'Does it work within one country, across borders, or both?',
    multiple: false,
    options: [
      {
        value: 'in-country',
        label: 'Within one country',
        description: 'From one part of the country to another, or in one place',
      },
      {
        value: 'cross-border',
        label: 'Across borders',
        description: 'Along a route from one country to another',
      },
      { value: 'both', label: 'Both', description: 'Within the country and across its borders' },
    ],
  },
];

// ---- combinators ----------------------------------------------------------------------

const inOrder = <T>(order: readonly T[], values: readonly T[]): T[] =>
  order.filter((v) => values.includes(v));

/** The kinds of work, at each level and in every place, once all three are known. */
const kindsOfWork = (makeUp: PartnershipMakeUp): KindOfWork[] | undefined => {
  const { interventionTypes: types, levels, places } = makeUp;
  if (types === undefined || levels === undefined || places === undefined) return undefined;
  const ordered = inOrder<Place>(
    interventionPlaces.map((p) => p.id),
    places,
  );
  return inOrder<InterventionTypeId>(
    interventionTypes.map((t) => t.id),
    types,
  ).flatMap((type) =>
    inOrder<InterventionLevel>(
      interventionLevels.map((l) => l.id),
      levels,
    ).map((level) => ({ type, level, places: ordered })),
  );
};

const present = (makeUp: PartnershipMakeUp): ReadonlySet<ActorTypeId> | undefined =>
  makeUp.actorTypes === undefined ? undefined : new Set(makeUp.actorTypes);

/**
 * For each criterion a make-up can decide, how it decides it: `undefined` when the facts it needs
 * were not given. Each one applies the plan check's own rule (`judge…`) to the make-up's facts.
 */
const makeUpChecks: Readonly<
  Partial<Record<CriterionKey, (makeUp: PartnershipMakeUp) => CheckOutcome | undefined>>
> = {
  'work.local-outreach-partners': (m) =>
    m.levels === undefined ? undefined : localOutreachAside(m.levels, 'The partnership'),
  'complementarity.actor-types': (m) => {
    const kinds = present(m);
    return kinds === undefined
      ? undefined
      : judgeActorTypes({
          present: kinds,
          path: 'makeUp.actorTypes',
          roles: rolesNeeded(kindsOfWork(m) ?? []),
        });
  },
  'complementarity.roles-covered': (m) => {
    const kinds = present(m);
    const work = kindsOfWork(m);
    return kinds === undefined || work === undefined
      ? undefined
      : judgeRolesCovered(rolesNeeded(work), kinds, 'makeUp');
  },
  'matrix.cross-border-reach': (m) => {
    if (m.geography === undefined) return undefined;
    if (m.geography === 'in-country') {
      return notApplicable('The partnership works in one country (makeUp.geography: in-country).');
    }
    return m.places === undefined
      ? undefined
      : judgeCrossBorderReach(
          inOrder<Place>(
            interventionPlaces.map((p) => p.id),
            m.places,
          ),
          { path: 'makeUp.places', subject: 'The partnership works' },
        );
  },
  'pathfinder.social-partners-civil-society': (m) => {
    const kinds = present(m);
    return kinds === undefined
      ? undefined
      : judgeSocialPartnersAndCivilSociety(kinds, 'makeUp.actorTypes');
  },
};

/**
 * Works out the criteria a partnership's make-up decides, by the same rules as the plan checks:
 * the kinds of actor (three or more met, two partial, fewer missing, which holds the
 * "fewer than two kinds of actor" gate), the roles the kinds of work need and whether a kind best
 * placed for each is present, the social partners and civil society, whether a cross-border
 * partnership reaches beyond the source, and local outreach partners set aside when it works only
 * at the policy level. A criterion whose facts were not given is left out, to be answered.
 *
 * Which matrix cells have a lead, and whether the leads are the best placed, stay questions: the
 * make-up says who takes part, not who leads what.
 *
 * @example
 * import { assessMakeUp } from '@target87/core';
 * assessMakeUp({ actorTypes: ['ngo'] }).get('complementarity.actor-types')?.status; // 'missing'
 * @category combinators
 */
export const assessMakeUp = (makeUp: PartnershipMakeUp): ReadonlyMap<CriterionKey, CheckOutcome> =>
  new Map(
    criteria.flatMap((c) => {
      const key: CriterionKey = c.id;
      const outcome = makeUpChecks[key]?.(makeUp);
      return outcome === undefined ? [] : [[key, outcome] as const];
    }),
  );

/**
 * The criteria a make-up decides, in report order: a chat form skips their questions.
 *
 * @example
 * import { criteriaDecidedByMakeUp } from '@target87/core';
 * criteriaDecidedByMakeUp({ geography: 'in-country' }); // ['matrix.cross-border-reach']
 * @category combinators
 */
export const criteriaDecidedByMakeUp = (makeUp: PartnershipMakeUp): readonly CriterionId[] => {
  const decided = assessMakeUp(makeUp);
  return criteria.filter((c) => decided.has(c.id)).map((c) => c.id);
};
