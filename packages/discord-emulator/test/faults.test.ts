import { Events, HTTPError, RESTEvents } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { shardIdForGuild } from '../src/index.js';
import { COMMANDS, installBot } from './fixture-bot.js';
import { createHarness, nextEvent, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(emulatorOptions = {}) {
  h = await createHarness(emulatorOptions, (e) => e.seedDefaultWorld());
  const log = installBot(h.client);
  await h.login();
  await h.emulator.waitForCommands({ count: COMMANDS.length });
  return { e: h.emulator, client: h.client, log };
}

describe('REST faults', () => {
  it('retries a 429 on the interaction callback; the reply is recorded once', async () => {
    const { e, client, log } = await start();
    // Interaction callbacks go through @discordjs/rest's BurstHandler, which logs (not emits rateLimited) on a 429.
    const debug: string[] = [];
    client.rest.on(RESTEvents.Debug, (message) => debug.push(message));
    e.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfter: 0.2 });
    const started = Date.now();
    const handle = e.sendCommand({ name: 'private' });
    const cb = await handle.response;
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(cb.type).toBe(4);
    const attempts = e.requestsTo('POST /interactions/:id/:token/callback');
    expect(attempts.map((r) => [r.status, r.fault])).toEqual([
      [429, 'rate-limit'],
      [204, null],
    ]);
    expect(handle.record.rejectedCallbacks).toEqual([]);
    expect(e.allMessages().filter((m) => m.interactionId === handle.id)).toHaveLength(1);
    expect(debug.filter((m) => m.includes('Encountered unexpected 429 rate limit'))).toHaveLength(1);
    expect(log.errors).toEqual([]);
  });

  it('retries a 500 (and gives up after rest.retries + 1 attempts)', async () => {
    const { e, client } = await start();
    const channelId = e.world.guilds.values().next().value!.systemChannelId!;
    const channel = client.channels.cache.get(channelId);
    if (!channel?.isSendable()) throw new Error('not sendable');
    e.failNext('POST /channels/*/messages', { status: 500 });
    const sent = await channel.send('after one 500');
    expect(e.requestsTo('POST /channels/:id/messages').map((r) => r.status)).toEqual([500, 200]);
    expect((await e.waitForMessage(channelId, (m) => m.content === 'after one 500')).id).toBe(sent.id);

    e.clearRequests();
    e.failNext('POST /channels/*/messages', { status: 503 }, 4);
    await expect(channel.send('never')).rejects.toBeInstanceOf(HTTPError);
    expect(e.requestsTo('POST /channels/:id/messages').map((r) => r.status)).toEqual([503, 503, 503, 503]);
    expect(e.messages(channelId).some((m) => m.content === 'never')).toBe(false);
  });

  it('applies a global 429 to every route', async () => {
    const { e, client } = await start();
    const channelId = e.world.guilds.values().next().value!.systemChannelId!;
    const channel = client.channels.cache.get(channelId);
    if (!channel?.isSendable()) throw new Error('not sendable');
    e.failNext('POST /channels/*/messages', { status: 429, retryAfter: 0.15, global: true });
    const started = Date.now();
    await channel.send('first');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    const limited = e.requestsTo('POST /channels/:id/messages')[0]!;
    expect(limited).toMatchObject({ status: 429, fault: 'rate-limit', response: { global: true, retry_after: 0.15 } });
  });

  it('rejects a wrong token with 401 (TokenInvalid on login)', async () => {
    h = await createHarness({}, (e) => e.seedDefaultWorld());
    await expect(h.client.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(h.emulator.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401, authorized: false });
  });
});

describe('gateway faults', () => {
  it('resumes after a dropped connection and answers an interaction sent during the outage', async () => {
    const { e, client, log } = await start();
    const resumed = nextEvent<[number, number]>(client, Events.ShardResume);
    const back = e.dropConnection({ code: 4000 });
    // injected while the shard is disconnected: replayed on RESUME
    const during = e.sendCommand({ name: 'admin', subcommand: 'ping' });
    expect(await back).toBe('resumed');
    const [shardId, replayed] = await resumed;
    expect(shardId).toBe(0);
    expect(replayed).toBeGreaterThanOrEqual(1);
    expect((await during.waitForReply()).content).toBe('ping quiet');
    const after = e.sendCommand({ name: 'admin', subcommand: 'ping', options: { loud: true } });
    expect((await after.waitForReply()).content).toBe('ping LOUD');
    expect(log.errors).toEqual([]);
  });

  it('resumes after a TCP reset and after op 7 RECONNECT', async () => {
    const { e, client } = await start();
    let resumed = nextEvent(client, Events.ShardResume);
    expect(await e.dropConnection({ code: 'tcp' })).toBe('resumed');
    await resumed;
    resumed = nextEvent(client, Events.ShardResume);
    expect(await e.sendReconnect()).toBe('resumed');
    await resumed;
    expect((await e.sendCommand({ name: 'admin', subcommand: 'ping' }).waitForReply()).content).toBe('ping quiet');
  });

  it('re-identifies after op 9 (not resumable)', async () => {
    const { e, client } = await start();
    const firstSession = e.sessions[0]!.id;
    const ready = nextEvent<[number]>(client, Events.ShardReady);
    expect(await e.invalidateSession({ resumable: false })).toBe('identified');
    const [shardId] = await ready;
    expect(shardId).toBe(0);
    expect(e.sessions[0]!.id).not.toBe(firstSession);
    expect(client.guilds.cache.first()?.available).toBe(true);
    expect((await e.sendCommand({ name: 'private' }).waitForReply()).content).toBe('Only you can see this.');
  });

  it('gives each of two shards only its own guilds', async () => {
    h = await createHarness(
      { shards: 2 },
      (e) => {
        e.addGuild({ name: 'zero', shardId: 0 });
        e.addGuild({ name: 'one', shardId: 1 });
        e.addGuild({ name: 'zero-b', shardId: 0 });
      },
      { shards: 'auto' },
    );
    const identified: { shardId: number; guildIds: string[] }[] = [];
    h.emulator.on('identify', (p: { shardId: number; guildIds: string[] }) => identified.push(p));
    installBot(h.client);
    const client = await h.login();
    const e = h.emulator;
    expect(client.ws.shards.size).toBe(2);
    expect(client.guilds.cache.size).toBe(3);
    for (const guild of client.guilds.cache.values()) {
      expect(guild.available).toBe(true);
      expect(guild.shardId).toBe(shardIdForGuild(guild.id, 2));
    }
    const byShard = Object.fromEntries(identified.map((i) => [i.shardId, i.guildIds.map((id) => e.guild(id).name).sort()]));
    expect(byShard).toEqual({ 0: ['zero', 'zero-b'], 1: ['one'] });
    await e.waitForCommands({ count: COMMANDS.length });
    const one = [...e.world.guilds.values()].find((g) => g.name === 'one')!;
    const seen = nextEvent<[{ guild: { shardId: number } }]>(client, Events.InteractionCreate);
    const reply = await e.sendCommand({ guildId: one.id, name: 'admin', subcommand: 'ping' }).waitForReply();
    expect(reply.content).toBe('ping quiet');
    expect((await seen)[0].guild.shardId).toBe(1);
  });

  it('closes with 4011 when fewer shards than minShards identify', async () => {
    h = await createHarness({ minShards: 2 }, (e) => e.seedDefaultWorld());
    await expect(h.client.login(h.emulator.token)).rejects.toThrow(/Sharding is required/);
  });
});
