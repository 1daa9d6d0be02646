/**
 * Channel messages, as a bot posts and reads them: POST /channels/:id/messages (with Discord's enforced nonce:
 * a repeat within the window returns the first message instead of posting another) and
 * GET /channels/:id/messages (newest first, `limit`, `before` or `after`).
 */
import type { EmulatorCore } from '../core.js';
import { MessageType, type StoredMessage } from '../messages.js';
import { Permission } from '../permissions.js';
import { FormErrors, MessageFlags, validateMessagePayload } from '../validation.js';
import { isForum } from '../world/forums.js';
import { isObject, type ChannelState, type Json } from '../world/types.js';
import { ApiError, Errors } from './http.js';
import type { DefineRoute, RouteResult } from './server.js';

const ok = (body: unknown): RouteResult => ({ status: 200, body });

export function defineChannelMessageRoutes(
  route: DefineRoute,
  core: EmulatorCore,
  /** A thread a message unarchived (THREAD_UPDATE, rest/forums.ts). */
  threadChanged: (thread: ChannelState) => void = () => undefined,
): void {
  const world = core.world;
  const nonces = new NonceLog(core);

  /** The channel, when the bot may see it: 10003 when it does not exist, 50001 when the bot cannot view it. */
  const visibleChannel = (channelId: string) => {
    const channel = world.channels.get(channelId);
    if (!channel) throw Errors.unknownChannel();
    const perms = world.channelPermissions(channel.id, world.botUser.id);
    if (!(perms & Permission.ViewChannel)) throw Errors.missingAccess();
    return { channel, perms };
  };

  route('POST /channels/:channel_id/messages', 'bot', ({ params, body }) => {
    const { channel, perms } = visibleChannel(params.channel_id!);
    // A forum takes posts (POST /channels/:id/threads), not messages; a post's thread takes messages with
    // Send Messages in Threads, unless locked, and a message unarchives it.
    if (isForum(channel)) throw new ApiError(400, 50008, 'Cannot send messages in a non-text channel');
    if (!(perms & (channel.thread ? Permission.SendMessagesInThreads : Permission.SendMessages))) throw Errors.missingPermissions();
    if (channel.thread?.locked && !(perms & Permission.ManageThreads)) throw new ApiError(403, 160005, 'Thread is locked');
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    validateMessagePayload(payload, errors);
    const reference = isObject(payload.message_reference) ? payload.message_reference : undefined;
    if (reference && typeof reference.message_id === 'string') {
      const target = core.messages.get(reference.message_id);
      if ((!target || target.channelId !== channel.id) && reference.fail_if_not_exists !== false) {
        errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
      }
    }
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (core.messages.wouldBeEmpty(payload)) throw Errors.emptyMessage();
    const earlier = nonces.repeatOf(world.botUser.id, payload);
    if (earlier) return ok(earlier.data);
    const flags =
      typeof payload.flags === 'number' ? payload.flags & (MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications) : 0;
    const message = core.messages.create({
      channelId: channel.id,
      authorId: world.botUser.id,
      payload,
      source: 'channel',
      type: reference ? MessageType.Reply : MessageType.Default,
      flags,
    });
    nonces.note(message, payload);
    if (channel.thread) {
      channel.thread.messageCount++;
      if (channel.thread.archived) {
        channel.thread.archived = false;
        channel.thread.archiveTimestamp = new Date().toISOString();
        threadChanged(channel);
      }
    }
    core.messageCreated(message);
    return ok(message.data);
  });

  route('GET /channels/:channel_id/messages', 'bot', ({ params, query }) => {
    const { channel, perms } = visibleChannel(params.channel_id!);
    const { limit, before, after } = historyQuery(query);
    // Discord answers an empty list, not an error, without Read Message History.
    if (!(perms & Permission.ReadMessageHistory)) return ok([]);
    const id = (m: StoredMessage) => BigInt(m.id);
    const all = core.messages.list(channel.id);
    let page: StoredMessage[];
    if (after !== undefined) page = all.filter((m) => id(m) > after).slice(0, limit);
    else page = (before !== undefined ? all.filter((m) => id(m) < before) : all).slice(-limit);
    // Newest first; `nonce` is not part of a message read back (Discord keeps it only briefly).
    return ok(page.reverse().map(({ data }) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'nonce'))));
  });
}

/** `limit` 1-100 (default 50) and one of `before` or `after`, as Discord checks them; `around` is not emulated. */
function historyQuery(query: URLSearchParams): { limit: number; before?: bigint; after?: bigint } {
  const errors = new FormErrors();
  const raw = query.get('limit');
  const limit = raw === null ? 50 : Number(raw);
  if (!Number.isInteger(limit)) errors.add(['limit'], 'NUMBER_TYPE_COERCE', `Value "${raw}" is not int.`);
  else if (limit < 1) errors.add(['limit'], 'NUMBER_TYPE_MIN', 'int value should be greater than or equal to 1.');
  else if (limit > 100) errors.add(['limit'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 100.');
  const ids: { before?: bigint; after?: bigint } = {};
  for (const key of ['before', 'after'] as const) {
    const value = query.get(key);
    if (value === null) continue;
    if (/^\d{1,20}$/.test(value)) ids[key] = BigInt(value);
    else errors.add([key], 'NUMBER_TYPE_COERCE', `Value "${value}" is not snowflake.`);
  }
  if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
  if (query.has('around')) throw new ApiError(400, 0, '`around` is not emulated');
  if (ids.before !== undefined && ids.after !== undefined)
    throw new ApiError(400, 0, 'pass one of `before` and `after` (the emulator does not guess which)');
  return { limit, ...ids };
}

/** The nonces sent with `enforce_nonce`, each remembered for the window. */
class NonceLog {
  private readonly seen = new Map<string, { message: StoredMessage; at: number }>();

  constructor(private readonly core: EmulatorCore) {}

  /** The message this payload repeats: same author, same enforced nonce, within the window. */
  repeatOf(authorId: string, payload: Json): StoredMessage | undefined {
    const key = this.keyOf(authorId, payload);
    if (key === null) return undefined;
    const entry = this.seen.get(key);
    if (!entry) return undefined;
    if (this.core.now() - entry.at < this.core.nonceWindowMs) return entry.message;
    this.seen.delete(key);
    return undefined;
  }

  note(message: StoredMessage, payload: Json): void {
    const key = this.keyOf(message.authorId, payload);
    if (key !== null) this.seen.set(key, { message, at: this.core.now() });
  }

  private keyOf(authorId: string, payload: Json): string | null {
    const nonce = payload.nonce;
    if (payload.enforce_nonce !== true || this.core.nonceWindowMs <= 0) return null;
    return typeof nonce === 'string' || typeof nonce === 'number' ? `${authorId}:${String(nonce)}` : null;
  }
}
