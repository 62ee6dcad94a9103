import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APIStringSelectComponent,
} from 'discord.js';
import type { CommandButton, CommandMenu, Reply, Tone } from '../reply.js';
import { text } from '../text.js';
import { encodeMenu, encodePage, encodeRun } from './customId.js';
import { limits, splitText, truncate } from './limits.js';

const colours: Readonly<Record<Tone, number>> = {
  info: 0x1f6feb,
  success: 0x1a7f37,
  warning: 0xbf8700,
  error: 0xcf222e,
};

/** Room kept in the footer for "Page 10 of 12". */
const pageLabelRoom = 24;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message's worth of a reply, files aside. */
export interface RenderedPage {
  readonly embed: APIEmbed;
}

const embedSize = (embed: APIEmbed): number =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

/**
 * Lays a reply out as one embed per page, each within Discord's limits: a description of at most
 * 4096 characters, at most 25 fields of 1024, and 6000 characters in all. Long text is split at
 * paragraph, line or sentence boundaries; a long section continues in a field headed "(cont.)".
 * Nothing is dropped: what does not fit goes on the next page.
 */
export const paginate = (reply: Reply): readonly RenderedPage[] => {
  const title = reply.title === undefined ? undefined : truncate(reply.title, limits.title);
  const footer =
    reply.footer === undefined ? undefined : truncate(reply.footer, limits.footer - pageLabelRoom);
  const fixed = (title?.length ?? 0) + (footer?.length ?? 0) + pageLabelRoom;
  const room = limits.embedTotal - fixed;
  const pieces = splitText(reply.body ?? '', Math.min(limits.description, room));
  const fields: APIEmbedField[] = (reply.sections ?? []).flatMap((section) => {
    const name = truncate(
      section.heading.trim() === '' ? '—' : section.heading,
      limits.fieldName - 9,
    );
    const values = splitText(section.body, limits.fieldValue);
    return (values.length === 0 ? ['—'] : values).map((value, i) => ({
      name: i === 0 ? name : `${name} (cont.)`,
      value,
      ...(section.inline === true ? { inline: true } : {}),
    }));
  });

  const pages: { description: string; fields: APIEmbedField[] }[] = [];
  let current = { description: '', fields: [] as APIEmbedField[] };
  let used = 0;
  const flush = (): void => {
    if (current.description !== '' || current.fields.length > 0) pages.push(current);
    current = { description: '', fields: [] };
    used = 0;
  };
  for (const piece of pieces) {
    if (current.description !== '') flush();
    current.description = piece;
    used += piece.length;
  }
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (current.fields.length >= limits.fields || used + size > room) flush();
    current.fields.push(field);
    used += size;
  }
  flush();
  if (pages.length === 0) pages.push({ description: '', fields: [] });

  return pages.map((page, index) => {
    const label = pages.length > 1 ? text.page(index, pages.length) : undefined;
    const footerText = [footer, label].filter((part) => part !== undefined).join(' · ');
    const embed: APIEmbed = {
      color: colours[reply.tone ?? 'info'],
      ...(title === undefined ? {} : { title }),
      ...(page.description === '' ? {} : { description: page.description }),
      ...(page.fields.length === 0 ? {} : { fields: page.fields }),
      ...(footerText === '' ? {} : { footer: { text: footerText } }),
    };
    // An empty embed is refused by Discord; give it a title at least.
    if (embedSize(embed) === 0) return { embed: { ...embed, title: text.botName } };
    return { embed };
  });
};

const button = (action: CommandButton): APIButtonComponent | undefined => {
  const customId = encodeRun(action.command, action.args, action.replace === true);
  if (customId.length > limits.customId) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(action.label, limits.buttonLabel),
    custom_id: customId,
  };
};

const menu = (spec: CommandMenu): APIStringSelectComponent | undefined => {
  const customId = encodeMenu(spec.command, spec.arg, spec.args ?? {}, spec.replace === true);
  if (customId.length > limits.customId || spec.options.length === 0) return undefined;
  const offered = Math.min(spec.options.length, limits.menuOptions);
  return {
    type: ComponentType.StringSelect,
    custom_id: customId,
    placeholder: truncate(spec.placeholder, limits.placeholder),
    ...(spec.pick === undefined
      ? {}
      : {
          min_values: Math.min(spec.pick.min, offered),
          max_values: Math.min(spec.pick.max, offered),
        }),
    options: spec.options.slice(0, limits.menuOptions).map((option) => ({
      label: truncate(option.label, limits.menuText),
      value: truncate(option.value, limits.menuText),
      ...(option.description === undefined
        ? {}
        : { description: truncate(option.description, limits.menuText) }),
    })),
  };
};

const navigation = (key: string, index: number, count: number): Row => ({
  type: ComponentType.ActionRow,
  components: [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: text.previous,
      custom_id: encodePage(key, index - 1),
      disabled: index === 0,
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: text.next,
      custom_id: encodePage(key, index + 1),
      disabled: index === count - 1,
    },
  ],
});

/**
 * The components of a page: page navigation when there are several pages, then the reply's
 * buttons (five per row), then its menu, within Discord's five rows. Buttons whose command does
 * not fit a custom id are left out rather than sent broken.
 */
export const components = (
  reply: Reply,
  pager: { readonly key: string; readonly index: number; readonly count: number } | undefined,
): Row[] => {
  const rows: Row[] = [];
  if (pager !== undefined && pager.count > 1)
    rows.push(navigation(pager.key, pager.index, pager.count));
  const select = reply.menu === undefined ? undefined : menu(reply.menu);
  const buttonRows = limits.actionRows - rows.length - (select === undefined ? 0 : 1);
  const buttons = (reply.buttons ?? [])
    .map(button)
    .filter((b): b is APIButtonComponent => b !== undefined)
    .slice(0, buttonRows * limits.buttonsPerRow);
  for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + limits.buttonsPerRow),
    });
  }
  if (select !== undefined) rows.push({ type: ComponentType.ActionRow, components: [select] });
  return rows;
};

/** A reply's files as discord.js attachment payloads. */
export const attachments = (
  reply: Reply,
): { attachment: Buffer; name: string; description?: string }[] =>
  (reply.files ?? []).map((file) => ({
    attachment: Buffer.from(file.text, 'utf8'),
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
  }));
