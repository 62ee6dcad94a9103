import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

/** Articles 1 to 7 of the Protocol of 2014 to the Forced Labour Convention, 1930. */
export const p29Articles = [
  {
    id: 'P29:1',
    instrumentId: 'P29',
    number: '1',
    heading: 'Prevention, protection, remedies and national policy',
    summary:
      'States take effective measures to prevent and eliminate forced labour, to protect victims and give them access to appropriate and effective remedies such as compensation, and to sanction perpetrators, guided by a national policy and plan of action.',
    paragraphs: [
      {
        ref: '1(1)',
        summary:
          'Effective measures to prevent and eliminate forced labour, to protect victims and give them access to remedies such as compensation, and to sanction those responsible.',
      },
      {
        ref: '1(2)',
        summary:
          'A national policy and plan of action for the effective and sustained suppression of forced or compulsory labour, carried out through systematic action.',
      },
      {
        ref: '1(3)',
        summary:
          'Reaffirms the definition of forced labour in C.29 Art. 2(1) and ties the Protocol’s measures to it, including action against trafficking in persons for forced labour.',
        status: 'unverified',
        note: 'Only the ILO supervisory heading “Definition and criminalization” was seen for this paragraph; the wording about trafficking is not confirmed by the sources read.',
      },
    ],
    keywords: [
      'prevention',
      'protection of victims',
      'remedies',
      'compensation',
      'sanctions',
      'perpetrators',
      'national policy',
      'national action plan',
      'plan of action',
      'NAP',
      'trafficking for forced labour',
      'modern slavery',
    ],
    status: 'secondary',
    sources: [secondary.businessStandardP29, secondary.wikisum, official.ceacrP29Headings],
    note: 'The paragraph structure is confirmed by the headings of ILO supervisory (CEACR) comments; the content comes from secondary summaries.',
  },
  {
    id: 'P29:2',
    instrumentId: 'P29',
    number: '2',
    heading: 'Measures to prevent forced labour',
    summary:
      'Prevention must include informing people at risk and employers, extending labour law and labour inspection to all workers and sectors, protecting migrants from abusive recruitment, supporting due diligence, and tackling root causes.',
    paragraphs: [
      {
        ref: '2(a)',
        summary:
          'Educating and informing people, especially those considered particularly vulnerable.',
      },
      { ref: '2(b)', summary: 'Educating and informing employers.' },
      {
        ref: '2(c)',
        summary:
          'Making sure relevant legislation, including labour law, covers and is enforced for all workers and all sectors of the economy, and strengthening labour inspection services.',
      },
      {
        ref: '2(d)',
        summary:
          'Protecting people, particularly migrant workers, from abusive and fraudulent practices during recruitment and placement.',
      },
      {
        ref: '2(e)',
        summary: 'Supporting due diligence by both the public and the private sectors.',
      },
      {
        ref: '2(f)',
        summary: 'Addressing the root causes and factors that heighten the risks of forced labour.',
      },
    ],
    keywords: [
      'prevention',
      'awareness raising',
      'vulnerable groups',
      'employers',
      'labour inspection',
      'labor inspection',
      'all sectors',
      'informal economy',
      'migrant workers',
      'recruitment',
      'fair recruitment',
      'fraudulent recruitment',
      'recruitment fees',
      'due diligence',
      'supply chains',
      'business',
      'root causes',
    ],
    status: 'verified',
    sources: [official.inviewP29, secondary.garantP29Art2],
  },
  {
    id: 'P29:3',
    instrumentId: 'P29',
    number: '3',
    heading: 'Identifying and protecting victims',
    summary:
      'Effective measures to identify, release, protect, help recover and rehabilitate all victims of forced labour, and to give them other assistance and support.',
    paragraphs: [],
    keywords: [
      'victim identification',
      'release',
      'rescue',
      'protection of victims',
      'recovery',
      'rehabilitation',
      'reintegration',
      'victim assistance',
      'shelters',
      'support services',
    ],
    status: 'secondary',
    sources: [secondary.garantP29Art3],
  },
  {
    id: 'P29:4',
    instrumentId: 'P29',
    number: '4',
    heading: 'Remedies and non-punishment of victims',
    summary:
      'Every victim, whatever their presence or legal status in the country, has access to appropriate and effective remedies such as compensation, and authorities may decline to prosecute or punish victims for unlawful acts they were forced to commit.',
    paragraphs: [
      {
        ref: '4(1)',
        summary:
          'All victims, whether or not they are present in the country and whatever their legal status there, have access to appropriate and effective remedies, such as compensation.',
      },
      {
        ref: '4(2)',
        summary:
          'The competent authorities must be entitled not to prosecute or penalise victims for unlawful activities they were compelled to commit as a direct consequence of being in forced labour.',
      },
    ],
    keywords: [
      'remedies',
      'compensation',
      'access to justice',
      'irregular migrants',
      'undocumented workers',
      'legal status',
      'non-punishment',
      'non-prosecution',
      'victims not punished',
    ],
    status: 'verified',
    sources: [official.gesetzefindenP29Art4, secondary.ibercampus],
  },
  {
    id: 'P29:5',
    instrumentId: 'P29',
    number: '5',
    heading: 'International cooperation',
    summary:
      'States cooperate with each other to ensure the prevention and elimination of all forms of forced or compulsory labour.',
    paragraphs: [],
    keywords: [
      'international cooperation',
      'cross-border',
      'bilateral cooperation',
      'regional cooperation',
      'cooperation between countries',
    ],
    status: 'verified',
    sources: [official.codexisP29Art5, official.ceacrP29Headings],
  },
  {
    id: 'P29:6',
    instrumentId: 'P29',
    number: '6',
    heading: 'Consultation with the social partners',
    summary: 'Applying the Protocol involves consulting employers’ and workers’ organizations.',
    paragraphs: [],
    keywords: [
      'social partners',
      'tripartite consultation',
      'employers organizations',
      'workers organizations',
      'trade unions',
      'social dialogue',
    ],
    status: 'verified',
    sources: [official.ceacrP29Headings],
    note: 'Known from the heading the ILO supervisory body uses for this article (“Consultation with social partners”); the article’s text was not retrieved.',
  },
  {
    id: 'P29:7',
    instrumentId: 'P29',
    number: '7',
    heading: 'Deletion of C.29’s transitional provisions',
    summary:
      'Deletes the transitional provisions of C.29, Article 1(2) and (3) and Articles 3 to 24, whose transitional period had expired.',
    paragraphs: [],
    keywords: ['transitional provisions', 'deleted articles', 'transitional period', 'amendment'],
    status: 'verified',
    sources: [official.normlexC29, official.normlexP29],
  },
] as const satisfies readonly z.input<typeof Article>[];
