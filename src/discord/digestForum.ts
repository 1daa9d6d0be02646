// A digest in a forum channel: its first message opens a post (POST /channels/:forum/threads, the thread and
// its first message in one), titled and tagged as the engine said (src/digest/post.ts); the rest of its
// messages go into that post as into a text channel. docs/digests.md, "Forum channels".
//
// Tags: each of the digest's countries, busiest first, becomes one of the post's tags (at most 5) when the
// forum has a tag of that name; one it lacks is created (once: the forum keeps it) when the bot has Manage
// Channels and the forum has room (20 tags at most). Without Manage Channels the post carries the tags there
// are, and the log says so once per forum; a tag the bot cannot create never holds a digest back.
//
// Exactly once: Discord takes no nonce for a post, so a post that may have been made already (the first
// message of a resume, or one sent again after Discord did not answer) is first looked for: the bot's posts in
// the forum with that title, active or recently archived, whose first message bears the message's mark.
import {
  PermissionFlagsBits,
  Routes,
  type APIMessage,
  type APIThreadChannel,
  type Client,
  type ForumChannel,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { deliveryMark } from '../digest/messages.js';
import type { ForumPost, PlacedMessage, Placement } from '../digest/post.js';
import type { DigestMessage, LookFirst } from '../digest/types.js';
import type { Logger } from '../log.js';

/** Discord's limits on a forum's tags and a post. */
export const FORUM_LIMITS = { tags: 20, tagName: 20, appliedTags: 5, postName: 100 } as const;

/** The wire body of a message, as digestDelivery.ts makes it. */
type MessageBody = RESTPostAPIChannelMessageJSONBody;
/** The bot's message bearing `message`'s mark in a channel (or thread), one page after `after`; undefined when not there. */
type FindPosted = (channelId: string, message: DigestMessage, look: LookFirst) => Promise<string | undefined>;

export interface ForumPosting {
  send(forum: ForumChannel, message: DigestMessage, body: MessageBody, lookFirst?: LookFirst, place?: Placement): Promise<PlacedMessage>;
}

export function createForumPosting(client: Client, log: Logger, findPosted: FindPosted): ForumPosting {
  /** Forums whose missing tags the log has mentioned already. */
  const toldNoTags = new Set<string>();

  /** Ids of the forum's tags for `countries` (at most 5), creating the missing ones where allowed. */
  const tagsFor = async (forum: ForumChannel, countries: readonly string[]): Promise<string[]> => {
    const me = forum.guild.members.me;
    const perms = me ? forum.permissionsFor(me) : null;
    const mayModerate = !!perms?.has(PermissionFlagsBits.ManageThreads, true);
    const mayCreate = !!perms?.has(PermissionFlagsBits.ManageChannels, true);
    const existing = (name: string) => forum.availableTags.find((t) => fold(t.name) === fold(name));
    // The tags in the countries' order (busiest actor first), and those of them to create.
    const chosen: string[] = [];
    const create: string[] = [];
    let room = FORUM_LIMITS.tags - forum.availableTags.length;
    for (const name of new Set(countries.map(tagName).filter(Boolean))) {
      if (chosen.length >= FORUM_LIMITS.appliedTags) break;
      const tag = existing(name);
      if (tag) {
        if (!tag.moderated || mayModerate) chosen.push(tag.name);
      } else if (mayCreate && room > 0) {
        chosen.push(name);
        create.push(name);
        room--;
      } else if (!toldNoTags.has(forum.id)) {
        toldNoTags.add(forum.id);
        log.warn('digest forum tags not created', {
          channel: forum.id,
          tag: name,
          reason: mayCreate
            ? `the forum has ${FORUM_LIMITS.tags} tags, the most Discord allows`
            : 'the bot lacks Manage Channels in the forum',
          note: 'posts carry only the country tags the forum has; said once per forum',
        });
      }
    }
    let tags = forum.availableTags;
    if (create.length) {
      try {
        tags = (await forum.setAvailableTags([...tags, ...create.map((name) => ({ name, moderated: false }))])).availableTags;
        log.info('digest forum tags created', { channel: forum.id, tags: create });
      } catch (error) {
        log.warn('digest forum tags not created', { channel: forum.id, tags: create, error });
      }
    }
    return chosen.flatMap((name) => tags.find((t) => fold(t.name) === fold(name))?.id ?? []);
  };

  /** The bot's post in `forum` titled `post.title` whose first message bears `message`'s mark, or undefined. */
  const findPost = async (forum: ForumChannel, post: ForumPost, message: DigestMessage): Promise<string | undefined> => {
    if (message.nonce === undefined) return undefined;
    const me = forum.guild.members.me;
    if (me && !forum.permissionsFor(me).has(PermissionFlagsBits.ReadMessageHistory, true)) {
      log.warn('digest message resent unchecked', {
        channel: forum.id,
        reason: 'the bot lacks Read Message History in the forum',
        note: 'the post may show twice',
      });
      return undefined;
    }
    const active = (await client.rest.get(Routes.guildActiveThreads(forum.guildId))) as { threads: APIThreadChannel[] };
    const archived = (await client.rest.get(Routes.channelThreads(forum.id, 'public'), {
      query: new URLSearchParams({ limit: '50' }),
    })) as { threads: APIThreadChannel[] };
    const title = postName(post.title);
    const candidates = [...active.threads, ...archived.threads]
      .filter((t) => t.parent_id === forum.id && t.owner_id === client.user?.id && t.name === title)
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const mark = deliveryMark(message.nonce);
    for (const thread of candidates.slice(0, 5)) {
      // A post's first message has the post's id: the one message just after the id before it.
      const query = new URLSearchParams({ limit: '1', after: String(BigInt(thread.id) - 1n) });
      const [first] = (await client.rest.get(Routes.channelMessages(thread.id), { query })) as APIMessage[];
      if (first?.id === thread.id && first.embeds.some((e) => e.footer?.text.endsWith(mark))) return thread.id;
    }
    return undefined;
  };

  /** Posts into the digest's post (looking first when asked). */
  const intoPost = async (threadId: string, message: DigestMessage, body: MessageBody, lookFirst?: LookFirst): Promise<PlacedMessage> => {
    const found = lookFirst ? await findPosted(threadId, message, lookFirst) : undefined;
    if (found) return { id: found, threadId, alreadyPosted: true };
    const posted = (await client.rest.post(Routes.channelMessages(threadId), { body })) as { id: string };
    return { id: posted.id, threadId };
  };

  /** Opens a post with `message` (unless it is there already, when asked to look). */
  const openPost = async (
    forum: ForumChannel,
    post: ForumPost,
    message: DigestMessage,
    body: MessageBody,
    lookFirst?: LookFirst,
  ): Promise<PlacedMessage> => {
    const found = lookFirst ? await findPost(forum, post, message) : undefined;
    if (found) return { id: found, threadId: found, alreadyPosted: true };
    // A post takes no nonce: looking first (above) is what keeps it from being made twice.
    const { nonce: _nonce, enforce_nonce: _enforce, ...first } = body;
    const appliedTags = await tagsFor(forum, post.countries);
    const thread = (await client.rest.post(Routes.threads(forum.id), {
      body: { name: postName(post.title), message: first, applied_tags: appliedTags },
    })) as { id: string };
    return { id: thread.id, threadId: thread.id };
  };

  return {
    async send(forum, message, body, lookFirst, place) {
      // A record from before forums took digests (or a message that lost its post): a post of its own all the same.
      let post = place?.post ?? { title: message.title, countries: [] };
      if (place?.threadId) {
        try {
          return await intoPost(place.threadId, message, body, lookFirst);
        } catch (error) {
          if (!postClosed(error)) throw error;
          // Deleted or locked by a moderator mid-digest: the rest opens a post of its own, rather than
          // failing until the digest is paused for a forum that takes posts as before.
          log.warn('digest post closed', { channel: forum.id, post: place.threadId, error, note: 'the rest opens a new post' });
          post = { ...post, title: `${post.title} (continued)` };
        }
      }
      return openPost(forum, post, message, body, lookFirst);
    },
  };
}

/** Discord's answer for a post deleted (Unknown Channel) or locked (Thread locked). */
function postClosed(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 10003 || code === 160005;
}

/** A country as a tag's name: Discord allows 20 characters. */
export function tagName(country: string): string {
  return [...country.trim()].slice(0, FORUM_LIMITS.tagName).join('').trim();
}

function postName(title: string): string {
  return [...title].slice(0, FORUM_LIMITS.postName).join('');
}

function fold(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}
