import type { CountryCode } from '../conventions/schema.js';
import { goodPractices } from './data/index.js';
import type {
  ConditionKind,
  GoodPractice,
  PracticeCountryRole,
  PracticeId,
  PracticeModality,
  PracticeRegion,
  PracticeTheme,
} from './schema.js';

const byId = new Map<string, GoodPractice>(goodPractices.map((p) => [p.id, p]));

/**
 * The good practice with this id, or `undefined` when there is none.
 *
 * @example
 * getPractice(PracticeId.parse('costa-rica-guatemala-cct'))?.title;
 * // 'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme'
 * @category queries
 */
export const getPractice = (id: PracticeId): GoodPractice | undefined => byId.get(id);

/**
 * What {@link practicesFor} filters on. Every field given must match; an empty filter returns
 * every practice.
 *
 * @example
 * const filter: PracticeFilter = { country: CountryCode.parse('BRA'), role: 'donor' };
 * @category model
 */
export type PracticeFilter = {
  readonly theme?: PracticeTheme;
  readonly modality?: PracticeModality;
  readonly region?: PracticeRegion;
  readonly country?: CountryCode;
  /** With `country`: only the practices where that country had this role. */
  readonly role?: PracticeCountryRole;
};

const hasCountry = (
  practice: GoodPractice,
  country: CountryCode,
  role: PracticeCountryRole | undefined,
): boolean =>
  practice.countries.some(
    (c) => c.code === country && (role === undefined || c.roles.includes(role)),
  );

/**
 * The good practices that match every given criterion, in the seed's order.
 *
 * @example
 * practicesFor({ theme: 'cash-transfers' }).map((p) => p.id);
 * // ['ibsa-latin-america-south-south-launch', 'bangladesh-indonesia-study-tour', 'costa-rica-guatemala-cct']
 * practicesFor({ country: CountryCode.parse('BRA'), role: 'provider' }).length; // 3
 * @category queries
 */
export const practicesFor = (filter: PracticeFilter = {}): readonly GoodPractice[] =>
  goodPractices.filter(
    (p) =>
      (filter.theme === undefined || p.themes.includes(filter.theme)) &&
      (filter.modality === undefined || p.modalities.includes(filter.modality)) &&
      (filter.region === undefined || p.region === filter.region) &&
      (filter.country === undefined || hasCountry(p, filter.country, filter.role)),
  );

/**
 * The good practices whose "necessary conditions" include one of this kind, in the seed's
 * order: the evidence behind a partnership criterion such as high-level political commitment.
 *
 * @example
 * practicesWithCondition('political-commitment').map((p) => p.id);
 * // ['ibsa-latin-america-south-south-launch', 'bangladesh-indonesia-study-tour', 'costa-rica-guatemala-cct', ...]
 * @category queries
 */
export const practicesWithCondition = (kind: ConditionKind): readonly GoodPractice[] =>
  goodPractices.filter((p) => p.necessaryConditions.some((c) => c.kind === kind));
