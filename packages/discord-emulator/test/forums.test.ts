// Forum channels as Discord has them, driven by the real discord.js client: ForumChannel.threads.create makes a
// post (a thread and its first message, one id), with tags; setAvailableTags needs Manage Channels; the posts are
// listed as active, then as archived; a message in an archived post brings it back.
import { ChannelType, DiscordAPIError, Events, Routes, type ForumChannel, type ThreadChannel } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_PERMISSIONS, Permission, type ChannelState } from '../src/index.js';
import { createHarness, nextEvent, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

async function start(botPermissions = DEFAULT_BOT_PERMISSIONS, init: Parameters<Harness['emulator']['addForumChannel']>[1] = {}) {
  let forum!: ChannelState;
  let guildId!: string;
  h = await createHarness({}, (e) => {
    const guild = e.addGuild({ name: 'Embassy', botPermissions });
    guildId = guild.id;
    forum = e.addForumChannel(guild.id, { name: 'digests', tags: [{ name: 'Armenia' }, { name: 'Staff', moderated: true }], ...init });
  });
  const client = await h.login();
  const channel = client.channels.cache.get(forum.id) as ForumChannel;
  return { e: h.emulator, client, forum: channel, guildId, tag: (name: string) => channel.availableTags.find((t) => t.name === name)!.id };
}

/** The API error a call failed with: status, code. */
async function refused(call: Promise<unknown>): Promise<[number, number | string]> {
  const error = await call.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(DiscordAPIError);
  return [(error as DiscordAPIError).status, (error as DiscordAPIError).code];
}

describe('forum channels', () => {
  it('reach the client as forums with their tags', async () => {
    const { forum } = await start();
    expect(forum.type).toBe(ChannelType.GuildForum);
    expect(forum.availableTags.map((t) => [t.name, t.moderated])).toEqual([
      ['Armenia', false],
      ['Staff', true],
    ]);
  });

  it('create a post with its first message and tags: one id for both, THREAD_CREATE to the client', async () => {
    const { e, client, forum, tag } = await start();
    const created = nextEvent<[ThreadChannel, boolean]>(client, Events.ThreadCreate);
    const thread = await forum.threads.create({
      name: '2026-03-29',
      message: { content: 'part 1', embeds: [{ title: 'Digest' }], allowedMentions: { parse: [] } },
      appliedTags: [tag('Armenia')],
    });
    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(thread.parentId).toBe(forum.id);
    expect(thread.ownerId).toBe(e.botUser.id);
    expect(thread.appliedTags).toEqual([tag('Armenia')]);
    const [cached, newly] = await created;
    expect([cached.id, newly]).toEqual([thread.id, true]);
    const [first] = e.messages(thread.id);
    expect(first).toMatchObject({ id: thread.id, channelId: thread.id, content: 'part 1' });
    expect(e.messages(forum.id)).toEqual([]);
    expect(e.threads(forum.id).map((t) => [t.name, t.thread!.appliedTags])).toEqual([['2026-03-29', [tag('Armenia')]]]);

    await thread.send({ content: 'part 2', allowedMentions: { parse: [] } });
    expect(e.messages(thread.id).map((m) => m.content)).toEqual(['part 1', 'part 2']);
    expect(e.threads(forum.id)[0]!.thread!.messageCount).toBe(1);
  });

  it('list posts as active, then archived; a message unarchives one (THREAD_UPDATE)', async () => {
    const { e, client, forum, guildId } = await start();
    const post = await forum.threads.create({ name: 'old', message: { content: 'x' } });
    const other = await forum.threads.create({ name: 'new', message: { content: 'y' } });
    const active = (await client.rest.get(Routes.guildActiveThreads(guildId))) as { threads: { id: string }[] };
    expect(active.threads.map((t) => t.id)).toEqual([post.id, other.id]);

    const updated = nextEvent<[ThreadChannel, ThreadChannel]>(client, Events.ThreadUpdate);
    e.closeThread(post.id);
    expect((await updated)[1].archived).toBe(true);
    const nowActive = (await client.rest.get(Routes.guildActiveThreads(guildId))) as { threads: { id: string }[] };
    expect(nowActive.threads.map((t) => t.id)).toEqual([other.id]);
    const archived = await forum.threads.fetchArchived({ type: 'public' });
    expect([...archived.threads.keys()]).toEqual([post.id]);

    const back = nextEvent<[ThreadChannel, ThreadChannel]>(client, Events.ThreadUpdate);
    await client.rest.post(Routes.channelMessages(post.id), { body: { content: 'again' } });
    expect((await back)[1].archived).toBe(false);
    e.closeThread(other.id, 'lock');
    expect(await refused(client.rest.post(Routes.channelMessages(other.id), { body: { content: 'no' } }))).toEqual([403, 160005]);
  });

  it('delete a post: THREAD_DELETE, gone from the lists, and a message to it is Unknown Channel', async () => {
    const { e, client, forum, guildId } = await start();
    const post = await forum.threads.create({ name: 'p', message: { content: 'x' } });
    const deleted = nextEvent<[ThreadChannel]>(client, Events.ThreadDelete);
    e.closeThread(post.id, 'delete');
    expect((await deleted)[0].id).toBe(post.id);
    expect(e.threads(forum.id)).toEqual([]);
    const active = (await client.rest.get(Routes.guildActiveThreads(guildId))) as { threads: unknown[] };
    expect(active.threads).toEqual([]);
    expect(await refused(client.rest.post(Routes.channelMessages(post.id), { body: { content: 'y' } }))).toEqual([404, 10003]);
  });

  it('refuse what Discord refuses: tags not of the forum, more than 5, a moderated one, none where one is required', async () => {
    const { client, forum, tag } = await start();
    const post = (body: object) => client.rest.post(Routes.threads(forum.id), { body: { name: 'p', message: { content: 'x' }, ...body } });
    expect(await refused(post({ applied_tags: ['123'] }))).toEqual([400, 50035]);
    expect(await refused(post({ applied_tags: ['1', '2', '3', '4', '5', '6'] }))).toEqual([400, 50035]);
    expect(await refused(post({ applied_tags: [tag('Staff')] }))).toEqual([403, 50013]);
    expect(await refused(post({ name: '' }))).toEqual([400, 50035]);
    expect(await refused(post({ message: {} }))).toEqual([400, 50006]);
    // A forum takes posts, not messages.
    expect(await refused(client.rest.post(Routes.channelMessages(forum.id), { body: { content: 'x' } }))).toEqual([400, 50008]);
  });

  it('require a tag on a post when the forum says so (40067)', async () => {
    const { client, forum } = await start(DEFAULT_BOT_PERMISSIONS, { requireTag: true });
    expect(await refused(client.rest.post(Routes.threads(forum.id), { body: { name: 'p', message: { content: 'x' } } }))).toEqual([
      400, 40067,
    ]);
  });

  it('need Send Messages to post, and Send Messages in Threads to add to a post', async () => {
    const { e, forum } = await start();
    const overwrite = { id: e.botUser.id, type: 1 as const, allow: 0n, deny: 0n };
    e.channel(forum.id).overwrites.push(overwrite);
    const deny = (permission: bigint) => (overwrite.deny |= permission);
    const thread = await forum.threads.create({ name: 'p', message: { content: 'x' } });
    // A post has no overwrites of its own: the forum's apply in it.
    deny(Permission.SendMessagesInThreads);
    expect(await refused(thread.send('more'))).toEqual([403, 50013]);
    deny(Permission.SendMessages);
    expect(await refused(forum.threads.create({ name: 'q', message: { content: 'y' } }))).toEqual([403, 50013]);
  });

  it('change tags with setAvailableTags only with Manage Channels, at most 20, keeping ids (CHANNEL_UPDATE)', async () => {
    const without = await start();
    expect(await refused(without.forum.setAvailableTags([...without.forum.availableTags, { name: 'Georgia' }]))).toEqual([403, 50013]);
    await h.close();

    const { client, forum, tag } = await start(DEFAULT_BOT_PERMISSIONS | Permission.ManageChannels);
    const armenia = tag('Armenia');
    const updated = nextEvent<[ForumChannel, ForumChannel]>(client, Events.ChannelUpdate);
    await forum.setAvailableTags([...forum.availableTags, { name: 'Georgia', moderated: false }]);
    const [, after] = await updated;
    expect(after.availableTags.map((t) => t.name)).toEqual(['Armenia', 'Staff', 'Georgia']);
    expect(after.availableTags[0]!.id).toBe(armenia);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `tag ${i}` }));
    expect(await refused(forum.setAvailableTags(many))).toEqual([400, 50035]);
    expect(await refused(forum.setAvailableTags([{ name: 'a name longer than twenty' }]))).toEqual([400, 50035]);
    const post = await forum.threads.create({ name: 'p', message: { content: 'x' }, appliedTags: [after.availableTags[2]!.id] });
    expect(post.appliedTags).toEqual([after.availableTags[2]!.id]);
  });
});
