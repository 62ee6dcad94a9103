import type { PlanFacts } from '../planFacts.js';
import type { PartnershipPlan, Safeguard } from '../schema.js';
import {
  evidence,
  excerpt,
  keepItCurrent,
  met,
  missing,
  notApplicable,
  partial,
  type CheckOutcome,
} from './outcome.js';

const notWithVictims =
  'The plan does not work with victims: no victim-assistance intervention and no target group of victims.';
const notWithChildren =
  'The plan does not work with or for children: no target group of children and no child labour in its aim.';

/** A safeguard described and owned is met; described only, partial; absent, missing. */
const checkSafeguard = (
  safeguard: Safeguard | undefined,
  field: string,
  advice: string,
): CheckOutcome => {
  if (safeguard === undefined) return missing([], `${advice} (safeguards.${field}).`);
  const found = [evidence(`safeguards.${field}`, excerpt(safeguard.description))];
  if (safeguard.responsible === undefined) {
    return partial(
      found,
      `Say which partner is responsible for it (safeguards.${field}.responsible).`,
    );
  }
  return met(
    [...found, evidence(`safeguards.${field}.responsible`, safeguard.responsible)],
    keepItCurrent,
  );
};

/**
 * A referral pathway for victims (P.29 Art. 3), where the plan works with victims.
 *
 * @example
 * checkReferralPathway(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkReferralPathway = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome =>
  facts.worksWithVictims
    ? checkSafeguard(
        plan.safeguards?.referralPathway,
        'referralPathway',
        'Agree a referral pathway: who identifies victims, where they are referred for protection and services, and which partner is responsible, in line with the national referral mechanism',
      )
    : notApplicable(notWithVictims);

/**
 * The best interests of the child first, where the plan works with or for children.
 *
 * @example
 * checkBestInterests(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkBestInterests = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome =>
  facts.worksWithChildren
    ? checkSafeguard(
        plan.safeguards?.bestInterestsOfTheChild,
        'bestInterestsOfTheChild',
        'Say how every action that touches children puts the child’s best interests first, and which partner makes sure of it',
      )
    : notApplicable(notWithChildren);

/**
 * Confidentiality of victims' personal data, where the plan works with victims.
 *
 * @example
 * checkDataConfidentiality(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkDataConfidentiality = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome =>
  facts.worksWithVictims
    ? checkSafeguard(
        plan.safeguards?.dataConfidentiality,
        'dataConfidentiality',
        'Agree how victims’ personal data is kept confidential: what is collected, who may see it and with whom it is shared',
      )
    : notApplicable(notWithVictims);

/**
 * A survivor-centred approach (consent, non-punishment, remedies: P.29 Art. 4), where the plan
 * works with victims.
 *
 * @example
 * checkSurvivorCentred(plan, planFacts(plan)).status;
 * @category combinators
 */
export const checkSurvivorCentred = (plan: PartnershipPlan, facts: PlanFacts): CheckOutcome =>
  facts.worksWithVictims
    ? checkSafeguard(
        plan.safeguards?.survivorCentred,
        'survivorCentred',
        'Say how the work is survivor-centred: informed consent, no punishment for acts victims were forced to commit, and access to remedies such as compensation',
      )
    : notApplicable(notWithVictims);
