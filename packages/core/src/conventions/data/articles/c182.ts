import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

/** Articles 1 to 8 of the Worst Forms of Child Labour Convention, 1999 (No. 182). */
export const c182Articles = [
  {
    id: 'C182:1',
    instrumentId: 'C182',
    number: '1',
    heading: 'Immediate and effective measures',
    summary:
      'Each ratifying State takes immediate and effective measures to secure the prohibition and elimination of the worst forms of child labour as a matter of urgency.',
    paragraphs: [],
    keywords: [
      'immediate action',
      'urgency',
      'prohibition',
      'elimination',
      'worst forms',
      'WFCL',
      'worst forms of child labour',
      'worst forms of child labor',
    ],
    status: 'secondary',
    sources: [secondary.endChildLabor, secondary.wordscope],
  },
  {
    id: 'C182:2',
    instrumentId: 'C182',
    number: '2',
    heading: 'Who is a child',
    summary: 'For this Convention, a child is any person under 18.',
    paragraphs: [],
    keywords: [
      'child',
      'definition of child',
      'under 18',
      'age 18',
      'adolescents',
      'minors',
      'young people',
    ],
    status: 'secondary',
    sources: [secondary.endChildLabor],
  },
  {
    id: 'C182:3',
    instrumentId: 'C182',
    number: '3',
    heading: 'The worst forms of child labour',
    summary:
      'Four categories: (a) slavery and similar practices, including the sale and trafficking of children, debt bondage, serfdom, forced labour and forced recruitment for armed conflict; (b) commercial sexual exploitation; (c) use in illicit activities such as drug trafficking; (d) hazardous work.',
    paragraphs: [
      {
        ref: '3(a)',
        summary:
          'All forms of slavery or practices similar to slavery: the sale and trafficking of children, debt bondage and serfdom, and forced or compulsory labour, including the forced or compulsory recruitment of children for use in armed conflict.',
      },
      {
        ref: '3(b)',
        summary:
          'Using, procuring or offering a child for prostitution, for the production of pornography or for pornographic performances.',
      },
      {
        ref: '3(c)',
        summary:
          'Using, procuring or offering a child for illicit activities, in particular the production and trafficking of drugs.',
      },
      {
        ref: '3(d)',
        summary:
          'Work which, by its nature or the circumstances in which it is carried out, is likely to harm the health, safety or morals of children (hazardous work).',
      },
    ],
    keywords: [
      'worst forms',
      'WFCL',
      'slavery',
      'child slavery',
      'sale of children',
      'child trafficking',
      'trafficking in children',
      'debt bondage',
      'bonded labour',
      'bonded labor',
      'serfdom',
      'forced child labour',
      'child soldiers',
      'armed conflict',
      'armed groups',
      'forced recruitment',
      'commercial sexual exploitation',
      'CSEC',
      'child prostitution',
      'sexual exploitation of children',
      'pornography',
      'child pornography',
      'illicit activities',
      'drug trafficking',
      'drugs',
      'criminal exploitation',
      'hazardous work',
      'hazardous child labour',
      'dangerous work',
    ],
    status: 'verified',
    sources: [official.ipecWorstForms],
  },
  {
    id: 'C182:4',
    instrumentId: 'C182',
    number: '4',
    heading: 'Listing hazardous work',
    summary:
      'The types of hazardous work under Art. 3(d) are set by national law or the competent authority after tripartite consultation, taking R.190 into account; the places where they occur are identified, and the list is reviewed periodically.',
    paragraphs: [
      {
        ref: '4(1)',
        summary:
          'National law or the competent authority determines the types of hazardous work, after consulting employers’ and workers’ organizations and taking into account Paragraphs 3 and 4 of Recommendation No. 190.',
      },
      {
        ref: '4(2)',
        summary: 'Identify where the types of hazardous work so determined exist.',
      },
      {
        ref: '4(3)',
        summary:
          'The list of types of hazardous work is examined and revised periodically as necessary.',
      },
    ],
    keywords: [
      'hazardous work list',
      'list of hazardous work',
      'hazardous occupations',
      'national list',
      'tripartite consultation',
      'R190',
      'review',
      'hazardous child labour',
    ],
    status: 'secondary',
    sources: [secondary.globalHealthC182],
  },
  {
    id: 'C182:5',
    instrumentId: 'C182',
    number: '5',
    heading: 'Monitoring mechanisms',
    summary:
      'Each State establishes or designates appropriate mechanisms to monitor the application of the Convention, after consulting employers’ and workers’ organizations.',
    paragraphs: [],
    keywords: [
      'monitoring',
      'monitoring mechanisms',
      'child labour monitoring system',
      'CLMS',
      'labour inspection',
      'labor inspection',
      'oversight',
    ],
    status: 'verified',
    sources: [official.lexC182Art5, official.ceacrC182Headings],
  },
  {
    id: 'C182:6',
    instrumentId: 'C182',
    number: '6',
    heading: 'Programmes of action',
    summary:
      'Each State designs and implements programmes of action to eliminate the worst forms of child labour as a priority, in consultation with the relevant government institutions and employers’ and workers’ organizations.',
    paragraphs: [],
    keywords: [
      'programmes of action',
      'programs of action',
      'national action plan',
      'NAP',
      'time-bound programme',
      'TBP',
      'priority',
      'consultation',
    ],
    status: 'verified',
    sources: [official.droitBilingueC182Art6, secondary.luanna],
  },
  {
    id: 'C182:7',
    instrumentId: 'C182',
    number: '7',
    heading: 'Enforcement, time-bound measures and the competent authority',
    summary:
      'States enforce the Convention with penal or other sanctions, take effective time-bound measures (prevention, removal and rehabilitation, free basic education, children at special risk, girls), and designate a competent authority.',
    paragraphs: [
      {
        ref: '7(1)',
        summary:
          'All necessary measures to ensure effective implementation and enforcement, including penal sanctions or, as appropriate, other sanctions.',
      },
      {
        ref: '7(2)',
        summary:
          'Effective and time-bound measures, bearing in mind the importance of education in eliminating child labour, to achieve the aims in (a) to (e).',
      },
      {
        ref: '7(2)(a)',
        summary: 'Prevent children from being engaged in the worst forms of child labour.',
      },
      {
        ref: '7(2)(b)',
        summary:
          'Provide the necessary direct assistance to remove children from the worst forms and to rehabilitate and socially integrate them.',
      },
      {
        ref: '7(2)(c)',
        summary:
          'Ensure that all children removed from the worst forms have access to free basic education and, where possible, vocational training.',
      },
      { ref: '7(2)(d)', summary: 'Identify and reach out to children at special risk.' },
      { ref: '7(2)(e)', summary: 'Take account of the special situation of girls.' },
      {
        ref: '7(3)',
        summary: 'Designate a competent authority responsible for implementing the Convention.',
      },
    ],
    keywords: [
      'enforcement',
      'penal sanctions',
      'penalties',
      'prosecution',
      'time-bound measures',
      'prevention',
      'withdrawal',
      'removal',
      'rescue',
      'rehabilitation',
      'social integration',
      'reintegration',
      'free basic education',
      'education',
      'school',
      'vocational training',
      'children at risk',
      'girls',
      'gender',
      'competent authority',
    ],
    status: 'verified',
    sources: [official.ohchrC182, official.codexisC182Art7, secondary.luanna],
  },
  {
    id: 'C182:8',
    instrumentId: 'C182',
    number: '8',
    heading: 'International cooperation and assistance',
    summary:
      'States take appropriate steps to help one another give effect to the Convention through enhanced international cooperation and/or assistance, including support for social and economic development, poverty eradication programmes and universal education.',
    paragraphs: [],
    keywords: [
      'international cooperation',
      'international assistance',
      'South-South cooperation',
      'triangular cooperation',
      'horizontal cooperation',
      'development cooperation',
      'donors',
      'poverty eradication',
      'universal education',
      'cross-border',
      'mutual assistance',
    ],
    status: 'unverified',
    sources: [official.ohchrC182],
    note: 'The article’s text was not retrieved. Seed 001_9148a8ca8a7c6ecc.txt (section “From South-South to new modes and momentum for cooperation”) quotes its opening, assistance “through enhanced international cooperation and/or assistance”; the clause on development, poverty eradication and universal education comes from secondary sources. The OHCHR page publishes the full text.',
  },
] as const satisfies readonly z.input<typeof Article>[];
