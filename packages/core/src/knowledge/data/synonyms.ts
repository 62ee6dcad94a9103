import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { SynonymGroup } from '../schema.js';

/**
 * Words people use interchangeably when they ask about these subjects. Questions and documents
 * are both read through these groups, so "jail", "prisoner" and "conviction" all find C.29's
 * prison-labour exception. Words are written as the normaliser leaves them: lower case, British
 * spelling, singular.
 */
const records = [
  { canonical: 'child', words: ['kid', 'juvenile', 'youngster'] },
  { canonical: 'hazardous', words: ['dangerous', 'hazard', 'unsafe', 'risky'] },
  { canonical: 'soldier', words: ['armed', 'militia', 'combatant', 'army'] },
  {
    canonical: 'prison',
    words: ['jail', 'prisoner', 'inmate', 'convict', 'conviction', 'convicted'],
  },
  { canonical: 'trafficking', words: ['trafficked', 'trafficker', 'traffic'] },
  {
    canonical: 'migrant',
    words: [
      'migration',
      'migrate',
      'migratory',
      'immigrant',
      'immigration',
      'emigrant',
      'emigration',
      'mobility',
    ],
  },
  { canonical: 'age', words: ['old', 'aged'] },
  {
    canonical: 'penalty',
    words: [
      'penal',
      'penalise',
      'punish',
      'punished',
      'punishment',
      'punishable',
      'sanction',
      'sanctioned',
    ],
  },
  { canonical: 'offence', words: ['crime', 'criminal', 'criminalisation', 'criminalise'] },
  {
    canonical: 'eliminate',
    words: ['elimination', 'abolish', 'abolition', 'eradicate', 'eradication', 'end'],
  },
  { canonical: 'academia', words: ['academic', 'university', 'researcher', 'scholar'] },
  { canonical: 'media', words: ['press', 'journalist', 'newspaper', 'television', 'radio'] },
  { canonical: 'government', words: ['govt', 'gov', 'ministry', 'minister'] },
  {
    canonical: 'performance',
    words: ['artistic', 'perform', 'performing', 'film', 'movie', 'stage', 'theatre', 'actress'],
  },
  { canonical: 'remedy', words: ['compensation', 'compensate', 'compensated', 'redress'] },
  { canonical: 'register', words: ['registry', 'record'] },
  { canonical: 'fee', words: ['charge', 'charging', 'cost'] },
  { canonical: 'strike', words: ['striking', 'striker'] },
  { canonical: 'bondage', words: ['bonded', 'bond'] },
  { canonical: 'slavery', words: ['slave', 'enslaved', 'enslavement', 'servitude', 'serfdom'] },
  {
    canonical: 'sexual',
    words: ['sex', 'prostitution', 'prostitute', 'pornography', 'porn', 'pornographic'],
  },
  { canonical: 'drug', words: ['narcotic'] },
  {
    canonical: 'irregular',
    words: ['undocumented', 'illegal', 'illegally', 'clandestine', 'unauthorised', 'illicit'],
  },
  { canonical: 'fundamental', words: ['core'] },
  {
    canonical: 'ratify',
    words: ['ratified', 'ratification', 'ratifying', 'ratifier', 'party'],
  },
  { canonical: 'adopt', words: ['adopted', 'adoption'] },
  { canonical: 'inspection', words: ['inspector', 'inspectorate', 'inspect'] },
  { canonical: 'monitor', words: ['monitoring', 'monitored'] },
  { canonical: 'programme', words: ['project'] },
  { canonical: 'equal', words: ['equality', 'equally', 'discrimination'] },
  { canonical: 'definition', words: ['define', 'defined', 'meaning', 'mean'] },
  { canonical: 'exception', words: ['exemption', 'exempt', 'excluded', 'exclusion', 'exclude'] },
  { canonical: 'school', words: ['schooling', 'education', 'educational'] },
  { canonical: 'victim', words: ['survivor'] },
  { canonical: 'sector', words: ['branch', 'industry'] },
  { canonical: 'cooperation', words: ['collaboration', 'cooperate'] },
] satisfies readonly z.input<typeof SynonymGroup>[];

/**
 * The synonym groups the search reads questions and documents through.
 *
 * @example
 * synonymGroups.find((g) => g.words.includes('jail'))?.canonical; // 'prison'
 * @category model
 */
export const synonymGroups = /* @__PURE__ */ trusted(SynonymGroup, records);
