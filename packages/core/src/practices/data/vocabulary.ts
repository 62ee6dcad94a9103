import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { ConditionKindInfo, PracticeModalityInfo, PracticeThemeInfo } from '../schema.js';

const modalities = [
  {
    id: 'study-tour',
    label: 'Study tour or exchange visit',
    description:
      'A delegation travels to a country further ahead to see its institutions and projects at work.',
    keywords: ['study tour', 'exchange visit', 'study visit', 'staff exchange', 'field visit'],
  },
  {
    id: 'workshop',
    label: 'Experience-sharing workshop',
    description:
      'Several countries meet in a seminar, workshop or regional meeting to compare what they do.',
    keywords: ['workshop', 'seminar', 'regional meeting', 'conference', 'round table'],
  },
  {
    id: 'training',
    label: 'Training',
    description: 'A course for officials, teachers or social partners, or a training of trainers.',
    keywords: ['training', 'training of trainers', 'capacity building', 'course'],
  },
  {
    id: 'technical-assistance',
    label: 'Technical assistance between countries',
    description:
      'One country advises another on designing or building something specific, such as a cash transfer programme or an inspection service.',
    keywords: ['technical assistance', 'technical cooperation', 'advice', 'advisory', 'expertise'],
  },
  {
    id: 'trade-union-partnership',
    label: 'Trade-union partnership',
    description: 'Trade unions of two or more countries share methods and train each other.',
    keywords: ['trade union', 'union partnership', 'workers organisation', 'teachers union'],
  },
  {
    id: 'triangular-cooperation',
    label: 'Triangular cooperation',
    description:
      'Southern countries cooperate with the support of a Northern donor as a third partner.',
    keywords: ['triangular', 'third partner', 'northern donor', 'co-financing'],
  },
  {
    id: 'south-south-funding',
    label: 'South-South funding',
    description:
      'A Southern government pays for the cooperation, for example through grants of the Brazilian Cooperation Agency.',
    keywords: ['south-south funding', 'southern donor', 'abc', 'brazilian cooperation agency'],
  },
  {
    id: 'cooperation-agreement',
    label: 'Cooperation agreement',
    description: 'Countries sign a memorandum of understanding or an agreement to work together.',
    keywords: ['memorandum of understanding', 'mou', 'agreement', 'platform'],
  },
  {
    id: 'participatory-forum',
    label: 'Children and youth forum',
    description:
      'Children and young people meet, agree recommendations and put them to decision makers.',
    keywords: ['youth forum', 'children forum', 'child participation', 'consultation'],
  },
  {
    id: 'joint-planning',
    label: 'Joint planning',
    description:
      'Countries draw up plans or roadmaps to a common outline and review them together.',
    keywords: ['roadmap', 'joint strategy', 'strategic planning', 'sub-regional plan'],
  },
] satisfies readonly z.input<typeof PracticeModalityInfo>[];

const themes = [
  {
    id: 'education',
    label: 'Education',
    description: 'Getting and keeping children in school, and teaching about child labour.',
    keywords: ['education', 'school', 'schooling', 'teacher', 'scream', 'vocational training'],
  },
  {
    id: 'cash-transfers',
    label: 'Conditional cash transfers',
    description:
      'Regular cash for poor families on condition that children attend school or health checks.',
    keywords: [
      'cash transfer',
      'conditional cash transfer',
      'cct',
      'bolsa familia',
      'bolsa escola',
      'avancemos',
      'peti',
    ],
  },
  {
    id: 'social-protection',
    label: 'Social protection',
    description: 'Social assistance and services that reduce the poverty behind child labour.',
    keywords: [
      'social protection',
      'safety net',
      'social assistance',
      'social services',
      'poverty',
    ],
  },
  {
    id: 'labour-inspection',
    label: 'Labour inspection',
    description: 'Inspectorates able to detect child labour and act on it.',
    keywords: ['labour inspection', 'inspector', 'inspectorate', 'enforcement', 'law enforcement'],
  },
  {
    id: 'child-labour-monitoring',
    label: 'Child labour monitoring',
    description:
      'Systems (CLMS) that identify working children, refer them to services and follow them up.',
    keywords: [
      'monitoring',
      'clms',
      'child labour monitoring',
      'monitoring system',
      'monitoring mechanism',
      'identification',
      'referral',
      'tracking',
    ],
  },
  {
    id: 'monitoring-and-evaluation',
    label: 'Monitoring and evaluation',
    description: 'Reviewing a plan against its goals and measuring progress.',
    keywords: [
      'monitoring',
      'evaluation',
      'monitoring and evaluation',
      'indicator',
      'target',
      'progress review',
    ],
  },
  {
    id: 'data-and-research',
    label: 'Data and research',
    description: 'Surveys, assessments, research and data collection on child labour.',
    keywords: [
      'data',
      'baseline',
      'survey',
      'research',
      'statistics',
      'assessment',
      'data collection',
      'knowledge base',
      'mapping',
    ],
  },
  {
    id: 'action-planning',
    label: 'National action plans and roadmaps',
    description: 'National action plans, time-bound programmes, roadmaps and policies.',
    keywords: [
      'national action plan',
      'action plan',
      'nap',
      'roadmap',
      'time bound programme',
      'tbp',
      'strategy',
      'policy',
    ],
  },
  {
    id: 'institutional-coordination',
    label: 'Institutional coordination',
    description:
      'Steering committees, commissions and child labour units that coordinate national action.',
    keywords: [
      'coordination',
      'coordination mechanism',
      'coordination unit',
      'steering committee',
      'child labour unit',
      'commission',
      'committee',
      'focal point',
    ],
  },
  {
    id: 'hazardous-work-list',
    label: 'Hazardous work list',
    description: 'The national list of work too hazardous for children.',
    keywords: ['hazardous work', 'hazardous', 'hazardous occupations', 'list of hazardous work'],
  },
  {
    id: 'social-dialogue',
    label: 'Social dialogue',
    description: 'Tripartite consultation of government, employers and workers.',
    keywords: ['social dialogue', 'tripartite', 'consultation'],
  },
  {
    id: 'social-partners',
    label: "Workers' and employers' organisations",
    description: 'The part trade unions and employers play in the fight against child labour.',
    keywords: [
      'trade union',
      'union',
      'workers organisation',
      'employers organisation',
      'employers',
      'workers',
      'social partners',
    ],
  },
  {
    id: 'legislation',
    label: 'Legislation',
    description: 'Laws, penal codes and legal frameworks on child labour and exploitation.',
    keywords: ['law', 'legislation', 'legal framework', 'penal code', 'criminal code'],
  },
  {
    id: 'trafficking',
    label: 'Trafficking',
    description: 'Trafficking in children and young people.',
    keywords: ['trafficking', 'trafficked', 'traffickers', 'human trafficking', 'cross border'],
  },
  {
    id: 'commercial-sexual-exploitation',
    label: 'Commercial sexual exploitation of children',
    description: 'Commercial sexual exploitation of children (CSEC), a worst form of child labour.',
    keywords: ['csec', 'sexual exploitation', 'commercial sexual exploitation', 'prosecutor'],
  },
  {
    id: 'victim-assistance',
    label: 'Victim assistance',
    description: 'Protection, rehabilitation and reintegration of children who were exploited.',
    keywords: [
      'victim',
      'victim assistance',
      'victim protection',
      'rehabilitation',
      'reintegration',
      'survivor',
    ],
  },
  {
    id: 'youth-employment',
    label: 'Youth employment',
    description: 'Decent work for young people of working age, and career guidance.',
    keywords: ['youth employment', 'young workers', 'career counselling', 'employment services'],
  },
  {
    id: 'awareness-raising',
    label: 'Awareness raising',
    description: 'Campaigns, advocacy and information about child labour.',
    keywords: ['awareness', 'awareness raising', 'campaign', 'advocacy', 'media'],
  },
  {
    id: 'child-participation',
    label: 'Child participation',
    description: 'Children and young people taking part in the decisions that concern them.',
    keywords: ['child participation', 'youth participation', 'youth forum', 'young people'],
  },
  {
    id: 'resource-mobilisation',
    label: 'Resource mobilisation',
    description: 'Finding and coordinating money and technical resources.',
    keywords: ['funding', 'resources', 'resource mobilisation', 'donor', 'budget', 'financing'],
  },
  {
    id: 'corporate-social-responsibility',
    label: 'Corporate social responsibility',
    description: 'Employers and businesses taking responsibility for child labour.',
    keywords: ['csr', 'corporate social responsibility', 'business', 'private sector', 'companies'],
  },
] satisfies readonly z.input<typeof PracticeThemeInfo>[];

const conditions = [
  {
    id: 'political-commitment',
    label: 'Political commitment at the highest level',
    description: 'Clear political will, at the highest level, to act and to sustain the action.',
    keywords: [
      'political will',
      'political commitment',
      'commitment',
      'endorsement',
      'high level',
      'leadership',
      'lead ministry',
      'legitimacy',
    ],
  },
  {
    id: 'shared-understanding',
    label: 'A shared understanding of the problem',
    description:
      'Child labour seen as a problem for society as a whole and a brake on development.',
    keywords: ['shared aim', 'shared vision', 'agreed concepts', 'understanding', 'common goal'],
  },
  {
    id: 'institutional-involvement',
    label: 'All competent institutions involved',
    description:
      'Every institution with a responsibility takes part, with targets that fit its mandate.',
    keywords: ['institutions', 'ministries', 'mandate', 'responsibilities', 'division of roles'],
  },
  {
    id: 'resources',
    label: 'Resources',
    description: 'Money and expertise allocated to the cooperation.',
    keywords: ['funding', 'resources', 'budget', 'financial allocation', 'money'],
  },
  {
    id: 'social-partners',
    label: 'Committed social partners',
    description: "Strong, involved workers' and employers' organisations.",
    keywords: ['trade union', 'social partners', 'workers', 'employers', 'union leaders'],
  },
  {
    id: 'civil-society-and-dialogue',
    label: 'Civil society and social dialogue',
    description: 'A robust civil society and a culture of social dialogue.',
    keywords: ['civil society', 'social dialogue', 'ngo', 'community'],
  },
  {
    id: 'common-framework',
    label: 'A common programme framework',
    description: 'Countries working under the same programme, with support from its headquarters.',
    keywords: ['common framework', 'programme framework', 'regional programme'],
  },
  {
    id: 'facilitation',
    label: 'A facilitator',
    description: 'An organisation (here IPEC) that makes room for the exchange and supports it.',
    keywords: ['facilitator', 'facilitation', 'technical support', 'coordination unit'],
  },
  {
    id: 'shared-language-or-context',
    label: 'A shared language or context',
    description: 'Partners that share a language, a history, a border or a similar situation.',
    keywords: ['common language', 'similar context', 'neighbours', 'shared history'],
  },
  {
    id: 'openness-to-cooperation',
    label: 'Openness to cooperation',
    description: 'Partners interested in working together and active in the exchange.',
    keywords: ['openness', 'interest', 'willingness', 'active participation'],
  },
  {
    id: 'clear-need',
    label: 'A clearly identified need',
    description: 'The receiving side knows what it needs to learn and why.',
    keywords: ['needs assessment', 'identified need', 'objectives', 'gaps'],
  },
  {
    id: 'preparation-and-follow-up',
    label: 'Preparation and follow-up',
    description:
      'Briefings before, a report after, and participants expected to act on what they learned.',
    keywords: ['preparation', 'briefing', 'follow up', 'report', 'experience sharing'],
  },
  {
    id: 'right-participants',
    label: 'The right participants',
    description: 'A delegation that includes every body needed to act on what it learns.',
    keywords: ['participants', 'delegation', 'composition', 'local authorities'],
  },
  {
    id: 'prior-experience',
    label: 'Tested experience to share',
    description: 'Something piloted and documented before it is shared.',
    keywords: ['pilot', 'pilot testing', 'good practice collection', 'documentation'],
  },
  {
    id: 'coordination-with-others',
    label: 'Links with other stakeholders',
    description:
      "Activities linked with other stakeholders' work, with support for local committees.",
    keywords: ['coordination', 'stakeholders', 'local committees', 'district committees'],
  },
] satisfies readonly z.input<typeof ConditionKindInfo>[];

/**
 * The modalities of South-South cooperation seen in seed 001's cases, with labels.
 *
 * @example
 * practiceModalityInfo.find((m) => m.id === 'study-tour')?.label; // 'Study tour or exchange visit'
 * @category model
 */
export const practiceModalityInfo = /* @__PURE__ */ trusted(PracticeModalityInfo, modalities);

/**
 * The themes of seed 001's cases, with labels and the words practitioners use for them.
 *
 * @example
 * practiceThemeInfo.find((t) => t.id === 'cash-transfers')?.keywords.includes('cct'); // true
 * @category model
 */
export const practiceThemeInfo = /* @__PURE__ */ trusted(PracticeThemeInfo, themes);

/**
 * The kinds of necessary condition named by seed 001's cases, with labels.
 *
 * @example
 * conditionKindInfo.find((k) => k.id === 'political-commitment')?.label;
 * // 'Political commitment at the highest level'
 * @category model
 */
export const conditionKindInfo = /* @__PURE__ */ trusted(ConditionKindInfo, conditions);
