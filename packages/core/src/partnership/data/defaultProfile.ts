import type { z } from 'zod';
import type { ScoringProfile } from '../profileSchema.js';

/**
 * The default profile. docs/scoring.md explains each number; in short: the eight "Making a
 * partnership work" criteria are the spine of seed 000's method and weigh most; the nine
 * facilitating matters help but are not essential; complementarity and the matrix are what make
 * it a partnership; safeguards weigh as much as complementarity where they apply.
 */
export const defaultProfileRecord = {
  id: 'default',
  title: 'Default (seed 000 method)',
  description:
    'Weights follow the emphasis of seed 000, with the Pathfinder lessons of seed 003 and safeguards for victims and children.',
  groupWeights: {
    work: 24,
    facilitate: 14,
    complementarity: 12,
    focus: 8,
    matrix: 12,
    standards: 8,
    pathfinder: 10,
    safeguards: 12,
  },
  criterionWeights: {
    'work.shared-aim': 2,
    'work.responsibilities': 1.5,
    'facilitate.coordination-unit': 1.5,
    'facilitate.funding': 1.5,
    'standards.ratification': 0.5,
    'safeguards.referral-pathway': 1.5,
  },
  partialCredit: 0.5,
  bands: { medium: 40, high: 65, 'very-high': 85 },
  gates: [
    {
      id: 'no-shared-aim',
      title: 'No shared aim',
      criterion: 'work.shared-aim',
      failsOn: ['missing'],
      capsAt: 'low',
      why: 'Without a shared aim the partners are not yet a partnership (seed 000, "Making a partnership work").',
    },
    {
      id: 'one-kind-of-actor',
      title: 'Fewer than two kinds of actor',
      criterion: 'complementarity.actor-types',
      failsOn: ['missing'],
      capsAt: 'low',
      why: 'Partners of one kind cannot complement each other: that is not yet a partnership (seed 000, "Synergy: 1 + 1 = 3").',
    },
    {
      id: 'no-responsibilities',
      title: 'No division of responsibilities',
      criterion: 'work.responsibilities',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'Until responsibilities are divided, nobody is accountable for the work (seed 000, "Making a partnership work").',
    },
    {
      id: 'no-funding',
      title: 'No funding in sight',
      criterion: 'facilitate.funding',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'A plan with no funding secured, pledged or sought is not ready to act (seed 000, "Matters that can facilitate a partnership"; seed 003, "Lessons Learnt").',
    },
    {
      id: 'one-end-of-the-route',
      title: 'Cross-border plan working at one end only',
      criterion: 'matrix.cross-border-reach',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'Across borders, the work is effective only when both sending and destination ends are engaged (seed 002, Annex 2; seed 000, "What should a partnership against trafficking focus on?").',
    },
    {
      id: 'no-referral-pathway',
      title: 'No referral pathway for victims',
      criterion: 'safeguards.referral-pathway',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'Working with victims without a referral pathway risks harm (P.29 Art. 3; OSCE/ODIHR National Referral Mechanisms handbook).',
    },
    {
      id: 'no-best-interests',
      title: 'Best interests of the child not addressed',
      criterion: 'safeguards.best-interests',
      failsOn: ['missing'],
      capsAt: 'medium',
      why: 'Work with children must put the child’s best interests first (OSCE/ODIHR National Referral Mechanisms handbook).',
    },
  ],
} satisfies z.input<typeof ScoringProfile>;
