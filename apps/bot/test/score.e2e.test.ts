import { criteria, makeUpQuestions, planExamples, planTemplate } from '@target87/core';
import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMessage } from './fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';

const buttons = (message: SentMessage): { label: string; custom_id: string }[] =>
  (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) =>
          'custom_id' in c && 'label' in c
            ? [{ label: c.label ?? '', custom_id: c.custom_id }]
            : [],
        )
      : [],
  );

const press = (
  harness: Harness,
  message: SentMessage,
  label: string,
): ReturnType<Harness['fake']['click']> => {
  const button = buttons(message).find((b) => b.label === label);
  if (button === undefined)
    throw new Error(`no button ${label} on ${message.embeds[0]?.title ?? ''}`);
  return harness.fake.click(message, button.custom_id);
};

/** The message's one string select menu. */
const selectOf = (message: SentMessage): APIStringSelectComponent => {
  for (const row of message.components ?? []) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      if (component.type === ComponentType.StringSelect) return component;
    }
  }
  throw new Error(`no menu on ${message.embeds[0]?.title ?? ''}`);
};

const fieldsOf = (message: SentMessage): Record<string, string> =>
  Object.fromEntries((message.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));

describe('/score through a fake Discord', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
    harness.fake.assertNoFailures();
  });

  it('scores an uploaded plan: score, band, groups, strengths, top changes and the Markdown report', async () => {
    const plan = harness.fake.attachment('strong.yaml', planExamples.strong, {
      contentType: 'application/x-yaml',
    });
    const handle = harness.fake.slash('score file', { plan });
    expect((await handle.ack()).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const reply = await handle.reply();
    expect(reply.embeds[0]?.title).toMatch(
      /^Child-labour-free brick kilns partnership \(Nepal\): \d+\.\d of 100, (high|very high) readiness$/,
    );
    const fields = fieldsOf(reply);
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['Scores by group', 'Strengths', 'Top three changes']),
    );
    expect(fields['Scores by group']).toContain('Making the partnership work: ');
    expect(reply.attachments[0]?.filename).toBe(
      'child-labour-free-brick-kilns-partnership-nepal-readiness.md',
    );
    expect(reply.files[0]?.bytes.toString('utf8')).toMatch(
      /^# Partnership readiness: Child-labour-free brick kilns/,
    );
  });

  it('answers an invalid plan privately with each problem and where it is', async () => {
    const plan = harness.fake.attachment(
      'broken.yaml',
      'name: Broken\npartners:\n  - name: A\n    actorType: goverment\n',
      {
        contentType: 'application/x-yaml',
      },
    );
    const other = harness.fake.newUser('planner');
    const reply = await harness.fake.slash('score file', { plan }, other).reply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds[0]?.title).toBe('“broken.yaml” cannot be scored yet');
    expect(reply.embeds[0]?.description).toMatch(/partners\[0\]\.actorType/);
    expect(reply.embeds[0]?.description).toMatch(/Did you mean \*\*government\*\*\?/);
  });

  it('hands over the template as a file', async () => {
    const reply = await harness.fake.slash('score template').reply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.files[0]?.bytes.toString('utf8')).toBe(planTemplate);
  });

  it('scores a worked example without a file', async () => {
    const reply = await harness.fake.slash('score example', { name: 'weak' }).reply();
    expect(reply.embeds[0]?.title).toMatch(/ of 100, (low|medium) readiness$/);
  });

  it('runs the whole quick self-assessment to a score: menus for the make-up, buttons for the rest, Back on the way, in one private message', async () => {
    let message = await harness.fake.slash('score quick').reply();
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    const first = message.id;

    // The partnership's make-up, one menu at a time; several values where the question takes them.
    const picks = [
      ['government', 'workers-organisation', 'employers-organisation', 'ngo'],
      ['monitoring-enforcement', 'victim-assistance'],
      ['policy', 'outreach'],
      ['source', 'destination'],
      ['cross-border'],
    ];
    const pick = async (values: readonly string[]): Promise<SentMessage> => {
      const menu = selectOf(message);
      const handle = harness.fake.select(message, menu.custom_id, values);
      expect((await handle.ack()).type).toBe(InteractionResponseType.UpdateMessage);
      return handle.reply();
    };
    for (const [i, values] of picks.entries()) {
      expect(message.embeds[0]?.title).toBe(
        `Quick self-assessment: the partnership, ${String(i + 1)} of ${String(makeUpQuestions.length)}`,
      );
      const question = makeUpQuestions[i];
      expect(selectOf(message).max_values ?? 1).toBe(
        question?.multiple === true ? question.options.length : 1,
      );
      if (i === 2) {
        // Back re-asks the previous question; the earlier picks are kept.
        message = await press(harness, message, '◀ Back').reply();
        expect(message.embeds[0]?.title).toBe('Quick self-assessment: the partnership, 2 of 5');
        expect(message.embeds[0]?.description).toContain(
          "Kinds of actor: Governments, Employers' organisations, Workers' organisations, NGOs and mass organisations",
        );
        message = await pick(picks[1] ?? []);
      }
      message = await pick(values);
    }

    // Then the criteria the make-up does not decide, with yes / partly / no buttons.
    const asked = criteria.length - 4;
    expect(message.embeds[0]?.title).toBe(`Quick self-assessment: 1 of ${String(asked)}`);
    expect(message.embeds[0]?.description).toContain(
      'so not asked: Different kinds of actor (met); Every needed role covered (met); Cross-border work reaches beyond the source (met); Social partners and civil society (met).',
    );
    message = await press(harness, message, '◀ Back').reply();
    expect(message.embeds[0]?.title).toBe('Quick self-assessment: the partnership, 5 of 5');
    message = await pick(['cross-border']);
    for (let i = 0; i < asked; i += 1) {
      expect(message.embeds[0]?.title).toBe(
        `Quick self-assessment: ${String(i + 1)} of ${String(asked)}`,
      );
      if (i === 1) {
        message = await press(harness, message, '◀ Back').reply();
        expect(message.embeds[0]?.title).toBe(`Quick self-assessment: 1 of ${String(asked)}`);
        message = await press(harness, message, 'Yes').reply();
      }
      const answer = i === 0 ? 'Yes' : i % 5 === 0 ? 'No' : i % 3 === 0 ? 'Partly' : 'Yes';
      const click = press(harness, message, answer);
      expect((await click.ack()).type).toBe(InteractionResponseType.UpdateMessage);
      message = await click.reply();
    }

    // The same report as the core gives, in the same message.
    expect(message.id).toBe(first);
    expect(message.embeds[0]?.title).toMatch(
      /^Quick self-assessment: \d+\.\d of 100, .+ readiness$/,
    );
    const fields = fieldsOf(message);
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['Scores by group', 'Strengths', 'Top three changes']),
    );
    expect(fields['Scores by group']).toContain('Complementarity: 100.0');
    expect(fields['Strengths']).toContain('Different kinds of actor');
    expect(fields['Top three changes']).toMatch(/^\*\*1\. /);
    const download = await press(harness, message, 'Full report (Markdown)').reply();
    expect(download.flags).toBe(MessageFlags.Ephemeral);
    const markdown = download.files[0]?.bytes.toString('utf8') ?? '';
    expect(markdown).toMatch(/^# Partnership readiness: Quick self-assessment/);
    expect(markdown).toContain(
      '`makeUp.places`: The partnership works in source and destination areas.',
    );
  });

  it('lets each make-up question be skipped, then asks every criterion', async () => {
    let message = await harness.fake
      .slash('score quick', {}, harness.fake.newUser('skipper'))
      .reply();
    for (let i = 0; i < makeUpQuestions.length; i += 1) {
      message = await press(harness, message, 'Skip this question').reply();
    }
    expect(message.embeds[0]?.title).toBe(`Quick self-assessment: 1 of ${String(criteria.length)}`);
  });

  it('refuses a second file within the cooldown but lets the quick flow run', async () => {
    const user = harness.fake.newUser('busy');
    const plan = (): ReturnType<Harness['fake']['attachment']> =>
      harness.fake.attachment('weak.yaml', planExamples.weak);
    await harness.fake.slash('score file', { plan: plan() }, user).reply();
    const again = await harness.fake.slash('score file', { plan: plan() }, user).reply();
    expect(again.embeds[0]?.description).toMatch(/You can run \/score again in 10 seconds/);
    expect((await harness.fake.slash('score quick', {}, user).reply()).embeds[0]?.title).toBe(
      'Quick self-assessment: the partnership, 1 of 5',
    );
  });

  it('refuses a file of the wrong type before downloading it', async () => {
    const before = harness.fake.cdnRequests.length;
    const reply = await harness.fake
      .slash(
        'score file',
        {
          plan: harness.fake.attachment('plan.docx', 'x', {
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          }),
        },
        harness.fake.newUser('docx'),
      )
      .reply();
    expect(reply.embeds[0]?.description).toMatch(/is not a plan or self-assessment/);
    expect(harness.fake.cdnRequests.length).toBe(before);
  });
});
