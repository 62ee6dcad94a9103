import { describe, expect, it } from 'vitest';
import { longReply } from '../../test/test-commands.js';
import type { Reply } from '../reply.js';
import { limits, splitText, truncate } from './limits.js';
import { components, paginate } from './render.js';

const size = (embed: ReturnType<typeof paginate>[number]['embed']): number =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.footer?.text.length ?? 0) +
  (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

describe('splitText', () => {
  it('cuts at paragraph, then line, then sentence, then word boundaries', () => {
    expect(splitText('One two.\n\nThree four.', 15)).toEqual(['One two.', 'Three four.']);
    expect(splitText('One two.\nThree four.', 15)).toEqual(['One two.', 'Three four.']);
    expect(splitText('One two. Three four.', 15)).toEqual(['One two.', 'Three four.']);
    expect(splitText('One two three four', 10)).toEqual(['One two', 'three four']);
  });

  it('cuts a word longer than the limit and loses nothing', () => {
    const word = 'x'.repeat(25);
    expect(splitText(word, 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('truncate', () => {
  it('keeps short text and ends cut text with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('Forced Labour Convention', 10)).toBe('Forced La…');
  });
});

describe('paginate', () => {
  it('keeps every page of an over-long answer within Discord’s embed limits', () => {
    const pages = paginate(longReply);
    expect(pages.length).toBeGreaterThan(1);
    for (const { embed } of pages) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(limits.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(limits.description);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(limits.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(limits.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(limits.fieldValue);
      }
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(limits.footer);
      expect(size(embed)).toBeLessThanOrEqual(limits.embedTotal);
    }
  });

  it('drops none of the text: every paragraph and section appears, in order', () => {
    const pages = paginate(longReply);
    const description = pages.map((p) => p.embed.description ?? '').join('\n\n');
    expect(description.replace(/\s+/g, ' ')).toBe((longReply.body ?? '').replace(/\s+/g, ' '));
    const headings = pages
      .flatMap((p) => p.embed.fields ?? [])
      .filter((f) => !f.name.endsWith('(cont.)'));
    expect(headings.map((f) => f.name)).toEqual((longReply.sections ?? []).map((s) => s.heading));
  });

  it('numbers the pages in the footer only when there are several', () => {
    expect(paginate({ title: 'T', body: 'short' })[0]?.embed.footer).toBeUndefined();
    const pages = paginate(longReply);
    expect(pages.at(-1)?.embed.footer?.text).toMatch(
      new RegExp(`Page ${String(pages.length)} of ${String(pages.length)}$`),
    );
  });

  it('never produces an empty embed', () => {
    expect(paginate({})[0]?.embed.title).toBe('Target 8.7 bot');
  });
});

describe('components', () => {
  it('fits navigation, buttons and a menu in five rows with valid custom ids', () => {
    const reply: Reply = {
      ...longReply,
      menu: {
        placeholder: 'Pick',
        command: 'echo',
        arg: 'text',
        options: Array.from({ length: 40 }, (_, i) => ({
          label: `Option ${String(i)}`,
          value: String(i),
        })),
      },
    };
    const rows = components(reply, { key: 'k', index: 0, count: 3 });
    expect(rows).toHaveLength(limits.actionRows);
    const children = rows.flatMap((r) => r.components);
    for (const child of children) {
      expect('custom_id' in child ? child.custom_id.length : 0).toBeLessThanOrEqual(
        limits.customId,
      );
      if ('label' in child) expect(child.label.length).toBeLessThanOrEqual(limits.buttonLabel);
    }
    const menu = rows.at(-1)?.components[0];
    expect(menu !== undefined && 'options' in menu ? menu.options.length : 0).toBe(
      limits.menuOptions,
    );
    expect(rows[0]?.components.map((c) => ('disabled' in c ? c.disabled : undefined))).toEqual([
      true,
      false,
    ]);
  });

  it('lets a menu take several values, never more than it offers', () => {
    const rows = components(
      {
        menu: {
          placeholder: 'Pick all that apply',
          command: 'score quick',
          arg: 'picked',
          pick: { min: 1, max: 30 },
          options: [
            { label: 'A', value: 'a' },
            { label: 'B', value: 'b' },
          ],
        },
      },
      undefined,
    );
    expect(rows[0]?.components[0]).toMatchObject({
      custom_id: 'menu:score quick:picked',
      min_values: 1,
      max_values: 2,
    });
  });

  it('leaves out a button whose command would not fit a custom id', () => {
    const rows = components(
      { buttons: [{ label: 'Too long', command: 'ask', args: { question: 'q'.repeat(120) } }] },
      undefined,
    );
    expect(rows).toEqual([]);
  });
});
