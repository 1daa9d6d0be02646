// Can the bot post a digest in this channel? Asked twice: when a moderator picks the channel (so the
// mistake is explained at once, not the next morning), and before each delivery (so a permission taken
// away since reads as a reason in /digest list instead of a bare 50013). Pure: the caller hands in what
// discord.js has cached.
import { ChannelType, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/** Where a digest can go: channels that hold ordinary messages. Threads come and go; forums need posts. */
export const DIGEST_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** What a digest needs, with the names Discord's settings show. */
export const DIGEST_PERMISSIONS: readonly { readonly flag: bigint; readonly name: string }[] = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
];

export type ChannelProblem =
  { readonly kind: 'not-text'; readonly type: string } | { readonly kind: 'missing-permissions'; readonly missing: readonly string[] };

/** The permission names (in the order above) that `permissions` lacks; all of them when unknown. */
export function missingDigestPermissions(permissions: Readonly<PermissionsBitField> | null | undefined): string[] {
  // Administrator implies everything, and discord.js's `has` already checks it.
  return DIGEST_PERMISSIONS.filter((p) => !permissions?.has(p.flag, true)).map((p) => p.name);
}

/** Why a channel of `type` with the bot's `permissions` there cannot take digests, or null when it can. */
export function digestChannelProblem(
  type: ChannelType,
  permissions: Readonly<PermissionsBitField> | null | undefined,
): ChannelProblem | null {
  if (!(DIGEST_CHANNEL_TYPES as readonly ChannelType[]).includes(type)) return { kind: 'not-text', type: channelTypeName(type) };
  const missing = missingDigestPermissions(permissions);
  return missing.length ? { kind: 'missing-permissions', missing } : null;
}

/** For a moderator: what is wrong with `channel` (as shown, e.g. `<#id>`) and what would work. */
export function describeChannelProblem(channel: string, problem: ChannelProblem): string {
  if (problem.kind === 'not-text') {
    return `${channel} is a ${problem.type}; digests go to a text or announcement channel. Pick one of those instead.`;
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
