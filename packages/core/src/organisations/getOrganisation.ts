import { textWords } from '../shared/text.js';
import { internationalOrganisations } from './data/index.js';
import type {
  InternationalOrganisation,
  OrganisationFocus,
  OrganisationId,
  OrganisationKind,
} from './schema.js';

const byId = new Map<string, InternationalOrganisation>(
  internationalOrganisations.map((o) => [o.id, o]),
);

/**
 * The international organisation with this id, or `undefined` when there is none.
 *
 * @example
 * getOrganisation(OrganisationId.parse('iom'))?.name; // 'International Organization for Migration'
 * @category queries
 */
export const getOrganisation = (id: OrganisationId): InternationalOrganisation | undefined =>
  byId.get(id);

const key = (text: string): string => textWords(text).join(' ');

// Every way of naming an organisation, normalised: id, acronym, name, title and aliases.
const byName = new Map<string, InternationalOrganisation>();
for (const o of internationalOrganisations) {
  for (const name of [o.id, o.acronym ?? '', o.name, o.title, ...o.aliases]) {
    if (name !== '') byName.set(key(name), o);
  }
}

/**
 * The organisation a name, acronym or alias refers to, ignoring case, accents, punctuation and
 * British or American spelling; `undefined` when none does.
 *
 * @example
 * findOrganisation('unodc')?.id; // 'unodc'
 * findOrganisation('OCDE')?.id; // 'oecd'
 * findOrganisation('International Organisation for Migration')?.acronym; // 'IOM'
 * @category queries
 */
export const findOrganisation = (name: string): InternationalOrganisation | undefined => {
  const wanted = key(name);
  return wanted === '' ? undefined : byName.get(wanted);
};

/**
 * What {@link organisationsFor} filters on; every field given must match.
 *
 * @example
 * const filter: OrganisationFilter = { focus: 'trafficking', kind: 'un-entity' };
 * @category model
 */
export type OrganisationFilter = {
  readonly focus?: OrganisationFocus;
  readonly kind?: OrganisationKind;
};

/**
 * The organisations that match every given criterion, in the annex's order: for example the
 * ones to approach for a plan against trafficking.
 *
 * @example
 * organisationsFor({ focus: 'trafficking' }).map((o) => o.acronym);
 * // ['IOM', 'UNESCO', 'UNIAP', 'UNODC']
 * @category queries
 */
export const organisationsFor = (
  filter: OrganisationFilter = {},
): readonly InternationalOrganisation[] =>
  internationalOrganisations.filter(
    (o) =>
      (filter.focus === undefined || o.focus.includes(filter.focus)) &&
      (filter.kind === undefined || o.kind === filter.kind),
  );
