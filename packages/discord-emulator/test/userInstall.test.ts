/**
 * User installs: an app installed to a user's account answers in DMs between users and in servers without its
 * bot, through the interaction webhook only; commands say where they work (`integration_types`, `contexts`).
 */
import { Events, MessageFlags, Routes, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Permission } from '../src/permissions.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ANYWHERE = { integration_types: [0, 1], contexts: [0, 1, 2] };
const COMMANDS = [
  { name: 'where', description: 'Where am I?', ...ANYWHERE },
  { name: 'server', description: 'Server only', integration_types: [0], contexts: [0] },
  { name: 'plain', description: 'No contexts given' },
];

/** A bot that answers /where with what discord.js saw of the interaction, and logs in. */
async function start(options: { installTypes?: (0 | 1)[] } = {}) {
  h = await createHarness(options, (e) => e.seedDefaultWorld());
  const { emulator: e, client } = h;
  const seen: ChatInputCommandInteraction[] = [];
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (!i.isChatInputCommand()) return;
    seen.push(i);
    const where = `guild=${i.guildId ?? '-'} cached=${i.inCachedGuild()} context=${String(i.context)} user=${i.user.id}`;
    i.reply({ content: where, allowedMentions: { parse: [] } }).catch((err: unknown) => errors.push(err));
  });
  await h.login();
  await client.rest.put(Routes.applicationCommands(e.applicationId), { body: COMMANDS });
  const user = [...e.world.users.values()].find((u) => u.username === 'tester')!;
  return { e, client, seen, errors, user };
}

describe('registration', () => {
  it('keeps integration_types and contexts as given, and fills Discord defaults for the rest', async () => {
    const { e } = await start();
    const byName = Object.fromEntries(e.commands().map((c) => [c.name, c]));
    expect(byName.where).toMatchObject(ANYWHERE);
    expect(byName.server).toMatchObject({ integration_types: [0], contexts: [0] });
    // A global command without them: the application's install types, contexts null.
    expect(byName.plain).toMatchObject({ integration_types: [0, 1], contexts: null });
  });

  it('refuses unknown integration types or contexts with 50035', async () => {
    const { e, client } = await start();
    const bad = [{ name: 'bad', description: 'x', integration_types: [2], contexts: [3] }];
    await expect(client.rest.put(Routes.applicationCommands(e.applicationId), { body: bad })).rejects.toMatchObject({ code: 50035 });
  });

  it('lists both install types in the application when it is user-installable, and one when not', async () => {
    const { client } = await start({ installTypes: [0] });
    const app = (await client.rest.get(Routes.currentApplication())) as { integration_types_config: object };
    expect(Object.keys(app.integration_types_config)).toEqual(['0']);
  });
});

describe('interactions through a user install', () => {
  it('answers in a DM between two users: context 2, the user as sole owner, no channel the bot can see', async () => {
    const { e, seen, errors, user } = await start();
    e.world.requireUser(user.id).installsApp = true;
    const handle = e.sendCommand({ name: 'where', guildId: null, context: 2, userId: user.id });
    const reply = await handle.waitForReply();
    expect(handle.payload).toMatchObject({ context: 2, authorizing_integration_owners: { '1': user.id } });
    expect(handle.payload.member).toBeUndefined();
    expect(e.channel(reply.channelId).recipientIds).toHaveLength(2);
    expect(reply.content).toBe(`guild=- cached=false context=2 user=${user.id}`);
    expect(BigInt(handle.payload.app_permissions as string)).toBe(
      Permission.AttachFiles | Permission.EmbedLinks | Permission.MentionEveryone,
    );
    expect(handle.record.deliveredTo).toEqual([0]);
    expect(seen[0]!.channel).toBeNull();
    expect(errors).toEqual([]);
    // The bot cannot post there by itself.
    await expect(h!.client.rest.post(Routes.channelMessages(reply.channelId), { body: { content: 'hello' } })).rejects.toMatchObject({
      code: 50001,
    });
  });

  it("answers in a server without the bot: the guild is not the client's, no gateway event came from it", async () => {
    const { e, client, user } = await start();
    const outside = e.addGuild({ name: 'Elsewhere', withoutBot: true });
    const member = e.addMember(outside.id, { username: 'visitor', installsApp: true }).user;
    const handle = e.sendCommand({ name: 'where', guildId: outside.id, userId: member.id });
    const reply = await handle.waitForReply();
    expect(handle.payload).toMatchObject({ context: 0, guild_id: outside.id, authorizing_integration_owners: { '1': member.id } });
    expect(reply.content).toBe(`guild=${outside.id} cached=false context=0 user=${member.id}`);
    expect(client.guilds.cache.has(outside.id)).toBe(false);
    // @everyone's permissions in the channel, with Attach Files and Embed Links always.
    const app = BigInt(handle.payload.app_permissions as string);
    expect(app & Permission.EmbedLinks).toBe(Permission.EmbedLinks);
    expect(app & Permission.ManageGuild).toBe(0n);
    // The app has no commands of its own there.
    await expect(client.rest.get(Routes.applicationGuildCommands(e.applicationId, outside.id))).rejects.toMatchObject({ code: 50001 });
    // The same user in the server with the bot: both installs authorise it.
    const guild = [...e.world.guilds.values()][0]!;
    e.world.requireUser(user.id).installsApp = true;
    const both = e.sendCommand({ name: 'where', guildId: guild.id, userId: user.id });
    expect(both.payload.authorizing_integration_owners).toEqual({ '0': guild.id, '1': user.id });
    await both.waitForReply();
  });

  it('makes answers ephemeral in a server without the bot when the member may not use external apps', async () => {
    const { e } = await start();
    const outside = e.addGuild({ withoutBot: true, everyonePermissions: ['ViewChannel', 'SendMessages', 'UseApplicationCommands'] });
    const member = e.addMember(outside.id, { installsApp: true }).user;
    const reply = await e.sendCommand({ name: 'where', guildId: outside.id, userId: member.id }).waitForReply();
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it("refuses what Discord's client would not send: a server-only command in a DM, a user install the user lacks", async () => {
    const { e, user } = await start();
    expect(() => e.sendCommand({ name: 'server', guildId: null, userId: user.id })).toThrow(/cannot be used in the bot's DM/);
    expect(() => e.sendCommand({ name: 'where', guildId: null, context: 2, userId: user.id })).toThrow(/not available/);
    const outside = e.addGuild({ withoutBot: true });
    const stranger = e.addMember(outside.id, { username: 'stranger' }).user;
    expect(() => e.sendCommand({ name: 'where', guildId: outside.id, userId: stranger.id })).toThrow(/not available/);
    // contexts null: servers and the bot's DM, never other DMs.
    e.world.requireUser(user.id).installsApp = true;
    expect(() => e.sendCommand({ name: 'plain', guildId: null, context: 2, userId: user.id })).toThrow(/cannot be used/);
  });

  it('keeps the user-install path closed when the application is not user-installable', async () => {
    const { e, user } = await start({ installTypes: [0] });
    e.world.requireUser(user.id).installsApp = true;
    expect(() => e.sendCommand({ name: 'where', guildId: null, context: 2, userId: user.id })).toThrow(/not available/);
    // The bot's DM still works through the guild install.
    const handle = e.sendCommand({ name: 'where', guildId: null, userId: user.id });
    expect(handle.payload.authorizing_integration_owners).toEqual({ '0': '0' });
    await handle.waitForReply();
  });
});
