import { checkGroups, citeCriterionSource, criteria } from '@target87/core';
import { criteriaDefinition } from '../interactions/criteria.js';
import type { Reply } from '../reply.js';
import { defineCommand } from './command.js';

const method =
  'A partnership is scored on these criteria, from seed 000 (“Partnerships and cooperation”) and the Alliance 8.7 Pathfinder lessons. Each is answered by a plan file or a quick self-assessment (/score).';

/** `/criteria [group]`: the method itself: every group with its criteria, or one group in detail. */
export const criteriaCommand = defineCommand({
  definition: criteriaDefinition,
  examples: ['/criteria', '/criteria group:safeguards'],
  run: ({ group }): Reply => {
    const chosen = checkGroups.find((g) => g.id === group);
    if (chosen === undefined) {
      return {
        title: 'Partnership readiness criteria',
        body: method,
        sections: checkGroups.map((g) => {
          const members = criteria.filter((c) => c.group === g.id);
          return {
            heading: `${g.title} (${String(members.length)})`,
            body: `${g.summary}\n${members.map((c) => `• ${c.title}`).join('\n')}`,
          };
        }),
        footer: 'Sources are cited criterion by criterion in /criteria group:<group>.',
        buttons: checkGroups.map((g) => ({
          label: g.title,
          command: 'criteria',
          args: { group: g.id },
        })),
      };
    }
    return {
      title: chosen.title,
      body: `${chosen.summary}\n\nSource: ${citeCriterionSource(chosen.source)}`,
      sections: criteria
        .filter((c) => c.group === chosen.id)
        .map((c) => ({
          heading: c.title,
          body: [
            c.summary,
            `**Asked:** ${c.question}`,
            `**To do:** ${c.advice}`,
            ...(c.mayBeNotApplicable ? ['May not apply to every partnership.'] : []),
            `Source: ${[c.source, ...c.seeAlso].map(citeCriterionSource).join('; ')}`,
          ].join('\n'),
        })),
      footer: 'Score a partnership on them with /score.',
    };
  },
});
