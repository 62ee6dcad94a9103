/**
 * The search evaluation set: questions written the way practitioners ask them (short queries,
 * typos, loose wording), each with the record that answers it and, where the question asks for
 * a fact, the fact the first answer must state.
 *
 * The questions were written from the seeds and the reference notes before the engine was
 * tuned, and are not changed to suit it. Record ids follow the data modules they point at.
 */
import type { KnowledgeKind } from '../src/knowledge/schema.js';

/** What a question tests. */
export type EvalCategory =
  | 'convention-id'
  | 'convention-name'
  | 'article-reference'
  | 'age'
  | 'date-and-count'
  | 'definition'
  | 'exception'
  | 'yes-no'
  | 'topic'
  | 'ratification'
  | 'glossary'
  | 'partnership'
  | 'practice'
  | 'pathfinder'
  | 'organisation'
  | 'typo'
  | 'unknown';

/** A record that answers a question; without an id, any record of that kind does. */
export interface Expected {
  readonly kind: KnowledgeKind;
  readonly id?: string;
}

export interface EvalQuestion {
  readonly category: EvalCategory;
  readonly question: string;
  /**
   * The record that answers it; a list when two records answer it equally well (either at the
   * top counts); `unknown` when the honest answer is "I don't know".
   */
  readonly expect: Expected | readonly Expected[] | 'unknown';
  /** What the first answer's text must contain when the question asks for a fact. */
  readonly fact?: RegExp;
}

const convention = (id: string): Expected => ({ kind: 'convention', id });
const instrument = (id: string): Expected => ({ kind: 'instrument', id });
const article = (id: string): Expected => ({ kind: 'article', id });
const glossary = (id: string): Expected => ({ kind: 'glossary', id });
const actor = (id: string): Expected => ({ kind: 'actor', id });
const intervention = (id: string): Expected => ({ kind: 'intervention', id });
const criterion = (id: string): Expected => ({ kind: 'criterion', id });
const practice = (id: string): Expected => ({ kind: 'practice', id });
const pathfinder = (id: string): Expected => ({ kind: 'pathfinder', id });
const organisation = (id: string): Expected => ({ kind: 'organisation', id });
const country = (id: string): Expected => ({ kind: 'country', id });
const matrix: Expected = { kind: 'matrix', id: 'who-is-best-placed' };

export const questions: readonly EvalQuestion[] = [
  // ---- a convention by its id, in any form -----------------------------------
  { category: 'convention-id', question: 'C.143', expect: convention('C143') },
  { category: 'convention-id', question: 'c138', expect: convention('C138') },
  { category: 'convention-id', question: 'C 182', expect: convention('C182') },
  { category: 'convention-id', question: 'ILO Convention No. 182', expect: convention('C182') },
  { category: 'convention-id', question: 'convention 29', expect: convention('C29') },
  { category: 'convention-id', question: 'No. 97', expect: convention('C97') },
  { category: 'convention-id', question: 'P29', expect: convention('P29') },
  { category: 'convention-id', question: 'what is C029?', expect: convention('C29') },
  { category: 'convention-id', question: 'tell me about c.97', expect: convention('C97') },
  {
    category: 'convention-id',
    question: 'what does convention 143 say',
    expect: convention('C143'),
  },
  { category: 'convention-id', question: 'R190', expect: instrument('R190') },
  { category: 'convention-id', question: 'C105', expect: instrument('C105') },
  { category: 'convention-id', question: 'ILO C189', expect: instrument('C189') },
  { category: 'convention-id', question: 'recommendation 146', expect: instrument('R146') },

  // ---- a convention by its name ------------------------------------------------
  { category: 'convention-name', question: 'Minimum Age Convention', expect: convention('C138') },
  {
    category: 'convention-name',
    question: 'worst forms of child labour convention',
    expect: convention('C182'),
  },
  { category: 'convention-name', question: 'forced labor convention', expect: convention('C29') },
  { category: 'convention-name', question: 'protocol of 2014', expect: convention('P29') },
  { category: 'convention-name', question: 'forced labour protocol', expect: convention('P29') },
  {
    category: 'convention-name',
    question: 'migration for employment convention',
    expect: convention('C97'),
  },
  {
    category: 'convention-name',
    question: 'which convention covers migrants in abusive conditions',
    expect: [convention('C143'), article('C143:1')],
  },
  {
    category: 'convention-name',
    question: 'migrant workers supplementary provisions',
    expect: convention('C143'),
  },
  { category: 'convention-name', question: 'Palermo Protocol', expect: instrument('PALERMO') },
  { category: 'convention-name', question: 'SDG target 8.7', expect: instrument('SDG-8.7') },
  {
    category: 'convention-name',
    question: 'abolition of forced labour convention',
    expect: instrument('C105'),
  },
  {
    category: 'convention-name',
    question: 'domestic workers convention',
    expect: instrument('C189'),
  },
  {
    category: 'convention-name',
    question: 'private employment agencies convention',
    expect: instrument('C181'),
  },
  {
    category: 'convention-name',
    question: 'which convention is about child labour age limits',
    expect: convention('C138'),
  },

  // ---- an article by its reference --------------------------------------------
  { category: 'article-reference', question: 'article 8 of C182', expect: article('C182:8') },
  { category: 'article-reference', question: 'C.29 Art 2', expect: article('C29:2') },
  {
    category: 'article-reference',
    question: 'C138 Art. 3(3)',
    expect: article('C138:3'),
    fact: /16/,
  },
  { category: 'article-reference', question: 'art 7 c138', expect: article('C138:7') },
  { category: 'article-reference', question: 'C143 article 8', expect: article('C143:8') },
  {
    category: 'article-reference',
    question: 'what does article 3 of the worst forms convention say',
    expect: article('C182:3'),
  },
  { category: 'article-reference', question: 'P29 art. 4', expect: article('P29:4') },
  {
    category: 'article-reference',
    question: 'Article 25 forced labour convention',
    expect: article('C29:25'),
  },
  { category: 'article-reference', question: 'C97 Annex I', expect: article('C97:Annex I') },
  {
    category: 'article-reference',
    question: 'article 6 c97 equal treatment',
    expect: article('C97:6'),
  },
  { category: 'article-reference', question: 'c182 art 2', expect: article('C182:2'), fact: /18/ },
  {
    category: 'article-reference',
    question: 'Art. 2(2)(c) of C.29',
    expect: article('C29:2'),
    fact: /convict|court/i,
  },

  // ---- ages ------------------------------------------------------------------
  {
    category: 'age',
    question: "what's the minimum age for hazardous work?",
    expect: article('C138:3'),
    fact: /18/,
  },
  {
    category: 'age',
    question: 'minimum age for light work',
    expect: article('C138:7'),
    fact: /13/,
  },
  {
    category: 'age',
    question: 'what is the minimum working age under C138',
    expect: article('C138:2'),
    fact: /15/,
  },
  {
    category: 'age',
    question: 'at what age can children start working',
    expect: article('C138:2'),
    fact: /15/,
  },
  {
    category: 'age',
    question: 'can a 16 year old do dangerous work',
    expect: article('C138:3'),
    fact: /16/,
  },
  {
    category: 'age',
    question: 'minimum age in developing countries',
    expect: article('C138:2'),
    fact: /14/,
  },
  {
    category: 'age',
    question: 'light work age for developing countries',
    expect: article('C138:7'),
    fact: /12/,
  },
  {
    category: 'age',
    question: 'how old do you have to be for hazardous jobs',
    expect: article('C138:3'),
    fact: /18/,
  },
  {
    category: 'age',
    question: 'up to what age is someone a child under C182',
    expect: article('C182:2'),
    fact: /18/,
  },
  {
    category: 'age',
    question: 'minimum age for admission to employment',
    expect: article('C138:2'),
    fact: /15/,
  },
  {
    category: 'age',
    question: 'age for light work 13 to 15',
    expect: article('C138:7'),
    fact: /13/,
  },
  {
    category: 'age',
    question: 'vocational training age exception',
    expect: article('C138:6'),
    fact: /14/,
  },

  // ---- dates and counts ----------------------------------------------------------
  {
    category: 'date-and-count',
    question: 'when was C182 adopted',
    expect: convention('C182'),
    fact: /1999/,
  },
  {
    category: 'date-and-count',
    question: 'when did the forced labour protocol enter into force',
    expect: convention('P29'),
    fact: /2016/,
  },
  {
    category: 'date-and-count',
    question: 'how many countries ratified C138',
    expect: convention('C138'),
    fact: /176/,
  },
  {
    category: 'date-and-count',
    question: 'year of adoption of the minimum age convention',
    expect: convention('C138'),
    fact: /1973/,
  },
  {
    category: 'date-and-count',
    question: 'when was convention 29 adopted',
    expect: convention('C29'),
    fact: /1930/,
  },
  {
    category: 'date-and-count',
    question: 'C97 entry into force',
    expect: convention('C97'),
    fact: /1952/,
  },
  {
    category: 'date-and-count',
    question: 'how many ratifications does c182 have',
    expect: convention('C182'),
    fact: /187/,
  },
  {
    category: 'date-and-count',
    question: 'which ILC session adopted P29',
    expect: convention('P29'),
    fact: /103/,
  },
  {
    category: 'date-and-count',
    question: 'when did C143 come into force',
    expect: convention('C143'),
    fact: /1978/,
  },
  {
    category: 'date-and-count',
    question: 'number of ratifications of C97',
    expect: convention('C97'),
    fact: /54/,
  },

  // ---- definitions ---------------------------------------------------------------
  {
    category: 'definition',
    question: 'definition of forced labour',
    expect: article('C29:2'),
    fact: /menace of any penalty|penalty/i,
  },
  {
    category: 'definition',
    question: 'what counts as forced labor?',
    expect: article('C29:2'),
    fact: /penalty/i,
  },
  {
    category: 'definition',
    question: 'what are the worst forms of child labour',
    expect: article('C182:3'),
    fact: /slavery/i,
  },
  {
    category: 'definition',
    question: 'who is a child under the worst forms convention',
    expect: article('C182:2'),
    fact: /18/,
  },
  {
    category: 'definition',
    question: 'definition of migrant for employment',
    expect: article('C97:11'),
  },
  {
    category: 'definition',
    question: 'who counts as a migrant worker under C143 part II',
    expect: article('C143:11'),
  },
  {
    category: 'definition',
    question: 'what is hazardous work for children',
    expect: [article('C182:3'), article('C138:3')],
  },
  {
    category: 'definition',
    question: 'what is trafficking in persons',
    expect: [instrument('PALERMO'), article('PALERMO:3')],
  },

  // ---- exceptions ---------------------------------------------------------------
  {
    category: 'exception',
    question: 'is prison labour forced labour?',
    expect: article('C29:2'),
    fact: /convict|court/i,
  },
  {
    category: 'exception',
    question: 'is military service forced labour',
    expect: article('C29:2'),
    fact: /military/i,
  },
  {
    category: 'exception',
    question: 'exceptions to forced labour definition',
    expect: article('C29:2'),
  },
  {
    category: 'exception',
    question: 'are emergencies like floods an exception to forced labour',
    expect: article('C29:2'),
    fact: /emergenc/i,
  },
  {
    category: 'exception',
    question: 'communal services exception',
    expect: article('C29:2'),
    fact: /communal/i,
  },
  {
    category: 'exception',
    question: 'can children act in films or perform on stage',
    expect: article('C138:8'),
    fact: /artistic|permit/i,
  },
  {
    category: 'exception',
    question: 'can a country exclude some sectors from C138',
    expect: [article('C138:4'), article('C138:5')],
  },
  {
    category: 'exception',
    question: 'work in schools and training institutions',
    expect: article('C138:6'),
  },
  {
    category: 'exception',
    question: 'who is excluded from the definition of migrant for employment',
    expect: article('C97:11'),
    fact: /frontier/i,
  },
  {
    category: 'exception',
    question: 'can a state exclude the annexes of C97',
    expect: article('C97:14'),
  },
  {
    category: 'exception',
    question: 'civic obligations forced labour',
    expect: article('C29:2'),
    fact: /civic/i,
  },

  // ---- yes or no --------------------------------------------------------------------
  {
    category: 'yes-no',
    question: 'is C143 a fundamental convention?',
    expect: convention('C143'),
    fact: /\bno\b|not/i,
  },
  {
    category: 'yes-no',
    question: 'is C182 fundamental',
    expect: convention('C182'),
    fact: /yes|fundamental/i,
  },
  {
    category: 'yes-no',
    question: 'can hazardous work be excluded from C138',
    expect: article('C138:4'),
    fact: /not|cannot/i,
  },
  {
    category: 'yes-no',
    question: 'does a migrant who lost their job become irregular',
    expect: article('C143:8'),
    fact: /not/i,
  },
  {
    category: 'yes-no',
    question: 'should victims of forced labour be punished for crimes they were forced to commit',
    expect: article('P29:4'),
    fact: /not|non-punishment|prosecut/i,
  },
  {
    category: 'yes-no',
    question: 'do victims without legal status get remedies',
    expect: article('P29:4'),
    fact: /irrespective|legal status/i,
  },
  {
    category: 'yes-no',
    question: 'is the forced labour protocol binding',
    expect: convention('P29'),
  },
  {
    category: 'yes-no',
    question: 'is forced labour a crime',
    expect: article('C29:25'),
    fact: /penal/i,
  },

  // ---- topics: the words people use for what an article covers -------------------
  { category: 'topic', question: 'child soldiers', expect: article('C182:3') },
  { category: 'topic', question: 'debt bondage', expect: article('C182:3') },
  { category: 'topic', question: 'children used in drug trafficking', expect: article('C182:3') },
  { category: 'topic', question: 'child prostitution and pornography', expect: article('C182:3') },
  { category: 'topic', question: 'migrant lost their job', expect: article('C143:8') },
  {
    category: 'topic',
    question: 'equal treatment for migrant workers',
    expect: [article('C97:6'), article('C143:10')],
  },
  {
    category: 'topic',
    question: 'non-punishment of trafficking victims',
    expect: article('P29:4'),
  },
  {
    category: 'topic',
    question: 'compensation for victims of forced labour',
    expect: article('P29:4'),
  },
  { category: 'topic', question: 'penalties for forced labour', expect: article('C29:25') },
  { category: 'topic', question: 'register of workers under 18', expect: article('C138:9') },
  {
    category: 'topic',
    question: 'misleading propaganda about emigration',
    expect: article('C97:3'),
  },
  {
    category: 'topic',
    question: 'free information service for migrants',
    expect: article('C97:2'),
  },
  {
    category: 'topic',
    question: 'international cooperation against child labour',
    expect: article('C182:8'),
  },
  { category: 'topic', question: 'time-bound measures worst forms', expect: article('C182:7') },
  {
    category: 'topic',
    question: 'monitoring mechanisms for worst forms of child labour',
    expect: article('C182:5'),
  },
  { category: 'topic', question: 'list of hazardous work for children', expect: article('C182:4') },
  {
    category: 'topic',
    question: 'national policy to abolish child labour',
    expect: article('C138:1'),
  },
  {
    category: 'topic',
    question: 'due diligence forced labour prevention',
    expect: article('P29:2'),
  },
  {
    category: 'topic',
    question: 'clandestine movements of migrants and illegal employment',
    expect: article('C143:3'),
  },
  {
    category: 'topic',
    question: 'sanctions for employers of illegal migrants',
    expect: article('C143:6'),
  },
  {
    category: 'topic',
    question: 'free choice of employment for migrants after two years',
    expect: article('C143:14'),
  },
  {
    category: 'topic',
    question: 'free basic education for children removed from the worst forms',
    expect: article('C182:7'),
  },
  { category: 'topic', question: 'girls special situation worst forms', expect: article('C182:7') },
  {
    category: 'topic',
    question: 'programmes of action against worst forms',
    expect: article('C182:6'),
  },
  {
    category: 'topic',
    question: 'protection and rehabilitation of forced labour victims',
    expect: article('P29:3'),
  },
  { category: 'topic', question: 'human rights of all migrant workers', expect: article('C143:1') },
  {
    category: 'topic',
    question: 'rights from past employment for irregular migrants',
    expect: article('C143:9'),
  },
  { category: 'topic', question: 'artistic performances', expect: article('C138:8') },
  {
    category: 'topic',
    question: 'recruitment fees charged to workers',
    expect: [instrument('C181'), article('C181:7')],
  },
  {
    category: 'topic',
    question: 'customs duties on personal effects of migrants',
    expect: article('C97:Annex III'),
  },
  {
    category: 'topic',
    question: 'transitional provisions of C29 deleted',
    expect: article('P29:7'),
  },
  {
    category: 'topic',
    question: 'forced labour as punishment for strikes',
    expect: [instrument('C105'), article('C105:1')],
  },

  // ---- ratifications ----------------------------------------------------------------
  {
    category: 'ratification',
    question: 'has Nepal ratified C138?',
    expect: country('NPL'),
    fact: /1997/,
  },
  {
    category: 'ratification',
    question: 'did India ratify C182',
    expect: country('IND'),
    fact: /2017/,
  },
  { category: 'ratification', question: 'Thailand P29', expect: country('THA'), fact: /2018/ },
  {
    category: 'ratification',
    question: 'has Chile ratified the forced labour protocol',
    expect: country('CHL'),
    fact: /2021/,
  },
  {
    category: 'ratification',
    question: 'Uganda ratification of the worst forms convention',
    expect: country('UGA'),
    fact: /2001/,
  },
  {
    category: 'ratification',
    question: 'has albania ratified c143',
    expect: country('ALB'),
    fact: /2006/,
  },
  {
    category: 'ratification',
    question: 'is viet nam party to C105',
    expect: country('VNM'),
    fact: /2020/,
  },
  {
    category: 'ratification',
    question: 'did Nigeria ratify P29',
    expect: country('NGA'),
    fact: /unknown|no record/i,
  },

  // ---- the glossary ------------------------------------------------------------------
  {
    category: 'glossary',
    question: 'what is WFCL',
    expect: glossary('WFCL'),
    fact: /worst forms of child labour/i,
  },
  {
    category: 'glossary',
    question: 'CLMS meaning',
    expect: glossary('CLMS'),
    fact: /monitoring system/i,
  },
  {
    category: 'glossary',
    question: 'what does SCREAM stand for',
    expect: glossary('SCREAM'),
    fact: /education, the arts and the media/i,
  },
  { category: 'glossary', question: 'NAP', expect: glossary('NAP'), fact: /national action plan/i },
  { category: 'glossary', question: 'TBP?', expect: glossary('TBP'), fact: /time-bound/i },
  {
    category: 'glossary',
    question: 'what is a CCT programme',
    expect: glossary('CCT'),
    fact: /conditional cash transfer/i,
  },
  { category: 'glossary', question: 'SAP-FL', expect: glossary('SAP-FL'), fact: /forced labour/i },
  {
    category: 'glossary',
    question: "what's the GMG",
    expect: glossary('GMG'),
    fact: /global migration group/i,
  },
  {
    category: 'glossary',
    question: 'CSEC',
    expect: glossary('CSEC'),
    fact: /commercial sexual exploitation/i,
  },
  {
    category: 'glossary',
    question: 'what does ILC mean',
    expect: glossary('ILC'),
    fact: /international labour conference/i,
  },
  { category: 'glossary', question: 'what is normlex', expect: glossary('NORMLEX') },
  { category: 'glossary', question: 'NRM trafficking', expect: glossary('NRM'), fact: /referral/i },
  {
    category: 'glossary',
    question: 'DWCP',
    expect: glossary('DWCP'),
    fact: /decent work country programme/i,
  },
  {
    category: 'glossary',
    question: 'what is IPEC',
    expect: glossary('IPEC'),
    fact: /elimination of child labour/i,
  },
  {
    category: 'glossary',
    question: 'MLF migration',
    expect: glossary('MLF'),
    fact: /multilateral framework/i,
  },
  {
    category: 'glossary',
    question: 'CEACR',
    expect: glossary('CEACR'),
    fact: /committee of experts/i,
  },
  { category: 'glossary', question: 'what does DWCPs stand for', expect: glossary('DWCP') },
  { category: 'glossary', question: 'meaning of SAPFL', expect: glossary('SAP-FL') },
  { category: 'glossary', question: 'what is a time bound programme', expect: glossary('TBP') },
  { category: 'glossary', question: 'conditional cash transfers', expect: glossary('CCT') },
  { category: 'glossary', question: 'child labour monitoring system', expect: glossary('CLMS') },
  { category: 'glossary', question: 'national referral mechanism', expect: glossary('NRM') },

  // ---- the partnership method ------------------------------------------------------------
  {
    category: 'partnership',
    question: 'who should do research in a partnership?',
    expect: actor('academia'),
    fact: /research/i,
  },
  {
    category: 'partnership',
    question: 'what do NGOs bring to a partnership',
    expect: actor('ngo'),
    fact: /outreach/i,
  },
  {
    category: 'partnership',
    question: 'role of the media',
    expect: actor('media'),
    fact: /opinion/i,
  },
  {
    category: 'partnership',
    question: 'what can employers and workers organisations contribute',
    expect: [actor('employers-organisation'), actor('workers-organisation')],
    fact: /mobili[sz]ation|advocacy/i,
  },
  {
    category: 'partnership',
    question: 'what is the role of government in a partnership',
    expect: actor('government'),
    fact: /legislation|policy/i,
  },
  {
    category: 'partnership',
    question: 'who does standard setting',
    expect: actor('international-organisation'),
    fact: /standard/i,
  },
  { category: 'partnership', question: 'who is best placed to do what and where', expect: matrix },
  {
    category: 'partnership',
    question: 'safe migration interventions',
    expect: intervention('safe-migration'),
  },
  {
    category: 'partnership',
    question: 'victim assistance',
    expect: intervention('victim-assistance'),
  },
  {
    category: 'partnership',
    question: 'monitoring and enforcement of labour law',
    expect: intervention('monitoring-enforcement'),
  },
  {
    category: 'partnership',
    question: 'broad prevention through livelihoods and awareness raising',
    expect: intervention('broad-prevention'),
  },
  {
    category: 'partnership',
    question: 'why collect baseline data before interventions',
    expect: criterion('work.baseline'),
  },
  {
    category: 'partnership',
    question: 'shared aim and agreed concepts',
    expect: criterion('work.shared-aim'),
  },
  {
    category: 'partnership',
    question: 'focal points in each organisation',
    expect: criterion('facilitate.focal-points'),
  },
  {
    category: 'partnership',
    question: 'does a partnership need a coordination unit',
    expect: criterion('facilitate.coordination-unit'),
  },
  {
    category: 'partnership',
    question: 'build coordination time into job descriptions',
    expect: criterion('facilitate.coordination-time'),
  },
  {
    category: 'partnership',
    question: 'motivational non-threatening leader',
    expect: criterion('facilitate.leader'),
  },
  {
    category: 'partnership',
    question: 'external pressure',
    expect: criterion('facilitate.external-pressure'),
  },
  {
    category: 'partnership',
    question: 'set indicators and targets together',
    expect: criterion('work.indicators'),
  },
  {
    category: 'partnership',
    question: 'regular experience sharing and learning events',
    expect: criterion('work.learning-events'),
  },
  {
    category: 'partnership',
    question: 'divide responsibilities among agencies',
    expect: criterion('work.responsibilities'),
  },
  { category: 'partnership', question: 'synergy 1 + 1 = 3', expect: [actor('government'), matrix] },

  // ---- good practices (seed 001) ----------------------------------------------------------
  {
    category: 'practice',
    question: 'CCT programme Costa Rica Guatemala',
    expect: practice('costa-rica-guatemala-cct'),
  },
  {
    category: 'practice',
    question: 'trade union policy on child labour in Zambia',
    expect: practice('zambia-trade-union-policy'),
  },
  {
    category: 'practice',
    question: 'child labour free zones',
    expect: practice('child-labour-free-zones-exchange'),
  },
  {
    category: 'practice',
    question: 'SCREAM in Angola and Mozambique',
    expect: practice('angola-mozambique-scream-trade-unions'),
  },
  {
    category: 'practice',
    question: 'Kosovo child labour monitoring exchange with Romania',
    expect: practice('kosovo-romania-clms'),
  },
  {
    category: 'practice',
    question: 'labour inspection cooperation in Latin America',
    expect: practice('latin-america-labour-inspection'),
  },
  {
    category: 'practice',
    question: 'youth forum on human trafficking in the Mekong',
    expect: practice('mekong-youth-forum-trafficking'),
  },
  {
    category: 'practice',
    question: 'Morocco Mali exchange visit',
    expect: practice('morocco-mali-coordination-mechanisms'),
  },
  {
    category: 'practice',
    question: 'Timor-Leste hazardous child labour list with Brazil',
    expect: practice('timor-leste-brazil-tripartite-commission'),
  },
  {
    category: 'practice',
    question: 'good practice examples of south-south cooperation on child labour',
    expect: { kind: 'practice' },
  },

  // ---- Pathfinder countries (seed 003) ---------------------------------------------------------
  {
    category: 'pathfinder',
    question: "what are Nepal's priorities as a pathfinder",
    expect: pathfinder('NPL'),
  },
  {
    category: 'pathfinder',
    question: 'when did Madagascar become a pathfinder country',
    expect: pathfinder('MDG'),
    fact: /2018/,
  },
  { category: 'pathfinder', question: 'Fiji steps', expect: pathfinder('FJI') },
  { category: 'pathfinder', question: 'Chile roadmap alliance 8.7', expect: pathfinder('CHL') },
  {
    category: 'pathfinder',
    question: 'Mauritania pathfinder priorities',
    expect: pathfinder('MRT'),
  },
  {
    category: 'pathfinder',
    question: 'Viet Nam national child labour and business forum',
    expect: pathfinder('VNM'),
  },
  {
    category: 'pathfinder',
    question: 'Uganda national coordination committee',
    expect: pathfinder('UGA'),
  },

  // ---- international organisations ---------------------------------------------------------------
  {
    category: 'organisation',
    question: 'what does IOM do',
    expect: [organisation('iom'), glossary('IOM')],
  },
  {
    category: 'organisation',
    question: 'UNODC role in trafficking',
    expect: [organisation('unodc'), glossary('UNODC')],
  },
  {
    category: 'organisation',
    question: 'UNICEF',
    expect: [organisation('unicef'), glossary('UNICEF')],
  },
  {
    category: 'organisation',
    question: 'OHCHR migrants human rights',
    expect: [organisation('ohchr'), glossary('OHCHR')],
  },

  // ---- typos, spelling variants and short queries ----------------------------------------------------
  { category: 'typo', question: 'minimun age convension', expect: convention('C138') },
  {
    category: 'typo',
    question: 'worst froms of child labor',
    expect: [convention('C182'), article('C182:3')],
  },
  { category: 'typo', question: 'forced labuor protocol', expect: convention('P29') },
  { category: 'typo', question: 'hazardus work age', expect: article('C138:3'), fact: /18/ },
  { category: 'typo', question: 'migrant workers convension 1975', expect: convention('C143') },
  { category: 'typo', question: 'prision labour', expect: article('C29:2') },
  { category: 'typo', question: 'child soliders', expect: article('C182:3') },
  { category: 'typo', question: 'det bondage', expect: article('C182:3') },
  {
    category: 'typo',
    question: 'DEFINITION OF FORCED LABOUR',
    expect: article('C29:2'),
    fact: /penalty/i,
  },
  { category: 'typo', question: 'minimum ages', expect: [convention('C138'), article('C138:2')] },
  { category: 'typo', question: 'forced labor definiton', expect: article('C29:2') },
  { category: 'typo', question: 'International Labor Organisation', expect: glossary('ILO') },
  { category: 'typo', question: 'conditional cash transfer program', expect: glossary('CCT') },
  {
    category: 'typo',
    question: 'employers organizations role',
    expect: actor('employers-organisation'),
  },
  { category: 'typo', question: 'wrost forms', expect: [convention('C182'), article('C182:3')] },
  { category: 'typo', question: 'trafficking of childs', expect: article('C182:3') },

  // ---- nothing relevant: the honest answer is "I don't know" -----------------------------------------
  { category: 'unknown', question: "what's the weather in Geneva tomorrow", expect: 'unknown' },
  { category: 'unknown', question: 'how do I bake sourdough bread', expect: 'unknown' },
  { category: 'unknown', question: 'who won the world cup in 2018', expect: 'unknown' },
  { category: 'unknown', question: 'python list comprehension', expect: 'unknown' },
  { category: 'unknown', question: 'minimum wage in France', expect: 'unknown' },
  { category: 'unknown', question: 'maternity protection convention', expect: 'unknown' },
  { category: 'unknown', question: 'C100 equal remuneration', expect: 'unknown' },
  { category: 'unknown', question: 'asdfghjkl', expect: 'unknown' },
  { category: 'unknown', question: 'hello', expect: 'unknown' },
  { category: 'unknown', question: 'tell me a joke', expect: 'unknown' },
  { category: 'unknown', question: 'bitcoin price today', expect: 'unknown' },
  { category: 'unknown', question: 'freedom of association convention 87', expect: 'unknown' },
  { category: 'unknown', question: 'how old is the eiffel tower', expect: 'unknown' },
  { category: 'unknown', question: 'best pizza in Rome', expect: 'unknown' },
  { category: 'unknown', question: 'article 99 of C138', expect: 'unknown' },
  { category: 'unknown', question: 'what is the capital of Australia', expect: 'unknown' },
  { category: 'unknown', question: 'working time directive overtime limits', expect: 'unknown' },
  { category: 'unknown', question: 'how to reset my password', expect: 'unknown' },
];
