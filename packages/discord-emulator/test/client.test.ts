import { ChannelType, DiscordAPIError, Events, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiscordEmulator } from '../src/index.js';
import { COMMANDS, installBot, TOPICS } from './fixture-bot.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface World {
  guildId: string;
  channelId: string;
  alice: string;
  bob: string;
}

function seed(e: DiscordEmulator): World {
  const guild = e.addGuild({ name: 'Embassy' });
  const alice = e.addMember(guild.id, { username: 'alice', globalName: 'Alice' }).user.id;
  const bob = e.addMember(guild.id, { username: 'bob' }).user.id;
  e.addTextChannel(guild.id, { name: 'briefings', topic: 'daily' });
  return { guildId: guild.id, channelId: guild.systemChannelId!, alice, bob };
}

async function start(options: Parameters<typeof installBot>[1] = {}, emulatorOptions = {}) {
  let world!: World;
  h = await createHarness(emulatorOptions, (e) => {
    world = seed(e);
  });
  const log = installBot(h.client, options);
  const client = await h.login();
  await h.emulator.waitForCommands({ count: COMMANDS.length, ...(options.registerIn === 'guild' ? { guildId: world.guildId } : {}) });
  return { h, e: h.emulator, client, log, world };
}

describe('discord.js against the emulator', () => {
  it('logs in and sees available guilds with channels, roles and its own member', async () => {
    const { client, world, e } = await start();
    const guild = client.guilds.cache.get(world.guildId)!;
    expect(guild.available).toBe(true);
    expect(guild.name).toBe('Embassy');
    expect(guild.channels.cache.filter((c) => c.type === ChannelType.GuildText).size).toBe(2);
    expect(guild.systemChannelId).toBe(world.channelId);
    expect(guild.roles.everyone.id).toBe(guild.id);
    expect(guild.members.me?.id).toBe(e.applicationId);
    expect(guild.members.me?.permissions.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(client.user.id).toBe(e.applicationId);
    expect(client.application.id).toBe(e.applicationId);
    expect(e.requestsTo('GET /gateway/bot')).toHaveLength(1);
  });

  it('echoes registered commands with id, application_id and version', async () => {
    const { client, e, world } = await start();
    // global registration done by the bot on clientReady
    const global = e.commands();
    expect(global.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    // guild registration, awaited here so the echo can be compared with discord.js' parsed result
    const guild = client.guilds.cache.get(world.guildId)!;
    const parsed = await guild.commands.set(COMMANDS);
    const registered = e.commands(world.guildId);
    expect(registered.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const c of registered) {
      expect(c.id).toMatch(/^\d+$/);
      expect(c.application_id).toBe(e.applicationId);
      expect(c.version).toMatch(/^\d+$/);
      expect(c.guild_id).toBe(world.guildId);
      expect(parsed.get(c.id)?.name).toBe(c.name);
    }
    const put = e.requestsTo('PUT /applications/:app/guilds/:guild/commands');
    expect(put).toHaveLength(1);
    expect(put[0]!.body).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'brief', description: 'Summarise a topic' })]));
    // Overwriting with an unchanged definition keeps id and version.
    const again = await guild.commands.set(COMMANDS);
    expect(again.get(registered[0]!.id)?.version).toBe(registered[0]!.version);
  });

  it('answers a slash command with an embed; the recorded payload is what went over the wire', async () => {
    const { e, world, log } = await start();
    const handle = e.sendCommand({
      guildId: world.guildId,
      channelId: world.channelId,
      userId: world.alice,
      name: 'brief',
      options: { topic: 'Armenia', count: 4, for: world.bob },
    });
    const callback = await handle.response;
    expect(log.errors).toEqual([]);
    expect(callback.type).toBe(4);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const reply = await handle.waitForReply();
    expect(reply.content).toBe(`Here you go <@${world.alice}>`);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds[0]).toMatchObject({
      title: 'Briefing: Armenia',
      description: `Channel <#${world.channelId}>, perms ok`,
      fields: [
        { name: 'Items', value: '4' },
        { name: 'Asked by', value: `<@${world.bob}>` },
      ],
      footer: { text: 'Attaché' },
    });
    // allowed_mentions parse:[] => nobody is pinged although the content mentions Alice
    expect(reply.pings.users).toEqual([]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(e.messages(world.channelId).map((m) => m.id)).toContain(reply.id);
    const req = e.requestsTo('POST /interactions/:id/:token/callback');
    expect(req).toHaveLength(1);
    expect(req[0]!.status).toBe(204);
    expect(req[0]!.authorized).toBe(false); // interaction callbacks carry no Authorization header
  });

  it('passes subcommands and option types through', async () => {
    const { e } = await start();
    const handle = e.sendCommand({ name: 'admin', subcommand: 'ping', options: { loud: true } });
    expect((await handle.waitForReply()).content).toBe('ping LOUD');
    expect(() => e.sendCommand({ name: 'brief', options: { topic: 'x', count: 1.5 } })).toThrow(/integer/);
    expect(() => e.sendCommand({ name: 'nope' })).toThrow(/not registered/);
  });

  it('answers autocomplete with choices', async () => {
    const { e, log } = await start();
    const handle = e.sendAutocomplete({ name: 'brief', focused: 'topic', options: { topic: 'ar' } });
    const choices = await handle.waitForChoices();
    expect(log.errors).toEqual([]);
    expect(choices.map((c) => c.value)).toEqual(TOPICS.filter((t) => t.toLowerCase().includes('ar')));
    const focused = (handle.payload.data as { options: { name: string; focused?: boolean; value: string }[] }).options[0]!;
    expect(focused).toEqual({ name: 'topic', type: 3, value: 'ar', focused: true });
  });

  it('records defer, editReply and an ephemeral followUp', async () => {
    const { e, world, log } = await start();
    const handle = e.sendCommand({ name: 'slow', userId: world.bob });
    expect((await handle.response).type).toBe(5);
    const edit = await handle.waitForEdit();
    expect(edit.payload.content).toBe('Working on it… done.');
    const reply = await handle.waitForReply();
    expect(reply.content).toBe('Working on it… done.');
    expect(reply.flags & 128).toBe(0); // no longer "thinking"
    const follow = await handle.waitForFollowUp();
    expect(follow.content).toBe('Sources: 2');
    expect(follow.ephemeral).toBe(true);
    expect(follow.payload.flags).toBe(64);
    expect(log.errors).toEqual([]);
    expect(e.requestsTo('PATCH /webhooks/:app/:token/messages/@original')).toHaveLength(1);
    expect(e.requestsTo('POST /webhooks/:app/:token')[0]!.query.wait).toBe('true');
  });

  it('sends an ephemeral reply that stays out of the channel', async () => {
    const { e, world } = await start();
    const before = e.messages(world.channelId).length;
    const handle = e.sendCommand({ name: 'private' });
    const cb = await handle.response;
    expect(cb.data?.flags).toBe(64);
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(e.messages(world.channelId)).toHaveLength(before);
  });

  it('handles a button press (update message) on the reply', async () => {
    const { e, world, log } = await start();
    const menu = await e.sendCommand({ name: 'menu', userId: world.alice }).waitForReply();
    expect(menu.components[0]).toMatchObject({ type: 1, components: [{ custom_id: 'ack' }, { custom_id: 'other' }] });
    const press = e.pressButton({ message: menu, customId: 'ack', userId: world.bob });
    expect((await press.response).type).toBe(7);
    const updated = await press.waitForReply();
    expect(updated.id).toBe(menu.id);
    expect(updated.content).toBe(`Acknowledged by <@${world.bob}>`);
    expect(updated.components).toEqual([]);
    const other = await e.sendCommand({ name: 'menu' }).waitForReply();
    const reply = await e.pressButton({ message: other, customId: 'other' }).waitForReply();
    expect(reply.content).toBe('pressed other');
    expect(reply.ephemeral).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('rejects payloads over Discord limits with 50035', async () => {
    const { e, log, client, world } = await start();
    const cases: [kind: string, path: string, code: string][] = [
      ['content', 'data.content', 'BASE_TYPE_MAX_LENGTH'],
      ['title', 'data.embeds[0].title', 'BASE_TYPE_MAX_LENGTH'],
      ['embeds', 'data.embeds', 'BASE_TYPE_MAX_LENGTH'],
      ['total', 'data.embeds', 'MAX_EMBED_SIZE_EXCEEDED'],
      ['fields', 'data.embeds[0].fields', 'BASE_TYPE_MAX_LENGTH'],
      ['buttons', 'data.components[0].components', 'BASE_TYPE_BAD_LENGTH'],
      ['rows', 'data.components', 'BASE_TYPE_MAX_LENGTH'],
      ['customid', 'data.components[0].components[0].custom_id', 'BASE_TYPE_BAD_LENGTH'],
    ];
    for (const [kind, path, code] of cases) {
      const before = log.errors.length;
      const handle = e.sendCommand({ name: 'big', options: { kind } });
      await e.waitForRequest('POST /interactions/:id/:token/callback', (r) => r.path.includes(handle.id));
      await vi.waitFor(() => expect(log.errors.length).toBe(before + 1));
      const err = log.errors.at(-1)!.error as DiscordAPIError;
      expect(err, kind).toBeInstanceOf(DiscordAPIError);
      expect(err.code, kind).toBe(50035);
      expect(err.status).toBe(400);
      // discord.js flattens the nested errors into the message: "data.embeds[0].title[BASE_TYPE_MAX_LENGTH]: ..."
      expect(err.message, kind).toContain(`${path}[${code}]`);
      expect(handle.record.callback, kind).toBeNull();
      expect(handle.record.rejectedCallbacks[0]?.code).toBe(50035);
    }
    // A too-many-choices autocomplete answer is refused as well.
    const auto = e.sendAutocomplete({ name: 'brief', focused: 'topic', options: { topic: 'many' } });
    const refused = await e.waitForRequest('POST /interactions/:id/:token/callback', (r) => r.path.includes(auto.id));
    expect(refused.status).toBe(400);
    await vi.waitFor(() => expect(log.errors.at(-1)?.command).toBe('brief'));
    expect(auto.record.callback).toBeNull();
    const autoError = log.errors.at(-1)!.error as DiscordAPIError;
    expect(autoError.code).toBe(50035);
    expect(JSON.stringify(autoError.rawError)).toContain('"choices"');
    // Channel messages too.
    const channel = client.channels.cache.get(world.channelId);
    if (!channel?.isSendable()) throw new Error('not sendable');
    await expect(channel.send({ content: 'y'.repeat(2001) })).rejects.toMatchObject({ code: 50035, status: 400 });
  }, 10_000);

  it("stores the files discord.js uploads with a message, with their bytes and an image's size", async () => {
    const { e, world, client } = await start();
    const channel = client.channels.cache.get(world.channelId);
    if (!channel?.isSendable()) throw new Error('not sendable');
    // The smallest PNG header: signature, then IHDR with width 3 and height 2.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR'),
      Buffer.from([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]),
    ]);
    const sent = await channel.send({
      content: 'report',
      files: [
        { attachment: Buffer.from('hello world'), name: 'report.txt' },
        { attachment: png, name: 'chart.png', description: 'a chart' },
      ],
    });
    expect(sent.attachments.map((a) => a.name)).toEqual(['report.txt', 'chart.png']);
    const stored = e.messages(world.channelId).at(-1)!;
    expect(stored.file('report.txt')?.bytes.toString()).toBe('hello world');
    expect(stored.file('chart.png')?.bytes.equals(png)).toBe(true);
    expect(stored.file('chart.png')?.attachment).toMatchObject({ width: 3, height: 2, description: 'a chart', size: png.length });
  });

  it('refuses a late first response with 10062 and a second initial response with 40060', async () => {
    const { e, log, client } = await start({ lateMs: 300 }, { interactionDeadlineMs: 150 });
    const late = e.sendCommand({ name: 'late' });
    await expect(late.response).rejects.toThrow(/10062/);
    await e.waitForRequest('POST /interactions/*/*/callback', (r) => r.status === 404);
    await new Promise((r) => setTimeout(r, 5));
    expect((log.errors.at(-1)?.error as DiscordAPIError).code).toBe(10062);
    // Answer twice through the raw REST client (discord.js itself refuses a second reply).
    const seen = new Promise<{ id: string; token: string }>((resolve) =>
      client.once(Events.InteractionCreate, (i) => resolve({ id: i.id, token: i.token })),
    );
    const twice = e.sendCommand({ name: 'private' });
    const { id, token } = await seen;
    await twice.response;
    await expect(
      client.rest.post(`/interactions/${id}/${token}/callback`, { body: { type: 4, data: { content: 'again' } }, auth: false }),
    ).rejects.toMatchObject({ code: 40060 });
    expect(twice.record.rejectedCallbacks.map((r) => r.code)).toEqual([40060]);
  });
});
