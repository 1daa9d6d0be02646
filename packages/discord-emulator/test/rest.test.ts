import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordEmulator, shardIdForGuild } from '../src/index.js';

let e: DiscordEmulator;
let channelId: string;
let api: string;
const auth = () => ({ Authorization: `Bot ${e.token}`, 'Content-Type': 'application/json' });

beforeEach(async () => {
  const lines: string[] = [];
  e = new DiscordEmulator({ shards: 3, log: (level, message) => lines.push(`${level} ${message}`) });
  await e.start();
  channelId = e.seedDefaultWorld().channel.id;
  api = `${e.restUrl}/v10`;
});
afterEach(async () => {
  await e.stop();
});

async function post(path: string, body: unknown, headers: Record<string, string> = auth()) {
  const res = await fetch(`${api}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>),
  };
}

describe('REST surface (raw HTTP)', () => {
  it('answers JSON with the right content type, 401 without the bot token, 404 for unknown routes', async () => {
    const gw = await fetch(`${api}/gateway/bot`, { headers: auth() });
    expect(gw.headers.get('content-type')).toBe('application/json');
    const body = (await gw.json()) as { url: string; shards: number; session_start_limit: { remaining: number } };
    expect(body.url).toBe(e.gatewayUrl);
    expect(body.url).not.toContain('?');
    expect(body.shards).toBe(3);
    expect(body.session_start_limit.remaining).toBeGreaterThanOrEqual(3);
    expect((await fetch(`${api}/applications/@me`)).status).toBe(401);
    const missing = await fetch(`${api}/nope`, { headers: auth() });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');
  });

  it('rejects empty and oversized channel messages like Discord', async () => {
    expect(await post(`/channels/${channelId}/messages`, {})).toMatchObject({ status: 400, json: { code: 50006 } });
    const tooLong = await post(`/channels/${channelId}/messages`, { content: 'é'.repeat(2001) });
    expect(tooLong).toMatchObject({
      status: 400,
      json: { code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
    });
    const fieldValue = await post(`/channels/${channelId}/messages`, {
      embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }], footer: { text: 'f'.repeat(2049) }, author: { name: 'a'.repeat(257) } }],
    });
    expect(fieldValue.json?.errors).toEqual({
      embeds: {
        0: {
          fields: { 0: { value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' }] } } },
          footer: { text: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2048 or fewer in length.' }] } },
          author: { name: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } },
        },
      },
    });
    const ok = await post(`/channels/${channelId}/messages`, { content: 'é'.repeat(2000) });
    expect(ok.status).toBe(200);
    expect(e.messages(channelId)).toHaveLength(1);
  });

  it('computes pings from allowed_mentions and permissions', async () => {
    const guild = [...e.world.guilds.values()][0]!;
    const user = e.addMember(guild.id, { username: 'carol' }).user;
    const role = e.addRole(guild.id, { name: 'pingable', mentionable: true });
    const content = `<@${user.id}> <@&${role.id}> @everyone`;
    const all = await post(`/channels/${channelId}/messages`, { content });
    expect(e.message(String(all.json!.id))!.pings).toEqual({ users: [user.id], roles: [role.id], everyone: false, repliedUser: null });
    const none = await post(`/channels/${channelId}/messages`, { content, allowed_mentions: { parse: [] } });
    expect(e.message(String(none.json!.id))!.pings).toEqual({ users: [], roles: [], everyone: false, repliedUser: null });
    const conflict = await post(`/channels/${channelId}/messages`, { content, allowed_mentions: { parse: ['users'], users: [user.id] } });
    expect(conflict.json).toMatchObject({ code: 50035 });
  });

  it('checks the interaction token on callback routes instead of Authorization', async () => {
    expect(
      await post('/interactions/123/bad/callback', { type: 4, data: { content: 'x' } }, { 'Content-Type': 'application/json' }),
    ).toMatchObject({
      status: 404,
      json: { code: 10062 },
    });
    const res = await fetch(`${api}/webhooks/${e.applicationId}/bad/messages/@original`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'x' }),
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: number }).code).toBe(10015);
  });

  it('generates guild ids that route to the requested shard', () => {
    for (let shard = 0; shard < 3; shard++) {
      const g = e.addGuild({ shardId: shard });
      expect(shardIdForGuild(g.id, 3)).toBe(shard);
      expect(e.guild(g.id).roles.get(g.id)?.name).toBe('@everyone');
    }
  });

  it('takes a multipart body: the JSON of payload_json, and each file as an attachment whose bytes a test can read', async () => {
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'file', attachments: [{ id: 0, filename: 'a.txt', description: 'A' }] }));
    form.append('files[0]', new Blob(['abc'], { type: 'text/plain' }), 'a.txt');
    const res = await fetch(`${api}/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bot ${e.token}` },
      body: form,
    });
    expect(res.status).toBe(200);
    const sent = (await res.json()) as { attachments: { filename: string; size: number; description?: string }[] };
    expect(sent.attachments).toEqual([expect.objectContaining({ filename: 'a.txt', size: 3, description: 'A' })]);
    const [message] = e.messages(channelId);
    expect(message?.content).toBe('file');
    expect(message?.file('a.txt')?.bytes.toString()).toBe('abc');
    expect(message?.file('a.txt')?.contentType).toBe('text/plain');
    // The request log keeps the JSON body, not the bytes.
    expect(e.requestsTo('POST /channels/:id/messages').at(-1)?.body).toMatchObject({ content: 'file' });
  });

  it('refuses a file over the 10 MiB limit with 413 and stores nothing', async () => {
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ attachments: [{ id: 0 }] }));
    form.append('files[0]', new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), 'big.bin');
    const res = await fetch(`${api}/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bot ${e.token}` },
      body: form,
    });
    expect(res.status).toBe(413);
    expect(e.messages(channelId)).toHaveLength(0);
  });
});
