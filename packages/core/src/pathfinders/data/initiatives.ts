import type { z } from 'zod';
import { trusted } from '../../shared/trusted.js';
import { BusinessInitiative } from '../schema.js';

const seed = '003_108115038eae456f.txt';

const records = [
  {
    id: 'child-labour-platform',
    name: 'Child Labour Platform',
    title: 'Child Labour Platform',
    summary:
      'A business-led initiative, with its secretariat at the ILO, that helps member companies remove child labour from their supply chains through due diligence, policy and dialogue.',
    description:
      'A business-led initiative to eliminate child labour in supply chains. It is a member of Alliance 8.7 and the ILO holds its secretariat. It offers buyers, factory owners and suppliers concrete solutions by taking member companies through due diligence across the tiers of their supply chains.',
    focus: 'child-labour',
    pillars: [
      {
        title: 'Due diligence across tiers',
        summary:
          'Concrete solutions for buyers, factory owners and suppliers, through a full due diligence process across supply chain tiers.',
      },
      {
        title: 'Policies and good business practice',
        summary: 'Support for building strong policies and good business practice into companies.',
      },
      {
        title: 'Impact and root causes',
        summary:
          "Measuring impact and tackling root causes through local and global dialogue with governments, employers' and workers' organisations and other stakeholders.",
      },
    ],
    memberBenefits: [
      "Use the ILO's convening power with governments, workers' and employers' organisations, trade associations and chambers of commerce to tackle root causes together, which human rights due diligence requires.",
      'Join ILO initiatives to prevent, assess the risk of and remedy child labour and other breaches of fundamental principles and rights at work in sourcing countries.',
      'Develop new ways of working with companies in other sectors against child labour, with a decent work approach.',
      'Get guidance on company policy and practice in the light of the ILO child labour conventions, other labour standards and the UN Guiding Principles on Business and Human Rights.',
      'Use practical due diligence tools on age verification, monitoring and remediation, with training.',
      'Receive tailored training and easy-to-replicate materials on identifying, preventing and remedying child labour in supply chains.',
    ],
    keywords: [
      'CLP',
      'business',
      'companies',
      'supply chains',
      'due diligence',
      'age verification',
      'remediation',
      'UN Guiding Principles',
      'sourcing',
    ],
    source: { seed, section: 'Child Labour Platform' },
  },
  {
    id: 'global-business-network-forced-labour',
    name: 'ILO Global Business Network on Forced Labour',
    title: 'ILO Global Business Network on Forced Labour',
    summary:
      'An ILO network where businesses of every size and sector coordinate, innovate and push for structural change against forced labour.',
    description:
      'An ILO network that brings business together against forced labour, aiming at action, scale and sustainability through collaboration.',
    focus: 'forced-labour',
    pillars: [
      {
        title: 'Coordination and collaboration',
        summary:
          'Room for businesses of all sizes and sectors, and business networks, to work together and coordinate their initiatives.',
      },
      {
        title: 'Catalysing innovation',
        summary:
          'Finding, investing in and spreading the approaches and tools that turn ideas into action at scale, including by small enterprises in high-risk sectors and places.',
      },
      {
        title: 'Structural change',
        summary:
          'Helping business take part in national policy and programmes, for a coherent response across sectors and places that keeps structural obstacles to progress in view.',
      },
    ],
    memberBenefits: [],
    keywords: [
      'GBNFL',
      'business',
      'forced labour',
      'companies',
      'SMEs',
      'high-risk sectors',
      'innovation',
    ],
    source: { seed, section: 'ILO GLOBAL BUSINESS NETWORK ON FORCED LABOUR' },
  },
] satisfies readonly z.input<typeof BusinessInitiative>[];

/**
 * The two business initiatives of seed 003: the Child Labour Platform and the ILO Global Business
 * Network on Forced Labour, with their pillars.
 *
 * @example
 * businessInitiatives.map((i) => i.name);
 * // ['Child Labour Platform', 'ILO Global Business Network on Forced Labour']
 * @category model
 */
export const businessInitiatives = /* @__PURE__ */ trusted(BusinessInitiative, records);
