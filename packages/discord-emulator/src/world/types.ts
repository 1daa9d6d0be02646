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
