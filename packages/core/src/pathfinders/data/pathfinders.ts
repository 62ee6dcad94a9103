import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { Pathfinder } from '../schema.js';

const seed = '003_108115038eae456f.txt';
const recentEvents = { seed, section: 'Recent Global and Regional Events' } as const;
const upcomingEvents = { seed, section: 'Upcoming Global and Regional Events' } as const;

// The events of 2019 that seed 003 lists, as milestones of the countries that took part.
const abidjan = {
  date: '2019-05',
  event:
    'Took part in the session "Accelerating Progress with Pathfinder Countries" of the Supply Chains Action Group meeting in Abidjan.',
};
const ilc = {
  date: '2019-06',
  event:
    'Spoke at a high level on Alliance 8.7 and the Pathfinder countries at the International Labour Conference.',
};
const hlpf = {
  date: '2019-07',
  event:
    'Sat on the high-level panel of the Pathfinder Countries side event at the High-Level Political Forum in New York, which launched the Pathfinder e-reports.',
};

// The nine countries in the seed's order. Priorities are summarised in our words; headings of
// priority areas are the seed's.
const records = [
  {
    country: 'MDG',
    name: 'Madagascar',
    title: 'Madagascar: Alliance 8.7 Pathfinder country',
    summary:
      'Madagascar, a Pathfinder since October 2018, chose labour inspection and a child labour survey against child labour, and a national hub and a bilateral labour agreement against trafficking.',
    since: '2018-10',
    milestones: [
      {
        date: '2018-10',
        event:
          'National strategy workshop; dialogue continued afterwards on the process and next steps.',
      },
      { date: '2019-02', event: 'Priority initiatives identified.' },
      abidjan,
      ilc,
      hlpf,
    ],
    priorityAreas: [
      {
        heading: 'Child labour',
        topics: ['child-labour'],
        priorities: [
          'Give labour inspectors more capacity and resources.',
          'Run a child labour survey and build a child labour database.',
        ],
      },
      {
        heading: 'Trafficking',
        topics: ['trafficking', 'migration'],
        priorities: [
          'Set up a national hub on the human trafficking situation.',
          'Conclude a bilateral labour agreement and revise the labour migration framework.',
        ],
      },
    ],
    nextSteps: [],
    steps: [],
    instruments: [],
    keywords: [
      'labour inspectors',
      'child labour survey',
      'database',
      'bilateral labour agreement',
      'labour migration',
    ],
    sources: [{ seed, section: 'MADAGASCAR - Pathfinder country since Oct. 2018' }, recentEvents],
  },
  {
    country: 'NPL',
    name: 'Nepal',
    title: 'Nepal: Alliance 8.7 Pathfinder country',
    summary:
      'Nepal, a Pathfinder since February 2019, set up national coordination for Alliance 8.7 and aims at aligned laws, integrated data, child labour free municipalities and agreements with destination countries.',
    since: '2019-02',
    milestones: [
      { date: '2019-02', event: 'Technical consultation on putting Alliance 8.7 into practice.' },
      abidjan,
      { date: '2019-06', event: 'National strategy workshop.' },
      ilc,
    ],
    priorityAreas: [
      {
        heading: 'National Coordination of Alliance 8.7',
        topics: ['national-coordination'],
        priorities: [
          'Form a high-level SDG Alliance 8.7 coordination committee to coordinate action and review progress.',
          'Establish the Alliance 8.7 secretariat at the Ministry of Labour, Employment and Social Security (MOLESS).',
          'Have MOLESS, the Ministry of Women and the Ministry of Land Management each draw up an integrated 2019 work plan on child labour and forced and bonded labour.',
        ],
      },
      {
        heading: 'Priorities for action',
        topics: ['child-labour', 'forced-labour', 'trafficking', 'migration', 'education'],
        priorities: [
          'Align federal laws on child labour and forced labour with national laws by 2019.',
          'Revise the Foreign Employment Act and related acts to leave no loophole for forced labour or trafficking.',
          'Integrate data on child labour, forced labour and human trafficking.',
          'Reach ten child labour free municipalities by 2020.',
          'Sign MoUs and bilateral agreements with destination countries.',
          'Make the ages in child labour policy and education law consistent.',
          'Form province and local committees for child labour inspection.',
          'Establish committees for child labour monitoring and rescue.',
          'Set up or strengthen labour committees and employment service centres, including vocational education.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Host the Asian regional meeting on Alliance 8.7 and P.29 in Kathmandu, 20-22 November 2019.',
        due: '2019-11',
      },
    ],
    steps: [],
    instruments: [],
    keywords: [
      'bonded labour',
      'MOLESS',
      'Foreign Employment Act',
      'child labour free municipalities',
      'destination countries',
      'coordination committee',
      'Kathmandu',
    ],
    sources: [
      { seed, section: 'NEPAL - Pathfinder country since Feb. 2019' },
      { seed, section: 'NEPAL (Cont.)' },
      recentEvents,
      upcomingEvents,
    ],
  },
  {
    country: 'MRT',
    name: 'Mauritania',
    title: 'Mauritania: Alliance 8.7 Pathfinder country',
    summary:
      'Mauritania, a Pathfinder since January 2019, prioritised its plan against forced labour, justice for victims of slavery, protection of migrant workers and ending child labour in fishing and dairy supply chains.',
    since: '2019-01',
    milestones: [
      { date: '2019-03', event: 'National strategy workshop identified the priorities.' },
      hlpf,
    ],
    priorityAreas: [
      {
        heading: 'Priorities identified by the national strategy workshop',
        topics: [
          'forced-labour',
          'trafficking',
          'migration',
          'child-labour',
          'supply-chains',
          'education',
        ],
        priorities: [
          'Carry out the national plan to eradicate forced labour set in the national development strategy (CNDS).',
          'Give victims of modern slavery real access to justice under Law 2015-031, which makes slavery a crime, and Law 2015-30 on legal aid.',
          'Fight human trafficking through the education of children, above all in the regions (wilayas) hosting refugees.',
          'Protect migrant workers in Mauritania and abroad by applying the ILO convention the seed cites as No. 142.',
          'End the worst forms of child labour in at least two supply chains: artisanal fishing and dairy.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Give the national Alliance 8.7 coordinator ("Mr. Alliance 8.7") the means to coordinate the work and keep every stakeholder committed.',
      },
      {
        text: 'Hold a workshop to choose a pilot activity, to be launched before July 2019.',
        due: '2019-07',
      },
    ],
    steps: [],
    instruments: [],
    keywords: [
      'modern slavery',
      'slavery',
      'access to justice',
      'refugees',
      'artisanal fishing',
      'fisheries',
      'dairy',
      'CNDS',
    ],
    sources: [
      { seed, section: 'MAURITANIA - Pathfinder country since January 2019' },
      recentEvents,
    ],
  },
  {
    country: 'CHL',
    name: 'Chile',
    title: 'Chile: Alliance 8.7 Pathfinder country',
    summary:
      'Chile, a Pathfinder since March 2019, adopted a roadmap on knowledge, awareness, detection and referral, legal change and employability against child labour, forced labour and trafficking.',
    since: '2019-03',
    milestones: [
      {
        date: '2019-03',
        event: 'National strategy workshop, followed by the adoption of a roadmap.',
      },
      hlpf,
    ],
    priorityAreas: [
      {
        heading: 'Roadmap adopted after the national strategy workshop',
        topics: ['child-labour', 'forced-labour', 'trafficking'],
        priorities: [
          'Strengthen the knowledge base on child labour and on trafficking in persons.',
          'Keep running awareness campaigns on child labour and on forced labour and trafficking.',
          'Train the officers concerned and improve the detection and referral of child labour, forced labour and trafficking cases.',
          'Continue changing the law on child labour, forced labour and trafficking.',
          'Offer more employability projects for adults and young people of working age from groups at risk.',
        ],
      },
    ],
    nextSteps: [],
    steps: [],
    instruments: [],
    keywords: ['roadmap', 'detection', 'referral', 'employability', 'trafficking in persons'],
    sources: [{ seed, section: 'CHILE - Pathfinder country since March 2019' }, recentEvents],
  },
  {
    country: 'UGA',
    name: 'Uganda',
    title: 'Uganda: Alliance 8.7 Pathfinder country',
    summary:
      'Uganda set priorities against child labour and forced labour, including ratifying the Palermo Protocol, and is setting up a national coordination committee led by the Ministry of Labour.',
    since: null,
    milestones: [abidjan, hlpf],
    priorityAreas: [
      {
        heading: 'Child Labour',
        topics: ['child-labour'],
        priorities: [
          'Advocate and raise awareness.',
          'Build the capacity of the actors concerned at every level.',
          'Strengthen social protection.',
          'Improve the knowledge base on child labour.',
          'Improve the legal framework on child labour and its enforcement.',
        ],
      },
      {
        heading: 'Forced Labour',
        topics: ['forced-labour', 'trafficking'],
        priorities: [
          'Focus on prevention and ratify the Palermo Protocol.',
          'Do more in policy to protect vulnerable people, and offer victims other livelihoods and psychosocial and rehabilitation centres.',
          'Prosecute trafficking and forced labour cases better.',
          'Strengthen partnerships and cooperation.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Make the national coordination committee, set up under the Ministry of Labour, work: monitoring what is done and following it up.',
      },
      {
        text: 'Set up sub-committees on child labour, human trafficking and forced labour.',
      },
    ],
    steps: [],
    instruments: ['PALERMO'],
    keywords: [
      'Palermo Protocol',
      'ratification',
      'national coordination committee',
      'sub-committees',
      'psychosocial support',
      'rehabilitation centres',
      'prosecution',
    ],
    sources: [{ seed, section: 'UGANDA' }, recentEvents],
  },
  {
    country: 'ALB',
    name: 'Albania',
    title: 'Albania: Alliance 8.7 Pathfinder country',
    summary:
      'Albania set priorities against child labour, including children in street situations, and against trafficking, and is finalising an action plan on child protection and trafficking with the OSCE.',
    since: null,
    milestones: [],
    priorityAreas: [
      {
        heading: 'Child Labour',
        topics: ['child-labour'],
        priorities: [
          'Prevent child labour, including among children in street situations.',
          'Protect and help children at risk of or in child labour according to their needs, and map high-risk areas.',
          'Enforce the law better, including amending the Criminal Code and training police, prosecutors and judges.',
          'Reduce the social and cultural factors that encourage child labour.',
        ],
      },
      {
        heading: 'Trafficking',
        topics: ['trafficking'],
        priorities: [
          'Investigate and prosecute more effectively.',
          'Protect and assist victims, and strengthen partnerships among those responsible for identifying them.',
          'Prevent trafficking better.',
          'Coordinate anti-trafficking action better.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Finalise the action plan for child protection and trafficking, with technical support from the OSCE.',
      },
    ],
    steps: [],
    instruments: [],
    keywords: [
      'street children',
      'children in street situation',
      'Criminal Code',
      'victim identification',
      'OSCE',
      'high-risk areas mapping',
    ],
    sources: [{ seed, section: 'ALBANIA' }],
  },
  {
    country: 'NGA',
    name: 'Nigeria',
    title: 'Nigeria: Alliance 8.7 Pathfinder country',
    summary:
      'Nigeria set priorities in supply chains, migration, and conflict and humanitarian settings, and is drawing up an Alliance 8.7 action plan and communication strategy.',
    since: null,
    milestones: [abidjan],
    priorityAreas: [
      {
        heading: 'Supply Chains',
        topics: ['supply-chains', 'child-labour'],
        priorities: [
          'Make sure existing codes of conduct and standard procedures are complied with nationwide.',
          'Strengthen the prevention of child labour and the withdrawal and rehabilitation of child labourers.',
          'Set up effective institutions for awareness and mass mobilisation against child labour.',
        ],
      },
      {
        heading: 'Migration',
        topics: ['migration', 'trafficking'],
        priorities: [
          'Build policy, coordination and cooperation structures among state and non-state actors at every level on regular and irregular migration.',
          'Offer trafficking victims more victim-centred, gender-sensitive rehabilitation and reintegration.',
          'Strengthen the legal and criminal justice response to trafficking in persons.',
          'Raise awareness.',
        ],
      },
      {
        heading: 'Conflict & humanitarian settings',
        topics: ['conflict-and-humanitarian'],
        priorities: [
          'Improve social safety nets in communities hit by conflict and disaster.',
          'Do more for community mediation and peacebuilding.',
          'Strengthen public-private partnerships to rebuild community infrastructure.',
          'Work more with the main counter-terrorism, conflict, humanitarian and disaster actors.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Draw up an Alliance 8.7 action plan from the priorities, present it to the stakeholders and identify the resources available.',
      },
      { text: 'Draw up an Alliance 8.7 communication strategy validated by all stakeholders.' },
    ],
    steps: [],
    instruments: [],
    keywords: [
      'codes of conduct',
      'irregular migration',
      'conflict',
      'humanitarian',
      'disaster',
      'peacebuilding',
      'safety nets',
      'communication strategy',
      'action plan',
    ],
    sources: [{ seed, section: 'NIGERIA' }, recentEvents],
  },
  {
    country: 'VNM',
    name: 'Viet Nam',
    title: 'Viet Nam: Alliance 8.7 Pathfinder country',
    summary:
      'Viet Nam set priorities on child labour in supply chains, education and agriculture and on trafficking and migration, and planned a roadmap to Target 8.7 and the publication of its child labour survey.',
    since: null,
    milestones: [hlpf],
    priorityAreas: [
      {
        heading: 'Child labour and supply chains',
        topics: ['child-labour', 'supply-chains'],
        priorities: [
          'Establish a National Child Labour and Business Forum.',
          'Give families of child labourers in need targeted economic opportunities and social benefits, and minors decent and legal work.',
          'Run an awareness-raising programme.',
        ],
      },
      {
        heading: 'Trafficking and migration for labour exploitation',
        topics: ['trafficking', 'migration'],
        priorities: [
          'Raise awareness of the dangers of trafficking.',
          'Make children less vulnerable to trafficking by reducing family poverty through jobs, skills training and extra income.',
        ],
      },
      {
        heading: 'Child labour and education',
        topics: ['child-labour', 'education'],
        priorities: [
          'Improve the quality of vocational skills training.',
          'Tell communities, families and children about the dangers of child labour and the benefits of school.',
        ],
      },
      {
        heading: 'Child labour in agriculture',
        topics: ['child-labour', 'agriculture', 'supply-chains'],
        priorities: [
          'Review and complete the legal framework and make clearer which agricultural work is prohibited for children.',
          'Strengthen poverty reduction and income programmes, with career counselling, vocational training and job placement for older children and youth in rural areas.',
          'Raise awareness and communicate about child labour.',
          'Make public and private enterprises more aware of free trade agreements and of ending child labour in agricultural value chains.',
        ],
      },
    ],
    nextSteps: [
      {
        text: 'Draw up a roadmap to achieve Target 8.7 from follow-up consultations and submit it to the National Committee for Children.',
        due: '2019-09',
      },
      { text: 'Finalise and publish the data of the National Child Labour Survey.', due: '2019' },
    ],
    steps: [],
    instruments: [],
    keywords: [
      'Vietnam',
      'National Child Labour and Business Forum',
      'free trade agreements',
      'value chains',
      'vocational training',
      'rural youth',
      'National Child Labour Survey',
      'roadmap',
    ],
    sources: [{ seed, section: 'VIETNAM' }, recentEvents],
  },
  {
    country: 'FJI',
    name: 'Fiji',
    title: 'Fiji: steps towards becoming an Alliance 8.7 Pathfinder',
    summary:
      'Fiji has expressed interest, named a focal point, formed an organising committee and held a strategic workshop; priorities, coordination, resources, data, monitoring and sharing of practice come next.',
    since: null,
    milestones: [],
    priorityAreas: [],
    nextSteps: [],
    steps: [
      { position: 1, title: 'Expressed interest', status: 'done' },
      { position: 2, title: 'Focal point nominated', status: 'done' },
      { position: 3, title: 'Organising committee formed', status: 'done' },
      { position: 4, title: 'Strategic workshop organised', status: 'done' },
      { position: 5, title: 'Identify priority actions', status: 'coming' },
      { position: 6, title: 'Set up a coordination structure', status: 'coming' },
      { position: 7, title: 'Mobilise the necessary resources', status: 'coming' },
      { position: 8, title: 'Collect data', status: 'coming' },
      { position: 9, title: 'Set up a monitoring system', status: 'coming' },
      { position: 10, title: 'Share practices', status: 'coming' },
      { position: 11, title: 'Intensify technical support', status: 'coming' },
    ],
    instruments: [],
    keywords: [
      'Pacific',
      'focal point',
      'organising committee',
      'strategic workshop',
      'Pathfinder process',
    ],
    sources: [{ seed, section: 'Steps and perspectives for Fiji?' }],
  },
] satisfies readonly z.input<typeof Pathfinder>[];

/**
 * The Alliance 8.7 Pathfinder countries of seed 003, in the seed's order: Madagascar, Nepal,
 * Mauritania, Chile, Uganda, Albania, Nigeria, Viet Nam and Fiji (which the seed presents through
 * its steps).
 *
 * @example
 * pathfinders.map((p) => p.country);
 * // ['MDG', 'NPL', 'MRT', 'CHL', 'UGA', 'ALB', 'NGA', 'VNM', 'FJI']
 * @category model
 */
export const pathfinders = /* @__PURE__ */ trusted(Pathfinder, records);
