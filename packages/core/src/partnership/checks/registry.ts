import type { PlanFacts } from '../planFacts.js';
import type { CriterionKey, PartnershipPlan } from '../schema.js';
import { checkActorTypes, checkRolesCovered } from './complementarity.js';
import {
  checkCoordinationTime,
  checkCoordinationUnit,
  checkExternalPressure,
  checkFocalPoints,
  checkFunding,
  checkLeader,
  checkLeadInstitution,
  checkLegitimacy,
  checkMemberRules,
} from './facilitate.js';
import { checkFocusQuestions, checkLabourAngle } from './focus.js';
import { checkBestPlaced, checkCellsCovered, checkCrossBorderReach } from './matrix.js';
import type { CheckOutcome } from './outcome.js';
import {
  checkEndorsement,
  checkMinistriesBeyondLabour,
  checkNationalFocalPoint,
  checkResourceMobilisation,
  checkSocialPartnersAndCivilSociety,
  checkStatisticsAndResearch,
  checkTargetsWithinMandates,
  checkUnAgencies,
} from './pathfinder.js';
import {
  checkBestInterests,
  checkDataConfidentiality,
  checkReferralPathway,
  checkSurvivorCentred,
} from './safeguards.js';
import { checkApplicableStandards, checkRatification } from './standards.js';
import {
  checkAreasAndGroups,
  checkBaseline,
  checkIndicators,
  checkLearningEvents,
  checkLocalOutreachPartners,
  checkMonitoring,
  checkResponsibilities,
  checkSharedAim,
} from './work.js';

/**
 * A check: a pure function from a plan (and the facts worked out from it) to a result.
 *
 * @category model
 */
export type PlanCheck = (plan: PartnershipPlan, facts: PlanFacts) => CheckOutcome;

/**
 * The check for each criterion. The criteria themselves (titles, sources, questions) are data in
 * `data/criteria.ts`; this maps each id to the function that checks a plan against it, and the
 * type makes sure none is left out.
 *
 * @example
 * import { planChecks } from '@target87/core';
 * planChecks['work.baseline'](plan, planFacts(plan)).status;
 * @category combinators
 */
export const planChecks: Readonly<Record<CriterionKey, PlanCheck>> = {
  'work.shared-aim': checkSharedAim,
  'work.responsibilities': checkResponsibilities,
  'work.areas-and-groups': checkAreasAndGroups,
  'work.local-outreach-partners': checkLocalOutreachPartners,
  'work.baseline': checkBaseline,
  'work.monitoring': checkMonitoring,
  'work.indicators': checkIndicators,
  'work.learning-events': checkLearningEvents,
  'facilitate.leader': checkLeader,
  'facilitate.legitimacy': checkLegitimacy,
  'facilitate.lead-institution': checkLeadInstitution,
  'facilitate.external-pressure': checkExternalPressure,
  'facilitate.focal-points': checkFocalPoints,
  'facilitate.coordination-unit': checkCoordinationUnit,
  'facilitate.funding': checkFunding,
  'facilitate.coordination-time': checkCoordinationTime,
  'facilitate.member-rules': checkMemberRules,
  'complementarity.actor-types': checkActorTypes,
  'complementarity.roles-covered': checkRolesCovered,
  'focus.questions': checkFocusQuestions,
  'focus.labour-angle': checkLabourAngle,
  'matrix.cells-covered': checkCellsCovered,
  'matrix.best-placed': checkBestPlaced,
  'matrix.cross-border-reach': checkCrossBorderReach,
  'standards.applicable': checkApplicableStandards,
  'standards.ratification': checkRatification,
  'pathfinder.endorsement': checkEndorsement,
  'pathfinder.national-focal-point': checkNationalFocalPoint,
  'pathfinder.ministries-beyond-labour': checkMinistriesBeyondLabour,
  'pathfinder.social-partners-civil-society': checkSocialPartnersAndCivilSociety,
  'pathfinder.resource-mobilisation': checkResourceMobilisation,
  'pathfinder.targets-within-mandates': checkTargetsWithinMandates,
  'pathfinder.un-agencies': checkUnAgencies,
  'pathfinder.statistics-and-research': checkStatisticsAndResearch,
  'safeguards.referral-pathway': checkReferralPathway,
  'safeguards.best-interests': checkBestInterests,
  'safeguards.data-confidentiality': checkDataConfidentiality,
  'safeguards.survivor-centred': checkSurvivorCentred,
};
