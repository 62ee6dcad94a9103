import type { z } from 'zod';
import type { MatrixCell } from '../schema.js';

type Cell = z.input<typeof MatrixCell>;
type Actor = Cell['bestPlaced'][number];

const source = {
  seed: '000_13e4478fe2e762d6.txt',
  section: 'Who is best placed to do what & where?',
} as const;

const typeTitles = {
  'broad-prevention': 'Broad prevention',
  'safe-migration': 'Safe migration',
  'monitoring-enforcement': 'Monitoring & enforcement',
  'victim-assistance': 'Victim assistance',
} as const;
const levelTitles = { policy: 'policy level', outreach: 'outreach level' } as const;

// Builds one record; the id and title follow from the cell's coordinates so they cannot drift.
const cell = (
  intervention: Cell['intervention'],
  level: Cell['level'],
  place: Cell['place'],
  bestPlaced: readonly Actor[],
  contributes: readonly Actor[],
  summary: string,
): Cell => ({
  id: `${intervention}/${level}/${place}`,
  intervention,
  level,
  place,
  title: `${typeTitles[intervention]}, ${levelTitles[level]}, ${place}`,
  summary,
  bestPlaced: [...bestPlaced],
  contributes: [...contributes],
  source,
});

/**
 * The 24 cells of seed 000's matrix (4 intervention types × 2 levels × 3 places). The seed asks
 * the question; the answers are the project's reading, from the "Synergy" slide's account of what
 * each actor brings.
 */
export const matrixCellRecords = [
  // Broad prevention through livelihoods, training, education and awareness raising
  cell(
    'broad-prevention',
    'policy',
    'source',
    ['government', 'workers-organisation', 'employers-organisation'],
    ['international-organisation', 'ngo', 'academia'],
    'Governments set education, social protection and skills policy where people are at risk; social partners bring the world of work into it through social dialogue.',
  ),
  cell(
    'broad-prevention',
    'policy',
    'transit',
    ['government'],
    ['international-organisation', 'ngo'],
    'Authorities along the route build prevention into border-area development and public information policy.',
  ),
  cell(
    'broad-prevention',
    'policy',
    'destination',
    ['government', 'employers-organisation', 'workers-organisation'],
    ['international-organisation', 'media', 'academia'],
    'Destination governments and social partners shape demand: labour-market rules, codes of conduct and public attitudes.',
  ),
  cell(
    'broad-prevention',
    'outreach',
    'source',
    ['ngo', 'workers-organisation', 'employers-organisation'],
    ['government', 'media', 'academia'],
    'NGOs and mass organisations reach families at risk with livelihoods, schooling and campaigns; unions and employers add skills and decent jobs.',
  ),
  cell(
    'broad-prevention',
    'outreach',
    'transit',
    ['ngo'],
    ['government', 'media'],
    'NGOs reach people on the move at transport hubs and border points with information on the risks.',
  ),
  cell(
    'broad-prevention',
    'outreach',
    'destination',
    ['ngo', 'workers-organisation', 'employers-organisation'],
    ['business', 'media'],
    'Unions and NGOs reach workers and communities at destination; employers and businesses offer training and decent work.',
  ),
  // Safe migration to prevent trafficking
  cell(
    'safe-migration',
    'policy',
    'source',
    ['government', 'international-organisation'],
    ['workers-organisation', 'employers-organisation', 'ngo'],
    'Sending governments regulate recruitment and negotiate labour agreements, with international organisations supporting the policy dialogue.',
  ),
  cell(
    'safe-migration',
    'policy',
    'transit',
    ['government', 'international-organisation'],
    ['ngo'],
    'Transit governments and international organisations align border and migration management so that it protects people on the move.',
  ),
  cell(
    'safe-migration',
    'policy',
    'destination',
    ['government', 'workers-organisation', 'employers-organisation'],
    ['international-organisation', 'business'],
    'Destination governments and social partners set the rules on admission, recruitment and equal treatment of migrant workers.',
  ),
  cell(
    'safe-migration',
    'outreach',
    'source',
    ['ngo', 'government', 'workers-organisation'],
    ['international-organisation', 'media'],
    'Pre-departure information, public employment services and migrant resource centres reach people before they leave.',
  ),
  cell(
    'safe-migration',
    'outreach',
    'transit',
    ['ngo', 'international-organisation'],
    ['government'],
    'NGOs and international organisations give people in transit information, help and a way to report abuse.',
  ),
  cell(
    'safe-migration',
    'outreach',
    'destination',
    ['workers-organisation', 'ngo'],
    ['employers-organisation', 'government', 'business'],
    'Unions organise migrant workers and, with NGOs, run help desks and hotlines where they work.',
  ),
  // Monitoring and enforcement of (labour) law
  cell(
    'monitoring-enforcement',
    'policy',
    'source',
    ['government'],
    ['workers-organisation', 'employers-organisation', 'international-organisation'],
    'Only the state makes and enforces law; workers’ and employers’ organisations are consulted on how monitoring works.',
  ),
  cell(
    'monitoring-enforcement',
    'policy',
    'transit',
    ['government'],
    ['international-organisation'],
    'Transit governments enforce the law against traffickers and cooperate with the countries on either side.',
  ),
  cell(
    'monitoring-enforcement',
    'policy',
    'destination',
    ['government'],
    ['workers-organisation', 'employers-organisation', 'international-organisation'],
    'Destination governments set inspection and prosecution policy, consulting the social partners.',
  ),
  cell(
    'monitoring-enforcement',
    'outreach',
    'source',
    ['government', 'workers-organisation'],
    ['ngo', 'employers-organisation'],
    'Labour inspectors and community monitoring, including by unions and local committees, find exploitation and abusive recruitment where it starts.',
  ),
  cell(
    'monitoring-enforcement',
    'outreach',
    'transit',
    ['government'],
    ['ngo', 'international-organisation'],
    'Police and border officials identify trafficking in transit; NGOs help them recognise it.',
  ),
  cell(
    'monitoring-enforcement',
    'outreach',
    'destination',
    ['government', 'workers-organisation'],
    ['employers-organisation', 'business', 'ngo'],
    'Labour inspection and workplace monitoring by unions, backed by employers’ and businesses’ due diligence in supply chains.',
  ),
  // Victim assistance
  cell(
    'victim-assistance',
    'policy',
    'source',
    ['government'],
    ['ngo', 'international-organisation'],
    'Governments set the framework for receiving, referring and reintegrating people who return.',
  ),
  cell(
    'victim-assistance',
    'policy',
    'transit',
    ['government', 'international-organisation'],
    ['ngo'],
    'Transit governments and international organisations agree how victims found on the route are protected and returned safely.',
  ),
  cell(
    'victim-assistance',
    'policy',
    'destination',
    ['government'],
    ['ngo', 'international-organisation', 'workers-organisation'],
    'Destination governments set how victims are identified, protected and given remedies, whatever their legal status.',
  ),
  cell(
    'victim-assistance',
    'outreach',
    'source',
    ['ngo', 'government'],
    ['workers-organisation', 'employers-organisation', 'international-organisation'],
    'NGOs and social services help returning victims recover and reintegrate; social partners open training and jobs.',
  ),
  cell(
    'victim-assistance',
    'outreach',
    'transit',
    ['ngo', 'international-organisation'],
    ['government'],
    'NGOs and international organisations shelter and accompany victims found on the route.',
  ),
  cell(
    'victim-assistance',
    'outreach',
    'destination',
    ['ngo', 'government'],
    ['workers-organisation', 'international-organisation'],
    'NGOs and social services shelter and support victims; unions help them claim wages and compensation.',
  ),
] satisfies readonly Cell[];
