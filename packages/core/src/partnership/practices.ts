import { conditionKindInfo, practiceThemeInfo } from '../practices/data/index.js';
import { practicesMatchingGap } from '../practices/practicesMatchingGap.js';
import { criteria } from './criteria.js';
import type { CriterionId, PracticeSuggestion } from './schema.js';

const themeLabels = new Map<string, string>(practiceThemeInfo.map((t) => [t.id, t.label]));
const conditionLabels = new Map<string, string>(conditionKindInfo.map((c) => [c.id, c.label]));

// Worked out once: the suggestions depend only on the criterion, and scoring must stay fast.
const suggestions = new Map<string, readonly PracticeSuggestion[]>(
  criteria.map((c) => [
    c.id,
    practicesMatchingGap(c.gapKeywords, { limit: 2, minScore: 3 }).map((match) => {
      const reasons = [
        ...match.themes.map((t) => themeLabels.get(t) ?? t),
        ...match.conditions.map((k) => conditionLabels.get(k) ?? k),
      ];
      return {
        id: match.practice.id,
        title: match.practice.title,
        why: `${match.practice.summary}${reasons.length > 0 ? ` (Matches: ${reasons.join(', ').toLowerCase()}.)` : ''}`,
        source: match.practice.source,
      };
    }),
  ]),
);

/**
 * Good practices from seed 001 that speak to a gap on this criterion, best first (at most two),
 * found by matching the criterion's gap keywords against the cases.
 *
 * @example
 * import { practicesForGap, CriterionId } from '@target87/core';
 * practicesForGap(CriterionId.parse('work.monitoring')).map((p) => p.title);
 * @category queries
 */
export const practicesForGap = (id: CriterionId): readonly PracticeSuggestion[] =>
  suggestions.get(id) ?? [];
