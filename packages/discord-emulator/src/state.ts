/**
 * The emulated world: the application and its bot user, users, guilds with roles, channels and members,
 * DM channels and registered application commands. Serializers produce the JSON shapes discord.js expects.
 */
import {
  computeBasePermissions,
  computeChannelPermissions,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  resolvePermissions,
  type PermissionOverwrite,
  type PermissionResolvable,
  type PermissionSubject,
} from './permissions.js';
import { SnowflakeGenerator } from './snowflake.js';

export type Json = Record<string, unknown>;

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

export class World {
  readonly ids: SnowflakeGenerator;
  readonly applicationId: string;
  readonly botUser: UserState;
  readonly applicationName: string;
  readonly users = new Map<string, UserState>();
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly globalCommands: RegisteredCommand[] = [];
  readonly guildCommands = new Map<string, RegisteredCommand[]>();
  private readonly defaultShardCount: () => number;

  constructor(opts: { ids: SnowflakeGenerator; applicationId?: string; botUsername?: string; defaultShardCount: () => number }) {
    this.ids = opts.ids;
    this.defaultShardCount = opts.defaultShardCount;
    this.applicationId = opts.applicationId ?? this.ids.next();
    this.applicationName = opts.botUsername ?? 'Emulated Bot';
    this.botUser = {
      id: this.applicationId,
      username: this.applicationName,
      globalName: null,
      discriminator: '0',
      avatar: null,
      bot: true,
    };
    this.users.set(this.botUser.id, this.botUser);
  }

  // -- builders ---------------------------------------------------------------------------------------------------

  addUser(init: UserInit = {}): UserState {
    const id = init.id ?? this.ids.next();
    if (this.users.has(id)) throw new Error(`User ${id} already exists`);
    const user: UserState = {
      id,
      username: init.username ?? `user${this.users.size}`,
      globalName: init.globalName ?? null,
      discriminator: '0',
      avatar: init.avatar ?? null,
      bot: init.bot ?? false,
    };
    this.users.set(id, user);
    return user;
  }

  addGuild(init: GuildInit = {}): { guild: GuildState; created: ChannelState[] } {
    let id = init.id;
    if (id === undefined) {
      id = init.shardId !== undefined ? this.ids.nextForShard(init.shardId, init.shardCount ?? this.defaultShardCount()) : this.ids.next();
    }
    if (this.guilds.has(id)) throw new Error(`Guild ${id} already exists`);
    const now = new Date().toISOString();
    let ownerId = init.ownerId;
    if (ownerId === undefined) ownerId = this.addUser({ username: `owner${this.guilds.size}` }).id;
    else if (!this.users.has(ownerId)) throw new Error(`Owner ${ownerId} is not a known user`);

    const guild: GuildState = {
      id,
      name: init.name ?? `Guild ${this.guilds.size + 1}`,
      ownerId,
      systemChannelId: null,
      preferredLocale: init.preferredLocale ?? 'en-US',
      roles: new Map(),
      channelIds: [],
      members: new Map(),
      joinedAt: now,
    };
    this.guilds.set(id, guild);
    // @everyone shares the guild id.
    guild.roles.set(id, {
      id,
      guildId: id,
      name: '@everyone',
      color: 0,
      permissions: init.everyonePermissions !== undefined ? resolvePermissions(init.everyonePermissions) : DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
      hoist: false,
      mentionable: false,
      managed: false,
      botId: null,
    });
    const botRole = this.addRole(id, {
      name: this.applicationName,
      permissions: init.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    });
    botRole.managed = true;
    botRole.botId = this.botUser.id;
    this.addMember(id, this.botUser.id, { roles: [botRole.id] });
    this.addMember(id, ownerId);
    const created: ChannelState[] = [];
    const systemName = init.systemChannelName === undefined ? 'general' : init.systemChannelName;
    if (systemName !== null) {
      const channel = this.addChannel(id, { name: systemName });
      guild.systemChannelId = channel.id;
      created.push(channel);
    }
    return { guild, created };
  }

  addChannel(guildId: string, init: ChannelInit = {}): ChannelState {
    const guild = this.requireGuild(guildId);
    const id = init.id ?? this.ids.next();
    if (this.channels.has(id)) throw new Error(`Channel ${id} already exists`);
    const channel: ChannelState = {
      id,
      guildId,
      type: init.type ?? ChannelType.GuildText,
      name: init.name ?? `channel-${guild.channelIds.length + 1}`,
      position: guild.channelIds.length,
      topic: init.topic ?? null,
      parentId: init.parentId ?? null,
      nsfw: init.nsfw ?? false,
      rateLimitPerUser: init.rateLimitPerUser ?? 0,
      overwrites: (init.overwrites ?? []).map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow !== undefined ? resolvePermissions(o.allow) : 0n,
        deny: o.deny !== undefined ? resolvePermissions(o.deny) : 0n,
      })),
      recipientIds: [],
      lastMessageId: null,
    };
    this.channels.set(id, channel);
    guild.channelIds.push(id);
    return channel;
  }

  addRole(guildId: string, init: RoleInit = {}): RoleState {
    const guild = this.requireGuild(guildId);
    const id = init.id ?? this.ids.next();
    const role: RoleState = {
      id,
      guildId,
      name: init.name ?? `role-${guild.roles.size}`,
      color: init.color ?? 0,
      permissions: init.permissions !== undefined ? resolvePermissions(init.permissions) : 0n,
      position: guild.roles.size,
      hoist: init.hoist ?? false,
      mentionable: init.mentionable ?? false,
      managed: false,
      botId: null,
    };
    guild.roles.set(id, role);
    return role;
  }

  addMember(guildId: string, userId: string, init: MemberInit = {}): MemberState {
    const guild = this.requireGuild(guildId);
    if (!this.users.has(userId)) throw new Error(`User ${userId} does not exist`);
    for (const r of init.roles ?? []) {
      if (!guild.roles.has(r)) throw new Error(`Role ${r} does not exist in guild ${guildId}`);
    }
    const member: MemberState = {
      guildId,
      userId,
      nick: init.nick ?? null,
      roleIds: [...(init.roles ?? [])],
      joinedAt: new Date().toISOString(),
    };
    guild.members.set(userId, member);
    return member;
  }

  /** The DM channel between the bot and a user (created on first use). */
  dmChannelFor(userId: string): ChannelState {
    for (const c of this.channels.values()) {
      if (c.type === ChannelType.DM && c.recipientIds.includes(userId)) return c;
    }
    const channel: ChannelState = {
      id: this.ids.next(),
      guildId: null,
      type: ChannelType.DM,
      name: '',
      position: 0,
      topic: null,
      parentId: null,
      nsfw: false,
      rateLimitPerUser: 0,
      overwrites: [],
      recipientIds: [userId],
      lastMessageId: null,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  // -- lookups ----------------------------------------------------------------------------------------------------

  requireGuild(id: string): GuildState {
    const g = this.guilds.get(id);
    if (!g) throw new Error(`Unknown guild ${id}`);
    return g;
  }

  requireChannel(id: string): ChannelState {
    const c = this.channels.get(id);
    if (!c) throw new Error(`Unknown channel ${id}`);
    return c;
  }

  requireUser(id: string): UserState {
    const u = this.users.get(id);
    if (!u) throw new Error(`Unknown user ${id}`);
    return u;
  }

  commandsFor(guildId: string | null): RegisteredCommand[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  /** A registered command by name and type: guild commands first, then global ones. */
  findCommand(name: string, guildId: string | null, type = 1): RegisteredCommand | undefined {
    const byName = (c: RegisteredCommand) => c.name === name && (c.type ?? 1) === type;
    return (guildId ? this.guildCommands.get(guildId)?.find(byName) : undefined) ?? this.globalCommands.find(byName);
  }

  // -- permissions ------------------------------------------------------------------------------------------------

  private subject(guild: GuildState, userId: string): PermissionSubject {
    const member = guild.members.get(userId);
    const roleIds = member?.roleIds ?? [];
    return {
      guildId: guild.id,
      ownerId: guild.ownerId,
      everyonePermissions: guild.roles.get(guild.id)?.permissions ?? 0n,
      rolePermissions: roleIds.map((r) => guild.roles.get(r)?.permissions ?? 0n),
      memberRoleIds: roleIds,
      userId,
    };
  }

  guildPermissions(guildId: string, userId: string): bigint {
    return computeBasePermissions(this.subject(this.requireGuild(guildId), userId));
  }

  channelPermissions(channelId: string, userId: string): bigint {
    const channel = this.requireChannel(channelId);
    if (!channel.guildId) return channel.recipientIds.includes(userId) || userId === this.botUser.id ? computeDmPermissions() : 0n;
    const guild = this.requireGuild(channel.guildId);
    return computeChannelPermissions(this.subject(guild, userId), channel.overwrites);
  }

  // -- serializers ------------------------------------------------------------------------------------------------

  userJson(userId: string): Json {
    const u = this.requireUser(userId);
    const json: Json = {
      id: u.id,
      username: u.username,
      global_name: u.globalName,
      discriminator: u.discriminator,
      avatar: u.avatar,
      avatar_decoration_data: null,
      public_flags: 0,
      flags: 0,
      primary_guild: null,
      collectibles: null,
      banner: null,
      accent_color: null,
    };
    if (u.bot) json.bot = true;
    return json;
  }

  botUserJson(): Json {
    return { ...this.userJson(this.botUser.id), verified: true, mfa_enabled: false, email: null, locale: 'en-US' };
  }

  roleJson(role: RoleState): Json {
    const json: Json = {
      id: role.id,
      name: role.name,
      color: role.color,
      colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
      hoist: role.hoist,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.managed,
      mentionable: role.mentionable,
      flags: 0,
    };
    if (role.botId) json.tags = { bot_id: role.botId };
    return json;
  }

  channelJson(channel: ChannelState): Json {
    if (channel.type === ChannelType.DM) {
      return {
        id: channel.id,
        type: channel.type,
        last_message_id: channel.lastMessageId,
        flags: 0,
        recipients: channel.recipientIds.map((id) => this.userJson(id)),
      };
    }
    return {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      position: channel.position,
      permission_overwrites: channel.overwrites.map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow.toString(),
        deny: o.deny.toString(),
      })),
      topic: channel.topic,
      nsfw: channel.nsfw,
      parent_id: channel.parentId,
      last_message_id: channel.lastMessageId,
      rate_limit_per_user: channel.rateLimitPerUser,
      flags: 0,
    };
  }

  memberJson(member: MemberState, extra: { permissions?: bigint } = {}): Json {
    const json: Json = {
      user: this.userJson(member.userId),
      nick: member.nick,
      avatar: null,
      banner: null,
      roles: [...member.roleIds],
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
    if (extra.permissions !== undefined) json.permissions = extra.permissions.toString();
    return json;
  }

  guildJson(guild: GuildState): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [...guild.roles.values()].map((r) => this.roleJson(r)),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.systemChannelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: guild.preferredLocale,
      nsfw_level: 0,
      max_members: 500000,
      max_video_channel_users: 25,
      approximate_member_count: guild.members.size,
      incidents_data: null,
    };
  }

  /** GUILD_CREATE payload, with the bot's own member only (what a bot without the GUILD_PRESENCES intent gets). */
  guildCreateJson(guild: GuildState): Json {
    const members = [...guild.members.values()].filter((m) => m.userId === this.botUser.id);
    return {
      ...this.guildJson(guild),
      unavailable: false,
      large: false,
      member_count: guild.members.size,
      joined_at: guild.joinedAt,
      lazy: true,
      channels: guild.channelIds.map((id) => {
        const { guild_id: _omit, ...rest } = this.channelJson(this.requireChannel(id));
        return rest;
      }),
      threads: [],
      members: members.map((m) => this.memberJson(m)),
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      activity_instances: [],
    };
  }
}

function computeDmPermissions(): bigint {
  // In DMs a bot can view, send, embed, attach, read history, react and use external emojis.
  return resolvePermissions([
    'ViewChannel',
    'SendMessages',
    'EmbedLinks',
    'AttachFiles',
    'ReadMessageHistory',
    'AddReactions',
    'UseExternalEmojis',
  ]);
}
