import {
  actorTypes,
  articles,
  checkGroups,
  goodPractices,
  instruments,
  matrixCells,
} from '@target87/core';
import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { discordLimits, embedLength, type SentMessage } from './fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';

const buttonIds = (message: SentMessage): string[] =>
  (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

const everything = (message: SentMessage): string =>
  message.embeds
    .map((e) =>
      [
        e.title,
        e.description,
        ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
        e.footer?.text,
      ].join('\n'),
    )
    .join('\n');

/** Follows a paginated reply to its last page and returns every page. */
const allPages = async (harness: Harness, first: SentMessage): Promise<SentMessage[]> => {
  const pages = [first];
  let current = first;
  for (;;) {
    const next = buttonIds(current).find(
      (id) => id.startsWith('page:') && id !== buttonIds(current)[0],
    );
    const row = current.components?.[0];
    const nextButton = row !== undefined && 'components' in row ? row.components[1] : undefined;
    if (
      next === undefined ||
      nextButton === undefined ||
      ('disabled' in nextButton && nextButton.disabled)
    ) {
      return pages;
    }
    current = await harness.fake.click(current, next).reply();
    pages.push(current);
  }
};

describe('the commands through a fake Discord', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
    harness.fake.assertNoFailures();
  });

  it('registers every command of the registry', () => {
    expect(harness.fake.commands(harness.fake.guild.id).map((c) => c.name)).toEqual(
      commands.map((c) => c.definition.name),
    );
  });

  it('answers /ask with the direct answer, its citation and buttons to the article and convention', async () => {
    const handle = harness.fake.slash('ask', {
      question: 'what is the minimum age for hazardous work?',
    });
    const reply = await handle.reply();
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('what is the minimum age for hazardous work?');
    expect(embed?.description).toMatch(/^\*\*C\.138 Art\. 3: Hazardous work\*\*\n18/);
    expect(embed?.description).toContain('Source: C.138 Art. 3(1)');
    expect(buttonIds(reply)).toEqual([
      'run:article?convention=C138&number=3',
      'run:convention?id=C138',
    ]);
    const article = await harness.fake.click(reply, 'run:article?convention=C138&number=3').reply();
    expect(article.embeds[0]?.title).toBe('C.138 Art. 3: Hazardous work');
    expect(article.flags).toBe(MessageFlags.Ephemeral);
  });

  it('says plainly when /ask does not know, and refuses an empty question', async () => {
    const unknown = await harness.fake.slash('ask', { question: 'qwxz plorf zzyzx' }).reply();
    expect(unknown.embeds[0]?.description).toMatch(/^I don’t know\./);
    const empty = await harness.fake.slash('ask', { question: '   ' }).reply();
    expect(empty.flags).toBe(MessageFlags.Ephemeral);
  });

  it('shows the /convention card with its facts, caveats and article buttons', async () => {
    const reply = await harness.fake.slash('convention', { id: 'Minimum Age Convention' }).reply();
    const text = everything(reply);
    expect(reply.embeds[0]?.title).toBe('C.138: Minimum Age Convention, 1973 (No. 138)');
    expect(text).toContain('26 June 1973, 58th Session, Geneva');
    expect(text).toMatch(/176 as of July 2023 \(from secondary sources\)/);
    expect(buttonIds(reply)).toContain('run:article?convention=C138&number=3');
  });

  it('suggests the instrument meant when /convention cannot read the id', async () => {
    const reply = await harness.fake.slash('convention', { id: 'minimun age convension' }).reply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds[0]?.description).toMatch(/Did you mean \*\*C138\*\*\?/);
    const fixed = await harness.fake.click(reply, 'run:convention?id=C138').reply();
    expect(fixed.embeds[0]?.title).toMatch(/^C\.138/);
  });

  it('autocompletes /convention and /article within 25 choices', async () => {
    const all = await harness.fake.autocomplete('convention', { id: '' }, 'id').choices();
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(25);
    const min = await harness.fake.autocomplete('convention', { id: 'min ag' }, 'id').choices();
    expect(min[0]).toEqual({
      name: 'C.138: Minimum Age Convention, 1973 (No. 138)',
      value: 'C138',
    });
    const numbers = await harness.fake
      .autocomplete('article', { convention: 'C138', number: '' }, 'number')
      .choices();
    expect(numbers.map((c) => c.value)).toEqual(
      articles.filter((a) => a.instrumentId === 'C138').map((a) => a.number),
    );
  });

  it('shows /article with the asked paragraph first and neighbours as buttons', async () => {
    const reply = await harness.fake
      .slash('article', { convention: 'C182', number: '3(d)' })
      .reply();
    expect(reply.embeds[0]?.title).toMatch(/^C\.182 Art\. 3: /);
    expect(reply.embeds[0]?.description).toMatch(/^\*\*C\.182 Art\. 3\(d\)\*\*: /);
    expect(buttonIds(reply)).toContain('run:convention?id=C182');
    const missing = await harness.fake
      .slash('article', { convention: 'C138', number: '99' })
      .reply();
    expect(missing.embeds[0]?.description).toMatch(/does not hold C\.138 Art\. 99/);
  });

  it('lists the criteria by group and shows one group with questions, advice and sources', async () => {
    const all = await harness.fake.slash('criteria').reply();
    expect(all.embeds[0]?.fields?.map((f) => f.name.replace(/ \(\d+\)$/, ''))).toEqual(
      checkGroups.map((g) => g.title),
    );
    const safeguards = await harness.fake.click(all, 'run:criteria?group=safeguards').reply();
    expect(safeguards.embeds[0]?.title).toBe('Safeguards');
    expect(everything(safeguards)).toMatch(/\*\*Asked:\*\* .+\?/);
    expect(everything(safeguards)).toContain('Source: P.29 Art. 3');
  });

  it('explains actor types, found by the words people use, with autocomplete', async () => {
    const union = await harness.fake.slash('actors', { type: 'trade union' }).reply();
    expect(union.embeds[0]?.title).toBe("Workers' organisations");
    expect(everything(union)).toMatch(/Best placed in \d+ of 24 matrix cells/);
    const choices = await harness.fake.autocomplete('actors', { type: 'gov' }, 'type').choices();
    expect(choices[0]).toEqual({ name: 'Governments', value: 'government' });
  });

  it('narrows the matrix to one cell with the actors best placed for it', async () => {
    const cell = await harness.fake
      .slash('matrix', { intervention: 'safe-migration', level: 'outreach', place: 'destination' })
      .reply();
    expect(cell.embeds[0]?.title).toBe(
      matrixCells.find((c) => c.id === 'safe-migration/outreach/destination')?.title,
    );
    expect(cell.embeds[0]?.description).toMatch(/\*\*Best placed:\*\* /);
    expect(cell.embeds[0]?.footer?.text).toMatch(/^Source: 000_13e4478fe2e762d6\.txt/);
  });

  it('narrows the matrix overview with its menu', async () => {
    const overview = await harness.fake.slash('matrix').reply();
    const menuId = buttonIds(overview).find((id) => id.startsWith('menu:')) ?? '';
    expect(menuId).toBe('menu:matrix:intervention');
    const narrowed = await harness.fake.select(overview, menuId, ['victim-assistance']).reply();
    expect(narrowed.flags).toBe(MessageFlags.Ephemeral);
    expect(narrowed.embeds[0]?.fields).toHaveLength(6);
  });

  it('finds good-practice cases for a gap and opens one in full', async () => {
    const list = await harness.fake
      .slash('practice', { query: 'keeping children in school' })
      .reply();
    expect(list.embeds[0]?.fields?.length).toBeGreaterThan(0);
    const open = buttonIds(list)[0] ?? '';
    const card = await harness.fake.click(list, open).reply();
    expect(
      Object.keys(Object.fromEntries((card.embeds[0]?.fields ?? []).map((f) => [f.name, 1]))),
    ).toEqual(expect.arrayContaining(['What was done', 'Results', 'Lessons']));
    expect(card.embeds[0]?.footer?.text).toMatch(/^Source: 00\d_/);
    const choices = await harness.fake.autocomplete('practice', { query: '' }, 'query').choices();
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('keeps every reading command’s answers within Discord’s limits', async () => {
    const replies: SentMessage[] = [];
    const run = async (command: string, options: Record<string, string> = {}): Promise<void> => {
      replies.push(
        ...(await allPages(harness, await harness.fake.slash(command, options).reply())),
      );
    };
    await run('help');
    await run('criteria');
    for (const group of checkGroups) await run('criteria', { group: group.id });
    await run('actors');
    for (const actor of actorTypes) await run('actors', { type: actor.id });
    await run('matrix');
    for (const cell of matrixCells) {
      await run('matrix', { intervention: cell.intervention });
      await run('matrix', {
        intervention: cell.intervention,
        level: cell.level,
        place: cell.place,
      });
    }
    for (const practice of goodPractices) await run('practice', { query: practice.id });
    for (const reply of replies) {
      for (const embed of reply.embeds)
        expect(embedLength(embed)).toBeLessThanOrEqual(discordLimits.embedTotal);
    }
    expect(harness.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('keeps every convention card and every article within Discord’s limits', async () => {
    const replies: SentMessage[] = [];
    for (const instrument of instruments) {
      const first = await harness.fake.slash('convention', { id: instrument.id }).reply();
      replies.push(...(await allPages(harness, first)));
    }
    for (const article of articles) {
      const first = await harness.fake
        .slash('article', { convention: article.instrumentId, number: article.number })
        .reply();
      replies.push(...(await allPages(harness, first)));
    }
    for (const reply of replies) {
      expect(reply.embeds.length).toBeLessThanOrEqual(discordLimits.embeds);
      for (const embed of reply.embeds)
        expect(embedLength(embed)).toBeLessThanOrEqual(discordLimits.embedTotal);
    }
    // The fake refuses anything over a limit; nothing was refused.
    expect(harness.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
