import { Routes, type APIMessage } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator, Permission, type DiscordEmulatorOptions } from '../src/index.js';
import { createHarness, type Harness } from './harness.js';

let e: DiscordEmulator;
let h: Harness | undefined;
let channelId: string;
let api: string;
const auth = () => ({ Authorization: `Bot ${e.token}`, 'Content-Type': 'application/json' });

async function start(options: DiscordEmulatorOptions = {}) {
  e = new DiscordEmulator(options);
  await e.start();
  channelId = e.seedDefaultWorld().channel.id;
  api = `${e.restUrl}/v10`;
}
afterEach(async () => {
  if (h) await h.close();
  else await e.stop();
  h = undefined;
});

async function post(body: unknown, channel = channelId) {
  const res = await fetch(`${api}/channels/${channel}/messages`, { method: 'POST', headers: auth(), body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function history(query = '', channel = channelId) {
  const res = await fetch(`${api}/channels/${channel}/messages${query}`, { headers: auth() });
  return { status: res.status, json: await res.json() };
}

const contents = (json: unknown) => (json as { content: string }[]).map((m) => m.content);

describe('enforced nonces', () => {
  it('returns the first message for a repeat within the window, and posts nothing more', async () => {
    await start();
    const first = await post({ content: 'one', nonce: 'n-1', enforce_nonce: true });
    const again = await post({ content: 'one, again', nonce: 'n-1', enforce_nonce: true });
    expect(first).toMatchObject({ status: 200, json: { content: 'one', nonce: 'n-1' } });
    expect(again).toMatchObject({ status: 200, json: { id: first.json.id, content: 'one' } });
    expect(e.messages(channelId).map((m) => m.content)).toEqual(['one']);
  });

  it('posts a repeat without enforce_nonce, or with another nonce', async () => {
    await start();
    await post({ content: 'a', nonce: 'n-1' });
    await post({ content: 'b', nonce: 'n-1' });
    await post({ content: 'c', nonce: 'n-1', enforce_nonce: true });
    await post({ content: 'd', nonce: 'n-2', enforce_nonce: true });
    expect(e.messages(channelId).map((m) => m.content)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('forgets a nonce once the window has passed, on the clock it is given', async () => {
    let now = 1_000_000;
    await start({ nonceWindowMs: 60_000, now: () => now });
    await post({ content: 'first', nonce: 'n', enforce_nonce: true });
    now += 59_999;
    await post({ content: 'within', nonce: 'n', enforce_nonce: true });
    now += 1;
    await post({ content: 'after', nonce: 'n', enforce_nonce: true });
    expect(e.messages(channelId).map((m) => m.content)).toEqual(['first', 'after']);
  });

  it('de-duplicates nothing with the window at 0, as an option or switched later', async () => {
    await start({ nonceWindowMs: 0 });
    await post({ content: 'x', nonce: 'n', enforce_nonce: true });
    await post({ content: 'x', nonce: 'n', enforce_nonce: true });
    expect(e.messages(channelId)).toHaveLength(2);
    e.setNonceWindow(60_000);
    await post({ content: 'y', nonce: 'm', enforce_nonce: true });
    await post({ content: 'y', nonce: 'm', enforce_nonce: true });
    e.setNonceWindow(0);
    await post({ content: 'z', nonce: 'm', enforce_nonce: true });
    expect(e.messages(channelId).map((m) => m.content)).toEqual(['x', 'x', 'y', 'z']);
  });
});

describe('GET /channels/:id/messages', () => {
  it('answers the newest first, 50 by default, at most `limit`, without nonces', async () => {
    await start();
    for (let i = 0; i < 60; i++) await post({ content: `m${i}`, nonce: `n${i}` });
    const all = await history();
    expect(all.status).toBe(200);
    expect(contents(all.json)).toEqual(Array.from({ length: 50 }, (_, i) => `m${59 - i}`));
    expect((all.json as Record<string, unknown>[]).some((m) => 'nonce' in m)).toBe(false);
    expect(contents((await history('?limit=3')).json)).toEqual(['m59', 'm58', 'm57']);
  });

  it('pages with `after` (the messages just after it) and `before` (just before it)', async () => {
    await start();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await post({ content: `m${i}` })).json.id as string);
    expect(contents((await history(`?after=${ids[2]}&limit=3`)).json)).toEqual(['m5', 'm4', 'm3']);
    expect(contents((await history(`?after=${ids[9]}`)).json)).toEqual([]);
    expect(contents((await history(`?before=${ids[5]}&limit=2`)).json)).toEqual(['m4', 'm3']);
  });

  it('refuses a limit outside 1-100 and an id that is not a snowflake, as Discord does', async () => {
    await start();
    for (const [query, code] of [
      ['?limit=0', 'NUMBER_TYPE_MIN'],
      ['?limit=101', 'NUMBER_TYPE_MAX'],
      ['?limit=many', 'NUMBER_TYPE_COERCE'],
    ] as const)
      expect(await history(query)).toMatchObject({ status: 400, json: { code: 50035, errors: { limit: { _errors: [{ code }] } } } });
    expect(await history('?after=abc')).toMatchObject({ status: 400, json: { code: 50035, errors: { after: {} } } });
  });

  it('needs the channel (10003) and View Channel (50001); without Read Message History it answers no messages', async () => {
    await start();
    await post({ content: 'hello' });
    const guild = e.guild(e.channel(channelId).guildId!);
    const hidden = e.addTextChannel(guild.id, { overwrites: [{ id: e.botUser.id, type: 1, deny: Permission.ViewChannel }] }).id;
    const noHistory = e.addTextChannel(guild.id, { overwrites: [{ id: e.botUser.id, type: 1, deny: Permission.ReadMessageHistory }] }).id;
    await post({ content: 'unseen' }, noHistory);
    expect(await history('', '123456789012345678')).toMatchObject({ status: 404, json: { code: 10003 } });
    expect(await history('', hidden)).toMatchObject({ status: 403, json: { code: 50001 } });
    expect(await history('', noHistory)).toEqual({ status: 200, json: [] });
  });

  it('is what discord.js reads with client.rest', async () => {
    h = await createHarness({}, (emulator) => {
      e = emulator;
      channelId = emulator.seedDefaultWorld().channel.id;
    });
    const client = await h.login();
    const first = (await client.rest.post(Routes.channelMessages(channelId), { body: { content: 'one' } })) as APIMessage;
    await client.rest.post(Routes.channelMessages(channelId), { body: { content: 'two' } });
    const after = (await client.rest.get(Routes.channelMessages(channelId), {
      query: new URLSearchParams({ after: first.id, limit: '100' }),
    })) as APIMessage[];
    expect(after.map((m) => [m.content, m.author.id])).toEqual([['two', client.user.id]]);
  });
});
