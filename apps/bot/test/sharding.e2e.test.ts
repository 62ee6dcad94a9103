import { afterEach, describe, expect, it } from 'vitest';
import { BotStartError, createBot, type Bot } from '../src/bot.js';
import { help } from '../src/commands/help.js';
import type { ShardPlan } from '../src/config.js';
import { deployCommands, restFor } from '../src/deployCommands.js';
import { HealthBody } from '../src/health.js';
import {
  FakeDiscord,
  type FakeDiscordOptions,
  type FakeGuild,
  type SentMessage,
} from './fake-discord/index.js';
import { captureLog, type LogLine } from './harness.js';
import { shellCommands } from './test-commands.js';

const commands = [help, ...shellCommands];

interface Running {
  readonly bot: Bot;
  readonly logs: LogLine[];
}

/** Logged interaction ids: which process answered what. */
const answered = (running: Running): readonly unknown[] =>
  running.logs.filter((line) => line.msg === 'answered').map((line) => line['interactionId']);

const readyz = async (bot: Bot): Promise<{ status: number; body: HealthBody }> => {
  const response = await fetch(`${bot.healthUrl() ?? ''}/readyz`);
  return { status: response.status, body: HealthBody.parse(await response.json()) };
};

/** The custom id of a paginated message's "next page" button. */
const nextPage = (message: SentMessage): string =>
  (message.components?.[0] as { components: { custom_id: string }[] }).components[1]?.custom_id ??
  '';

describe('the bot with several shards', () => {
  let fake: FakeDiscord | undefined;
  const running: Running[] = [];

  /** A fake Discord whose commands are registered globally, so every guild and DM has them. */
  const startFake = async (options: FakeDiscordOptions = {}): Promise<FakeDiscord> => {
    fake = await FakeDiscord.start(options);
    await deployCommands(
      restFor({ token: fake.botToken, apiUrl: fake.restUrl }),
      { applicationId: fake.applicationId },
      commands.map((c) => c.definition),
    );
    return fake;
  };

  /** A bot process running the shards of `plan`, with its health endpoints on a free port. */
  const botFor = (discord: FakeDiscord, shards: ShardPlan | undefined): Running => {
    const { log, logs } = captureLog();
    const bot = createBot(
      {
        token: discord.botToken,
        applicationId: discord.applicationId,
        apiUrl: discord.restUrl,
        healthPort: 0,
        logLevel: 'debug',
        ...(shards === undefined ? {} : { shards }),
      },
      { commands, log },
    );
    const started = { bot, logs };
    running.push(started);
    return started;
  };

  afterEach(async () => {
    for (const { bot } of running.splice(0)) await bot.stop();
    fake?.assertNoFailures();
    await fake?.close();
    fake = undefined;
  });

  it('runs two shards in one process, each identifying as its own pair and answering its guilds', async () => {
    const discord = await startFake({ maxConcurrency: 2 });
    const guilds = [
      discord.addGuild('On shard 0', { shard: [0, 2] }),
      discord.addGuild('On shard 1', { shard: [1, 2] }),
    ] as const;
    const one = botFor(discord, { count: 2, ids: [0, 1] });
    await one.bot.start();
    expect(discord.gateway.identified.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const [shard, guild] of guilds.entries()) {
      expect(one.bot.client.guilds.cache.get(guild.id)?.shardId).toBe(shard);
      const handle = discord.slash('echo', { text: guild.name }, discord.user, guild);
      expect((await handle.reply()).embeds[0]?.description).toBe(guild.name);
      expect(handle.deliveredTo).toEqual([[shard, 2]]);
      // The log line is written just after the reply is sent.
      await expect
        .poll(() => one.logs)
        .toContainEqual(
          expect.objectContaining({ msg: 'answered', interactionId: handle.id, shard }),
        );
    }
    // Direct messages belong to shard 0.
    const dm = discord.slash('echo', { text: 'in a DM' }, discord.user, 'dm');
    expect((await dm.reply()).embeds[0]?.description).toBe('in a DM');
    expect(dm.deliveredTo).toEqual([[0, 2]]);
    const health = await readyz(one.bot);
    expect(health).toEqual({
      status: 200,
      body: {
        status: 'ready',
        shardCount: 2,
        shards: [
          { id: 0, status: 'ready' },
          { id: 1, status: 'ready' },
        ],
      },
    });
  });

  it(
    'turns /readyz to 200 only once every shard is ready, identifying them 5 s apart',
    { timeout: 20_000 },
    async () => {
      // max_concurrency 1, as most bots have: one IDENTIFY per 5 seconds.
      const discord = await startFake({ maxConcurrency: 1 });
      const one = botFor(discord, { count: 2, ids: [0, 1] });
      const starting = one.bot.start();
      await expect.poll(() => one.bot.healthUrl(), { timeout: 5000 }).toBeDefined();
      await expect
        .poll(async () => (await readyz(one.bot)).body.shards[0]?.status, {
          timeout: 5000,
          interval: 50,
        })
        .toBe('ready');
      const halfway = await readyz(one.bot);
      expect(halfway.status).toBe(503);
      expect(halfway.body.status).toBe('not ready');
      expect(halfway.body.shards[1]?.status).not.toBe('ready');
      await starting;
      expect((await readyz(one.bot)).status).toBe(200);
      const [first, second] = discord.gateway.identified;
      const gapMs = (second?.at ?? 0) - (first?.at ?? 0);
      // discord.js waits 5 s (plus up to 1.5 s of jitter) between IDENTIFYs of one bucket.
      expect(gapMs).toBeGreaterThan(4900);
      expect(gapMs).toBeLessThan(7000);
    },
  );

  it('splits the shards across two processes: each answers only its own guilds, page turns included', async () => {
    const discord = await startFake({ maxConcurrency: 2 });
    const onZero = discord.addGuild('On shard 0', { shard: [0, 2] });
    const onOne = discord.addGuild('On shard 1', { shard: [1, 2] });
    const first = botFor(discord, { count: 2, ids: [0] });
    const second = botFor(discord, { count: 2, ids: [1] });
    await Promise.all([first.bot.start(), second.bot.start()]);
    expect((await readyz(first.bot)).body).toMatchObject({
      shardCount: 2,
      shards: [{ id: 0, status: 'ready' }],
    });
    expect((await readyz(second.bot)).body.shards).toEqual([{ id: 1, status: 'ready' }]);

    const zero = discord.slash('echo', { text: 'zero' }, discord.user, onZero);
    expect((await zero.reply()).embeds[0]?.description).toBe('zero');
    const one = discord.slash('long', {}, discord.user, onOne);
    const page1 = await one.reply();
    expect(page1.embeds[0]?.footer?.text).toMatch(/1 of \d+$/);
    // The click comes back on shard 1, to the process that saved the pages in its memory: the
    // other process would answer that the pages expired.
    const turn = discord.click(page1, nextPage(page1));
    expect((await turn.reply()).embeds[0]?.footer?.text).toMatch(/2 of \d+$/);
    expect(turn.deliveredTo).toEqual([[1, 2]]);

    await expect.poll(() => answered(second)).toEqual([one.id]);
    expect(answered(first)).toEqual([zero.id]);

    // With the second process down, its guilds go unanswered; the first carries on.
    await second.bot.stop();
    const unanswered = discord.slash('echo', { text: 'anyone?' }, discord.user, onOne);
    expect(unanswered.deliveredTo).toEqual([]);
    await expect(unanswered.ack(300)).rejects.toThrow(/no acknowledgement/);
    expect(
      (await discord.slash('echo', { text: 'still' }, discord.user, onZero).reply()).embeds[0]
        ?.description,
    ).toBe('still');
  });

  it('settles start() when stopped while a shard still waits to identify', async () => {
    const discord = await startFake({ maxConcurrency: 1 });
    const one = botFor(discord, { count: 2, ids: [0, 1] });
    const starting = one.bot.start();
    await expect.poll(() => discord.gateway.identified.length).toBe(1);
    await one.bot.stop();
    await expect(starting).resolves.toBeUndefined();
    expect(discord.gateway.sessions).toEqual([]);
    expect(one.logs.map((l) => l.msg)).not.toContain('connected to Discord');
  });

  it('runs as many shards as Discord recommends when the count is auto', async () => {
    const discord = await startFake({ recommendedShards: 3, maxConcurrency: 3 });
    const one = botFor(discord, { count: 'auto' });
    // Before Discord is asked, neither the count nor the shards are known.
    expect(one.bot.health()).toEqual({ stopping: false, shardCount: null, shards: [] });
    await one.bot.start();
    expect(discord.gateway.identified.map((i) => i.shard).sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect((await readyz(one.bot)).body).toMatchObject({ status: 'ready', shardCount: 3 });
  });

  it('stops with what to change when Discord requires more shards (4011), and starts with more', async () => {
    // Three guilds; Discord (here) lets one connection hold two.
    const discord = await startFake({ maxGuildsPerShard: 2, maxConcurrency: 2 });
    const guilds: FakeGuild[] = [
      discord.addGuild('Second', { shard: [0, 2] }),
      discord.addGuild('Third', { shard: [1, 2] }),
    ];
    const unsharded = botFor(discord, undefined);
    const error: unknown = await unsharded.bot.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotStartError);
    expect(String(error)).toMatch(
      /Discord requires more shards \(close code 4011\): shard 0 of 1 .* Set DISCORD_SHARD_COUNT to auto or to a larger number/,
    );
    await expect.poll(() => discord.gateway.closeCodes).toContain(4011);
    expect(unsharded.logs).toContainEqual(
      expect.objectContaining({ msg: 'shard stopped for good', shard: 0, code: 4011 }),
    );
    // The health server closed with it.
    expect(unsharded.bot.healthUrl()).toBeDefined();
    await expect(fetch(`${unsharded.bot.healthUrl() ?? ''}/healthz`)).rejects.toThrow();

    const sharded = botFor(discord, { count: 2, ids: [0, 1] });
    await sharded.bot.start();
    for (const guild of guilds) {
      expect(
        (await discord.slash('echo', { text: guild.name }, discord.user, guild).reply()).embeds[0]
          ?.description,
      ).toBe(guild.name);
    }
  });
});
