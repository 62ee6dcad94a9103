import type { z } from 'zod';
import type { InterventionLevelInfo, InterventionType, PlaceInfo } from '../schema.js';

const focus = {
  seed: '000_13e4478fe2e762d6.txt',
  section: 'What should a partnership against trafficking focus on?',
} as const;
const matrix = {
  seed: '000_13e4478fe2e762d6.txt',
  section: 'Who is best placed to do what & where?',
} as const;

export const interventionTypeRecords = [
  {
    id: 'broad-prevention',
    title: 'Broad prevention through livelihoods, training, education and awareness raising',
    shortTitle: 'Broad prevention',
    summary:
      'Reduces the risk of exploitation before it happens by improving livelihoods, skills, schooling and what people know about the dangers.',
    examples: [
      'income generation and social protection for families at risk',
      'vocational and skills training for young people of working age',
      'keeping children in school',
      'awareness-raising campaigns in communities',
    ],
    aliases: ['prevention', 'livelihoods', 'awareness raising', 'education', 'training'],
    source: matrix,
  },
  {
    id: 'safe-migration',
    title: 'Safe migration to prevent trafficking',
    shortTitle: 'Safe migration',
    summary:
      'Makes migration for work safer, so that people who move are not trafficked or trapped in forced labour on the way or at destination.',
    examples: [
      'pre-departure information and orientation',
      'regulating and monitoring recruitment agencies',
      'bilateral labour agreements between countries',
      'help desks for migrant workers at destination',
    ],
    aliases: ['migration', 'labour migration', 'fair recruitment', 'safe mobility'],
    source: matrix,
  },
  {
    id: 'monitoring-enforcement',
    title: 'Monitoring and enforcement of (labour) law',
    shortTitle: 'Monitoring & enforcement',
    summary:
      'Finds exploitation and makes the law bite: labour inspection, workplace and community monitoring, and prosecution of those who profit.',
    examples: [
      'labour inspection, including in informal and rural work',
      'child labour monitoring systems',
      'prosecuting traffickers and exploitative employers',
      'supply-chain due diligence and audits',
    ],
    aliases: ['enforcement', 'monitoring', 'labour inspection', 'law enforcement', 'prosecution'],
    source: matrix,
  },
  {
    id: 'victim-assistance',
    title: 'Victim assistance',
    shortTitle: 'Victim assistance',
    summary:
      'Identifies victims and helps them recover: rescue, shelter, counselling, legal help, compensation, return and reintegration.',
    examples: [
      'identification and referral of victims',
      'shelter, health care and counselling',
      'legal assistance and access to compensation',
      'return, reintegration, schooling and jobs',
    ],
    aliases: ['protection', 'victim support', 'rehabilitation', 'reintegration', 'rescue'],
    source: matrix,
  },
] satisfies readonly z.input<typeof InterventionType>[];

export const interventionLevelRecords = [
  {
    id: 'policy',
    title: 'Policy and enabling level',
    summary:
      'Broad policy initiatives: laws, policies, plans, agreements and institutions that make the work possible.',
    source: focus,
  },
  {
    id: 'outreach',
    title: 'Outreach and direct assistance level',
    summary:
      'Work that reaches people directly: families and workers at risk, victims, workplaces and communities.',
    source: focus,
  },
] satisfies readonly z.input<typeof InterventionLevelInfo>[];

export const placeRecords = [
  {
    id: 'source',
    title: 'Source areas',
    summary: 'Where people come from: the villages, districts and countries people leave.',
    source: focus,
  },
  {
    id: 'transit',
    title: 'Transit areas',
    summary: 'Where people pass through: border crossings, transport hubs and transit countries.',
    source: focus,
  },
  {
    id: 'destination',
    title: 'Destination areas',
    summary:
      'Where people end up working: cities, plantations, factories and destination countries.',
    source: focus,
  },
] satisfies readonly z.input<typeof PlaceInfo>[];
