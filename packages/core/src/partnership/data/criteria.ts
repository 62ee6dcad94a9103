import type { z } from 'zod';
import type { CheckGroup, Criterion } from '../schema.js';

const seed000 = '000_13e4478fe2e762d6.txt';
const seed001 = '001_9148a8ca8a7c6ecc.txt';
const seed003 = '003_108115038eae456f.txt';

const makingItWork = { seed: seed000, section: 'Making a partnership work' } as const;
const facilitating = {
  seed: seed000,
  section: 'Matters that can facilitate a partnership',
} as const;
const synergy = { seed: seed000, section: 'Synergy: 1 + 1 = 3' } as const;
const focusQuestions = {
  seed: seed000,
  section: 'What should a partnership against trafficking focus on?',
} as const;
const matrix = { seed: seed000, section: 'Who is best placed to do what & where?' } as const;
// Section names as the pathfinders module records the two "Lessons Learnt" slides.
const lessons = { seed: seed003, section: 'Lessons Learnt (first slide)' } as const;
const lessonsTwo = { seed: seed003, section: 'Lessons Learnt (second slide)' } as const;
const fijiSteps = { seed: seed003, section: 'Steps and perspectives for Fiji?' } as const;
const ibsaConditions = {
  seed: seed001,
  section:
    'IPEC Projects in IBSA countries and Latin America get together to discuss South-South Cooperation: Necessary conditions',
} as const;
const cctConditions = {
  seed: seed001,
  section:
    'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme: Necessary conditions',
} as const;
const csecConditions = {
  seed: seed001,
  section:
    'Central America: Exchange of experience on trafficking and CSEC initiatives: Necessary conditions',
} as const;
const bangladeshConditions = {
  seed: seed001,
  section:
    'Bangladesh and Indonesia: Broadening the understanding of child labour: Necessary conditions',
} as const;
const mongoliaConditions = {
  seed: seed001,
  section:
    'Mongolia and Indonesia: Learning from practical stakeholders experiences: Necessary conditions',
} as const;
const standardsCentral = {
  seed: '002_b77dc5cac94d77d7.txt',
  section: 'Annex 2: Terms of reference, History and Organisational approach',
} as const;
const osce = {
  publication:
    'OSCE/ODIHR, National Referral Mechanisms: Joining Efforts to Protect the Rights of Trafficked Persons. A Practical Handbook, 2nd edition (2022)',
  url: 'https://respect.international/national-referral-mechanisms-joining-efforts-to-protect-the-rights-of-trafficked-persons-a-practical-handbook-2/',
} as const;

export const checkGroupRecords = [
  {
    id: 'work',
    title: 'Making the partnership work',
    summary:
      'The eight things seed 000 says partners must do together: agree the aim, divide the work, choose where and for whom, and measure and learn.',
    source: makingItWork,
  },
  {
    id: 'facilitate',
    title: 'What facilitates it',
    summary:
      'The nine matters seed 000 says make a partnership easier: leadership, legitimacy, a lead, pressure, focal points, coordination, funding, time and rules.',
    source: facilitating,
  },
  {
    id: 'complementarity',
    title: 'Complementarity',
    summary:
      'Whether the partners are different enough to add up to more than their parts, and whether anyone covers each role the plan needs.',
    source: synergy,
  },
  {
    id: 'focus',
    title: 'Focus',
    summary: "Whether the plan answers seed 000's focus questions and keeps the labour angle.",
    source: focusQuestions,
  },
  {
    id: 'matrix',
    title: 'Who does what, where',
    summary:
      'Whether every place and level the plan works in has someone assigned, and whether the leads are the actors best placed for the work.',
    source: matrix,
  },
  {
    id: 'standards',
    title: 'Standards',
    summary:
      'Which international labour standards apply to what the plan addresses, and whether its countries have ratified them.',
    source: standardsCentral,
  },
  {
    id: 'pathfinder',
    title: 'Pathfinder lessons',
    summary:
      'What Alliance 8.7 Pathfinder countries and IPEC good practices found necessary: high-level endorsement, a focal point, many ministries, social partners, resources and targets within mandates.',
    source: lessons,
  },
  {
    id: 'safeguards',
    title: 'Safeguards',
    summary:
      "Protections for victims and children: a referral pathway, the child's best interests, confidential data and a survivor-centred approach.",
    source: { instrument: 'P29', ref: '3' },
  },
] satisfies readonly z.input<typeof CheckGroup>[];

export const criterionRecords = [
  // ---- Making a partnership work (seed 000) ----
  {
    id: 'work.shared-aim',
    group: 'work',
    title: 'Shared aim and agreed concepts',
    summary:
      'The partners agree on concepts, on the form of exploitation they take on and how to address it, and share one aim.',
    question:
      'Have all partners agreed on the concepts, the form of exploitation the partnership addresses, how to address it, and one shared aim?',
    advice:
      'Hold a short session to agree, in writing, the aim, the forms of exploitation you address and the definitions you will use, and have every partner sign up to it.',
    source: makingItWork,
    seeAlso: [cctConditions],
    mayBeNotApplicable: false,
    gapKeywords: ['shared understanding of child labour', 'common vision', 'political commitment'],
  },
  {
    id: 'work.responsibilities',
    group: 'work',
    title: 'Responsibilities divided',
    summary: 'Each partner knows what it is responsible for.',
    question: 'Is it written down what each partner is responsible for?',
    advice: 'Write down, partner by partner, what each one is responsible for.',
    source: makingItWork,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['division of responsibilities', 'institutional coordination'],
  },
  {
    id: 'work.areas-and-groups',
    group: 'work',
    title: 'Geographical areas and target groups selected',
    summary: 'The partners have chosen where they work and whom they work with.',
    question: 'Have the partners selected the geographical areas and the target groups?',
    advice:
      'Select the districts or sites you will work in and the groups of people you will reach.',
    source: makingItWork,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['target groups', 'mapping of high-risk areas', 'area-based'],
  },
  {
    id: 'work.local-outreach-partners',
    group: 'work',
    title: 'Local outreach partners agreed',
    summary: 'The partners agree which local organisations will reach people on the ground.',
    question: 'Have the partners agreed which local outreach partners will work in each area?',
    advice:
      'Agree which local organisations will carry the outreach work in each area, and what each will do.',
    source: makingItWork,
    seeAlso: [],
    mayBeNotApplicable: true,
    gapKeywords: ['local partners', 'community outreach', 'district child labour committees'],
    appliesWhen: 'The plan works at the outreach (direct assistance) level.',
  },
  {
    id: 'work.baseline',
    group: 'work',
    title: 'Local baseline data',
    summary:
      'Local data is gathered before working with the target group, to measure change against.',
    question:
      'Has local baseline data been gathered (or firmly planned) before work with the target group starts?',
    advice:
      'Gather local baseline data on the target group before the interventions start, so that change can be measured.',
    source: makingItWork,
    seeAlso: [fijiSteps],
    mayBeNotApplicable: false,
    gapKeywords: ['baseline data', 'survey'],
  },
  {
    id: 'work.monitoring',
    group: 'work',
    title: 'Monitoring mechanism agreed',
    summary: 'The partners agree how progress is monitored, how often and by whom.',
    question: 'Have the partners agreed a monitoring mechanism, with who does it and how often?',
    advice: 'Agree a monitoring mechanism: what is tracked, how often, and which partner does it.',
    source: makingItWork,
    seeAlso: [fijiSteps, { instrument: 'C182', ref: '5' }],
    mayBeNotApplicable: false,
    gapKeywords: ['monitoring mechanism', 'child labour monitoring system'],
  },
  {
    id: 'work.indicators',
    group: 'work',
    title: 'Indicators and targets set together',
    summary: 'Indicators of change, with baselines and targets, are set by the partners together.',
    question: 'Have the partners set indicators together, each with a baseline and a target?',
    advice: 'Set a few indicators together, each with its baseline value and a target with a date.',
    source: makingItWork,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['indicators and targets', 'monitoring and evaluation'],
  },
  {
    id: 'work.learning-events',
    group: 'work',
    title: 'Regular experience sharing and learning',
    summary: 'The partners meet regularly to share experience and learn.',
    question: 'Are there regular experience-sharing and learning events?',
    advice:
      'Plan regular experience-sharing and learning events, with a set rhythm (for example twice a year).',
    source: makingItWork,
    seeAlso: [fijiSteps],
    mayBeNotApplicable: false,
    lesson: 'global-and-regional-events',
    gapKeywords: ['exchange of experience', 'learning events', 'study tour'],
  },
  // ---- Matters that can facilitate a partnership (seed 000) ----
  {
    id: 'facilitate.leader',
    group: 'facilitate',
    title: 'A motivating, non-threatening leader',
    summary: 'Someone leads who motivates the partners without threatening them.',
    question:
      'Does the partnership have a leader who motivates the partners and does not threaten them?',
    advice:
      'Name the person who leads the partnership and say how they will lead: by motivating and bringing partners along, not by command.',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['leadership', 'political commitment'],
  },
  {
    id: 'facilitate.legitimacy',
    group: 'facilitate',
    title: 'Legitimacy',
    summary:
      'The partnership is seen as legitimate, through well-respected people and targeted publicity.',
    question: 'Is the partnership made legitimate by well-respected people and targeted publicity?',
    advice: 'Ask well-respected people to speak for the partnership, and plan targeted publicity.',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: true,
    gapKeywords: ['awareness raising', 'publicity', 'campaign'],
  },
  {
    id: 'facilitate.lead-institution',
    group: 'facilitate',
    title: 'A lead country or ministry',
    summary: 'One ministry (or, across borders, one country) takes the lead.',
    question: 'Is there a lead ministry, or a lead country for a cross-border partnership?',
    advice: 'Agree which ministry (or which country, across borders) leads, and make it a partner.',
    source: facilitating,
    seeAlso: [lessons],
    mayBeNotApplicable: true,
    gapKeywords: ['lead ministry', 'ministry of labour', 'political commitment'],
  },
  {
    id: 'facilitate.external-pressure',
    group: 'facilitate',
    title: 'External pressure',
    summary:
      'The partnership knows and uses the outside pressure that keeps the issue on the agenda.',
    question:
      'Has the partnership identified the external pressure it can use (supervisory comments, regional commitments, buyers, donors)?',
    advice:
      'Name the external pressure you can use: ILO supervisory comments, SDG 8.7 reporting, regional commitments, buyers’ due-diligence demands.',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: true,
    gapKeywords: ['international commitments', 'regional agenda', 'external pressure'],
  },
  {
    id: 'facilitate.focal-points',
    group: 'facilitate',
    title: 'Focal points in each organisation',
    summary: 'Every participating organisation names a focal point.',
    question: 'Has every participating organisation named a focal point?',
    advice: 'Ask every partner to name a focal point, with their role.',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['focal points', 'institutional coordination'],
  },
  {
    id: 'facilitate.coordination-unit',
    group: 'facilitate',
    title: 'A coordination unit',
    summary: 'A unit or secretariat coordinates the partners, hosted by one of them.',
    question: 'Is there a coordination unit, hosted by a partner, with staff and a meeting rhythm?',
    advice:
      'Set up a coordination unit or secretariat, hosted by one partner, with staff and a regular meeting rhythm.',
    source: facilitating,
    seeAlso: [fijiSteps],
    mayBeNotApplicable: false,
    gapKeywords: ['coordination mechanism', 'national committee', 'institutional coordination'],
  },
  {
    id: 'facilitate.funding',
    group: 'facilitate',
    title: 'Funding',
    summary: 'The partnership has funding for its work and its coordination.',
    question: 'Is funding secured for the partnership’s work and coordination?',
    advice:
      'Secure funding for the coordination and the priority activities, and write down who pays for what.',
    source: facilitating,
    seeAlso: [bangladeshConditions],
    mayBeNotApplicable: false,
    gapKeywords: ['funding', 'financial resources'],
  },
  {
    id: 'facilitate.coordination-time',
    group: 'facilitate',
    title: 'Time for coordination in job descriptions',
    summary: 'Coordination takes time, so it is built into the focal points’ job descriptions.',
    question: 'Is the time coordination takes built into the focal points’ job descriptions?',
    advice:
      'Write the time each focal point spends on the partnership into their job description (for example a share of the post).',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['staff time', 'capacity building'],
  },
  {
    id: 'facilitate.member-rules',
    group: 'facilitate',
    title: 'Rules for members',
    summary: 'Members agree rules, at least on how decisions are made and what membership means.',
    question:
      'Have the members agreed rules, at least on decision-making and on what membership involves?',
    advice:
      'Agree rules for members: how decisions are made, what joining commits a partner to, and how data and communication are handled.',
    source: facilitating,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['cooperation agreement', 'memorandum of understanding'],
  },
  // ---- Complementarity (seed 000 "Synergy") ----
  {
    id: 'complementarity.actor-types',
    group: 'complementarity',
    title: 'Different kinds of actor',
    summary:
      'The partnership brings together different kinds of actor, so that each brings what it is best placed to do.',
    question:
      'Does the partnership bring together at least three different kinds of actor (government, social partners, NGOs, international organisations, academia, media, business)?',
    advice:
      'Bring in the kinds of actor the plan lacks; a partnership of one kind of actor is not yet a partnership.',
    source: synergy,
    seeAlso: [mongoliaConditions],
    mayBeNotApplicable: false,
    gapKeywords: ['social partners', 'tripartite', 'civil society'],
  },
  {
    id: 'complementarity.roles-covered',
    group: 'complementarity',
    title: 'Every needed role covered',
    summary:
      'For each kind of work in the plan, a partner of a kind best placed to do it takes part.',
    question:
      'For each kind of work the plan includes, is there a partner of the kind best placed to do it?',
    advice: 'For each kind of work in the plan, bring in a partner of a kind best placed to do it.',
    source: synergy,
    seeAlso: [matrix],
    mayBeNotApplicable: false,
    gapKeywords: ['stakeholders', 'institutional involvement', 'social partners'],
  },
  // ---- Focus (seed 000) ----
  {
    id: 'focus.questions',
    group: 'focus',
    title: 'Focus questions answered',
    summary:
      'The plan says whether it works on policy or outreach, in-country or across borders, in which places, on supply or demand, on people or traffickers, and through which interventions.',
    question:
      'Has the partnership decided its focus: policy or outreach, in-country or cross-border, source, transit or destination, supply or demand, people or traffickers, and which intervention types?',
    advice:
      'Answer each of the focus questions in the plan, and make sure the interventions match.',
    source: focusQuestions,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['action plan', 'priorities', 'roadmap'],
  },
  {
    id: 'focus.labour-angle',
    group: 'focus',
    title: 'The labour (exploitation) angle',
    summary:
      'The plan keeps the labour exploitation angle in view throughout, as seed 000 asks of ILO partners.',
    question: 'Does the plan keep the labour (exploitation) angle in view in everything it does?',
    advice:
      'Say how the plan keeps the labour angle: decent work, labour law and its enforcement, and the social partners.',
    source: focusQuestions,
    seeAlso: [],
    mayBeNotApplicable: true,
    gapKeywords: ['labour inspection', 'decent work', 'social dialogue'],
  },
  // ---- Matrix (seed 000) ----
  {
    id: 'matrix.cells-covered',
    group: 'matrix',
    title: 'Someone assigned in every place and level',
    summary:
      'For every intervention type, level and place the plan works in, someone is assigned to lead the work.',
    question:
      'For each type of intervention, at each level and in each place you work in, is a partner assigned to lead?',
    advice:
      'Assign a lead partner for each type of intervention at each level and place you work in, or narrow the focus.',
    source: matrix,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['action plan', 'roadmap', 'coordination'],
  },
  {
    id: 'matrix.best-placed',
    group: 'matrix',
    title: 'Leads are the best placed',
    summary:
      'Each intervention is led by a kind of actor best placed to do that work in that place.',
    question:
      'Is each intervention led by the kind of actor best placed to do it (for example, the state for law enforcement)?',
    advice:
      'Hand the lead of each intervention to a partner of a kind best placed for it, with the others supporting.',
    source: matrix,
    seeAlso: [synergy],
    mayBeNotApplicable: false,
    gapKeywords: ['mandate', 'institutional involvement'],
  },
  {
    id: 'matrix.cross-border-reach',
    group: 'matrix',
    title: 'Cross-border work reaches beyond the source',
    summary: 'A cross-border plan works at both ends of the route, not only where people leave.',
    question:
      'If the partnership works across borders, does it work at destination (and transit) as well as at source?',
    advice:
      'Add work at destination (and, where people pass through, transit), with partners there.',
    source: focusQuestions,
    seeAlso: [matrix, { instrument: 'P29', ref: '5' }],
    mayBeNotApplicable: true,
    gapKeywords: ['cross-border cooperation', 'trafficking', 'migration'],
    appliesWhen: 'The plan works across borders.',
  },
  // ---- Standards ----
  {
    id: 'standards.applicable',
    group: 'standards',
    title: 'Applicable standards named',
    summary: 'The plan names the international labour standards that apply to what it addresses.',
    question:
      'Does the plan name the conventions that apply to the exploitation it addresses (for example C.182, C.138, C.29 and its Protocol)?',
    advice:
      'Name, in the plan, the conventions that apply to what you address, and build on their articles.',
    source: standardsCentral,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['convention', 'legislation', 'hazardous work list'],
  },
  {
    id: 'standards.ratification',
    group: 'standards',
    title: 'Ratification known and addressed',
    summary:
      'For each country, the plan knows whether the applicable conventions are ratified and says what it will do where they are not.',
    question:
      'Do you know whether each country has ratified the applicable conventions, and does the plan say what it will do where one has not?',
    advice:
      'Check each country’s ratifications on NORMLEX and, where a convention is not ratified, add ratification advocacy to the plan.',
    source: { seed: seed003, section: 'UGANDA' },
    seeAlso: [standardsCentral],
    mayBeNotApplicable: true,
    gapKeywords: ['ratification', 'legislation'],
  },
  // ---- Pathfinder lessons and necessary conditions ----
  {
    id: 'pathfinder.endorsement',
    group: 'pathfinder',
    title: 'Endorsement at the highest political level',
    summary: 'The plan is endorsed at the highest political level possible.',
    question:
      'Is the partnership endorsed at the highest political level possible (head of state or government, or cabinet)?',
    advice:
      'Seek endorsement at the highest political level possible: the head of state or government, or the cabinet.',
    source: lessons,
    seeAlso: [cctConditions, csecConditions],
    mayBeNotApplicable: true,
    lesson: 'highest-level-endorsement',
    gapKeywords: ['political commitment at the highest level', 'political will'],
  },
  {
    id: 'pathfinder.national-focal-point',
    group: 'pathfinder',
    title: 'A national focal point',
    summary: 'A national focal point, in a government institution, leads the process.',
    question: 'Is there a national focal point in a government institution leading the process?',
    advice: 'Nominate a national focal point in a government institution to lead the process.',
    source: lessons,
    seeAlso: [fijiSteps],
    mayBeNotApplicable: true,
    lesson: 'national-focal-point',
    gapKeywords: ['focal point', 'national coordinator'],
  },
  {
    id: 'pathfinder.ministries-beyond-labour',
    group: 'pathfinder',
    title: 'Ministries beyond labour',
    summary: 'Ministries other than labour take part, and take the lead on some of the work.',
    question:
      'Do ministries other than labour take part, and lead some of the work rather than only attend?',
    advice:
      'Bring in the other ministries concerned (education, social welfare, justice, interior…) and give them the lead on some of the work.',
    source: lessonsTwo,
    seeAlso: [cctConditions],
    mayBeNotApplicable: true,
    lesson: 'ministries-beyond-labour',
    gapKeywords: ['ministries', 'inter-ministerial', 'institutional involvement'],
  },
  {
    id: 'pathfinder.social-partners-civil-society',
    group: 'pathfinder',
    title: 'Social partners and civil society',
    summary: 'Workers’ and employers’ organisations and civil society are all involved.',
    question:
      'Are workers’ organisations, employers’ organisations and civil society all involved?',
    advice:
      'Involve both social partners (workers’ and employers’ organisations) and civil society organisations.',
    source: lessonsTwo,
    seeAlso: [ibsaConditions],
    mayBeNotApplicable: false,
    lesson: 'social-partners-and-civil-society',
    gapKeywords: ['trade unions', 'employers organisations', 'civil society'],
  },
  {
    id: 'pathfinder.resource-mobilisation',
    group: 'pathfinder',
    title: 'A resource mobilisation strategy',
    summary: 'A strategy sets out how the resources for the priority actions will be mobilised.',
    question: 'Is there a resource mobilisation strategy for the priority actions?',
    advice:
      'Write a resource mobilisation strategy: what the priority actions cost, who could fund them, and who asks.',
    source: lessons,
    seeAlso: [fijiSteps, bangladeshConditions],
    mayBeNotApplicable: false,
    lesson: 'resource-mobilisation-strategy',
    gapKeywords: ['resource mobilisation', 'funding'],
  },
  {
    id: 'pathfinder.targets-within-mandates',
    group: 'pathfinder',
    title: 'Targets within the partners’ mandates',
    summary: 'Every target belongs to a partner whose mandate covers it.',
    question: 'Does every target belong to a participating institution whose mandate covers it?',
    advice: 'Give every target an owner among the partners, one whose mandate covers it.',
    source: csecConditions,
    seeAlso: [],
    mayBeNotApplicable: false,
    gapKeywords: ['targets', 'mandate'],
  },
  {
    id: 'pathfinder.un-agencies',
    group: 'pathfinder',
    title: 'UN agencies and the Resident Coordinator',
    summary:
      'The UN agencies concerned take part, coordinated through the UN Resident Coordinator.',
    question: 'Are the UN agencies concerned involved, including the UN Resident Coordinator?',
    advice:
      'Involve the UN agencies concerned (for example the ILO, IOM, UNICEF, UNODC) and the UN Resident Coordinator’s office.',
    source: lessons,
    seeAlso: [{ seed: '002_b77dc5cac94d77d7.txt', section: 'Annex 6' }],
    mayBeNotApplicable: true,
    lesson: 'un-agencies-and-resident-coordinator',
    gapKeywords: ['UN agencies', 'international organisations', 'coordination'],
  },
  {
    id: 'pathfinder.statistics-and-research',
    group: 'pathfinder',
    title: 'The statistical office and academia',
    summary:
      'The statistical office and researchers take part, so that the partnership has data and evidence.',
    question: 'Are the national statistical office and researchers (academia) involved?',
    advice:
      'Involve the national statistical office and a research institution, for the baseline, the surveys and the evaluation.',
    source: lessons,
    seeAlso: [{ seed: '004_606416beeff1216a.txt', section: 'Specific objectives' }],
    mayBeNotApplicable: true,
    lesson: 'all-relevant-stakeholders',
    gapKeywords: ['statistics', 'research', 'child labour survey'],
  },
  // ---- Safeguards ----
  {
    id: 'safeguards.referral-pathway',
    group: 'safeguards',
    title: 'A referral pathway for victims',
    summary:
      'Victims are identified and referred to protection and services along an agreed pathway.',
    question:
      'Is there an agreed pathway for identifying victims and referring them to protection and services, with someone responsible?',
    advice:
      'Agree a referral pathway: who identifies victims, where they are referred, and which partner is responsible, in line with the national referral mechanism.',
    source: { instrument: 'P29', ref: '3' },
    seeAlso: [osce],
    mayBeNotApplicable: true,
    gapKeywords: ['victim assistance', 'referral', 'rehabilitation'],
    appliesWhen: 'The plan works with victims.',
  },
  {
    id: 'safeguards.best-interests',
    group: 'safeguards',
    title: 'The best interests of the child',
    summary: 'Every action that touches children puts the child’s best interests first.',
    question:
      'Where the work touches children, does the plan put the best interests of the child first, with someone responsible?',
    advice:
      'Say how every action that touches children puts the child’s best interests first, and which partner makes sure of it.',
    source: osce,
    seeAlso: [{ instrument: 'C182', ref: '7(2)(b)' }],
    mayBeNotApplicable: true,
    gapKeywords: ['child participation', 'protection of children'],
    appliesWhen: 'The plan works with or for children.',
  },
  {
    id: 'safeguards.data-confidentiality',
    group: 'safeguards',
    title: 'Confidentiality of victims’ data',
    summary: 'Victims’ personal data is kept confidential and shared only as agreed.',
    question:
      'Is victims’ personal data kept confidential, with agreed rules on what is shared and with whom?',
    advice:
      'Agree how victims’ personal data is kept confidential: what is collected, who may see it, and with whom it is shared.',
    source: osce,
    seeAlso: [],
    mayBeNotApplicable: true,
    gapKeywords: ['data protection', 'confidentiality'],
    appliesWhen: 'The plan works with victims.',
  },
  {
    id: 'safeguards.survivor-centred',
    group: 'safeguards',
    title: 'A survivor-centred approach',
    summary:
      'The work is survivor-centred: consent, no punishment for what victims were forced to do, and access to remedies.',
    question:
      'Is the work survivor-centred: informed consent, non-punishment of victims and access to remedies?',
    advice:
      'Say how the work is survivor-centred: informed consent, no punishment for acts victims were forced to commit, and access to remedies such as compensation.',
    source: { instrument: 'P29', ref: '4' },
    seeAlso: [osce],
    mayBeNotApplicable: true,
    gapKeywords: ['victim assistance', 'rehabilitation', 'reintegration'],
    appliesWhen: 'The plan works with victims.',
  },
] satisfies readonly z.input<typeof Criterion>[];
