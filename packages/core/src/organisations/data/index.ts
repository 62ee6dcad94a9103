export { internationalOrganisations } from './organisations.js';
export { iloProgrammes } from './programmes.js';
