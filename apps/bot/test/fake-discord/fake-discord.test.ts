import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
} from 'discord.js';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf } from './index.js';

const definitions = [
  {
    name: 'echo',
    description: 'Echoes text',
    options: [
      { name: 'text', description: 'What to echo', type: 3, required: true },
      { name: 'file', description: 'A file', type: 11 },
    ],
  },
  {
    name: 'pick',
    description: 'Autocompletes',
    options: [{ name: 'word', description: 'A word', type: 3, required: true, autocomplete: true }],
  },
];

type Handler = (interaction: Interaction) => Promise<unknown>;

describe('the fake Discord', () => {
  let fake: FakeDiscord;
  let client: Client;
  let handler: Handler;
  const errors: unknown[] = [];

  const connect = async (): Promise<void> => {
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.botToken);
    await ready;
    await client.rest.put(`/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`, {
      body: definitions,
    });
  };

  beforeEach(async () => {
    fake = await FakeDiscord.start();
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.restUrl, retries: 0 },
    });
    errors.length = 0;
    handler = () => Promise.resolve();
    client.on(Events.InteractionCreate, (interaction) => {
      handler(interaction).catch((error: unknown) => errors.push(error));
    });
  });
  afterEach(async () => {
    await client.destroy();
    await fake.close();
  });

  it('lets a real discord.js client log in and reach ready with its guild', async () => {
    await connect();
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.guilds.cache.get(fake.guild.id)?.name).toBe(fake.guild.name);
    expect(fake.commands(fake.guild.id).map((c) => c.name)).toEqual(['echo', 'pick']);
    fake.assertNoFailures();
  });

  it('refuses a wrong token over REST, so login fails with TokenInvalid', async () => {
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
  });

  it('closes the gateway with 4004 on a bad IDENTIFY and acknowledges heartbeats', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const received: unknown[] = [];
    ws.on('message', (raw: Buffer) => received.push(JSON.parse(raw.toString('utf8'))));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ op: 1, d: null }));
    await expect
      .poll(() => received)
      .toEqual([expect.objectContaining({ op: 10 }), expect.objectContaining({ op: 11 })]);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    expect(await closed).toBe(4004);
  });

  /** Opens a raw gateway connection and sends IDENTIFY with `shard`. */
  const identifyAs = async (
    shard: unknown,
  ): Promise<{ ws: WebSocket; closed: Promise<number>; events: string[] }> => {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const events: string[] = [];
    ws.on('message', (raw: Buffer) => {
      const payload = JSON.parse(raw.toString('utf8')) as { t: string | null };
      if (payload.t !== null) events.push(payload.t);
    });
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(
      JSON.stringify({ op: 2, d: { token: fake.botToken, intents: 1, properties: {}, shard } }),
    );
    return { ws, closed, events };
  };

  it('closes the gateway with 4010 on a shard field Discord would refuse', async () => {
    for (const shard of [[2, 2], [0, 0], [-1, 2], [0], 'zero']) {
      expect(await (await identifyAs(shard)).closed).toBe(4010);
    }
    expect(fake.gateway.stats.identifies).toBe(0);
  });

  it('closes with 4011 when one shard would hold more guilds than a session may', async () => {
    await fake.close();
    fake = await FakeDiscord.start({ maxGuildsPerShard: 1 });
    // The second guild goes on the shard (of two) that the default guild is not on.
    const free = 1 - shardOf(fake.guild.id, 2);
    fake.addGuild('Second guild', { shard: [free, 2] });
    expect(await (await identifyAs([0, 1])).closed).toBe(4011);
    // Split in two, each shard holds one guild and is accepted.
    const accepted = await identifyAs([free, 2]);
    await expect.poll(() => accepted.events).toEqual(['READY', 'GUILD_CREATE']);
    accepted.ws.close(1000);
    expect(await accepted.closed).toBe(1000);
  });

  it('gives each shard the guilds it owns, routes their events there and DMs to shard 0', async () => {
    const onZero = fake.addGuild('Shard zero', { shard: [0, 2] });
    const onOne = fake.addGuild('Shard one', { shard: [1, 2] });
    const connect = (shard: readonly [number, number]) => {
      const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      const seen: string[] = [];
      ws.on('message', (raw: Buffer) => {
        const { t, d } = JSON.parse(raw.toString('utf8')) as {
          t: string | null;
          d: { id?: string; guild_id?: string } | null;
        };
        if (t !== null && t !== 'READY') seen.push(`${t} ${d?.guild_id ?? d?.id ?? 'dm'}`);
      });
      ws.once('open', () => {
        ws.send(
          JSON.stringify({ op: 2, d: { token: fake.botToken, intents: 1, properties: {}, shard } }),
        );
      });
      return { ws, seen };
    };
    const zero = connect([0, 2]);
    const one = connect([1, 2]);
    try {
      await expect.poll(() => fake.gateway.sessions.length).toBe(2);
      const defaultOnOne = shardOf(fake.guild.id, 2) === 1;
      const created = (on: readonly string[]) => on.map((id) => `GUILD_CREATE ${id}`).sort();
      await expect
        .poll(() => [...zero.seen].sort())
        .toEqual(created(defaultOnOne ? [onZero.id] : [fake.guild.id, onZero.id]));
      await expect
        .poll(() => [...one.seen].sort())
        .toEqual(created(defaultOnOne ? [fake.guild.id, onOne.id] : [onOne.id]));
      zero.seen.length = 0;
      one.seen.length = 0;
      expect(fake.gateway.dispatch('TYPING_START', { guild_id: onOne.id }, onOne.id)).toEqual([
        [1, 2],
      ]);
      expect(fake.gateway.dispatch('TYPING_START', {}, undefined)).toEqual([[0, 2]]);
      await expect.poll(() => one.seen).toEqual([`TYPING_START ${onOne.id}`]);
      await expect.poll(() => zero.seen).toEqual(['TYPING_START dm']);
    } finally {
      zero.ws.close(1000);
      one.ws.close(1000);
    }
    // A clean close ends both sessions, as on Discord.
    await expect.poll(() => fake.gateway.sessions.length).toBe(0);
  });

  it('answers unmocked routes with 404 and records them as failures', async () => {
    const response = await fetch(`${fake.restUrl}/v10/guilds/1/bans`, {
      headers: { authorization: `Bot ${fake.botToken}` },
    });
    expect(response.status).toBe(404);
    expect(fake.failures).toEqual(['unmocked GET /guilds/1/bans']);
    expect(() => {
      fake.assertNoFailures();
    }).toThrow(/unmocked/);
    fake.failures.length = 0;
  });

  it('refuses a command definition Discord would refuse', async () => {
    await connect();
    const bad = [{ name: 'Bad Name', description: '' }];
    await expect(
      client.rest.put(`/applications/${fake.applicationId}/commands`, { body: bad }),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('delivers a slash command with an attachment served by its CDN', async () => {
    handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const file = interaction.options.getAttachment('file', true);
      const text = await (await fetch(file.url)).text();
      await interaction.reply({
        content: `${interaction.options.getString('text', true)} ${text}`,
      });
    };
    await connect();
    const handle = fake.slash('echo', { text: 'got', file: fake.attachment('a.txt', 'bytes') });
    expect((await handle.reply()).content).toBe('got bytes');
    expect((await handle.ack()).type).toBe(4);
    fake.assertNoFailures();
  });

  it('serves the bot user and channel messages over REST', async () => {
    await connect();
    expect(await client.rest.get('/users/@me')).toMatchObject({ id: fake.botUser.id, bot: true });
    const channel = fake.guild.channel.id;
    const posted = (await client.rest.post(`/channels/${channel}/messages`, {
      body: { content: 'hello' },
    })) as { id: string };
    expect(await client.rest.get(`/channels/${channel}/messages/${posted.id}`)).toMatchObject({
      content: 'hello',
    });
    await expect(
      client.rest.post(`/channels/${channel}/messages`, { body: { content: 'x'.repeat(2001) } }),
    ).rejects.toMatchObject({ code: 50035 });
  });

  it('refuses options the registered command does not declare', async () => {
    await connect();
    expect(() => fake.slash('echo', { txet: 'x' })).toThrow(/no option txet/);
    expect(() => fake.slash('nope')).toThrow(/not registered/);
  });

  it('completes a deferred reply with the edit and keeps follow-ups', async () => {
    handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done' });
      await interaction.followUp({
        content: 'report',
        files: [new AttachmentBuilder(Buffer.from('# Report'), { name: 'report.md' })],
      });
    };
    await connect();
    const handle = fake.slash('echo', { text: 'x' });
    const reply = await handle.reply();
    expect(reply.content).toBe('done');
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const followUp = await handle.followUp();
    expect(followUp.files[0]?.bytes.toString()).toBe('# Report');
    expect(followUp.attachments[0]?.filename).toBe('report.md');
    fake.assertNoFailures();
  });

  it('refuses a second acknowledgement with 40060', async () => {
    handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('one');
      await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'two' } },
        auth: false,
      });
    };
    await connect();
    const handle = fake.slash('echo', { text: 'x' });
    expect(await handle.rejection()).toBe(40060);
    await expect.poll(() => errors[0]).toBeInstanceOf(DiscordAPIError);
  });

  it('refuses an acknowledgement after the deadline with 10062', async () => {
    handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await interaction.reply('late');
    };
    await connect();
    fake.setAckDeadline(200);
    const handle = fake.slash('echo', { text: 'x' });
    expect(await handle.rejection()).toBe(10062);
    await expect.poll(() => (errors[0] as DiscordAPIError | undefined)?.code).toBe(10062);
  });

  it('refuses over-long content and embeds with 50035, naming the field', async () => {
    handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ embeds: [{ title: 't'.repeat(257), description: 'd' }] });
    };
    await connect();
    const handle = fake.slash('echo', { text: 'x' });
    expect(await handle.rejection()).toBe(50035);
    expect(JSON.stringify(handle.rejections[0]?.response)).toContain('BASE_TYPE_MAX_LENGTH');
    await expect.poll(() => String(errors[0])).toContain('embeds[0].title');
  });

  it('routes buttons, selects and modals, and checks autocomplete', async () => {
    handler = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'choose',
          components: [
            new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder().setCustomId('go').setLabel('Go').setStyle(ButtonStyle.Primary),
            ),
            new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
              new StringSelectMenuBuilder()
                .setCustomId('menu')
                .addOptions({ label: 'A', value: 'a' }, { label: 'B', value: 'b' }),
            ),
          ],
        });
      } else if (interaction.isButton()) {
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('form')
            .setTitle('Form')
            .addLabelComponents(
              new LabelBuilder()
                .setLabel('Note')
                .setTextInputComponent(
                  new TextInputBuilder().setCustomId('note').setStyle(TextInputStyle.Short),
                ),
            ),
        );
      } else if (interaction.isStringSelectMenu()) {
        await interaction.update({
          content: `picked ${interaction.values.join()}`,
          components: [],
        });
      } else if (interaction.isModalSubmit()) {
        await interaction.reply(`noted ${interaction.fields.getTextInputValue('note')}`);
      } else if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond(
          Array.from({ length: typed === 'many' ? 26 : 3 }, (_, i) => ({
            name: `w${String(i)}`,
            value: `w${String(i)}`,
          })),
        );
      }
    };
    await connect();
    const message = await fake.slash('echo', { text: 'x' }).reply();
    const modal = fake.click(message, 'go');
    expect((await modal.modal()).title).toBe('Form');
    expect((await (await fake.submitModal(modal, { note: 'hi' })).reply()).content).toBe(
      'noted hi',
    );
    expect((await fake.select(message, 'menu', ['b']).reply()).content).toBe('picked b');
    expect(() => fake.select(message, 'menu', ['c'])).toThrow();
    expect(await fake.autocomplete('pick', { word: 'w' }, 'word').choices()).toHaveLength(3);
    expect(await fake.autocomplete('pick', { word: 'many' }, 'word').rejection()).toBe(50035);
  });

  it('lets the client resume after a dropped connection or an abrupt one', async () => {
    handler = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    };
    await connect();
    const resumed = fake.gateway.nextResume();
    fake.gateway.drop();
    await resumed;
    expect((await fake.slash('echo', { text: 'x' }).reply()).content).toBe('still here');
    const resumedAgain = fake.gateway.nextResume();
    fake.gateway.drop('abrupt');
    await resumedAgain;
    expect((await fake.slash('echo', { text: 'y' }).reply()).content).toBe('still here');
    expect(fake.gateway.stats).toMatchObject({ identifies: 1, resumes: 2 });
  });

  it('injects 429s that the REST client waits out', async () => {
    handler = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('after a wait');
    };
    await connect();
    fake.rateLimit(/\/callback$/, { retryAfterMs: 50 });
    expect((await fake.slash('echo', { text: 'x' }).reply()).content).toBe('after a wait');
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });
});
