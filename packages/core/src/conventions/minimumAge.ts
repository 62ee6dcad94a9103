import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as z from 'zod';
import { decode } from '../shared/decode.js';
import type { VerificationStatus } from '../shared/evidence.js';
import { problem, type Problems } from '../shared/problem.js';
import { cite, findParagraph, getArticle } from './catalogue.js';
import { InstrumentId } from './schema.js';

/**
 * The kinds of work C.138 sets a minimum age for.
 *
 * @example
 * WorkKind.options; // ['general', 'light', 'hazardous']
 * minimumAge({ work: WorkKind.parse('light') }); // E.right({ age: 13, citation: 'C.138 Art. 7(1)', ... })
 * @category model
 */
export const WorkKind = z.enum(['general', 'light', 'hazardous']);
/** @category model */
export type WorkKind = z.infer<typeof WorkKind>;

/**
 * A question about the minimum age under C.138.
 *
 * - `work`: general employment (Art. 2), light work (Art. 7) or hazardous work (Art. 3).
 * - `developingCountryOption`: the country specified 14 under Art. 2(4) (economy and educational
 *   facilities insufficiently developed), which also lowers the light-work ages (Art. 7(4)).
 * - `declaredAge`: the minimum age the country declared on ratifying (Art. 2(1)), if known.
 * - `compulsorySchoolingEndsAt`: the age compulsory schooling ends, which the general minimum may
 *   not be below (Art. 2(3)).
 * - `hazardousWorkSafeguards`: for hazardous work from 16 (Art. 3(3)), whether health, safety and
 *   morals are fully protected and whether the young people received adequate specific
 *   instruction or vocational training.
 *
 * @example
 * const query: MinimumAgeQuery = { work: 'general', compulsorySchoolingEndsAt: 16 };
 * minimumAge(query); // E.right({ age: 16, citation: 'C.138 Art. 2(3)', ... })
 * minimumAge({ work: 'general', declaredAge: 14 });
 * // E.left([{ code: 'too-small', path: 'declaredAge', ... }]): below what C.138 allows
 * @category model
 */
export const MinimumAgeQuery = z.strictObject({
  work: WorkKind,
  developingCountryOption: z.boolean().optional(),
  declaredAge: z.int().min(14).max(18).optional(),
  compulsorySchoolingEndsAt: z.int().min(5).max(18).optional(),
  hazardousWorkSafeguards: z
    .strictObject({ fullyProtected: z.boolean(), specificTraining: z.boolean() })
    .optional(),
});
/** @category model */
export type MinimumAgeQuery = z.infer<typeof MinimumAgeQuery>;

/**
 * Another age that applies under stated conditions, with its provision.
 *
 * @category model
 */
export interface AgeAlternative {
  readonly age: number;
  readonly when: string;
  readonly citation: string;
}

/**
 * The answer: the age, the provision that sets it and how sure the library is of that provision,
 * the conditions attached, and the other ages that apply in other circumstances.
 *
 * @category model
 */
export interface MinimumAgeAnswer {
  readonly age: number;
  readonly work: WorkKind;
  /** The provision that sets the age: `C.138 Art. 3(1)`. */
  readonly citation: string;
  readonly explanation: string;
  readonly conditions: readonly string[];
  readonly alternatives: readonly AgeAlternative[];
  /** The verification status of the provision the age rests on. */
  readonly status: VerificationStatus;
}

const C138 = InstrumentId.parse('C138');

const statusOf = (ref: string): VerificationStatus => {
  const number = ref.replace(/\(.*$/, '');
  const article = getArticle(C138, number);
  if (article === undefined) return 'unverified';
  return findParagraph(article, ref)?.status ?? article.status;
};

const answer = (
  fields: Omit<MinimumAgeAnswer, 'citation' | 'status'>,
  ref: string,
): MinimumAgeAnswer => ({ ...fields, citation: cite(C138, ref), status: statusOf(ref) });

const general = (q: MinimumAgeQuery): E.Either<Problems, MinimumAgeAnswer> => {
  const floor = q.developingCountryOption === true ? 14 : 15;
  if (q.declaredAge !== undefined && q.declaredAge < floor) {
    return E.left([
      problem(
        'too-small',
        'declaredAge',
        `C.138 does not allow a declared minimum age of ${String(q.declaredAge)}: it is at least 15 (Art. 2(3)), or 14 for a country using Art. 2(4).`,
      ),
    ]);
  }
  const schooling = q.compulsorySchoolingEndsAt ?? 0;
  const age = Math.max(floor, q.declaredAge ?? 0, schooling);
  const ref =
    q.declaredAge !== undefined &&
    q.declaredAge >= Math.max(floor, schooling) &&
    q.declaredAge > floor
      ? '2(1)'
      : schooling > floor
        ? '2(3)'
        : floor === 14
          ? '2(4)'
          : '2(3)';
  const explanation =
    ref === '2(1)'
      ? `The country declared ${String(age)} on ratifying; that declared age is the minimum for admission to employment or work.`
      : ref === '2(4)'
        ? 'A country whose economy and educational facilities are insufficiently developed may, after consulting employers’ and workers’ organisations, initially specify 14.'
        : schooling > floor
          ? `The minimum age may not be below the end of compulsory schooling, here ${String(schooling)}.`
          : 'The minimum age for admission to employment or work is not less than the end of compulsory schooling and in any case not less than 15.';
  return E.right(
    answer(
      {
        age,
        work: 'general',
        explanation,
        conditions:
          ref === '2(4)'
            ? [
                'Employers’ and workers’ organisations were consulted (Art. 2(4)).',
                'The country explains in its reports under Art. 22 that its reasons still hold, or renounces the option (Art. 2(5)).',
              ]
            : [],
        alternatives: [
          ...(floor === 15
            ? [
                {
                  age: 14,
                  when: 'a country whose economy and educational facilities are insufficiently developed specified 14',
                  citation: cite(C138, '2(4)'),
                },
              ]
            : [
                {
                  age: 15,
                  when: 'the general rule, once the Art. 2(4) option ends',
                  citation: cite(C138, '2(3)'),
                },
              ]),
          { age: 18, when: 'the work is hazardous', citation: cite(C138, '3(1)') },
          {
            age: floor === 14 ? 12 : 13,
            when: 'the work is light work permitted by national law',
            citation: cite(C138, floor === 14 ? '7(4)' : '7(1)'),
          },
        ],
      },
      ref,
    ),
  );
};

const light = (q: MinimumAgeQuery): MinimumAgeAnswer => {
  const developing = q.developingCountryOption === true;
  return answer(
    {
      age: developing ? 12 : 13,
      work: 'light',
      explanation: developing
        ? 'While a country uses the Art. 2(4) option, it may substitute 12 and 14 for 13 and 15 in the light-work rule.'
        : 'National law may permit light work from 13 (to 15), within the conditions below.',
      conditions: [
        'The work is not likely to harm the child’s health or development (Art. 7(1)(a)).',
        'It does not prejudice school attendance, approved vocational orientation or training, or the capacity to benefit from instruction (Art. 7(1)(b)).',
        'The competent authority determines the permitted activities and prescribes the hours and conditions (Art. 7(3)).',
      ],
      alternatives: [
        {
          age: developing ? 14 : 15,
          when: 'young people who have not yet completed compulsory schooling',
          citation: cite(C138, '7(2)'),
        },
        {
          age: developing ? 14 : 15,
          when: 'work that is not light work',
          citation: cite(C138, developing ? '2(4)' : '2(3)'),
        },
      ],
    },
    developing ? '7(4)' : '7(1)',
  );
};

const hazardous = (q: MinimumAgeQuery): MinimumAgeAnswer => {
  const safeguards = q.hazardousWorkSafeguards;
  const conditions = [
    'The health, safety and morals of the young people concerned are fully protected (Art. 3(3)).',
    'They have received adequate specific instruction or vocational training in the branch of activity (Art. 3(3)).',
    'National laws or the competent authority authorise it, after consulting employers’ and workers’ organisations (Art. 3(3)).',
  ];
  if (safeguards?.fullyProtected === true && safeguards.specificTraining) {
    return answer(
      {
        age: 16,
        work: 'hazardous',
        explanation:
          'Hazardous work may be authorised from 16 when both safeguards are in place, as stated here.',
        conditions,
        alternatives: [
          { age: 18, when: 'either safeguard is missing', citation: cite(C138, '3(1)') },
        ],
      },
      '3(3)',
    );
  }
  return answer(
    {
      age: 18,
      work: 'hazardous',
      explanation:
        'Work likely to jeopardise the health, safety or morals of young persons has a minimum age of 18; the Art. 2(4) option does not lower it.',
      conditions: [
        'The types of hazardous work are determined nationally after tripartite consultation (Art. 3(2)).',
      ],
      alternatives: [
        {
          age: 16,
          when: 'both Art. 3(3) safeguards are in place and national law authorises it',
          citation: cite(C138, '3(3)'),
        },
      ],
    },
    '3(1)',
  );
};

/**
 * The minimum age C.138 sets for general, light or hazardous work, with the developing-country
 * options (Art. 2(4), 7(4)) and the Art. 3(3) conditions, and the provision that sets it.
 *
 * Input is checked: an age below what C.138 allows, or an unknown field, is a problem, not a
 * wrong answer.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * minimumAge({ work: 'hazardous' }); // E.right({ age: 18, citation: 'C.138 Art. 3(1)', ... })
 * minimumAge({ work: 'light', developingCountryOption: true }); // age 12, C.138 Art. 7(4), status 'unverified'
 * minimumAge({ work: 'general', declaredAge: 16 }); // age 16, C.138 Art. 2(1)
 * @category combinators
 */
export const minimumAge = (
  query: z.input<typeof MinimumAgeQuery>,
): E.Either<Problems, MinimumAgeAnswer> =>
  pipe(
    decode(MinimumAgeQuery)(query),
    E.chain((q) => {
      switch (q.work) {
        case 'general':
          return general(q);
        case 'light':
          return E.right(light(q));
        case 'hazardous':
          return E.right(hazardous(q));
      }
    }),
  );
