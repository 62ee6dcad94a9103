/**
 * Splits a chat line into words, keeping double-quoted text together (apostrophes are letters,
 * so `what's` stays one word): `/ask "forced labour" now` gives
 * `['/ask', 'forced labour', 'now']`, and `question:"a b"` gives `['question:a b']`.
 *
 * @example
 * tokenize('/article convention:C138 number:3'); // ['/article', 'convention:C138', 'number:3']
 */
export const tokenize = (line: string): string[] => {
  const tokens: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const char of line) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === '“' || char === '”') {
      quote = char === '“' ? '”' : char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) tokens.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) tokens.push(current);
  return tokens;
};
