import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { GoodPracticeCriterion, ProvisionReference } from '../schema.js';

const overview = {
  seed: '001_9148a8ca8a7c6ecc.txt',
  section: "Good practices: Overview of IPEC's experiences in the field",
} as const;

const criteria = [
  {
    id: 'tested-in-practice',
    title: 'Tried and shown to work',
    summary:
      'It has actually been done and worked; a promising idea that was never tested does not count.',
    source: overview,
  },
  {
    id: 'innovative',
    title: 'Innovative and creative',
    summary: 'It takes a new or creative approach to the problem.',
    source: overview,
  },
  {
    id: 'replicable',
    title: 'Replicable',
    summary: 'Others can adapt it and do it elsewhere.',
    source: overview,
  },
  {
    id: 'sustainable',
    title: 'Sustainable',
    summary: 'Its effects last beyond the project that started it.',
    source: overview,
  },
  {
    id: 'relevant',
    title: 'Relevant to action against child labour',
    summary: 'It contributes, directly or indirectly, to action against child labour.',
    source: overview,
  },
  {
    id: 'responsive-and-ethical',
    title: 'Responsive and ethical',
    summary: 'It answers real needs and is carried out ethically.',
    source: overview,
  },
  {
    id: 'efficient',
    title: 'Efficient use of resources',
    summary: 'It makes efficient use of its human, financial and material resources.',
    source: overview,
  },
] satisfies readonly z.input<typeof GoodPracticeCriterion>[];

const c182Article8 = {
  instrumentId: 'C182',
  articleId: 'C182:8',
  title: 'C.182 Art. 8: international cooperation',
  summary:
    'Member States are to help one another give effect to the Convention through stronger international cooperation or assistance; IPEC presents South-South cooperation on child labour as a way of doing this.',
  source: {
    seed: '001_9148a8ca8a7c6ecc.txt',
    section: 'From South-South to new modes and momentum for cooperation',
  },
} satisfies z.input<typeof ProvisionReference>;

/**
 * IPEC's criteria for calling an initiative a good practice, as seed 001 lists them.
 *
 * @example
 * goodPracticeCriteria.map((c) => c.title);
 * // ['Tried and shown to work', 'Innovative and creative', 'Replicable', ...]
 * @category model
 */
export const goodPracticeCriteria = /* @__PURE__ */ trusted(GoodPracticeCriterion, criteria);

// A one-record list always has a first element: the cast below only drops `undefined`.
/**
 * The provision seed 001 gives as the basis of South-South cooperation against child labour:
 * C.182 Art. 8 (international cooperation and assistance).
 *
 * @example
 * southSouthCooperationBasis.articleId; // 'C182:8'
 * @category model
 */
export const southSouthCooperationBasis = /* @__PURE__ */ trusted(ProvisionReference, [
  c182Article8,
])[0] as ProvisionReference;
