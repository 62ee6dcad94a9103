/**
 * Finds which of a set of indicators a free-text description mentions, by keyword patterns, and
 * which words matched: so that a classification can say why it read the description as it did.
 */
export const detectIndicators = <K extends string>(
  description: string,
  patterns: Readonly<Record<K, RegExp>>,
): ReadonlyMap<K, string> => {
  const found = new Map<K, string>();
  for (const [indicator, pattern] of Object.entries(patterns) as [K, RegExp][]) {
    const match = pattern.exec(description);
    if (match !== null) found.set(indicator, match[0]);
  }
  return found;
};
