/**
 * Edit distance between two strings, counting an adjacent swap as one edit (optimal string
 * alignment). Used to suggest the closest valid value for a typo.
 *
 * @example
 * editDistance('goverment', 'government'); // 1
 * @category combinators
 */
export const editDistance = (a: string, b: string): number => {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the one before the previous is needed for transpositions.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
};

const normalise = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The candidate closest to `input`, or `undefined` when none is close enough to be a plausible
 * typo (more than a third of the longer string would have to change).
 *
 * Comparison ignores case, accents and punctuation, so `"Employers' organisation"` finds
 * `employers-organisation`.
 *
 * @example
 * closestMatch('goverment', ['government', 'ngo', 'media']); // 'government'
 * closestMatch('banana', ['government', 'ngo', 'media']); // undefined
 * @category combinators
 */
export const closestMatch = (input: string, candidates: readonly string[]): string | undefined => {
  const wanted = normalise(input);
  if (wanted === '') return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalise(candidate));
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  const longest = Math.max(wanted.length, normalise(best.candidate).length);
  return best.distance <= Math.max(1, Math.floor(longest / 3)) ? best.candidate : undefined;
};
