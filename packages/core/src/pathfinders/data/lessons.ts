import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { PathfinderLesson } from '../schema.js';

const seed = '003_108115038eae456f.txt';
const firstSlide = { seed, section: 'Lessons Learnt (first slide)' } as const;
const secondSlide = { seed, section: 'Lessons Learnt (second slide)' } as const;

const records = [
  {
    id: 'highest-level-endorsement',
    slide: 1,
    title: 'Endorsement at the highest political level',
    summary: 'Have the process endorsed at the highest political level possible.',
    question: 'Is the partnership endorsed at the highest political level possible?',
    keywords: [
      'political endorsement',
      'high-level support',
      'head of government',
      'political will',
    ],
    source: firstSlide,
  },
  {
    id: 'national-focal-point',
    slide: 1,
    title: 'A national focal point to lead',
    summary: 'The national focal point plays a critical part in leading the process.',
    question: 'Is there a national focal point to lead the process?',
    keywords: ['focal point', 'national coordinator', 'lead person', 'leadership'],
    source: firstSlide,
  },
  {
    id: 'un-agencies-and-resident-coordinator',
    slide: 1,
    title: 'UN agencies and the Resident Coordinator',
    summary:
      'Coordinate with the UN agencies; since the UN reform, involving the UN Resident Coordinator matters particularly.',
    question: 'Are UN agencies involved, including the UN Resident Coordinator?',
    keywords: ['UN agencies', 'Resident Coordinator', 'UN country team', 'UN reform'],
    source: firstSlide,
  },
  {
    id: 'all-relevant-stakeholders',
    slide: 1,
    title: 'All relevant stakeholders involved',
    summary:
      'Involve every relevant stakeholder: the statistical office, civil society, academia and the social partners.',
    question:
      'Are the statistical office, civil society, academia and the social partners involved?',
    keywords: [
      'stakeholders',
      'statistical office',
      'national statistics',
      'civil society',
      'academia',
      'universities',
      'social partners',
    ],
    source: firstSlide,
  },
  {
    id: 'resource-mobilisation-strategy',
    slide: 1,
    title: 'A resource mobilisation strategy',
    summary:
      'Put a resource mobilisation strategy in place to fund the priority actions; the Alliance 8.7 secretariat and its GCG partners should help the government raise resources when asked.',
    question: 'Is there a resource mobilisation strategy to fund the priority actions?',
    keywords: ['resource mobilisation', 'funding strategy', 'fundraising', 'donors', 'budget'],
    source: firstSlide,
  },
  {
    id: 'social-partners-and-civil-society',
    slide: 2,
    title: 'Social partners engaged, civil society more involved',
    summary:
      "Engaging workers' and employers' organisations has mattered; civil society needs to be involved more.",
    question: "Are workers' and employers' organisations engaged, and civil society involved?",
    keywords: [
      'social partners',
      'trade unions',
      'employers organisations',
      'civil society',
      'NGOs',
    ],
    source: secondSlide,
  },
  {
    id: 'ministries-beyond-labour',
    slide: 2,
    title: 'Ministries beyond labour, in the lead',
    summary:
      'Involve ministries other than the Ministry of Labour, not only as invitees but leading; the first slide also asks for several ministries to be involved.',
    question:
      'Do ministries other than labour take part, and does any of them lead part of the work?',
    keywords: ['ministries', 'whole of government', 'inter-ministerial', 'lead ministry'],
    source: secondSlide,
  },
  {
    id: 'regional-roll-out',
    slide: 2,
    title: 'Roll out in Southeast Asia and the Arab States',
    summary: 'Focus on rolling out the Pathfinder strategy in Southeast Asia and the Arab States.',
    question: null,
    keywords: ['Southeast Asia', 'Arab States', 'roll out'],
    source: secondSlide,
  },
  {
    id: 'global-and-regional-events',
    slide: 2,
    title: 'Take part in global and regional events',
    summary: 'Involving the Pathfinder countries in global and regional events has worked well.',
    question: 'Does the partnership share its experience at regional or global events?',
    keywords: [
      'events',
      'experience sharing',
      'regional meetings',
      'global conferences',
      'learning',
    ],
    source: secondSlide,
  },
] satisfies readonly z.input<typeof PathfinderLesson>[];

/**
 * The lessons learnt from the Pathfinder countries, from seed 003's two "Lessons Learnt" slides.
 * Those with a `question` apply to any partnership plan and feed the partnership checks.
 *
 * @example
 * pathfinderLessons.filter((l) => l.question !== null).map((l) => l.id);
 * // ['highest-level-endorsement', 'national-focal-point', ..., 'global-and-regional-events']
 * @category model
 */
export const pathfinderLessons = /* @__PURE__ */ trusted(PathfinderLesson, records);
