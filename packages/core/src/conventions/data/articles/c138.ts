import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

const numberingNote =
  'The paragraph numbers were not shown in the sources read; they follow the order of the text.';

/** Articles 1 to 10 of the Minimum Age Convention, 1973 (No. 138). */
export const c138Articles = [
  {
    id: 'C138:1',
    instrumentId: 'C138',
    number: '1',
    heading: 'National policy to abolish child labour',
    summary:
      'Each State pursues a national policy to ensure the effective abolition of child labour and to raise the minimum age for work progressively.',
    paragraphs: [],
    keywords: [
      'national policy',
      'abolition of child labour',
      'abolition of child labor',
      'eliminate child labour',
      'raise the minimum age',
      'child labour',
      'child labor',
    ],
    status: 'secondary',
    sources: [secondary.lawinC138],
  },
  {
    id: 'C138:2',
    instrumentId: 'C138',
    number: '2',
    heading: 'The general minimum age',
    summary:
      'On ratifying, a State declares a minimum age for admission to work. It may not be below the end of compulsory schooling and never below 15; a State whose economy and education are insufficiently developed may start at 14.',
    paragraphs: [
      {
        ref: '2(1)',
        summary:
          'The State specifies its minimum age in a declaration appended to its ratification. No one under that age may be admitted to employment or work in its territory or on means of transport registered there, subject to Articles 4 to 8.',
      },
      {
        ref: '2(2)',
        summary: 'The State may later notify a higher minimum age.',
      },
      {
        ref: '2(3)',
        summary:
          'The minimum age may not be lower than the age at which compulsory schooling ends, and in any case not lower than 15.',
      },
      {
        ref: '2(4)',
        summary:
          'A State whose economy and educational facilities are insufficiently developed may, after consulting employers’ and workers’ organizations, initially specify 14.',
      },
      {
        ref: '2(5)',
        summary:
          'A State using age 14 must say in its Article 22 reports to the ILO either that its reasons still apply or that it gives up the option from a stated date.',
      },
    ],
    keywords: [
      'minimum age',
      'minimum working age',
      'age 15',
      'age 14',
      'compulsory schooling',
      'compulsory education',
      'declaration',
      'declared minimum age',
      'developing country',
      'developing countries',
      'admission to employment',
      'working children',
    ],
    status: 'secondary',
    sources: [secondary.lawinC138, secondary.girlsRightsC138Art2],
  },
  {
    id: 'C138:3',
    instrumentId: 'C138',
    number: '3',
    heading: 'Hazardous work',
    summary:
      'Work likely to jeopardise the health, safety or morals of young persons is barred below 18. The types of such work are set nationally after tripartite consultation; from 16 it may be allowed only under strict safeguards.',
    paragraphs: [
      {
        ref: '3(1)',
        summary:
          'The minimum age for any work which, by its nature or circumstances, is likely to jeopardise the health, safety or morals of young persons is not less than 18.',
      },
      {
        ref: '3(2)',
        summary:
          'National law or the competent authority determines the types of work covered, after consulting employers’ and workers’ organizations.',
      },
      {
        ref: '3(3)',
        summary:
          'Such work may be authorised from 16, but only if both conditions are met: the young persons’ health, safety and morals are fully protected, and they have received adequate specific instruction or vocational training.',
      },
    ],
    keywords: [
      'hazardous work',
      'dangerous work',
      'hazardous child labour',
      'hazardous child labor',
      'age 18',
      'age 16',
      'health safety or morals',
      'hazardous work list',
      'list of hazardous work',
      'young workers',
      'adolescents',
      'vocational training',
    ],
    status: 'secondary',
    sources: [secondary.globalHealthC138],
  },
  {
    id: 'C138:4',
    instrumentId: 'C138',
    number: '4',
    heading: 'Excluding limited categories of work',
    summary:
      'After consultation, the competent authority may exclude limited categories of employment or work that raise special and substantial problems of application; hazardous work can never be excluded.',
    paragraphs: [
      {
        ref: '4(1)',
        summary:
          'The competent authority may, after consulting employers’ and workers’ organizations, exclude limited categories of employment or work where applying the Convention would raise special and substantial problems.',
        status: 'unverified',
        note: numberingNote,
      },
      {
        ref: '4(2)',
        summary: 'The exclusions must be listed in the State’s first Article 22 report to the ILO.',
        status: 'unverified',
        note: numberingNote,
      },
      {
        ref: '4(3)',
        summary: 'Work covered by Article 3 (hazardous work) may not be excluded.',
        status: 'unverified',
        note: numberingNote,
      },
    ],
    keywords: [
      'exclusions',
      'excluded categories',
      'limited categories',
      'exemptions',
      'special and substantial problems',
      'family undertakings',
      'domestic work',
    ],
    status: 'verified',
    sources: [official.inviewC138Art4, secondary.wikitekaC138],
  },
  {
    id: 'C138:5',
    instrumentId: 'C138',
    number: '5',
    heading: 'Limiting the scope in less developed economies',
    summary:
      'A State whose economy and administrative facilities are insufficiently developed may, by declaration, at first apply the Convention only to specified branches of activity or types of undertaking. The scope must at least cover mining and quarrying, manufacturing, construction and other listed sectors such as plantations producing for commercial purposes.',
    paragraphs: [],
    keywords: [
      'limitation of scope',
      'scope',
      'branches of economic activity',
      'developing country',
      'mining',
      'quarrying',
      'manufacturing',
      'construction',
      'plantations',
      'agriculture',
      'informal economy',
    ],
    status: 'secondary',
    sources: [secondary.wikitekaC138, official.normlexThailand, official.ceacrMauritaniaC138],
    note: 'Thailand’s and Mauritania’s declarations on NORMLEX show the option in use.',
  },
  {
    id: 'C138:6',
    instrumentId: 'C138',
    number: '6',
    heading: 'Work in education and training',
    summary:
      'The Convention does not apply to work done in schools or training institutions for general, vocational or technical education, nor to work by persons of at least 14 in undertakings, under conditions set by the competent authority, where it is an integral part of approved education or training.',
    paragraphs: [
      {
        ref: '6(b)',
        summary:
          'One such case: an approved programme of training carried out mainly in an undertaking.',
      },
    ],
    keywords: [
      'vocational training',
      'apprenticeship',
      'apprentices',
      'school work',
      'technical education',
      'training programme',
      'work-based learning',
      'age 14',
    ],
    status: 'secondary',
    sources: [secondary.girlsRightsC138Art6],
  },
  {
    id: 'C138:7',
    instrumentId: 'C138',
    number: '7',
    heading: 'Light work',
    summary:
      'National law may allow children of 13 to 15 to do light work that does not harm their health or development and does not get in the way of school or training. The competent authority decides which activities count and sets hours and conditions.',
    paragraphs: [
      {
        ref: '7(1)',
        summary:
          'Persons of 13 to 15 years of age may be employed on light work that is (a) not likely to be harmful to their health or development and (b) not such as to prejudice their attendance at school, their participation in approved vocational orientation or training, or their capacity to benefit from instruction.',
      },
      {
        ref: '7(1)(a)',
        summary: 'The work is not likely to be harmful to the child’s health or development.',
      },
      {
        ref: '7(1)(b)',
        summary:
          'The work does not prejudice school attendance, approved vocational orientation or training, or the capacity to benefit from instruction.',
      },
      {
        ref: '7(2)',
        summary:
          'The same light work may be allowed for persons of at least 15 who have not yet completed compulsory schooling.',
      },
      {
        ref: '7(3)',
        summary:
          'The competent authority determines which activities are light work and prescribes the number of hours and the conditions of such work.',
      },
      {
        ref: '7(4)',
        summary:
          'A State using the age-14 option of Art. 2(4) may, for as long as it does so, use 12 and 14 instead of 13 and 15 in paragraph 1, and 14 instead of 15 in paragraph 2.',
        status: 'unverified',
        note: 'The substitution mechanism is confirmed by the official Dutch text, but that text was cut off before the new ages; the ages 12 and 14 come from secondary sources and from a NORMLEX comment on Mauritania that refers to light work by children between 12 and 14.',
      },
    ],
    keywords: [
      'light work',
      'age 13',
      'age 12',
      'part-time',
      'part-time work',
      'after school',
      'weekend work',
      'holiday work',
      'school attendance',
      'hours of work',
      'household chores',
      'helping at home',
    ],
    status: 'verified',
    sources: [
      official.inviewC138Art7,
      secondary.globalHealthC138,
      secondary.flyriver,
      official.ceacrMauritaniaLightWork,
    ],
  },
  {
    id: 'C138:8',
    instrumentId: 'C138',
    number: '8',
    heading: 'Artistic performances',
    summary:
      'After tripartite consultation, the competent authority may grant permits in individual cases allowing exceptions to the minimum age, for purposes such as taking part in artistic performances. Each permit limits the hours and sets the conditions of the work.',
    paragraphs: [
      {
        ref: '8(1)',
        summary:
          'Exceptions to Article 2 may be allowed by permits granted in individual cases, after consulting employers’ and workers’ organizations, for purposes such as participation in artistic performances.',
        status: 'unverified',
        note: numberingNote,
      },
      {
        ref: '8(2)',
        summary:
          'Permits must limit the number of hours and prescribe the conditions of employment or work.',
        status: 'unverified',
        note: numberingNote,
      },
    ],
    keywords: [
      'artistic performances',
      'child actors',
      'child performers',
      'entertainment',
      'film',
      'television',
      'theatre',
      'music',
      'modelling',
      'modeling',
      'advertising',
      'permits',
      'individual permits',
    ],
    status: 'verified',
    sources: [official.lawCommissionNepalC138, secondary.lawinC138Part2],
  },
  {
    id: 'C138:9',
    instrumentId: 'C138',
    number: '9',
    heading: 'Enforcement and employers’ registers',
    summary:
      'The competent authority takes all necessary measures, including appropriate penalties, to enforce the Convention; national law says who must comply, and employers keep registers of workers under 18.',
    paragraphs: [
      {
        ref: '9(1)',
        summary:
          'All necessary measures, including appropriate penalties, to ensure the Convention is effectively enforced.',
      },
      {
        ref: '9(2)',
        summary:
          'National law or the competent authority defines the persons responsible for complying with the provisions.',
      },
      {
        ref: '9(3)',
        summary:
          'Employers keep registers giving the names and ages or dates of birth of the workers they employ who are under 18.',
      },
    ],
    keywords: [
      'enforcement',
      'penalties',
      'sanctions',
      'labour inspection',
      'labor inspection',
      'employer records',
      'registers',
      'age verification',
      'proof of age',
      'birth registration',
    ],
    status: 'secondary',
    sources: [secondary.lawinC138Part2],
  },
  {
    id: 'C138:10',
    instrumentId: 'C138',
    number: '10',
    heading: 'Revision of the earlier minimum-age conventions',
    summary:
      'Revises the sectoral minimum-age conventions of 1919 to 1965 (industry, sea, agriculture, trimmers and stokers, non-industrial employment, fishermen and underground work).',
    paragraphs: [],
    keywords: [
      'earlier conventions',
      'sectoral conventions',
      'revision',
      'fishermen',
      'underground work',
      'seafarers',
      'agriculture',
    ],
    status: 'secondary',
    sources: [secondary.lawinC138Part2],
    note: 'The source names the revised conventions by title; their numbers (C5, C7, C10, C15, C33, C58, C59, C60, C112, C123) are our mapping of those titles, not stated by the source.',
  },
] as const satisfies readonly z.input<typeof Article>[];
