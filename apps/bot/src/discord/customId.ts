/**
 * Custom ids carry what a button or menu does, so the bot keeps no state for them (pages
 * excepted): `run:article?convention=C138&number=3` runs a command, `menu:score quick:answer?step=2`
 * runs one with the picked value, `page:<key>:<n>` turns a page. Discord caps them at 100
 * characters; the renderer leaves out any that would be longer.
 */

type Args = Readonly<Record<string, string | number | boolean>>;

const query = (args: Args): string =>
  new URLSearchParams(
    Object.entries(args).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();

/**
 * @example
 * encodeRun('article', { convention: 'C138', number: 3 }); // 'run:article?convention=C138&number=3'
 * encodeRun('score quick', { answers: 'y' }, true); // 'upd:score quick?answers=y'
 */
export const encodeRun = (command: string, args: Args, replace = false): string => {
  const q = query(args);
  return `${replace ? 'upd' : 'run'}:${command}${q === '' ? '' : `?${q}`}`;
};

/** @example encodeMenu('convention', 'id', {}); // 'menu:convention:id' */
export const encodeMenu = (command: string, arg: string, args: Args, replace = false): string => {
  const q = query(args);
  return `${replace ? 'mupd' : 'menu'}:${command}:${arg}${q === '' ? '' : `?${q}`}`;
};

/** @example encodePage('123', 2); // 'page:123:2' */
export const encodePage = (key: string, index: number): string => `page:${key}:${String(index)}`;

/**
 * What a custom id asks for, or `undefined` for one this bot did not make. `replace` says the
 * answer replaces the message the component is on.
 */
export type CustomId =
  | {
      readonly kind: 'run';
      readonly command: string;
      readonly args: Record<string, string>;
      readonly replace: boolean;
    }
  | {
      readonly kind: 'menu';
      readonly command: string;
      readonly arg: string;
      readonly args: Record<string, string>;
      readonly replace: boolean;
    }
  | { readonly kind: 'page'; readonly key: string; readonly index: number };

const splitQuery = (rest: string): { head: string; args: Record<string, string> } => {
  const at = rest.indexOf('?');
  if (at === -1) return { head: rest, args: {} };
  return {
    head: rest.slice(0, at),
    args: Object.fromEntries(new URLSearchParams(rest.slice(at + 1))),
  };
};

/** Reads a custom id made by the encoders above. */
export const decodeCustomId = (customId: string): CustomId | undefined => {
  const colon = customId.indexOf(':');
  const kind = customId.slice(0, colon);
  const rest = customId.slice(colon + 1);
  if (colon === -1) return undefined;
  if (kind === 'run' || kind === 'upd') {
    const { head, args } = splitQuery(rest);
    return head === '' ? undefined : { kind: 'run', command: head, args, replace: kind === 'upd' };
  }
  if (kind === 'menu' || kind === 'mupd') {
    const { head, args } = splitQuery(rest);
    const at = head.lastIndexOf(':');
    if (at <= 0) return undefined;
    return {
      kind: 'menu',
      command: head.slice(0, at),
      arg: head.slice(at + 1),
      args,
      replace: kind === 'mupd',
    };
  }
  if (kind === 'page') {
    const at = rest.lastIndexOf(':');
    const index = Number(rest.slice(at + 1));
    return at <= 0 || !Number.isInteger(index)
      ? undefined
      : { kind, key: rest.slice(0, at), index };
  }
  return undefined;
};
