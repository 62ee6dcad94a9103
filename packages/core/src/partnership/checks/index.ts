export type { CheckOutcome } from './outcome.js';
export { planChecks, type PlanCheck } from './registry.js';
// The plan checks. The rules they share with a self-assessment's make-up (judge*) stay internal.
export { checkActorTypes, checkRolesCovered } from './complementarity.js';
export * from './facilitate.js';
export * from './focus.js';
export { checkBestPlaced, checkCellsCovered, checkCrossBorderReach } from './matrix.js';
export {
  checkEndorsement,
  checkMinistriesBeyondLabour,
  checkNationalFocalPoint,
  checkResourceMobilisation,
  checkSocialPartnersAndCivilSociety,
  checkStatisticsAndResearch,
  checkTargetsWithinMandates,
  checkUnAgencies,
} from './pathfinder.js';
export * from './safeguards.js';
export * from './standards.js';
export {
  checkAreasAndGroups,
  checkBaseline,
  checkIndicators,
  checkLearningEvents,
  checkLocalOutreachPartners,
  checkMonitoring,
  checkResponsibilities,
  checkSharedAim,
} from './work.js';
