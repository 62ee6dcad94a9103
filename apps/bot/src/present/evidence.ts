import {
  verificationCaveat,
  type Problem,
  type Source,
  type VerificationStatus,
} from '@target87/core';
import type { CommandButton, Reply } from '../reply.js';

/**
 * What to add after a fact so it is never shown as more certain than it is (core's wording).
 *
 * @example
 * `176 ratifications${caveat('secondary')}`; // '176 ratifications (from secondary sources)'
 */
export const caveat = (status: VerificationStatus | undefined): string =>
  verificationCaveat({ status: status ?? 'verified' });

/**
 * The sources as Markdown links, one per line, without repeats, at most `max` of them.
 *
 * @example
 * sourceLinks([{ url: 'https://normlex.ilo.org/', label: 'NORMLEX' }]); // '[NORMLEX](https://normlex.ilo.org/)'
 */
export const sourceLinks = (sources: readonly Source[], max = 8): string => {
  const seen = new Map<string, Source>();
  for (const source of sources) if (!seen.has(source.url)) seen.set(source.url, source);
  const unique = [...seen.values()];
  const lines = unique
    .slice(0, max)
    .map(
      (s) =>
        `[${(s.label ?? new URL(s.url).hostname).replace(/\[/g, '(').replace(/\]/g, ')')}](${s.url})`,
    );
  if (unique.length > max) lines.push(`and ${String(unique.length - max)} more`);
  return lines.join('\n');
};

/**
 * A private reply listing the problems the core found in what the user typed, each with its
 * suggestion, and buttons that run the suggested corrections.
 */
export const problemsReply = (
  title: string,
  problems: readonly Problem[],
  retry?: (suggestion: string) => CommandButton,
): Reply => {
  const lines = problems.map((p) => {
    const where = p.path === '' ? '' : `\`${p.path}\`: `;
    return `${where}${p.message}${p.suggestion === undefined ? '' : ` Did you mean **${p.suggestion}**?`}`;
  });
  const suggestions = [
    ...new Set(problems.flatMap((p) => (p.suggestion === undefined ? [] : [p.suggestion]))),
  ];
  return {
    title,
    body: lines.join('\n'),
    tone: 'warning',
    ephemeral: true,
    ...(retry === undefined || suggestions.length === 0
      ? {}
      : { buttons: suggestions.slice(0, 5).map(retry) }),
  };
};
