import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

const partI = 'Part I: Migrations in Abusive Conditions';
const partII = 'Part II: Equality of Opportunity and Treatment';

const inferredNumber =
  'The article number is inferred from cross-references in Articles 5 and 6 and a secondary summary; the text was not seen in an official version.';

/** Key articles of the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143). */
export const c143Articles = [
  {
    id: 'C143:1',
    instrumentId: 'C143',
    number: '1',
    part: partI,
    heading: 'Basic human rights of all migrant workers',
    summary: 'Each State undertakes to respect the basic human rights of all migrant workers.',
    paragraphs: [],
    keywords: [
      'human rights',
      'basic human rights',
      'all migrant workers',
      'irregular migrants',
      'undocumented migrants',
      'migrants in an irregular situation',
      'regardless of status',
    ],
    status: 'verified',
    sources: [official.iloKitC143, official.ceacrPhilippinesC143],
  },
  {
    id: 'C143:2',
    instrumentId: 'C143',
    number: '2',
    part: partI,
    heading: 'Detecting illegal employment and abusive movements',
    summary:
      'Each State systematically seeks to find out whether migrant workers are illegally employed on its territory, and whether migration for employment leaves from, passes through or arrives in it under conditions that break international or national law.',
    paragraphs: [],
    keywords: [
      'illegal employment',
      'irregular employment',
      'abusive conditions',
      'detection',
      'country of origin',
      'transit country',
      'destination country',
      'irregular migration',
      'data collection',
    ],
    status: 'unverified',
    sources: [secondary.afaatimC143, official.parlamentoPtC143Part1],
    note: inferredNumber,
  },
  {
    id: 'C143:3',
    instrumentId: 'C143',
    number: '3',
    part: partI,
    heading: 'Suppressing clandestine movements and illegal employment',
    summary:
      'All necessary measures to suppress clandestine movements of migrants for employment and their illegal employment, and to act against those who organise such movements and those who employ workers who immigrated illegally.',
    paragraphs: [
      {
        ref: '3(a)',
        summary:
          'Measures to suppress clandestine movements of migrants for employment and the illegal employment of migrants.',
      },
      {
        ref: '3(b)',
        summary:
          'Measures against the organisers of illicit or clandestine movements of migrants for employment, and against those who employ workers who have immigrated illegally.',
      },
    ],
    keywords: [
      'clandestine migration',
      'smuggling of migrants',
      'migrant smuggling',
      'organisers',
      'traffickers',
      'illegal employment',
      'employers of irregular migrants',
      'labour trafficking',
      'labor trafficking',
    ],
    status: 'unverified',
    sources: [secondary.afaatimC143, official.parlamentoPtC143Part1],
    note: inferredNumber,
  },
  {
    id: 'C143:4',
    instrumentId: 'C143',
    number: '4',
    part: partI,
    heading: 'Cooperation and exchange of information between States',
    summary:
      'States keep systematic contact and exchange information with other States on these matters.',
    paragraphs: [],
    keywords: [
      'exchange of information',
      'information sharing',
      'international cooperation',
      'cooperation between states',
      'cross-border',
      'bilateral cooperation',
    ],
    status: 'unverified',
    sources: [secondary.afaatimC143, official.parlamentoPtC143Part1],
    note: inferredNumber,
  },
  {
    id: 'C143:5',
    instrumentId: 'C143',
    number: '5',
    part: partI,
    heading: 'Prosecuting those who traffic in labour',
    summary:
      'The measures under Articles 3 and 4 aim to prosecute the authors of manpower trafficking, whichever country they operate from.',
    paragraphs: [],
    keywords: [
      'manpower trafficking',
      'labour trafficking',
      'labor trafficking',
      'prosecution',
      'traffickers',
      'transnational crime',
      'extraterritorial',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part1],
  },
  {
    id: 'C143:6',
    instrumentId: 'C143',
    number: '6',
    part: partI,
    heading: 'Sanctions for illegal employment and abusive movements',
    summary:
      'National law provides for effective detection of illegal employment and for administrative, civil and penal sanctions, up to imprisonment, for illegally employing migrant workers, organising abusive movements and knowingly assisting them; an employer may show good faith.',
    paragraphs: [
      {
        ref: '6(1)',
        summary:
          'Effective detection of illegal employment of migrant workers, and administrative, civil and penal sanctions, including imprisonment, for illegal employment, for organising movements of migrants involving the abuses of Article 2, and for knowingly assisting such movements.',
      },
      {
        ref: '6(2)',
        summary: 'An employer prosecuted under these provisions has the right to prove good faith.',
      },
    ],
    keywords: [
      'sanctions',
      'penalties',
      'imprisonment',
      'employer sanctions',
      'illegal employment',
      'penal sanctions',
      'detection',
      'labour inspection',
      'good faith',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part1],
  },
  {
    id: 'C143:7',
    instrumentId: 'C143',
    number: '7',
    part: partI,
    heading: 'Consulting employers and workers',
    summary:
      'Employers’ and workers’ organizations are consulted on the laws and other measures taken under Part I.',
    paragraphs: [],
    keywords: [
      'social partners',
      'consultation',
      'trade unions',
      'employers organizations',
      'tripartite',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part1],
  },
  {
    id: 'C143:8',
    instrumentId: 'C143',
    number: '8',
    part: partI,
    heading: 'Losing one’s job does not make a migrant irregular',
    summary:
      'A migrant who has lived legally in the country for employment does not become irregular merely by losing their job. The job loss does not in itself withdraw the residence or work permit, and the worker is treated like nationals on security of employment, alternative employment, relief work and retraining.',
    paragraphs: [],
    keywords: [
      'lost their job',
      'loss of employment',
      'job loss',
      'unemployed migrant',
      'unemployment',
      'dismissal',
      'work permit',
      'residence permit',
      'permit withdrawal',
      'irregular status',
      'retraining',
      'alternative employment',
      'tied visa',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part1],
  },
  {
    id: 'C143:9',
    instrumentId: 'C143',
    number: '9',
    part: partI,
    heading: 'Rights from past employment for irregular migrants',
    summary:
      'Where a migrant’s position cannot be regularised, the worker and their family still have equal treatment for rights arising from past employment, such as pay, social security and other benefits, and can take a dispute to a competent body.',
    paragraphs: [
      {
        ref: '9(1)',
        summary:
          'Where the law was not respected and the position cannot be regularised, the migrant worker and family enjoy equal treatment in rights arising from past employment: remuneration, social security and other benefits.',
      },
      {
        ref: '9(2)',
        summary:
          'In a dispute about those rights, the worker can present the case to a competent body.',
      },
    ],
    keywords: [
      'irregular migrants',
      'undocumented workers',
      'unpaid wages',
      'back pay',
      'wage theft',
      'past employment',
      'social security',
      'remedies',
      'access to justice',
      'regularisation',
      'regularization',
      'deportation',
    ],
    status: 'verified',
    sources: [official.ceacrC143Art9, official.parlamentoPtC143Art9],
  },
  {
    id: 'C143:10',
    instrumentId: 'C143',
    number: '10',
    part: partII,
    heading: 'National policy of equal opportunity and treatment',
    summary:
      'Each State declares and pursues a national policy to promote and guarantee equality of opportunity and treatment in employment and occupation, social security, trade union and cultural rights, and individual and collective freedoms, for migrant workers and their families lawfully in the country.',
    paragraphs: [],
    keywords: [
      'equality of opportunity',
      'equal treatment',
      'non-discrimination',
      'national policy',
      'social security',
      'trade union rights',
      'cultural rights',
      'family members',
      'regular migrants',
      'integration',
    ],
    status: 'secondary',
    sources: [secondary.lnfC143Part2],
  },
  {
    id: 'C143:11',
    instrumentId: 'C143',
    number: '11',
    part: partII,
    heading: 'Who is a migrant worker for Part II',
    summary:
      'Defines the migrant worker for Part II and excludes frontier workers, artistes and members of the liberal professions entering for a short period, seafarers, people coming for training or education, and employees admitted temporarily at their employer’s request for specific, time-limited duties.',
    paragraphs: [],
    keywords: [
      'definition',
      'migrant worker definition',
      'frontier workers',
      'seafarers',
      'students',
      'trainees',
      'intra-company transfers',
      'posted workers',
      'artistes',
      'scope',
    ],
    status: 'secondary',
    sources: [secondary.lnfC143Part2],
  },
  {
    id: 'C143:12',
    instrumentId: 'C143',
    number: '12',
    part: partII,
    heading: 'Measures to carry out the equality policy',
    summary:
      'Lists the measures States take to apply the policy, among them a social policy that lets migrants share in the advantages nationals enjoy, help to preserve national and ethnic identity and the mother tongue, and equal working conditions for all migrant workers doing the same work.',
    paragraphs: [
      {
        ref: '12(e)',
        summary:
          'A social policy that lets migrant workers and their families share in the advantages enjoyed by nationals.',
      },
      {
        ref: '12(f)',
        summary:
          'Measures to help migrant workers and their families preserve their national and ethnic identity and their mother tongue.',
      },
      {
        ref: '12(g)',
        summary: 'Equal working conditions for all migrant workers performing the same activity.',
      },
    ],
    keywords: [
      'integration',
      'social policy',
      'mother tongue',
      'language',
      'cultural identity',
      'working conditions',
      'equal conditions',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part2],
  },
  {
    id: 'C143:14',
    instrumentId: 'C143',
    number: '14',
    part: partII,
    heading: 'Permitted restrictions',
    summary:
      'A State may limit free choice of employment for up to two years of lawful residence, regulate recognition of qualifications obtained abroad, and close limited categories of jobs where the State’s interests require it.',
    paragraphs: [
      {
        ref: '14(a)',
        summary:
          'Free choice of employment may be made conditional on lawful residence for a prescribed period, which may not exceed two years.',
      },
      {
        ref: '14(b)',
        summary:
          'Regulating the recognition of occupational qualifications acquired outside the country.',
        status: 'unverified',
        note: 'The text of Article 14(b) was not seen; its subject comes from a secondary summary.',
      },
      {
        ref: '14(c)',
        summary:
          'Restricting access to limited categories of employment or functions where this is necessary in the interests of the State.',
      },
    ],
    keywords: [
      'restrictions',
      'free choice of employment',
      'labour market test',
      'two years',
      'change of employer',
      'recognition of qualifications',
      'diplomas',
      'public service',
      'restricted jobs',
    ],
    status: 'verified',
    sources: [official.ceacrC143Art14, official.parlamentoPtC143Part2],
  },
  {
    id: 'C143:15',
    instrumentId: 'C143',
    number: '15',
    heading: 'Other agreements',
    summary:
      'The Convention does not prevent States from concluding bilateral or multilateral agreements on the matters it covers.',
    paragraphs: [],
    keywords: [
      'bilateral agreements',
      'multilateral agreements',
      'bilateral labour agreements',
      'MOU',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part2],
  },
  {
    id: 'C143:16',
    instrumentId: 'C143',
    number: '16',
    heading: 'Accepting only one Part',
    summary:
      'A ratifying State may, by a declaration appended to its ratification, exclude Part I or Part II from its acceptance.',
    paragraphs: [],
    keywords: [
      'declaration',
      'exclusion',
      'partial acceptance',
      'Part I',
      'Part II',
      'ratification',
    ],
    status: 'verified',
    sources: [official.parlamentoPtC143Part2, secondary.afaatimC143],
  },
] as const satisfies readonly z.input<typeof Article>[];
