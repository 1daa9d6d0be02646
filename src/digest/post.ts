// A digest in a forum channel is a post of its own (docs/digests.md, "Forum channels"): its first message
// opens a thread titled with the digest's date and tagged with the countries of its actors, and the rest of
// its messages go into that thread. The engine decides the title and the countries when it composes the
// digest, and keeps them in the delivery record with the post once Discord made it, so a resume finishes
// the same post; whether the channel is a forum, and what its tags are, only the Discord layer knows
// (src/discord/digestForum.ts). A text channel ignores all of it.
import type { AttacheIndex } from '../index/api.js';
import { localDateOf } from './schedule.js';
import type { DeliveryRecord, DigestMessage, Posted, Subscription } from './types.js';

/** What a digest's forum post is called and tagged with. */
export interface ForumPost {
  /** The digest's local date (`2026-03-29`); a `/digest send` adds its local time, so two of a day differ. */
  readonly title: string;
  /** The countries of the digest's actors (the dictionary's `country`), busiest actor first, each once. */
  readonly countries: readonly string[];
}

/**
 * Where a message of a digest goes within its channel. In a forum: into the post the digest opened
 * (`threadId`), or, without one, into a new post (`post`). A text channel takes neither.
 */
export interface Placement {
  readonly threadId?: string;
  readonly post?: ForumPost;
}

/** What `send` did with a message, and, in a forum, the post it is in (the thread's id). */
export interface PlacedMessage extends Posted {
  readonly threadId?: string;
}

/** A delivery record with the digest's post: what to open, and once opened, where the rest goes. */
export interface PostedRecord extends DeliveryRecord {
  post?: ForumPost;
  threadId?: string;
}

/** Countries kept per post: a forum has at most 20 tags, a post carries at most 5 of them. */
const MAX_COUNTRIES = 20;

/** The post a digest of `messages` for `sub`, in slot `slotId`, would open. */
export function forumPostOf(
  index: Pick<AttacheIndex, 'actor'>,
  sub: Pick<Subscription, 'timezone'>,
  slotId: string,
  messages: readonly DigestMessage[],
  now: number,
): ForumPost {
  // A scheduled slot's id starts with its local date; a manual one is `manual@<instant>`.
  const scheduled = /^(\d{4}-\d{2}-\d{2})T/.exec(slotId)?.[1];
  const title = scheduled ?? `${localDateOf(now, sub.timezone)}, ${localTimeOf(now, sub.timezone)}`;
  const countries: string[] = [];
  for (const message of messages)
    for (const section of message.sections) {
      if (section.kind !== 'actor') continue;
      const country = index.actor(section.actor.id)?.country?.trim();
      if (country && !countries.includes(country) && countries.length < MAX_COUNTRIES) countries.push(country);
    }
  return { title, countries };
}

/**
 * Where the next message of a record goes: into the post once there is one, else it opens the post (also
 * named when there is one: the Discord layer opens another if that one was deleted meanwhile).
 */
export function placementOf(record: PostedRecord): Placement | undefined {
  if (!record.threadId && !record.post) return undefined;
  return { ...(record.threadId ? { threadId: record.threadId } : {}), ...(record.post ? { post: record.post } : {}) };
}

function localTimeOf(instant: number, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}
