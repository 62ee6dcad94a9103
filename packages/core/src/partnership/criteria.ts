import { cite } from '../conventions/catalogue.js';
import { trusted } from '../shared/trusted.js';
import { checkGroupRecords, criterionRecords } from './data/criteria.js';
import {
  CheckGroup,
  Criterion,
  type CheckGroupId,
  type CriterionId,
  type CriterionSource,
} from './schema.js';

/**
 * The groups of criteria, in report order.
 *
 * @example
 * import { checkGroups } from '@target87/core';
 * checkGroups.map((g) => g.id); // ['work', 'facilitate', 'complementarity', ...]
 * @category model
 */
export const checkGroups: readonly CheckGroup[] = /* @__PURE__ */ trusted(
  CheckGroup,
  checkGroupRecords,
);

/**
 * Every criterion a partnership is checked against, as data: id, group, title, summary, the
 * self-assessment question, general advice and where it comes from.
 *
 * @example
 * import { criteria } from '@target87/core';
 * criteria.length; // 38
 * criteria[0]?.title; // 'Shared aim and agreed concepts'
 * @category model
 */
export const criteria: readonly Criterion[] = /* @__PURE__ */ trusted(Criterion, criterionRecords);

const criteriaById = new Map(criteria.map((c) => [c.id as string, c]));
const groupsById = new Map(checkGroups.map((g) => [g.id as string, g]));

/**
 * The criterion with this id.
 *
 * @example
 * import { criterion, CriterionId } from '@target87/core';
 * criterion(CriterionId.parse('facilitate.funding')).title; // 'Funding'
 * @category queries
 */
export const criterion = (id: CriterionId): Criterion => {
  const found = criteriaById.get(id);
  // Unreachable for a decoded id: the data test checks every id has a record.
  if (found === undefined) throw new Error(`No criterion ${id}`);
  return found;
};

/**
 * The group with this id.
 *
 * @example
 * import { checkGroup, CheckGroupId } from '@target87/core';
 * checkGroup(CheckGroupId.parse('safeguards')).title; // 'Safeguards'
 * @category queries
 */
export const checkGroup = (id: CheckGroupId): CheckGroup => {
  const found = groupsById.get(id);
  if (found === undefined) throw new Error(`No check group ${id}`);
  return found;
};

/**
 * How people cite a criterion's source: a seed file and section, an article such as
 * `P.29 Art. 3`, or a publication's title.
 *
 * @example
 * import { citeCriterionSource } from '@target87/core';
 * citeCriterionSource({ seed: '000_13e4478fe2e762d6.txt', section: 'Making a partnership work' });
 * // '000_13e4478fe2e762d6.txt, "Making a partnership work"'
 * @category queries
 */
export const citeCriterionSource = (source: CriterionSource): string => {
  if ('seed' in source) return `${source.seed}, "${source.section}"`;
  if ('instrument' in source) return cite(source.instrument, source.ref);
  return source.publication;
};
