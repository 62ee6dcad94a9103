import { actorTypes } from '../../actors/actorTypes.js';
import type { ActorTypeId } from '../../actors/schema.js';
import { interventionType, levelTitle, placeTitle } from '../../interventions/interventions.js';
import { matrixCell, matrixFit } from '../../interventions/matrix.js';
import type { MatrixCell, Place } from '../../interventions/schema.js';
import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan } from '../schema.js';
import {
  evidence,
  keepItCurrent,
  kindsOf,
  listOf,
  met,
  missing,
  notApplicable,
  partial,
  type CheckOutcome,
} from './outcome.js';

const cellLabel = (cell: MatrixCell): string =>
  `${interventionType(cell.intervention).shortTitle} at ${levelTitle(cell.level).toLowerCase().replace(' and ', '/')} in ${placeTitle(cell.place).toLowerCase()}`;

const whoIsBest = (ids: readonly ActorTypeId[]): string =>
  listOf(
    actorTypes.filter((a) => ids.includes(a.id)).map((a) => kindsOf(a.id)),
    6,
    'or',
  );

/** The cells the plan works in: its intervention types, at its levels, in its places. */
const relevantCells = (facts: PlanFacts): MatrixCell[] =>
  facts.interventionTypes.flatMap((type) =>
    facts.levels.flatMap((level) => facts.places.map((place) => matrixCell(type, level, place))),
  );

/**
 * Someone assigned in every cell of the matrix that the plan works in (its intervention types, at
 * its levels, in its places): all is met, at least half partial.
 *
 * @example
 * checkCellsCovered(plan, planFacts(plan)).recommendation; // names the empty cells
 * @category combinators
 */
export const checkCellsCovered = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const interventions = plan.interventions ?? [];
  if (interventions.length === 0) {
    return missing(
      [],
      'List the interventions, each with its type, level, places and lead partner (interventions).',
    );
  }
  const cells = relevantCells(facts);
  const assigned = (cell: MatrixCell) =>
    interventions.some(
      (i) =>
        i.type === cell.intervention &&
        i.level === cell.level &&
        i.places.includes(cell.place) &&
        i.lead !== undefined,
    );
  const covered = cells.filter(assigned);
  const empty = cells.filter((c) => !assigned(c));
  const found = [
    evidence(
      'interventions',
      cells.length === 1
        ? `The one cell the plan works in ${covered.length === 1 ? 'has a' : 'has no'} lead${covered.length === 1 ? `: ${listOf(covered.map(cellLabel))}` : ''}.`
        : `${String(covered.length)} of the ${String(cells.length)} cells the plan works in have a lead${covered.length > 0 ? `: ${listOf(covered.map(cellLabel), 4)}` : ''}.`,
    ),
  ];
  if (empty.length === 0) return met(found, keepItCurrent);
  const unled = interventions.filter((i) => i.lead === undefined).map((i) => `"${i.name}"`);
  const advice = `${unled.length > 0 ? `Name a lead for ${listOf(unled, 3)} (interventions[].lead). ` : ''}Assign a lead for ${empty
    .slice(0, 3)
    .map((c) => `${cellLabel(c)} (best placed: ${whoIsBest(c.bestPlaced)})`)
    .join(
      '; ',
    )}${empty.length > 3 ? `; and ${String(empty.length - 3)} more` : ''}, or narrow the focus.`;
  return covered.length * 2 >= cells.length ? partial(found, advice) : missing(found, advice);
};

/**
 * Each intervention led by a partner of a kind best placed for it, in every place it works.
 *
 * @example
 * checkBestPlaced(plan, planFacts(plan)).evidence; // the mismatches, with who is best placed
 * @category combinators
 */
export const checkBestPlaced = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const interventions = plan.interventions ?? [];
  const led = interventions.flatMap((intervention, index) => {
    const lead =
      intervention.lead === undefined ? undefined : facts.partnerIndex.get(intervention.lead);
    return lead === undefined ? [] : [{ intervention, index, lead: lead.partner }];
  });
  if (led.length === 0) {
    return missing(
      [],
      interventions.length === 0
        ? 'List the interventions, each led by a partner best placed for it (interventions).'
        : 'Name a lead partner for each intervention (interventions[].lead), choosing a partner best placed for the work.',
    );
  }
  const assessed = led.map((item) => {
    const cells = item.intervention.places.map((place) =>
      matrixCell(item.intervention.type, item.intervention.level, place),
    );
    const misfits = cells.filter((cell) => matrixFit(item.lead.actorType, cell) !== 'best-placed');
    return { ...item, cells, misfits };
  });
  const good = assessed.filter((a) => a.misfits.length === 0);
  const poor = assessed.filter((a) => a.misfits.length > 0);
  const found = [
    ...good.map((a) =>
      evidence(
        `interventions[${String(a.index)}].lead`,
        `"${a.intervention.name}" is led by ${a.lead.name} (${kindsOf(a.lead.actorType)}), best placed for it.`,
      ),
    ),
    ...poor.map((a) => {
      const cell = a.misfits[0] ?? a.cells[0];
      const fit = cell === undefined ? 'poor' : matrixFit(a.lead.actorType, cell);
      return evidence(
        `interventions[${String(a.index)}].lead`,
        `"${a.intervention.name}" is led by ${a.lead.name} (${kindsOf(a.lead.actorType)}), which ${fit === 'contributes' ? 'can contribute to but is not best placed to lead' : 'is not placed to lead'} ${cell === undefined ? 'it' : cellLabel(cell)}${cell === undefined ? '' : `; best placed: ${whoIsBest(cell.bestPlaced)}`}.`,
      );
    }),
  ];
  const unled = interventions.length - led.length;
  if (poor.length === 0 && unled === 0) return met(found, keepItCurrent);
  const advice = [
    ...(poor.length > 0
      ? [
          `Hand the lead of ${listOf(
            poor.map((a) => `"${a.intervention.name}"`),
            3,
          )} to a partner best placed for it, with the current lead in support`,
        ]
      : []),
    ...(unled > 0
      ? [`name a lead for the ${String(unled)} intervention${unled === 1 ? '' : 's'} without one`]
      : []),
  ].join('; and ');
  const text = `${advice.replace(/^./, (c) => c.toUpperCase())}.`;
  return good.length > 0 ? partial(found, text) : missing(found, text);
};

/**
 * The rule of `matrix.cross-border-reach` for a partnership that works across borders, whatever
 * the facts come from: working at source and destination is met, in two places but not both ends
 * partial, in one place only (at source, typically) missing.
 *
 * @example
 * judgeCrossBorderReach(['source'], { path: 'makeUp.places', subject: 'The partnership works' }).status; // 'missing'
 */
export const judgeCrossBorderReach = (
  places: readonly Place[],
  say: {
    readonly path: string;
    /** `Interventions work`, `The partnership works`. */
    readonly subject: string;
    /** What to do when no place is known. */
    readonly noPlaces?: string;
  },
): CheckOutcome => {
  const found =
    places.length === 0 ? [] : [evidence(say.path, `${say.subject} in ${listOf(places)} areas.`)];
  const atSource = places.includes('source');
  const atDestination = places.includes('destination');
  if (atSource && atDestination) return met(found, keepItCurrent);
  if (places.length === 0) {
    return missing(
      [],
      say.noPlaces ?? 'Say where the partnership works: it needs work at source and destination.',
    );
  }
  if (places.length === 1) {
    const only = places[0] ?? 'source';
    return missing(
      found,
      `The plan crosses borders but works only in ${only} areas. Add work at ${only === 'source' ? 'destination (and transit, where people pass through)' : 'source'}, with partners there.`,
    );
  }
  return partial(
    found,
    `Add work in ${atSource ? 'destination' : 'source'} areas, so that the plan covers both ends of the route.`,
  );
};

/**
 * A cross-border plan works at both ends of the route: at destination as well as at source.
 * Working only at source is flagged as missing.
 *
 * @example
 * checkCrossBorderReach(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkCrossBorderReach = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  if (!facts.crossBorder) {
    return notApplicable(
      plan.focus?.geography === 'in-country'
        ? 'The plan works in one country (focus.geography: in-country).'
        : 'The plan names no more than one country and does not say it works across borders.',
    );
  }
  return judgeCrossBorderReach([...new Set((plan.interventions ?? []).flatMap((i) => i.places))], {
    path: 'interventions',
    subject: 'Interventions work',
    noPlaces:
      'List the interventions at each end of the route: source and destination (interventions[].places).',
  });
};
