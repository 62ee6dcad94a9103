import * as z from 'zod';
import { articleIdOf, cite, getInstrument } from './catalogue.js';
import { InstrumentId, type ArticleId } from './schema.js';

/**
 * What a partnership or programme addresses.
 *
 * @example
 * const concerns: Concern[] = ['forced-labour', 'trafficking'];
 * applicableStandards({ concerns, people: ['adults'], geography: 'cross-border' })
 *   .map((s) => s.instrumentId);
 * // ['C29', 'P29', 'C105', 'PALERMO', 'C97', 'C143', 'C181', 'SDG-8.7']
 * @category model
 */
export const Concern = z.enum(['child-labour', 'forced-labour', 'trafficking', 'migrant-workers']);
/** @category model */
export type Concern = z.infer<typeof Concern>;

/**
 * The scope of a partnership: what it addresses, whom, and where.
 *
 * @example
 * const scope: StandardsScope = {
 *   concerns: ['child-labour'], people: ['children'], geography: 'in-country',
 * };
 * applicableStandards(scope).map((s) => s.instrumentId); // ['C182', 'C138', 'SDG-8.7']
 * @category model
 */
export const StandardsScope = z.strictObject({
  concerns: z.array(Concern).min(1),
  people: z.array(z.enum(['children', 'adults'])).min(1),
  geography: z.enum(['in-country', 'cross-border', 'both']),
});
/** @category model */
export type StandardsScope = z.infer<typeof StandardsScope>;

/**
 * An instrument that applies to a scope, the provisions that matter most for it and why.
 *
 * @category model
 */
export interface ApplicableStandard {
  readonly instrumentId: InstrumentId;
  readonly title: string;
  readonly why: string;
  readonly articles: readonly {
    readonly articleId: ArticleId;
    readonly citation: string;
    readonly why: string;
  }[];
}

type Rule = readonly [
  applies: (scope: StandardsScope) => boolean,
  instrument: string,
  why: string,
  provisions: readonly (readonly [ref: string, why: string])[],
];

const has = (scope: StandardsScope, concern: Concern) => scope.concerns.includes(concern);
const children = (scope: StandardsScope) => scope.people.includes('children');
const crossBorder = (scope: StandardsScope) => scope.geography !== 'in-country';
const forcedOrTrafficking = (s: StandardsScope) => has(s, 'forced-labour') || has(s, 'trafficking');

// The order is the order of the answer: child labour, forced labour, trafficking, migration,
// then the frame they all serve.
const rules: readonly Rule[] = [
  [
    (s) =>
      has(s, 'child-labour') || (children(s) && s.concerns.some((c) => c !== 'migrant-workers')),
    'C182',
    'Children under 18 in slavery-like practices, trafficking, commercial sexual exploitation, illicit activities or hazardous work are in the worst forms of child labour, to be eliminated as a matter of urgency.',
    [
      ['3', 'defines the four categories of worst forms'],
      ['6', 'programmes of action to eliminate them as a priority'],
      [
        '7',
        'time-bound measures: prevention, removal, rehabilitation, free basic education, children at special risk, girls',
      ],
    ],
  ],
  [
    (s) => has(s, 'child-labour'),
    'C138',
    'Sets the minimum ages for work: 15 in general (14 under the developing-country option), 13 for light work, 18 for hazardous work.',
    [
      ['1', 'a national policy to abolish child labour'],
      ['2', 'the general minimum age'],
      ['3', 'the minimum age for hazardous work'],
      ['7', 'light work'],
      ['9', 'enforcement, penalties and employers’ registers of workers under 18'],
    ],
  ],
  [
    (s) => has(s, 'child-labour') && crossBorder(s),
    'C182',
    'Across borders, members are to help one another through international cooperation and assistance.',
    [['8', 'international cooperation and assistance']],
  ],
  [
    forcedOrTrafficking,
    'C29',
    'Defines forced labour and requires its suppression, with real penalties.',
    [
      ['1', 'the obligation to suppress forced labour in all its forms'],
      ['2', 'the definition, and the five narrow exceptions'],
      [
        '25',
        'exacting forced labour must be a penal offence, with adequate penalties strictly enforced',
      ],
    ],
  ],
  [
    forcedOrTrafficking,
    'P29',
    'Brings C.29 up to date: prevention, protection of victims and access to remedies, with explicit reference to trafficking for forced labour.',
    [
      ['1', 'national policy and plan of action; trafficking for forced labour covered'],
      [
        '2',
        'prevention, including protecting migrants from abusive recruitment and supporting due diligence',
      ],
      ['3', 'identification, release, protection, recovery and rehabilitation of victims'],
      ['4', 'remedies for all victims whatever their legal status, and non-punishment'],
    ],
  ],
  [
    (s) => forcedOrTrafficking(s) && crossBorder(s),
    'P29',
    'Across borders, members cooperate to prevent and eliminate forced labour.',
    [['5', 'international cooperation']],
  ],
  [
    (s) => has(s, 'forced-labour'),
    'C105',
    'Forbids forced labour used by the State for political coercion, economic development, labour discipline, punishment for strikes or discrimination.',
    [['1', 'the five prohibited purposes']],
  ],
  [
    (s) => has(s, 'trafficking'),
    'PALERMO',
    'The international definition of trafficking in persons, including for forced labour; for children no means of coercion need be shown.',
    [
      [
        '2',
        'its purposes: prevent and combat trafficking, protect and assist victims, promote cooperation',
      ],
      ['3', 'the definition: act, means and purpose of exploitation'],
    ],
  ],
  [
    (s) => has(s, 'migrant-workers') || (has(s, 'trafficking') && crossBorder(s)),
    'C97',
    'Migrants for employment: accurate information, free assistance, action against misleading propaganda, and equal treatment for migrants lawfully in the country.',
    [
      ['2', 'a free service to assist and inform migrants'],
      ['3', 'steps against misleading propaganda about migration'],
      [
        '6',
        'equal treatment with nationals in pay, conditions, union rights, housing, social security and legal proceedings',
      ],
    ],
  ],
  [
    (s) => has(s, 'migrant-workers') || (has(s, 'trafficking') && crossBorder(s)),
    'C143',
    'Migration in abusive conditions: respect for the basic human rights of all migrant workers, action against clandestine movements and their organisers, and protection of irregular migrants’ rights from past employment.',
    [
      ['1', 'basic human rights of all migrant workers, whatever their status'],
      ['3', 'suppressing clandestine movements and acting against their organisers'],
      [
        '6',
        'sanctions, including imprisonment, for illegal employment and organising abusive movements',
      ],
      ['9', 'rights arising from past employment for migrants in an irregular situation'],
    ],
  ],
  [
    (s) => (has(s, 'migrant-workers') || has(s, 'trafficking')) && crossBorder(s),
    'C181',
    'Recruitment through private employment agencies: no fees charged to workers, and protection of migrants recruited through them.',
    [
      ['7', 'no recruitment fees or costs charged to workers'],
      ['8', 'protection of migrant workers recruited or placed by agencies'],
    ],
  ],
  [
    () => true,
    'SDG-8.7',
    'The shared global target every partnership in this field serves: end forced labour, modern slavery, human trafficking and the worst forms of child labour, and child labour in all its forms.',
    [],
  ],
];

/**
 * Which instruments and provisions apply to what a partnership addresses (child labour, forced
 * labour, trafficking, migrant workers; children or adults; in-country or across borders), and
 * why. Each instrument appears once, with its provisions merged.
 *
 * @example
 * applicableStandards({ concerns: ['trafficking'], people: ['children'], geography: 'cross-border' })
 *   .map((s) => s.instrumentId);
 * // ['C182', 'C29', 'P29', 'PALERMO', 'C97', 'C143', 'C181', 'SDG-8.7']
 * @category combinators
 */
export const applicableStandards = (scope: StandardsScope): readonly ApplicableStandard[] => {
  type Entry = { why: string[]; articles: Map<string, ApplicableStandard['articles'][number]> };
  const found = new Map<string, Entry>();
  for (const [applies, instrument, why, provisions] of rules) {
    if (!applies(scope)) continue;
    const id = InstrumentId.parse(instrument);
    const entry: Entry = found.get(id) ?? { why: [], articles: new Map() };
    entry.why.push(why);
    for (const [ref, reason] of provisions) {
      entry.articles.set(ref, {
        articleId: articleIdOf(id, ref),
        citation: cite(id, ref),
        why: reason,
      });
    }
    found.set(id, entry);
  }
  return [...found].map(([id, { why, articles }]) => {
    const instrumentId = InstrumentId.parse(id);
    return {
      instrumentId,
      title: getInstrument(instrumentId).title,
      why: why.join(' '),
      articles: [...articles.values()],
    };
  });
};
