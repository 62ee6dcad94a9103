import type { z } from 'zod';
import type { Article } from '../../schema.js';
import { official, secondary } from '../sources.js';

/** Key articles of the Forced Labour Convention, 1930 (No. 29). */
export const c29Articles = [
  {
    id: 'C29:1',
    instrumentId: 'C29',
    number: '1',
    heading: 'Duty to suppress forced labour',
    summary:
      'Each ratifying State undertakes to suppress the use of forced or compulsory labour in all its forms within the shortest possible period.',
    paragraphs: [
      {
        ref: '1(1)',
        summary:
          'The core undertaking: suppress forced or compulsory labour in all its forms, as soon as possible.',
      },
      {
        ref: '1(2)',
        summary: 'Deleted by Article 7 of the 2014 Protocol (a transitional-period provision).',
      },
      {
        ref: '1(3)',
        summary: 'Deleted by Article 7 of the 2014 Protocol (a transitional-period provision).',
      },
    ],
    keywords: [
      'suppress forced labour',
      'eliminate forced labour',
      'abolish forced labour',
      'obligation',
      'all its forms',
      'forced labour',
      'forced labor',
      'compulsory labour',
      'transitional period',
    ],
    status: 'verified',
    sources: [official.normlexC29, official.normlexP29],
    note: 'Paragraphs 1(2) and 1(3) and Articles 3 to 24 set up a transitional period that has expired; NORMLEX marks them deleted under Article 7 of the Protocol of 2014 and they no longer apply.',
  },
  {
    id: 'C29:2',
    instrumentId: 'C29',
    number: '2',
    heading: 'Definition of forced labour and its exceptions',
    summary:
      'Forced or compulsory labour is work or service demanded from a person under threat of a penalty, which the person has not freely offered to do. Five kinds of work fall outside the definition, each within strict limits.',
    paragraphs: [
      {
        ref: '2(1)',
        summary:
          'The definition: any work or service exacted from a person under the menace of any penalty, for which the person has not offered themselves voluntarily. Both elements matter: the threat of a penalty and the lack of free consent.',
      },
      {
        ref: '2(2)',
        summary:
          'Five exceptions, (a) to (e), which are not forced labour within the meaning of the Convention if their conditions are met.',
      },
      {
        ref: '2(2)(a)',
        summary:
          'Compulsory military service: work exacted under compulsory military service laws, but only for work of a purely military character.',
      },
      {
        ref: '2(2)(b)',
        summary: 'Normal civic obligations of the citizens of a fully self-governing country.',
      },
      {
        ref: '2(2)(c)',
        summary:
          'Prison labour: work exacted as a consequence of a conviction in a court of law, provided that it is carried out under the supervision and control of a public authority and that the person is not hired to, or placed at the disposal of, private individuals, companies or associations.',
      },
      {
        ref: '2(2)(d)',
        summary:
          'Emergencies: work exacted in cases of emergency, that is war or a calamity or threatened calamity such as fire, flood, famine, earthquake, epidemic, or invasion by animal, insect or plant pests.',
      },
      {
        ref: '2(2)(e)',
        summary:
          'Minor communal services performed by members of a community in its direct interest, provided that the members or their representatives have the right to be consulted about them.',
      },
    ],
    keywords: [
      'definition of forced labour',
      'definition of forced labor',
      'forced labour',
      'forced labor',
      'compulsory labour',
      'menace of penalty',
      'threat of penalty',
      'involuntary work',
      'voluntary consent',
      'exceptions',
      'prison labour',
      'prison labor',
      'convict labour',
      'prisoners',
      'court conviction',
      'private prisons',
      'military service',
      'conscription',
      'civic obligations',
      'emergency',
      'disaster',
      'war',
      'communal services',
      'community work',
    ],
    status: 'verified',
    sources: [official.normlexC29, secondary.scribdForcedLabour, secondary.docslibKeyElements],
  },
  {
    id: 'C29:25',
    instrumentId: 'C29',
    number: '25',
    heading: 'Forced labour as a penal offence',
    summary:
      'Illegally exacting forced or compulsory labour must be punishable as a criminal offence, and the State must ensure that the penalties set by law are really adequate and strictly enforced.',
    paragraphs: [],
    keywords: [
      'penal offence',
      'criminal offence',
      'criminalisation',
      'criminalization',
      'penalties',
      'sanctions',
      'prosecution',
      'punishment of perpetrators',
      'enforcement',
      'impunity',
    ],
    status: 'verified',
    sources: [official.ceacrC29Art25, official.normlexP29],
  },
] as const satisfies readonly z.input<typeof Article>[];
