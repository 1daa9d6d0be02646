/**
 * Forum channels over REST, as Discord answers them (world/forums.ts holds the state):
 * - POST /channels/:forum/threads: a post, that is a thread and its first message at once (the message's id is
 *   the thread's), with up to 5 of the forum's tags; Send Messages ("Create Posts") needed; THREAD_CREATE.
 * - PATCH /channels/:id: name, topic and a forum's `available_tags` (at most 20, names of 1 to 20 characters),
 *   with Manage Channels; CHANNEL_UPDATE.
 * - GET /guilds/:guild/threads/active and GET /channels/:forum/threads/archived/public: the posts, to find one.
 * Messages inside a post go through the channel message routes (./channelMessages.ts).
 */
import type { EmulatorCore } from '../core.js';
import { MessageType } from '../messages.js';
import { Permission } from '../permissions.js';
import { FormErrors, MessageFlags, validateMessagePayload } from '../validation.js';
import {
  activeThreads,
  addThread,
  archivedThreads,
  AUTO_ARCHIVE_DURATIONS,
  FORUM_LIMITS,
  isForum,
  REQUIRE_TAG,
  replaceTags,
} from '../world/forums.js';
import { channelJson, threadJson } from '../world/json.js';
import { isObject, type ChannelState, type ForumTag, type Json } from '../world/types.js';
import { ApiError, Errors } from './http.js';
import type { DefineRoute, RouteResult } from './server.js';

/** Dispatches a guild event with the Guilds intent (the gateway's dispatchGuildEvent). */
export type GuildDispatch = (guildId: string, t: string, d: unknown) => void;

const ok = (body: unknown): RouteResult => ({ status: 200, body });
/** The gateway intent forum events go with (Guilds). */
export const GUILDS_INTENT = 1;

export function defineForumRoutes(route: DefineRoute, core: EmulatorCore, dispatch: GuildDispatch): void {
  const world = core.world;
  const bot = world.botUser.id;

  const visible = (channelId: string): { channel: ChannelState; perms: bigint } => {
    const channel = world.channels.get(channelId);
    if (!channel?.guildId) throw Errors.unknownChannel();
    const perms = world.channelPermissions(channel.id, bot);
    if (!(perms & Permission.ViewChannel)) throw Errors.missingAccess();
    return { channel, perms };
  };

  route('POST /channels/:channel_id/threads', 'bot', ({ params, body }) => {
    const { channel: forum, perms } = visible(params.channel_id!);
    if (!isForum(forum)) throw new ApiError(400, 0, 'Threads outside forum channels are not emulated');
    if (!(perms & Permission.SendMessages)) throw Errors.missingPermissions();
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    const name = typeof payload.name === 'string' ? payload.name.trim() : '';
    if (!name) errors.add(['name'], 'BASE_TYPE_REQUIRED', 'This field is required');
    else if ([...name].length > FORUM_LIMITS.threadName)
      errors.add(['name'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${FORUM_LIMITS.threadName} in length.`);
    const message = isObject(payload.message) ? payload.message : undefined;
    if (!message) errors.add(['message'], 'BASE_TYPE_REQUIRED', 'This field is required');
    else validateMessagePayload(message, errors, ['message']);
    const tags = appliedTags(payload.applied_tags, forum, errors);
    const duration = payload.auto_archive_duration ?? 4320;
    if (!(AUTO_ARCHIVE_DURATIONS as readonly unknown[]).includes(duration))
      errors.add(['auto_archive_duration'], 'BASE_TYPE_CHOICES', `Value must be one of {${AUTO_ARCHIVE_DURATIONS.join(', ')}}.`);
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (core.messages.wouldBeEmpty(message!)) throw Errors.emptyMessage();
    if (tags.length === 0 && (forum.flags ?? 0) & REQUIRE_TAG)
      throw new ApiError(400, 40067, 'A tag is required to create a forum post in this channel');
    const moderated = new Set((forum.availableTags ?? []).filter((t) => t.moderated).map((t) => t.id));
    if (tags.some((id) => moderated.has(id)) && !(perms & Permission.ManageThreads)) throw Errors.missingPermissions();

    const thread = addThread(world, forum, {
      id: world.ids.next(),
      name,
      ownerId: bot,
      appliedTags: tags,
      autoArchiveDuration: duration as number,
    });
    const flags =
      typeof message!.flags === 'number' ? message!.flags & (MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications) : 0;
    const first = core.messages.create({
      id: thread.id,
      channelId: thread.id,
      authorId: bot,
      payload: message!,
      source: 'channel',
      type: MessageType.Default,
      flags,
    });
    forum.lastMessageId = thread.id;
    dispatch(forum.guildId!, 'THREAD_CREATE', { ...threadJson(thread), newly_created: true });
    core.messageCreated(first);
    return ok({ ...threadJson(thread), message: first.data });
  });

  route('PATCH /channels/:channel_id', 'bot', ({ params, body }) => {
    const { channel, perms } = visible(params.channel_id!);
    if (channel.thread) throw new ApiError(400, 0, 'Editing threads is not emulated');
    if (!(perms & Permission.ManageChannels)) throw Errors.missingPermissions();
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    if ('name' in payload && (typeof payload.name !== 'string' || payload.name.length < 1 || payload.name.length > 100))
      errors.add(['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    const tags = 'available_tags' in payload ? availableTags(payload.available_tags, channel, errors) : undefined;
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (typeof payload.name === 'string') channel.name = payload.name;
    if ('topic' in payload) channel.topic = typeof payload.topic === 'string' ? payload.topic : null;
    if (tags) replaceTags(world, channel, tags);
    const json = channelJson(world, channel);
    dispatch(channel.guildId!, 'CHANNEL_UPDATE', json);
    return ok(json);
  });

  route('GET /guilds/:guild_id/threads/active', 'bot', ({ params }) => {
    if (!world.guilds.has(params.guild_id!)) throw Errors.unknownGuild();
    const threads = activeThreads(world, params.guild_id!).filter((t) => world.channelPermissions(t.id, bot) & Permission.ViewChannel);
    return ok({ threads: threads.map(threadJson), members: [] });
  });

  route('GET /channels/:channel_id/threads/archived/public', 'bot', ({ params, query }) => {
    const { channel, perms } = visible(params.channel_id!);
    if (!(perms & Permission.ReadMessageHistory)) throw Errors.missingPermissions();
    const limit = query.has('limit') ? Number(query.get('limit')) : 50;
    const before = query.get('before');
    if (!Number.isInteger(limit) || limit < 2 || limit > 100)
      throw Errors.invalidFormBody({ limit: { _errors: [{ code: 'NUMBER_TYPE_MAX', message: 'Must be between 2 and 100.' }] } });
    const all = archivedThreads(world, channel.id).filter((t) => before === null || t.thread!.archiveTimestamp < before);
    return ok({ threads: all.slice(0, limit).map(threadJson), members: [], has_more: all.length > limit });
  });
}

/** `applied_tags`: ids of the forum's tags, at most 5. */
function appliedTags(value: unknown, forum: ChannelState, errors: FormErrors): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    errors.add(['applied_tags'], 'BASE_TYPE_ARRAY', 'Must be an array of snowflakes.');
    return [];
  }
  const ids = [...new Set(value as string[])];
  if (ids.length > FORUM_LIMITS.appliedTags)
    errors.add(['applied_tags'], 'BASE_TYPE_MAX_LENGTH', `Must be ${FORUM_LIMITS.appliedTags} or fewer in length.`);
  const known = new Set((forum.availableTags ?? []).map((t) => t.id));
  ids.forEach((id, i) => {
    if (!known.has(id)) errors.add(['applied_tags', i], 'TAG_INVALID', "Unknown tag: not one of the forum's available_tags.");
  });
  return ids;
}

/** `available_tags` of a PATCH: a forum's, at most 20, each named with 1 to 20 characters. */
function availableTags(value: unknown, channel: ChannelState, errors: FormErrors): Partial<ForumTag>[] | undefined {
  if (!isForum(channel)) {
    errors.add(['available_tags'], 'CHANNEL_TYPE_INVALID', 'Only forum and media channels have tags.');
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.add(['available_tags'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return undefined;
  }
  if (value.length > FORUM_LIMITS.tags)
    errors.add(['available_tags'], 'BASE_TYPE_MAX_LENGTH', `Must be ${FORUM_LIMITS.tags} or fewer in length.`);
  value.forEach((tag: unknown, i) => {
    const name = isObject(tag) ? tag.name : undefined;
    if (typeof name !== 'string' || [...name].length < 1 || [...name].length > FORUM_LIMITS.tagName)
      errors.add(['available_tags', i, 'name'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${FORUM_LIMITS.tagName} in length.`);
  });
  return (value as Json[]).map((t) => t as Partial<ForumTag>);
}
