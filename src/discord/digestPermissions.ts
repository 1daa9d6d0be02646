// Can the bot post a digest in this channel? Asked twice: when a moderator picks the channel (so the
// mistake is explained at once, not the next morning), and before each delivery (so a permission taken
// away since reads as a reason in /digest list instead of a bare 50013). Pure: the caller hands in what
// discord.js has cached.
import { ChannelType, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/**
 * Where a digest can go: channels that hold ordinary messages, and forums, where each digest is a post of its
 * own (./digestForum.ts). Threads come and go.
 */
export const DIGEST_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;
/** Channels that take a plain message (a notice to the server): not forums. */
export const TEXT_CHANNEL_TYPES: readonly ChannelType[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

type Needed = readonly { readonly flag: bigint; readonly name: string }[];

/** What a digest needs, with the names Discord's settings show. */
export const DIGEST_PERMISSIONS: Needed = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
];

/**
 * What a digest needs in a forum: Send Messages is "Create Posts" there, and the parts after the first go
 * into the post. Manage Channels (to create a missing country tag) is not needed: see forumTagNote.
 */
export const FORUM_DIGEST_PERMISSIONS: Needed = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Create Posts' },
  { flag: PermissionFlagsBits.SendMessagesInThreads, name: 'Send Messages in Threads' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
];

export type ChannelProblem =
  { readonly kind: 'not-text'; readonly type: string } | { readonly kind: 'missing-permissions'; readonly missing: readonly string[] };

/** The permission names (in the order above) that `permissions` lacks; all of them when unknown. */
export function missingDigestPermissions(permissions: Readonly<PermissionsBitField> | null | undefined, type?: ChannelType): string[] {
  // Administrator implies everything, and discord.js's `has` already checks it.
  const needed = type === ChannelType.GuildForum ? FORUM_DIGEST_PERMISSIONS : DIGEST_PERMISSIONS;
  return needed.filter((p) => !permissions?.has(p.flag, true)).map((p) => p.name);
}

/**
 * For a forum where the bot may not create tags (Manage Channels): what its posts will lack, said once, when
 * the digest is set. Null elsewhere, or when it may.
 */
export function forumTagNote(type: ChannelType, permissions: Readonly<PermissionsBitField> | null | undefined): string | null {
  if (type !== ChannelType.GuildForum || permissions?.has(PermissionFlagsBits.ManageChannels, true)) return null;
  return (
    "Each digest is a post of its own, tagged with its actors' countries where the forum has such a tag: " +
    "I can't create the missing ones without Manage Channels there, so until then those posts go untagged."
  );
}

/** Why a channel of `type` with the bot's `permissions` there cannot take digests, or null when it can. */
export function digestChannelProblem(
  type: ChannelType,
  permissions: Readonly<PermissionsBitField> | null | undefined,
): ChannelProblem | null {
  if (!(DIGEST_CHANNEL_TYPES as readonly ChannelType[]).includes(type)) return { kind: 'not-text', type: channelTypeName(type) };
  const missing = missingDigestPermissions(permissions, type);
  return missing.length ? { kind: 'missing-permissions', missing } : null;
}

/** For a moderator: what is wrong with `channel` (as shown, e.g. `<#id>`) and what would work. */
export function describeChannelProblem(channel: string, problem: ChannelProblem): string {
  if (problem.kind === 'not-text') {
    return `${channel} is a ${problem.type}; digests go to a text, announcement or forum channel. Pick one of those instead.`;
  }
  return (
    `I can't post digests in ${channel}: I'm missing ${listOf(problem.missing)} there. ` +
    `Give my role ${problem.missing.length > 1 ? 'those permissions' : 'that permission'} in the channel's settings (Edit Channel → Permissions), or pick another channel.`
  );
}

/** The same problem as a delivery failure reason, short enough for /digest list. */
export function deliveryReason(problem: ChannelProblem): string {
  return problem.kind === 'not-text'
    ? `the channel is now a ${problem.type}, which takes no digests`
    : `the bot lacks ${listOf(problem.missing)} in the channel`;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TYPE_NAMES: Partial<Record<ChannelType, string>> = {
  [ChannelType.GuildText]: 'text channel',
  [ChannelType.GuildAnnouncement]: 'announcement channel',
  [ChannelType.GuildVoice]: 'voice channel',
  [ChannelType.GuildStageVoice]: 'stage channel',
  [ChannelType.GuildCategory]: 'category',
  [ChannelType.GuildForum]: 'forum',
  [ChannelType.GuildMedia]: 'media channel',
  [ChannelType.PublicThread]: 'thread',
  [ChannelType.PrivateThread]: 'thread',
  [ChannelType.AnnouncementThread]: 'thread',
  [ChannelType.GuildDirectory]: 'directory',
};

export function channelTypeName(type: ChannelType): string {
  return TYPE_NAMES[type] ?? 'channel of another kind';
}
