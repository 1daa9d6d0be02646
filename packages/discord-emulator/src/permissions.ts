/**
 * Permission bits (Discord API v10) and the standard permission computation:
 * base = @everyone | member roles (owner / ADMINISTRATOR => everything),
 * then channel overwrites: @everyone, roles (deny then allow), member.
 * Permissions travel as decimal strings on the wire.
 */

const bit = (n: number): bigint => 1n << BigInt(n);

export const Permission = {
  CreateInstantInvite: bit(0),
  KickMembers: bit(1),
  BanMembers: bit(2),
  Administrator: bit(3),
  ManageChannels: bit(4),
  ManageGuild: bit(5),
  AddReactions: bit(6),
  ViewAuditLog: bit(7),
  PrioritySpeaker: bit(8),
  Stream: bit(9),
  ViewChannel: bit(10),
  SendMessages: bit(11),
  SendTTSMessages: bit(12),
  ManageMessages: bit(13),
  EmbedLinks: bit(14),
  AttachFiles: bit(15),
  ReadMessageHistory: bit(16),
  MentionEveryone: bit(17),
  UseExternalEmojis: bit(18),
  ViewGuildInsights: bit(19),
  Connect: bit(20),
  Speak: bit(21),
  MuteMembers: bit(22),
  DeafenMembers: bit(23),
  MoveMembers: bit(24),
  UseVAD: bit(25),
  ChangeNickname: bit(26),
  ManageNicknames: bit(27),
  ManageRoles: bit(28),
  ManageWebhooks: bit(29),
  ManageGuildExpressions: bit(30),
  UseApplicationCommands: bit(31),
  RequestToSpeak: bit(32),
  ManageEvents: bit(33),
  ManageThreads: bit(34),
  CreatePublicThreads: bit(35),
  CreatePrivateThreads: bit(36),
  UseExternalStickers: bit(37),
  SendMessagesInThreads: bit(38),
  UseEmbeddedActivities: bit(39),
  ModerateMembers: bit(40),
  ViewCreatorMonetizationAnalytics: bit(41),
  UseSoundboard: bit(42),
  CreateGuildExpressions: bit(43),
  CreateEvents: bit(44),
  UseExternalSounds: bit(45),
  SendVoiceMessages: bit(46),
  SendPolls: bit(49),
  UseExternalApps: bit(50),
  PinMessages: bit(51),
  BypassSlowmode: bit(52),
} as const;

export type PermissionName = keyof typeof Permission;

export const ALL_PERMISSIONS: bigint = Object.values(Permission).reduce((acc, p) => acc | p, 0n);

/** Roughly what a fresh Discord guild gives @everyone. */
export const DEFAULT_EVERYONE_PERMISSIONS: bigint =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.Stream |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.Connect |
  Permission.Speak |
  Permission.UseVAD |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.RequestToSpeak |
  Permission.CreatePublicThreads |
  Permission.CreatePrivateThreads |
  Permission.UseExternalStickers |
  Permission.SendMessagesInThreads |
  Permission.UseEmbeddedActivities |
  Permission.UseSoundboard |
  Permission.UseExternalSounds |
  Permission.SendVoiceMessages |
  Permission.SendPolls |
  Permission.UseExternalApps;

/** What the bot's managed role gets unless the test says otherwise. */
export const DEFAULT_BOT_PERMISSIONS: bigint =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.SendMessagesInThreads |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands;

/** Accepts a bigint, a decimal string, a number, a permission name or a list of those. */
export type PermissionResolvable = bigint | string | number | readonly PermissionResolvable[];

export function resolvePermissions(value: PermissionResolvable): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (Array.isArray(value)) return value.reduce<bigint>((acc, v) => acc | resolvePermissions(v as PermissionResolvable), 0n);
  const s = value as string;
  if (/^\d+$/.test(s)) return BigInt(s);
  const named = (Permission as Record<string, bigint>)[s];
  if (named === undefined) throw new TypeError(`Unknown permission: ${s}`);
  return named;
}

export interface PermissionOverwrite {
  /** role id (type 0) or user id (type 1) */
  id: string;
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface PermissionSubject {
  guildId: string;
  ownerId: string;
  everyonePermissions: bigint;
  /** permissions of the member's roles (excluding @everyone) */
  rolePermissions: bigint[];
  memberRoleIds: readonly string[];
  userId: string;
}

export function computeBasePermissions(s: PermissionSubject): bigint {
  if (s.userId === s.ownerId) return ALL_PERMISSIONS;
  let perms = s.everyonePermissions;
  for (const p of s.rolePermissions) perms |= p;
  if (perms & Permission.Administrator) return ALL_PERMISSIONS;
  return perms;
}

export function computeChannelPermissions(s: PermissionSubject, overwrites: readonly PermissionOverwrite[]): bigint {
  let perms = computeBasePermissions(s);
  if (perms & Permission.Administrator || perms === ALL_PERMISSIONS) return ALL_PERMISSIONS;
  const everyone = overwrites.find((o) => o.id === s.guildId);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && o.id !== s.guildId && s.memberRoleIds.includes(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const own = overwrites.find((o) => o.type === 1 && o.id === s.userId);
  if (own) perms = (perms & ~own.deny) | own.allow;
  // Without VIEW_CHANNEL nothing else applies in that channel.
  if (!(perms & Permission.ViewChannel)) return 0n;
  return perms;
}
