import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

/** The articles of related instruments that the library's answers cite: C.105, C.181, Palermo. */
export const relatedArticles = [
  {
    id: 'C105:1',
    instrumentId: 'C105',
    number: '1',
    heading: 'Five forbidden uses of forced labour',
    summary:
      'Each State undertakes to suppress, and not to make use of, any form of forced or compulsory labour for any of five purposes.',
    paragraphs: [
      {
        ref: '1(a)',
        summary:
          'As a means of political coercion or education, or as a punishment for holding or expressing political views.',
      },
      {
        ref: '1(b)',
        summary: 'As a method of mobilising labour for economic development.',
      },
      { ref: '1(c)', summary: 'As a means of labour discipline.' },
      { ref: '1(d)', summary: 'As a punishment for having taken part in strikes.' },
      {
        ref: '1(e)',
        summary: 'As a means of racial, social, national or religious discrimination.',
      },
    ],
    keywords: [
      'state-imposed forced labour',
      'political coercion',
      'political prisoners',
      'punishment for political views',
      're-education through labour',
      'economic development',
      'mobilisation of labour',
      'labour discipline',
      'strikes',
      'punishment for strikes',
      'discrimination',
      'prison labour',
    ],
    status: 'secondary',
    sources: [secondary.lawreaderC105, secondary.docslibC105],
  },
  {
    id: 'C181:5',
    instrumentId: 'C181',
    number: '5',
    heading: 'Non-discrimination by agencies',
    summary: 'Private employment agencies must treat workers without discrimination.',
    paragraphs: [],
    keywords: [
      'non-discrimination',
      'equal treatment',
      'recruitment agencies',
      'employment agencies',
    ],
    status: 'secondary',
    sources: [secondary.equalRightsC181],
  },
  {
    id: 'C181:7',
    instrumentId: 'C181',
    number: '7',
    heading: 'No fees charged to workers',
    summary:
      'Private employment agencies may not charge workers any fees or costs, directly or indirectly, in whole or in part, except where the State allows exceptions after consultation and reports them.',
    paragraphs: [
      {
        ref: '7(1)',
        summary:
          'Agencies shall not charge workers, directly or indirectly, in whole or in part, any fees or costs.',
      },
      {
        ref: '7(2)',
        summary:
          'After consultation, exceptions may be allowed for certain categories of workers or types of services.',
      },
      {
        ref: '7(3)',
        summary:
          'A State that allows exceptions reports them in its Article 22 reports to the ILO.',
      },
    ],
    keywords: [
      'recruitment fees',
      'recruitment costs',
      'fees charged to workers',
      'employer pays principle',
      'debt bondage',
      'private employment agencies',
      'recruitment agencies',
      'fair recruitment',
    ],
    status: 'verified',
    sources: [official.codexisC181Art7],
  },
  {
    id: 'C181:8',
    instrumentId: 'C181',
    number: '8',
    heading: 'Protection of migrant workers',
    summary:
      'Protection of migrant workers recruited or placed through private employment agencies.',
    paragraphs: [],
    keywords: [
      'migrant workers',
      'recruitment abroad',
      'international recruitment',
      'abusive recruitment',
      'recruitment agencies',
      'bilateral agreements',
    ],
    status: 'verified',
    sources: [official.ceacrMoldovaC181],
    note: 'Known from the heading the ILO supervisory body uses for this article (“protection of migrant workers”); the article’s text was not retrieved.',
  },
  {
    id: 'PALERMO:2',
    instrumentId: 'PALERMO',
    number: '2',
    heading: 'Purposes of the Protocol',
    summary:
      'To prevent and combat trafficking in persons with particular attention to women and children, to protect and assist its victims, and to promote cooperation among States Parties.',
    paragraphs: [
      {
        ref: '2(a)',
        summary:
          'Prevent and combat trafficking in persons, paying particular attention to women and children.',
      },
      { ref: '2(b)', summary: 'Protect and assist the victims of trafficking.' },
      {
        ref: '2(c)',
        summary: 'Promote cooperation among States Parties to meet these objectives.',
      },
    ],
    keywords: [
      'purposes',
      'prevention',
      'victim protection',
      'victim assistance',
      'women and children',
      'international cooperation',
      'anti-trafficking',
    ],
    status: 'secondary',
    sources: [secondary.humanrightsCh],
  },
  {
    id: 'PALERMO:3',
    instrumentId: 'PALERMO',
    number: '3',
    heading: 'Definition of trafficking in persons',
    summary:
      'Trafficking combines an act (recruiting, transporting, transferring, harbouring or receiving people), a means (threat, force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments) and a purpose of exploitation, including forced labour.',
    paragraphs: [
      {
        ref: '3(a)',
        summary:
          'The definition: the act, done by one of the listed means, for the purpose of exploitation. Exploitation includes at least sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude and the removal of organs.',
      },
      {
        ref: '3(b)',
        summary:
          'The consent of a victim to the intended exploitation is irrelevant where any of the means in 3(a) was used.',
      },
    ],
    keywords: [
      'trafficking in persons',
      'human trafficking',
      'definition of trafficking',
      'act means purpose',
      'recruitment',
      'transportation',
      'harbouring',
      'deception',
      'fraud',
      'coercion',
      'abuse of vulnerability',
      'exploitation',
      'sexual exploitation',
      'forced labour',
      'forced labor',
      'servitude',
      'organ removal',
      'consent',
      'labour trafficking',
    ],
    status: 'secondary',
    sources: [secondary.sdg1622],
  },
] as const satisfies readonly z.input<typeof Article>[];
