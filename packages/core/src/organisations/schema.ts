import * as z from 'zod';
import { InstrumentId } from '../conventions/schema.js';
import { kebabCaseId } from '../shared/ids.js';
import { PracticeId } from '../practices/schema.js';
import { SeedReference } from '../shared/evidence.js';

// ---- ids and vocabularies ------------------------------------------------------

/**
 * An international organisation's id: its acronym or name as a kebab-case slug (`iom`,
 * `undesa-population-division`).
 *
 * @example
 * OrganisationId.parse('unodc');
 * @category model
 */
export const OrganisationId = kebabCaseId('OrganisationId');
/** @category model */
export type OrganisationId = z.infer<typeof OrganisationId>;

/**
 * What kind of body an organisation is.
 *
 * - `un-entity`: a UN agency, fund, programme, office, department or inter-agency project.
 * - `intergovernmental`: an intergovernmental organisation outside the UN (IOM at the time of the
 *   seed, OECD).
 * - `regional-organisation`: the Council of Europe, the European Union and its Commission.
 * - `financial-institution`: the World Bank.
 * - `bilateral-donor`: a national development agency (DFID).
 * - `international-social-partner`: the international voice of employers (IOE) or workers (ITUC).
 *
 * @example
 * organisationsFor({ kind: 'international-social-partner' }).map((o) => o.acronym); // ['IOE', 'ITUC']
 * @category model
 */
export const OrganisationKind = z.enum([
  'un-entity',
  'intergovernmental',
  'regional-organisation',
  'financial-institution',
  'bilateral-donor',
  'international-social-partner',
]);
/** @category model */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * What an organisation's work on migration touches, for finding the right partner for a plan.
 *
 * @example
 * organisationFocuses.length; // 12
 * organisationFocuses.filter((focus) => organisationsFor({ focus }).length === 1); // ['children']
 * @category model
 */
export const organisationFocuses = [
  'labour-migration',
  'trafficking',
  'human-rights',
  'refugees-and-displacement',
  'children',
  'gender',
  'development',
  'remittances',
  'data-and-research',
  'health',
  'policy-and-capacity',
  'funding',
] as const;

/**
 * One of {@link organisationFocuses}, as a schema for checking input.
 *
 * @example
 * organisationsFor({ focus: OrganisationFocus.parse('gender') }).map((o) => o.acronym);
 * // ['UNFPA', 'UNIFEM']
 * @category model
 */
export const OrganisationFocus = z.enum(organisationFocuses);
/** @category model */
export type OrganisationFocus = z.infer<typeof OrganisationFocus>;

// ---- an international organisation --------------------------------------------

/**
 * A named international organisation and what it is good at, from the annexes of seed 002 (the
 * 2008 evaluation of the ILO's strategy for migrant workers): Annex 6 on the ILO's collaboration
 * with the Global Migration Group and other agencies, and Annex 8 on IOM. Everything is in our
 * words.
 *
 * @example
 * getOrganisation(OrganisationId.parse('unodc'))?.comparativeAdvantage;
 * // 'Normative work, and specialised knowledge of human trafficking.'
 * @category model
 */
export const InternationalOrganisation = z.strictObject({
  id: OrganisationId,
  /** `null` for the one organisation usually named in full (the World Bank). */
  acronym: z.string().min(1).nullable(),
  name: z.string().min(1),
  /** `Name (ACRONYM)`, for search results. */
  title: z.string().min(1),
  /** One sentence of our own. */
  summary: z.string().min(1),
  /** The actor type of the partnership model (another module owns the actor types). */
  actorType: z.literal('international-organisation'),
  kind: OrganisationKind,
  focus: z.array(OrganisationFocus).min(1),
  /** Its field of work on migration, as the annex describes it. */
  field: z.array(z.string().min(1)).min(1),
  /** What it is best placed to bring; `null` where the annex leaves the column empty. */
  comparativeAdvantage: z.string().min(1).nullable(),
  /** Strengths the seed lists in detail (Annex 8 for IOM); empty otherwise. */
  strengths: z.array(z.string().min(1)),
  /** What the ILO's collaboration with it has produced, per the annexes; empty where none is given. */
  iloCollaboration: z.array(z.string().min(1)),
  /** How it stands towards the ILO, where the seed says. */
  relationToIlo: z.string().min(1).optional(),
  /** Instruments it is the guardian or promoter of, among those the library holds. */
  instruments: z.array(InstrumentId),
  /** Good practices of seed 001 in which it took part. */
  practices: z.array(PracticeId),
  /** Other names and spellings, such as the seed's `OCDE` for the OECD. */
  aliases: z.array(z.string().min(1)),
  keywords: z.array(z.string().min(1)),
  sources: z.array(SeedReference).min(1),
});
/** @category model */
export type InternationalOrganisation = z.infer<typeof InternationalOrganisation>;

// ---- ILO programmes --------------------------------------------------------------

/**
 * An ILO programme's id, such as `sap-fl`.
 *
 * @example
 * getIloProgramme(IloProgrammeId.parse('sap-fl'))?.acronym; // 'SAP-FL'
 * IloProgrammeId.safeParse('SAP-FL').success; // false: ids are kebab-case
 * @category model
 */
export const IloProgrammeId = kebabCaseId('IloProgrammeId');
/** @category model */
export type IloProgrammeId = z.infer<typeof IloProgrammeId>;

/**
 * An ILO programme and what it sets out to do, from the seeds.
 *
 * @example
 * getIloProgramme(IloProgrammeId.parse('sap-fl'))?.aims.length; // 4
 * @category model
 */
export const IloProgramme = z.strictObject({
  id: IloProgrammeId,
  acronym: z.string().min(1),
  name: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  background: z.string().min(1),
  /** The overall development objective. */
  objective: z.string().min(1),
  aims: z.array(z.string().min(1)).min(1),
  immediateObjectives: z.array(z.string().min(1)),
  /** Specific objectives of its first phase, where stated. */
  firstPhaseObjectives: z.array(z.string().min(1)),
  keywords: z.array(z.string().min(1)),
  sources: z.array(SeedReference).min(1),
});
/** @category model */
export type IloProgramme = z.infer<typeof IloProgramme>;
