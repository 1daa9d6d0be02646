/**
 * The emulated world's shapes: users, guilds with their roles, channels and members, DM channels and the
 * registered application commands, and what the builders accept. Snowflakes are decimal strings.
 */
import type { PermissionOverwrite, PermissionResolvable } from '../permissions.js';

export type Json = Record<string, unknown>;

/** A JSON object (not an array, not null): what a payload field must be to be read as one. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const ChannelType = {
  GuildText: 0,
  DM: 1,
  GuildVoice: 2,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  PublicThread: 11,
  GuildForum: 15,
} as const;

export interface UserState {
  id: string;
  username: string;
  globalName: string | null;
  discriminator: string;
  avatar: string | null;
  bot: boolean;
  /** The user installed the app to their account (user install): its user-installable commands follow them. */
  installsApp?: boolean;
}

export interface RoleState {
  id: string;
  guildId: string;
  name: string;
  color: number;
  permissions: bigint;
  position: number;
  hoist: boolean;
  mentionable: boolean;
  managed: boolean;
  /** set on the bot's managed role */
  botId: string | null;
}

export interface ChannelState {
  id: string;
  /** null for DM channels */
  guildId: string | null;
  type: number;
  name: string;
  position: number;
  topic: string | null;
  parentId: string | null;
  nsfw: boolean;
  rateLimitPerUser: number;
  overwrites: PermissionOverwrite[];
  /** DM channels only */
  recipientIds: string[];
  lastMessageId: string | null;
  /** Forum channels only: the tags a post may carry (at most 20). */
  availableTags?: ForumTag[];
  /** Forum channels only: CHANNEL flags (REQUIRE_TAG = 1 << 4). */
  flags?: number;
  /** Threads only (forum posts): see ThreadState. */
  thread?: ThreadState;
}

/** A forum's tag, as Discord has it (`available_tags`). */
export interface ForumTag {
  id: string;
  name: string;
  /** Only members with Manage Threads may apply it. */
  moderated: boolean;
  emoji_id: string | null;
  emoji_name: string | null;
}

/** What a thread (a forum post) has beyond a channel: who opened it, its tags, whether it is archived or locked. */
export interface ThreadState {
  ownerId: string;
  appliedTags: string[];
  archived: boolean;
  locked: boolean;
  /** Minutes of inactivity before Discord archives it: 60, 1440, 4320 or 10080. */
  autoArchiveDuration: number;
  archiveTimestamp: string;
  createTimestamp: string;
  /** Messages sent in it, the first (the post's own) not counted, as Discord counts `message_count`. */
  messageCount: number;
}

export interface MemberState {
  guildId: string;
  userId: string;
  nick: string | null;
  roleIds: string[];
  joinedAt: string;
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  systemChannelId: string | null;
  preferredLocale: string;
  roles: Map<string, RoleState>;
  channelIds: string[];
  members: Map<string, MemberState>;
  joinedAt: string;
}

export interface CommandOption {
  type: number;
  name: string;
  description?: string;
  required?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: CommandOption[];
  autocomplete?: boolean;
  [key: string]: unknown;
}

export interface RegisteredCommand {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options?: CommandOption[];
  guild_id?: string;
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// Builder option types

export interface UserInit {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
  avatar?: string | null;
  /** The user installed the app to their account (user install); can also be set later on the state. */
  installsApp?: boolean;
}

export interface GuildInit {
  id?: string;
  name?: string;
  /** choose the guild id so that `(id >> 22) % shardCount === shardId` */
  shardId?: number;
  /** defaults to the emulator's `shards` option */
  shardCount?: number;
  /** owner user id; by default a user "owner" is created and added as a member */
  ownerId?: string;
  everyonePermissions?: PermissionResolvable;
  /** permissions of the bot's managed role */
  botPermissions?: PermissionResolvable;
  /** name of the system text channel (created by default); null for none */
  systemChannelName?: string | null;
  preferredLocale?: string;
  /** A server the bot was never added to: no bot member or role, no gateway events; only a user install reaches it. */
  withoutBot?: boolean;
}

export interface ChannelInit {
  id?: string;
  name?: string;
  topic?: string | null;
  parentId?: string | null;
  nsfw?: boolean;
  type?: number;
  rateLimitPerUser?: number;
  overwrites?: { id: string; type: 0 | 1; allow?: PermissionResolvable; deny?: PermissionResolvable }[];
}

export interface ForumInit extends Omit<ChannelInit, 'type'> {
  /** The forum's tags: names, optionally moderated or with an emoji; ids are made up when absent. */
  tags?: { id?: string; name: string; moderated?: boolean; emojiName?: string | null }[];
  /** Posts need at least one tag (Discord's REQUIRE_TAG flag). */
  requireTag?: boolean;
}

export interface RoleInit {
  id?: string;
  name?: string;
  permissions?: PermissionResolvable;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
}

export interface MemberInit {
  roles?: string[];
  nick?: string | null;
}
