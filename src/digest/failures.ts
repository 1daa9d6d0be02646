// Why a send failed, and what follows. Three kinds:
// - the subscription's own fault: the bot cannot see or post in the channel, or it is gone. Retrying
//   cannot help; a moderator must act. The subscription is marked failing with the reason, and paused
//   after a few in a row.
// - transient: rate limits, Discord's 5xx, the network, a timeout. discord.js has already retried the
//   429s and 5xx it could; the service retries some more, then leaves the rest for later.
// - rejected: Discord refused this message itself (a malformed body: our bug, not the channel's).
//   Sending it again would fail again, forever; it is logged and skipped, the rest goes out.
// The errors are recognised by shape (`code`, `status`) so that nothing here imports discord.js.

export type DeliveryFault =
  | { readonly kind: 'subscription'; readonly reason: string }
  | { readonly kind: 'transient'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string };

/**
 * For `send` implementations that check the channel before sending (permissions from the cache): throw
 * this with a reason for moderators, and the service treats it like Discord's own refusal.
 */
export class ChannelRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ChannelRefusedError';
  }
}

/** Discord's JSON error codes that mean "this channel will not take the bot's messages". */
const SUBSCRIPTION_CODES: Readonly<Record<number, string>> = {
  10003: 'the channel no longer exists (Unknown Channel)',
  10004: 'the bot is no longer in the server (Unknown Guild)',
  50001: 'the bot cannot see the channel (Missing Access)',
  50013: 'the bot lacks permission to post there: it needs View Channel, Send Messages and Embed Links (Missing Permissions)',
  50008: 'the channel does not take messages (Cannot send messages in a non-text channel)',
  50083: 'the channel is an archived thread (Thread archived)',
  160005: 'the channel is a locked thread (Thread locked)',
  40067:
    "the forum requires a tag on every post, and it has none for the digest's countries: add one, or give the bot Manage Channels there",
};

export function classifyDeliveryError(err: unknown): DeliveryFault {
  if (err instanceof ChannelRefusedError) return { kind: 'subscription', reason: err.reason };
  const e = (err ?? {}) as { code?: unknown; status?: unknown; message?: unknown; name?: unknown };
  const code = typeof e.code === 'number' ? e.code : typeof e.code === 'string' && /^\d+$/.test(e.code) ? Number(e.code) : null;
  const status = typeof e.status === 'number' ? e.status : null;
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (code !== null && SUBSCRIPTION_CODES[code]) return { kind: 'subscription', reason: SUBSCRIPTION_CODES[code] };
  if (status === 403)
    return {
      kind: 'subscription',
      reason: `Discord refused access to the channel (403${code !== null ? `, code ${code}` : ''}: ${message})`,
    };
  if (status === 404)
    return {
      kind: 'subscription',
      reason: `Discord no longer knows the channel (404${code !== null ? `, code ${code}` : ''}: ${message})`,
    };
  if (status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return {
      kind: 'rejected',
      reason: `Discord rejected a digest message (${status}${code !== null ? `, code ${code}` : ''}: ${message})`,
    };
  }
  const what = status !== null ? `${status}: ${message}` : message;
  return { kind: 'transient', reason: `Discord did not take the digest (${what})` };
}

/** Thrown by `sendNow` when the digest could not be delivered; `reason` is for the moderator. */
export class DigestDeliveryError extends Error {
  constructor(
    readonly reason: string,
    /** `subscription`: the channel refuses (fix permissions); `transient`: try again later. */
    readonly kind: 'subscription' | 'transient',
    /** Messages that did go out before the failure; the rest is sent with the next digest. */
    readonly sent: number,
  ) {
    super(reason);
    this.name = 'DigestDeliveryError';
  }
}

/** A request the service will not carry out; `message` is for the moderator (an ephemeral reply). */
export class DigestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestInputError';
  }
}

/** Stopped, removed, or moved to another process mid-digest: the rest is left for whoever runs it next. */
export class Interrupted extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Interrupted';
  }
}
