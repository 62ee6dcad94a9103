/**
 * Discord's message limits (discord-api-docs, `resources/message.mdx` and
 * `components/reference.mdx`). A message over any of them is refused whole with 50035, so the
 * renderer splits or paginates to stay within them.
 */
export const limits = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  menuOptions: 25,
  menuText: 100,
  placeholder: 150,
  choices: 25,
  choiceText: 100,
} as const;

/**
 * Shortens text to `max` characters, ending with an ellipsis when cut.
 *
 * @example
 * truncate('Forced Labour Convention', 10); // 'Forced La…'
 */
export const truncate = (value: string, max: number): string =>
  value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1)).trimEnd()}…`;

/**
 * Splits text into pieces of at most `max` characters, cutting at the largest natural boundary
 * that fits: a blank line, a line break, the end of a sentence, a space, or (only for a single
 * unbroken word longer than `max`) anywhere.
 *
 * @example
 * splitText('One.\n\nTwo.', 6); // ['One.', 'Two.']
 */
export const splitText = (value: string, max: number): string[] => {
  const pieces: string[] = [];
  let rest = value.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const sentenceEnd = Math.max(
      ...['. ', '! ', '? ', '; ', '.\n'].map((end) => {
        const at = window.lastIndexOf(end);
        return at === -1 ? -1 : at + 1;
      }),
    );
    // Prefer the largest boundary, but not one so early that pieces become tiny.
    const at = [
      window.lastIndexOf('\n\n'),
      window.lastIndexOf('\n'),
      sentenceEnd,
      window.lastIndexOf(' '),
    ].find((index) => index > max / 4);
    const cut = at ?? max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
};
