import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { IloProgramme } from '../schema.js';

const seed = '004_606416beeff1216a.txt';

const records = [
  {
    id: 'sap-fl',
    acronym: 'SAP-FL',
    name: 'Special Action Programme to Combat Forced Labour',
    title: 'Special Action Programme to Combat Forced Labour (SAP-FL)',
    summary:
      "The ILO's programme against forced labour and trafficking, which builds a global alliance, puts forced labour into national development frameworks, improves data and trains constituents.",
    background:
      'Core support lets the ILO, mainly through SAP-FL under the Declaration on Fundamental Principles and Rights at Work, build and consolidate a Global Alliance against Forced Labour with its tripartite constituents and other strategic partners, and carry out the four-year Action Plan against forced labour adopted by the Governing Body in November 2005, including forced labour in the new Decent Work Country Programmes, with full attention to gender.',
    objective:
      'Reduce poverty and advance the Millennium Development Goals by eliminating every contemporary form of forced labour.',
    aims: [
      'Build a global alliance and clearer partnerships with international financial institutions and the social partners.',
      'Make the eradication of forced labour a priority in Decent Work Country Programmes, UN development assistance frameworks and poverty reduction strategies.',
      'Improve the knowledge base and global monitoring of forced labour and trafficking.',
      'Strengthen the capacity of ILO constituents and other stakeholders to eliminate forced labour.',
    ],
    immediateObjectives: [
      "Strengthen the ILO's capacity to lead international efforts against forced labour by building the global alliance and clearer partnerships with international financial institutions and the social partners.",
      "Strengthen the ILO's capacity, globally and in the field, to make forced labour a priority in DWCPs, UNDAFs and PRSs.",
      "Improve the ILO's knowledge of forced labour and trafficking, and support better data collection and monitoring of progress, globally and nationally.",
      "Improve the ILO's ability to help governments, social partners and others apply national laws and policies against forced labour and trafficking.",
    ],
    firstPhaseObjectives: [
      "Capacity building for employers' and workers' organisations.",
      'Help for governments with national action plans and other ways of acting against forced labour.',
      'Action-oriented research, by theme and by country.',
      'Data collection and national estimates of forced labour.',
      'Capacity building for labour inspectors.',
      'Communication and media work.',
    ],
    keywords: [
      'forced labour',
      'trafficking',
      'Global Alliance against Forced Labour',
      'Declaration',
      'DWCP',
      'UNDAF',
      'PRS',
      'national action plans',
      'labour inspectors',
      'national estimates',
      'IFIs',
    ],
    sources: [
      { seed, section: 'Background' },
      { seed, section: 'Goals' },
    ],
  },
] satisfies readonly z.input<typeof IloProgramme>[];

/**
 * ILO programmes described by the seeds: the Special Action Programme to Combat Forced Labour
 * (SAP-FL), from seed 004.
 *
 * @example
 * iloProgrammes.map((p) => p.acronym); // ['SAP-FL']
 * @category model
 */
export const iloProgrammes = /* @__PURE__ */ trusted(IloProgramme, records);
