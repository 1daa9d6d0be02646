/**
 * Forum channels and their posts, as Discord has them: a forum (type 15) holds no messages of its own but
 * `available_tags` (at most 20); a post is a public thread (type 11, `parent_id` the forum) created together
 * with its first message, whose id is the thread's id, carrying at most 5 of the forum's tags
 * (`applied_tags`). Threads are not in their guild's `channelIds` (GUILD_CREATE lists them apart, as
 * `threads`). The routes that reach these are rest/forums.ts's.
 */
import { ChannelType, type ChannelState, type ForumInit, type ForumTag, type ThreadState } from './types.js';
import type { World } from './world.js';

export const FORUM_LIMITS = { tags: 20, tagName: 20, appliedTags: 5, threadName: 100 } as const;
/** The forum flag that makes a post without tags a 400 (40067). */
export const REQUIRE_TAG = 1 << 4;
export const AUTO_ARCHIVE_DURATIONS = [60, 1440, 4320, 10080] as const;

export function addForum(world: World, guildId: string, init: ForumInit = {}): ChannelState {
  const forum = world.addChannel(guildId, { ...init, type: ChannelType.GuildForum, name: init.name ?? 'forum' });
  forum.availableTags = (init.tags ?? []).map((t) => ({
    id: t.id ?? world.ids.next(),
    name: t.name,
    moderated: t.moderated ?? false,
    emoji_id: null,
    emoji_name: t.emojiName ?? null,
  }));
  forum.flags = init.requireTag ? REQUIRE_TAG : 0;
  return forum;
}

export function isForum(channel: ChannelState): boolean {
  return channel.type === ChannelType.GuildForum;
}

/** A new post's thread; its first message is the caller's to create, with the thread's id as its id. */
export function addThread(
  world: World,
  forum: ChannelState,
  init: { id: string; name: string; ownerId: string; appliedTags: string[]; autoArchiveDuration: number },
): ChannelState {
  const now = new Date().toISOString();
  const thread: ThreadState = {
    ownerId: init.ownerId,
    appliedTags: init.appliedTags,
    archived: false,
    locked: false,
    autoArchiveDuration: init.autoArchiveDuration,
    archiveTimestamp: now,
    createTimestamp: now,
    messageCount: 0,
  };
  const channel: ChannelState = {
    id: init.id,
    guildId: forum.guildId,
    type: ChannelType.PublicThread,
    name: init.name,
    position: 0,
    topic: null,
    parentId: forum.id,
    nsfw: forum.nsfw,
    rateLimitPerUser: 0,
    overwrites: [],
    recipientIds: [],
    lastMessageId: null,
    thread,
  };
  world.channels.set(channel.id, channel);
  return channel;
}

/** How a post ends: archived (Discord does it after its inactivity period), archived and locked, or deleted. */
export type ThreadEnd = 'archive' | 'lock' | 'delete';

/** Ends a post now; the gateway event that says so, and the thread as it was last. */
export function closeThread(world: World, threadId: string, how: ThreadEnd): { event: string; thread: ChannelState } {
  const thread = world.requireChannel(threadId);
  if (!thread.thread) throw new Error(`Channel ${threadId} is not a thread`);
  if (how === 'delete') {
    world.channels.delete(threadId);
    return { event: 'THREAD_DELETE', thread };
  }
  Object.assign(thread.thread, { archived: true, locked: how === 'lock', archiveTimestamp: new Date().toISOString() });
  return { event: 'THREAD_UPDATE', thread };
}

/** Threads of a guild (or of one forum) that are not archived, oldest first. */
export function activeThreads(world: World, guildId: string, parentId?: string): ChannelState[] {
  return threads(world, guildId, parentId).filter((c) => !c.thread!.archived);
}

/** A forum's archived threads, most recently archived first (Discord's order for archived/public). */
export function archivedThreads(world: World, parentId: string): ChannelState[] {
  const forum = world.requireChannel(parentId);
  return threads(world, forum.guildId ?? '', parentId)
    .filter((c) => c.thread!.archived)
    .sort((a, b) => b.thread!.archiveTimestamp.localeCompare(a.thread!.archiveTimestamp) || cmpId(b.id, a.id));
}

function threads(world: World, guildId: string, parentId?: string): ChannelState[] {
  return [...world.channels.values()]
    .filter((c) => c.thread && c.guildId === guildId && (parentId === undefined || c.parentId === parentId))
    .sort((a, b) => cmpId(a.id, b.id));
}

function cmpId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The forum's tags after a PATCH: kept ids stay, new ones get ids. The caller validated them. */
export function replaceTags(world: World, forum: ChannelState, tags: readonly Partial<ForumTag>[]): ForumTag[] {
  const known = new Set((forum.availableTags ?? []).map((t) => t.id));
  forum.availableTags = tags.map((t) => ({
    id: typeof t.id === 'string' && known.has(t.id) ? t.id : world.ids.next(),
    name: t.name ?? '',
    moderated: t.moderated === true,
    emoji_id: typeof t.emoji_id === 'string' ? t.emoji_id : null,
    emoji_name: typeof t.emoji_name === 'string' ? t.emoji_name : null,
  }));
  return forum.availableTags;
}
