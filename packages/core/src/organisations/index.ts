export {
  OrganisationId,
  OrganisationKind,
  organisationFocuses,
  OrganisationFocus,
  InternationalOrganisation,
  IloProgrammeId,
  IloProgramme,
} from './schema.js';
export * from './data/index.js';
export { getOrganisation, findOrganisation, organisationsFor } from './getOrganisation.js';
export type { OrganisationFilter } from './getOrganisation.js';
export { getIloProgramme } from './getIloProgramme.js';
