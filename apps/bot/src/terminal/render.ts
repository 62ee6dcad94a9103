import type { CommandButton, Reply, Tone } from '../reply.js';

const ansi = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
} as const;

type Style = keyof typeof ansi;

const toneStyle: Readonly<Record<Tone, Style>> = {
  info: 'cyan',
  success: 'green',
  warning: 'yellow',
  error: 'red',
};

/** Writes a value the way it would be typed: quoted when it contains spaces. */
const typed = (value: string | number | boolean): string => {
  const text = String(value);
  return /\s/.test(text) ? `"${text}"` : text;
};

const invocation = (
  command: string,
  args: Readonly<Record<string, string | number | boolean>>,
): string => [`/${command}`, ...Object.entries(args).map(([k, v]) => `${k}:${typed(v)}`)].join(' ');

/**
 * The commands a reply's buttons and menu choices stand for, in the order they are shown and
 * numbered: typing the number in the chat runs the command.
 *
 * @example
 * actions({ buttons: [{ label: 'Art. 3', command: 'article', args: { convention: 'C138', number: '3' } }] });
 * // ['/article convention:C138 number:3']
 */
export const actions = (reply: Reply): string[] => [
  ...(reply.buttons ?? []).map((b) => invocation(b.command, b.args)),
  ...(reply.menu?.options ?? []).map((o) =>
    invocation(reply.menu?.command ?? '', {
      ...reply.menu?.args,
      [reply.menu?.arg ?? '']: o.value,
    }),
  ),
];

/**
 * The command that numbers typed after a reply stand for: one number runs that button or menu
 * choice; several (`3,5` or `3 5`) pick those choices of a menu that takes several, passed joined
 * by commas. `undefined` when the text is not numbers, or not choices of this reply.
 *
 * @example
 * choose(reply, '2'); // the command behind [2]
 * choose(multiMenuReply, '3,5'); // '/score quick makeup:1 picked:government,ngo'
 */
export const choose = (reply: Reply, typed: string): string | undefined => {
  const words = typed.trim().split(/[\s,]+/);
  if (!words.every((w) => /^\d+$/.test(w))) return undefined;
  const numbers = [...new Set(words.map(Number))];
  const [only] = numbers;
  if (numbers.length === 1 && only !== undefined) return actions(reply)[only - 1];
  const menu = reply.menu;
  const offset = (reply.buttons ?? []).length;
  if (menu === undefined || numbers.length > (menu.pick?.max ?? 1)) return undefined;
  const values = numbers.map((n) => menu.options[n - 1 - offset]?.value);
  if (values.some((v) => v === undefined)) return undefined;
  return invocation(menu.command, { ...menu.args, [menu.arg]: values.join(',') });
};

/**
 * Renders a reply as terminal text: the title, the body with Markdown turned into plain text
 * (bold kept when colour is on), sections under their headings, the footer, and each button or
 * menu choice numbered, with the command it stands for.
 *
 * @example
 * renderText({ title: 'C.138', body: '**Minimum age**: 15' }, { colour: false });
 */
export const renderText = (reply: Reply, { colour }: { readonly colour: boolean }): string => {
  const paint = (style: Style, value: string): string =>
    colour ? `${ansi[style][0]}${value}${ansi[style][1]}` : value;
  const markdown = (value: string): string =>
    value
      .replace(/\*\*(.+?)\*\*/g, (_, inner: string) => paint('bold', inner))
      .replace(
        /(^|[\s(])\*([^*\n]+)\*(?=[\s).,;:!?]|$)/g,
        (_, before: string, inner: string) => before + paint('dim', inner),
      )
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 <$2>')
      .replace(
        /(^|\n)#{1,3} (.+)/g,
        (_, start: string, heading: string) => start + paint('bold', heading),
      );
  const lines: string[] = [];
  if (reply.title !== undefined)
    lines.push(paint('bold', paint(toneStyle[reply.tone ?? 'info'], reply.title)));
  if (reply.body !== undefined && reply.body !== '') lines.push(markdown(reply.body));
  for (const section of reply.sections ?? []) {
    lines.push('', paint('bold', section.heading), markdown(section.body).replace(/^/gm, '  '));
  }
  if (reply.footer !== undefined) lines.push('', paint('dim', reply.footer));
  const commands = actions(reply);
  const buttons = (reply.buttons ?? []).map(
    (b: CommandButton, i) => `[${String(i + 1)}] ${b.label}: ${paint('cyan', commands[i] ?? '')}`,
  );
  if (buttons.length > 0) lines.push('', ...buttons);
  if (reply.menu !== undefined) {
    const offset = buttons.length;
    lines.push('', `${reply.menu.placeholder}:`);
    reply.menu.options.forEach((option, i) => {
      const description = option.description === undefined ? '' : ` (${option.description})`;
      lines.push(
        `[${String(offset + i + 1)}] ${option.label}${description}: ${paint('cyan', commands[offset + i] ?? '')}`,
      );
    });
  }
  if (commands.length > 0) {
    const several = (reply.menu?.pick?.max ?? 1) > 1;
    lines.push(
      paint(
        'dim',
        several
          ? 'Type a number to choose, or several choices of the menu separated by commas (e.g. 3,5).'
          : 'Type a number to choose.',
      ),
    );
  }
  return lines.join('\n');
};
