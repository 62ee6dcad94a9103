import { actorType } from '../../actors/actorTypes.js';
import type { ActorTypeId } from '../../actors/schema.js';
import type { CheckEvidence, Finding } from '../schema.js';

/**
 * What a check returns: a finding without its criterion id (the registry adds it).
 *
 * @category model
 */
export type CheckOutcome = Omit<Finding, 'criterion' | 'credit' | 'agreement'>;

/** Evidence: where in the plan, and what it says. */
export const evidence = (path: string, text: string): CheckEvidence => ({ path, text });

export const met = (found: readonly CheckEvidence[], recommendation: string): CheckOutcome => ({
  status: 'met',
  evidence: [...found],
  recommendation,
});

export const partial = (found: readonly CheckEvidence[], recommendation: string): CheckOutcome => ({
  status: 'partial',
  evidence: [...found],
  recommendation,
});

export const missing = (found: readonly CheckEvidence[], recommendation: string): CheckOutcome => ({
  status: 'missing',
  evidence: [...found],
  recommendation,
});

export const notApplicable = (reason: string): CheckOutcome => ({
  status: 'not-applicable',
  evidence: [],
  recommendation: 'Nothing to do unless the plan changes.',
  reason,
});

/** `A`, `A and B`, `A, B and C`; long lists end with "and N more". */
export const listOf = (items: readonly string[], max = 6, conjunction = 'and'): string => {
  const shown =
    items.length > max
      ? [...items.slice(0, max), `${String(items.length - max)} more`]
      : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1) ?? ''}`;
};

/** A title inside a sentence: lower case first letter, except for acronyms (`NGOs`). */
export const inSentence = (title: string): string =>
  /^[A-Z]{2}/.test(title) ? title : `${title.charAt(0).toLowerCase()}${title.slice(1)}`;

/** An actor type's plural title inside a sentence: `governments`, `NGOs and mass organisations`. */
export const kindsOf = (id: ActorTypeId): string => inSentence(actorType(id).title);

/** Text cut to a readable length for evidence. */
export const excerpt = (text: string, max = 120): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1).trimEnd()}…` : oneLine;
};

/** The status for "all, some or none of these". */
export const byShare = (done: number, total: number): 'met' | 'partial' | 'missing' =>
  total > 0 && done === total ? 'met' : done > 0 ? 'partial' : 'missing';

/** Kept when a criterion is met: what to do next is to keep it current. */
export const keepItCurrent = 'Met. Keep it current as the partnership changes.';
