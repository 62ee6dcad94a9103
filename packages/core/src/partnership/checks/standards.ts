import {
  applicableStandards,
  type ApplicableStandard,
  type StandardsScope,
} from '../../conventions/applicableStandards.js';
import { cite, getInstrument } from '../../conventions/catalogue.js';
import { findCountry, ratificationStatus } from '../../conventions/ratifications.js';
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

/**
 * What the plan addresses, whom and where, in the terms the conventions module uses; `undefined`
 * when the plan does not say which forms of exploitation it addresses.
 *
 * @example
 * standardsScopeOf(plan, planFacts(plan)); // { concerns: ['child-labour'], people: ['children'], geography: 'in-country' }
 * @category combinators
 */
export const standardsScopeOf = (
  plan: PartnershipPlan,
  facts: PlanFacts,
): StandardsScope | undefined => {
  const concerns = plan.aim?.exploitation;
  if (concerns === undefined) return undefined;
  const fromGroups = [...new Set((plan.targetGroups ?? []).flatMap((g) => g.people))];
  const people: ('children' | 'adults')[] =
    fromGroups.length > 0
      ? fromGroups
      : concerns.length === 1 && concerns[0] === 'child-labour'
        ? ['children']
        : ['children', 'adults'];
  const geography = plan.focus?.geography ?? (facts.crossBorder ? 'cross-border' : 'in-country');
  return { concerns: [...concerns], people, geography };
};

/** The conventions and protocols that apply (the SDG target frames them all but is not ratified). */
const applicableInstruments = (scope: StandardsScope): readonly ApplicableStandard[] =>
  applicableStandards(scope).filter((s) => getInstrument(s.instrumentId).kind !== 'sdg-target');

const noScope =
  'Say which forms of exploitation the plan addresses (aim.exploitation), so that the standards that apply can be worked out.';

/**
 * The applicable standards named in the plan (standards.workUnder): all is met, some partial.
 *
 * @example
 * checkApplicableStandards(plan, planFacts(plan)).evidence; // each applicable instrument, why, and its key articles
 * @category combinators
 */
export const checkApplicableStandards = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const scope = standardsScopeOf(plan, facts);
  if (scope === undefined) return missing([], noScope);
  const applicable = applicableInstruments(scope);
  const named = new Set<string>(plan.standards?.workUnder ?? []);
  const found = applicable.map((s) =>
    evidence(
      'aim.exploitation',
      `${cite(s.instrumentId)} applies${named.has(s.instrumentId) ? ' and is named in the plan' : ''}: ${excerpt(s.why, 140)}${s.articles.length > 0 ? ` Key provisions: ${s.articles.map((a) => a.citation).join(', ')}.` : ''}`,
    ),
  );
  const absent = applicable.filter((s) => !named.has(s.instrumentId));
  if (absent.length === 0) return met(found, keepItCurrent);
  const advice = `Name ${listOf(
    absent.map((s) => cite(s.instrumentId)),
    8,
  )} in the plan (standards.workUnder) and build on ${absent.length === 1 ? 'its' : 'their'} key provisions: ${absent
    .slice(0, 3)
    .map((s) =>
      s.articles
        .slice(0, 2)
        .map((a) => `${a.citation} (${a.why})`)
        .join(', '),
    )
    .filter((t) => t !== '')
    .join('; ')}.`;
  return absent.length < applicable.length ? partial(found, advice) : missing(found, advice);
};

/**
 * Ratification known for every country and instrument, and addressed where a convention is not
 * ratified (or not known to be): met when all are ratified or the plan includes ratification
 * advocacy.
 *
 * @example
 * checkRatification(plan, planFacts(plan)).evidence; // one line per country, with each status
 * @category combinators
 */
export const checkRatification = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome => {
  const scope = standardsScopeOf(plan, facts);
  if (scope === undefined) return missing([], noScope);
  if (facts.countries.length === 0) {
    return missing(
      [],
      'Name the countries the partnership works in (countries), so that their ratifications can be checked.',
    );
  }
  const instruments = applicableInstruments(scope);
  const advocacy = plan.standards?.ratificationAdvocacy;
  const gaps: string[] = [];
  const unknown: string[] = [];
  const unrecognised: string[] = [];
  const found = facts.countries.flatMap((name, i) => {
    const country = findCountry(name);
    if (country === undefined) {
      unrecognised.push(name);
      return [
        evidence(
          `countries[${String(i)}]`,
          `${name}: not a country the library has records for; check NORMLEX.`,
        ),
      ];
    }
    const answers = instruments.map((s) =>
      ratificationStatus(country.code, s.instrumentId, facts.ratifications),
    );
    for (const a of answers) {
      if (a.status === 'not-ratified') gaps.push(`${country.name}: ${cite(a.instrumentId)}`);
      if (a.status === 'unknown') unknown.push(`${country.name}: ${cite(a.instrumentId)}`);
    }
    const line = answers
      .map((a) => {
        const caveat =
          a.record === undefined || a.record.verification === 'verified'
            ? ''
            : `, ${a.record.verification} source`;
        const when = a.date === undefined ? '' : ` ${String(a.date)}`;
        return `${cite(a.instrumentId)} ${a.status === 'not-ratified' ? 'not ratified' : a.status}${when}${caveat}`;
      })
      .join('; ');
    return [evidence(`countries[${String(i)}]`, `${country.name}: ${line}.`)];
  });
  if (advocacy !== undefined)
    found.push(evidence('standards.ratificationAdvocacy', excerpt(advocacy)));
  const toCheck = [...unrecognised.map((n) => `${n} (all)`), ...unknown];
  if (gaps.length === 0 && toCheck.length === 0) return met(found, keepItCurrent);
  if (advocacy !== undefined) {
    return met(
      found,
      toCheck.length > 0
        ? `Met through the ratification advocacy. Confirm on NORMLEX the positions not on record here: ${listOf(toCheck, 6)}.`
        : keepItCurrent,
    );
  }
  const steps = [
    ...(gaps.length > 0
      ? [`add ratification advocacy for ${listOf(gaps, 6)} (standards.ratificationAdvocacy)`]
      : []),
    ...(toCheck.length > 0
      ? [`check on NORMLEX whether these are ratified: ${listOf(toCheck, 6)}`]
      : []),
  ];
  return partial(found, `${steps.join('; and ').replace(/^./, (c) => c.toUpperCase())}.`);
};
