// The Discord side of digests: what src/digest's DigestService is handed to reach Discord. It posts a
// composed message, rendered (but never letting it ping more than the subscription's role), tells a
// server about a digest that cannot go out, and says which servers the bot is in. Everything here goes
// through the client's REST manager and reads discord.js's cache; nothing here decides when or what, and
// the look of a digest is src/discord/render/digest.ts's, but for the delivery mark it puts in the last footer.
//
// Before posting a message that may have arrived already (the service says so: the first of a resume, or
// one sent again after Discord did not answer), it reads one page of the channel: up to 100 messages after
// the digest's last recorded one (or the newest 100 when none is), looking for the bot's message with that
// message's mark. Without Read Message History
// Discord answers no messages, so it does not ask; the message is then posted, and only its nonce (honoured
// by Discord for a few minutes) stands between it and a second copy.
//
// A forum channel takes a digest as a post of its own: ./digestForum.ts opens it and posts the rest in it.
import {
  ChannelType,
  PermissionFlagsBits,
  Routes,
  type APIMessage,
  type Client,
  type Guild,
  type GuildBasedChannel,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { ChannelRefusedError } from '../digest/failures.js';
import { deliveryMark } from '../digest/messages.js';
import type { PlacedMessage, Placement } from '../digest/post.js';
import type { DigestMessage, LookFirst } from '../digest/types.js';
import type { Logger } from '../log.js';
import { LIMITS } from '../platform/limits.js';
import { isSnowflake } from '../platform/snowflake.js';
import { createForumPosting } from './digestForum.js';
import { deliveryReason, digestChannelProblem, TEXT_CHANNEL_TYPES } from './digestPermissions.js';
import { renderDigestMessage, type DigestPost } from './render/digest.js';
import { NO_PINGS } from './render/index.js';

export interface DigestDelivery {
  /**
   * Posts one message of a digest; with `lookFirst`, only if the channel does not show it already (then its
   * id, `alreadyPosted`). In a forum, `place` says which post it goes in, or what post it opens. Rejects with ChannelRefusedError when the cache already shows the bot cannot post
   * there, else with discord.js's own error, which the service classifies by code and status.
   */
  send(channelId: string, message: DigestMessage, lookFirst?: LookFirst, place?: Placement): Promise<PlacedMessage>;
  /** Best effort: a plain note in the server's system channel (or the first channel the bot may post in). */
  notifyGuild(guildId: string, text: string): Promise<void>;
  /** The servers the bot is in now (an outage does not count as leaving). */
  heldGuilds(): Iterable<string>;
}

/** What the service hands over: a message of a digest, or (from a delivery record of an earlier release) one already rendered. */
export type DigestMessageToSend = Pick<DigestMessage, 'nonce' | 'enforceNonce'> & (DigestMessage | DigestPost);

/**
 * The wire body of a digest message, rendered. `parse` is always empty: an article quoting "@everyone" or
 * a user mention stays text. Only the roles the digest names (the subscription's `mention` role) may ping.
 */
export function digestMessageBody(message: DigestMessageToSend): RESTPostAPIChannelMessageJSONBody {
  const post = renderDigestMessage(message);
  const roles = [...new Set(post.allowedMentions.roles ?? [])].filter(isSnowflake).slice(0, LIMITS.mentionedRoles);
  const embeds = [...post.embeds];
  const last = embeds.at(-1);
  // The mark a resume looks for (src/digest/messages.ts kept room for it when it cut the digest).
  if (last && message.nonce !== undefined) {
    const mark = deliveryMark(message.nonce);
    embeds[embeds.length - 1] = { ...last, footer: { ...last.footer, text: last.footer?.text ? `${last.footer.text} · ${mark}` : mark } };
  }
  return {
    ...(post.content ? { content: post.content } : {}),
    embeds,
    allowed_mentions: roles.length ? { parse: [], roles } : { parse: [...NO_PINGS.parse] },
    // Discord drops a second message with the same nonce within minutes: a resend after a crash between
    // its answer and the service's record of it does not show twice.
    ...(message.nonce !== undefined ? { nonce: message.nonce, ...(message.enforceNonce ? { enforce_nonce: true } : {}) } : {}),
  };
}

export function createDigestDelivery(client: Client, logger: Logger): DigestDelivery {
  const log = logger.child({ component: 'digest-delivery' });

  /** The channel as the cache knows it, or undefined when the cache cannot say (not loaded, not ours). */
  const cachedChannel = (channelId: string): GuildBasedChannel | undefined => {
    const channel = client.channels.cache.get(channelId);
    return channel && 'guild' in channel && !channel.isDMBased() ? channel : undefined;
  };

  /** The bot's message bearing `message`'s mark among one page of the channel, or undefined (not there, or cannot tell). */
  const findPosted = async (channelId: string, message: DigestMessage, { after }: LookFirst): Promise<string | undefined> => {
    if (message.nonce === undefined) return undefined;
    const channel = cachedChannel(channelId);
    const me = channel?.guild.members.me;
    if (channel && me && !channel.permissionsFor(me).has(PermissionFlagsBits.ReadMessageHistory, true)) {
      log.warn('digest message resent unchecked', {
        channel: channelId,
        reason: 'the bot lacks Read Message History in the channel',
        note: 'only the nonce (a few minutes) keeps it from showing twice',
      });
      return undefined;
    }
    const query = new URLSearchParams({ limit: '100', ...(after ? { after } : {}) });
    const page = (await client.rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
    const mark = deliveryMark(message.nonce);
    const found = page.find((m) => m.author.id === client.user?.id && m.embeds.some((e) => e.footer?.text.endsWith(mark)));
    return found?.id;
  };
  const forums = createForumPosting(client, log, findPosted);

  return {
    async send(channelId, message, lookFirst, place) {
      // A permission taken away is known before posting: say which one, rather than what Discord says
      // (without Embed Links, Discord may post the digest with its embeds left out).
      const channel = cachedChannel(channelId);
      const me = channel?.guild.members.me;
      if (channel && me) {
        const problem = digestChannelProblem(channel.type, channel.permissionsFor(me));
        if (problem) throw new ChannelRefusedError(deliveryReason(problem));
      }
      if (channel?.type === ChannelType.GuildForum) return forums.send(channel, message, digestMessageBody(message), lookFirst, place);
      const found = lookFirst ? await findPosted(channelId, message, lookFirst) : undefined;
      if (found) return { id: found, alreadyPosted: true };
      const posted = (await client.rest.post(Routes.channelMessages(channelId), { body: digestMessageBody(message) })) as { id: string };
      return { id: posted.id };
    },

    async notifyGuild(guildId, text) {
      const guild = client.guilds.cache.get(guildId);
      const target = guild && noticeChannel(guild);
      if (!target) {
        log.warn('digest notice not delivered', {
          guild: guildId,
          reason: guild ? 'no channel I may post in' : 'not in this server',
          text,
        });
        return;
      }
      try {
        await client.rest.post(Routes.channelMessages(target.id), {
          body: { content: text.slice(0, LIMITS.content), allowed_mentions: { parse: [] } },
        });
        log.info('digest notice', { guild: guildId, channel: target.id });
      } catch (error) {
        log.warn('digest notice not delivered', { guild: guildId, channel: target.id, error });
      }
    },

    heldGuilds: () => client.guilds.cache.keys(),
  };
}

/** The system channel if the bot may post there, else the first text channel (in the sidebar's order) it may. */
function noticeChannel(guild: Guild): GuildBasedChannel | undefined {
  const me = guild.members.me;
  if (!me) return undefined;
  const canPost = (channel: GuildBasedChannel | null | undefined): channel is GuildBasedChannel =>
    !!channel && TEXT_CHANNEL_TYPES.includes(channel.type) && !!channel.permissionsFor(me)?.has(['ViewChannel', 'SendMessages']);
  if (canPost(guild.systemChannel)) return guild.systemChannel;
  return guild.channels.cache
    .filter((c) => canPost(c))
    .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0))
    .first();
}
