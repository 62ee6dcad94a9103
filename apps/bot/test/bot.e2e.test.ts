import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { BotStartError, createBot } from '../src/bot.js';
import { help } from '../src/commands/help.js';
import { discordLimits, embedLength } from './fake-discord/index.js';
import { FakeDiscord } from './fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';
import { shellCommands } from './test-commands.js';

const commands = [help, ...shellCommands];

describe('the bot against a fake Discord', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness?.fake.assertNoFailures();
    harness = undefined;
  });

  it('logs in, reaches ready and registers exactly the command definitions', async () => {
    harness = await startHarness({ commands });
    const { fake, bot } = harness;
    expect(bot.client.isReady()).toBe(true);
    expect(fake.registrations).toEqual([
      { guildId: fake.guild.id, body: commands.map((c) => c.definition) },
    ]);
  });

  it('answers /help privately with every command, mentions disabled', async () => {
    harness = await startHarness({ commands });
    const handle = harness.fake.slash('help');
    const reply = await handle.reply();
    expect((await handle.ack()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.embeds[0]?.fields?.map((f) => f.name)).toEqual(
      commands.map((c) => `/${c.definition.name}`),
    );
  });

  it('suggests commands for /help as the user types, at most 25', async () => {
    harness = await startHarness({ commands });
    const choices = await harness.fake
      .autocomplete('help', { command: 'lon' }, 'command')
      .choices();
    expect(choices).toEqual([{ name: '/long', value: 'long' }]);
  });

  it('turns a failing handler into a polite private message and one error log line', async () => {
    harness = await startHarness({ commands });
    const handle = harness.fake.slash('boom');
    const reply = await handle.reply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds[0]?.title).toBe('Something went wrong');
    expect(reply.embeds[0]?.description).toContain(`reference ${handle.id}`);
    const errors = harness.logs.filter((l) => l.level === 50);
    expect(errors).toEqual([
      expect.objectContaining({ msg: 'command failed', command: 'boom', requestId: handle.id }),
    ]);
    expect(
      (await harness.fake.slash('echo', { text: 'still alive' }).reply()).embeds[0]?.description,
    ).toBe('still alive');
  });

  it('defers a slow handler on its behalf, then edits in the answer', async () => {
    harness = await startHarness({ commands, deps: { autoDeferMs: 100 } });
    const handle = harness.fake.slash('slow', { ms: 700 });
    const ack = await handle.ack();
    expect(ack.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    // Acknowledged long before the handler finished.
    expect(ack.latencyMs).toBeLessThan(700);
    expect((await handle.reply()).embeds[0]?.description).toBe('Waited 700 ms.');
  });

  it('survives an interaction that expired (10062) and keeps answering', async () => {
    harness = await startHarness({
      commands,
      fake: { ackDeadlineMs: 100 },
      deps: { autoDeferMs: 5000 },
    });
    const late = harness.fake.slash('slow', { ms: 250 });
    expect(await late.rejection()).toBe(10062);
    await expect
      .poll(() => harness?.logs.some((l) => l.msg.includes('expired before it was answered')))
      .toBe(true);
    expect(
      (await harness.fake.slash('echo', { text: 'next' }).reply()).embeds[0]?.description,
    ).toBe('next');
  });

  it('waits out a 429 on its reply and still answers', async () => {
    harness = await startHarness({ commands });
    harness.fake.rateLimit(/\/callback$/, { retryAfterMs: 50 });
    expect(
      (await harness.fake.slash('echo', { text: 'patient' }).reply()).embeds[0]?.description,
    ).toBe('patient');
    expect(harness.fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('logs an interaction another instance already answered (40060) and carries on', async () => {
    harness = await startHarness({ commands });
    harness.fake.refuseNext(
      /\/callback$/,
      400,
      40060,
      'Interaction has already been acknowledged.',
    );
    harness.fake.slash('echo', { text: 'first' });
    await expect
      .poll(() => harness?.logs.some((l) => l.msg.includes('already acknowledged (40060)')))
      .toBe(true);
    expect(
      (await harness.fake.slash('echo', { text: 'second' }).reply()).embeds[0]?.description,
    ).toBe('second');
  });

  it('paginates an answer over every limit, each page accepted, and turns pages', async () => {
    harness = await startHarness({ commands });
    const first = await harness.fake.slash('long').reply();
    const pageCount = Number(/of (\d+)$/.exec(first.embeds[0]?.footer?.text ?? '')?.[1]);
    expect(pageCount).toBeGreaterThan(3);
    const seen = [first];
    let current = first;
    for (let page = 1; page < pageCount; page++) {
      const nextId =
        (current.components?.[0] as { components: { custom_id: string }[] }).components[1]
          ?.custom_id ?? '';
      current = await harness.fake.click(current, nextId).reply();
      seen.push(current);
    }
    for (const message of seen) {
      expect(message.embeds).toHaveLength(1);
      expect(embedLength(message.embeds[0])).toBeLessThanOrEqual(discordLimits.embedTotal);
      expect(message.components?.length).toBeLessThanOrEqual(discordLimits.actionRows);
    }
    const text = seen
      .map(
        (m) =>
          `${m.embeds[0]?.description ?? ''}${(m.embeds[0]?.fields ?? []).map((f) => f.value).join('')}`,
      )
      .join('');
    expect(text).toContain('Paragraph 60.');
    expect(
      seen.flatMap((m) => m.embeds[0]?.fields ?? []).filter((f) => !f.name.endsWith('(cont.)')),
    ).toHaveLength(60);
  });

  it('runs the command behind a button, privately', async () => {
    harness = await startHarness({ commands });
    const message = await harness.fake.slash('long').reply();
    const button = message.components?.[1] as { components: { custom_id: string }[] };
    const answer = await harness.fake.click(message, button.components[0]?.custom_id ?? '').reply();
    expect(answer.flags).toBe(MessageFlags.Ephemeral);
    expect(answer.embeds[0]?.description).toBe('0');
  });

  it('reads an accepted upload and refuses others before downloading them', async () => {
    harness = await startHarness({ commands });
    const { fake } = harness;
    const tooBig = fake.attachment('plan.yaml', 'x: 1', { size: 5000 });
    const refused = await fake.slash('upload', { file: tooBig }).reply();
    expect(refused.embeds[0]?.description).toMatch(/at most 1 KiB/);
    const wrongType = await fake
      .slash('upload', { file: fake.attachment('plan.png', 'x', { contentType: 'image/png' }) })
      .reply();
    expect(wrongType.embeds[0]?.description).toMatch(/not a plan/);
    expect(fake.cdnRequests).toEqual([]);
    const handle = fake.slash('upload', {
      file: fake.attachment('plan.yaml', 'name: x\n', { contentType: 'application/x-yaml' }),
    });
    expect((await handle.ack()).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    expect((await handle.reply()).embeds[0]?.description).toBe('Read 8 characters.');
    expect(fake.cdnRequests).toHaveLength(1);
  });

  it('applies the cooldown per user', async () => {
    harness = await startHarness({ commands });
    const { fake } = harness;
    const file = (): ReturnType<typeof fake.attachment> => fake.attachment('plan.yaml', 'a: 1');
    expect((await fake.slash('upload', { file: file() }).reply()).embeds[0]?.title).toBe(
      'plan.yaml',
    );
    const again = await fake.slash('upload', { file: file() }).reply();
    expect(again.embeds[0]?.description).toMatch(/You can run \/upload again in 60 seconds/);
    const other = fake.newUser('someone-else');
    expect((await fake.slash('upload', { file: file() }, other).reply()).embeds[0]?.title).toBe(
      'plan.yaml',
    );
  });

  it('keeps mentions in echoed text inert', async () => {
    harness = await startHarness({ commands });
    const reply = await harness.fake
      .slash('echo', { text: '@everyone <@123456789012345678> hi' })
      .reply();
    expect(reply.embeds[0]?.description).toContain('@everyone');
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('resumes after the gateway drops and answers the next command', async () => {
    harness = await startHarness({ commands });
    const { fake } = harness;
    const resumed = fake.gateway.nextResume();
    fake.gateway.drop();
    await resumed;
    expect(
      (await fake.slash('echo', { text: 'after resume' }).reply()).embeds[0]?.description,
    ).toBe('after resume');
    expect(fake.gateway.stats.identifies).toBe(1);
  });

  it('finishes a command in flight before disconnecting on stop()', async () => {
    harness = await startHarness({ commands, deps: { autoDeferMs: 50 } });
    const { fake, bot } = harness;
    const handle = fake.slash('slow', { ms: 300 });
    await handle.ack();
    await bot.stop();
    expect((await handle.reply(100)).embeds[0]?.description).toBe('Waited 300 ms.');
    expect(fake.gateway.closeCodes).toContain(1000);
  });

  it('never writes the token to its log', async () => {
    harness = await startHarness({ commands });
    await harness.fake.slash('boom').reply();
    expect(harness.rawLog()).not.toContain(harness.fake.botToken);
  });
});

describe('starting with a bad token', () => {
  it('fails with a message that says what to do, without the token', async () => {
    const fake = await FakeDiscord.start();
    try {
      const bot = createBot(
        {
          token: 'wrong.token.value',
          applicationId: fake.applicationId,
          apiUrl: fake.restUrl,
          logLevel: 'silent',
        },
        {},
      );
      const error: unknown = await bot.start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BotStartError);
      expect(String(error)).toMatch(/Discord refused the token in DISCORD_TOKEN/);
      expect(String(error)).not.toContain('wrong.token.value');
    } finally {
      await fake.close();
    }
  });
});
