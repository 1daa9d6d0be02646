/**
 * The emulated world: the application and its bot user, users, guilds with roles, channels and members,
 * DM channels and registered application commands; the builders that make them and Discord's permission
 * computation over them. Their JSON shapes, as discord.js expects them, are json.ts's.
 */
import {
  computeBasePermissions,
  computeChannelPermissions,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  resolvePermissions,
  type PermissionSubject,
} from '../permissions.js';
import type { SnowflakeGenerator } from '../snowflake.js';
import {
  ChannelType,
  type ChannelInit,
  type ChannelState,
  type GuildInit,
  type GuildState,
  type MemberInit,
  type MemberState,
  type RegisteredCommand,
  type RoleInit,
  type RoleState,
  type UserInit,
  type UserState,
} from './types.js';

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
      ...(init.installsApp ? { installsApp: true } : {}),
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
    if (!init.withoutBot) {
      const botRole = this.addRole(id, {
        name: this.applicationName,
        permissions: init.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      });
      botRole.managed = true;
      botRole.botId = this.botUser.id;
      this.addMember(id, this.botUser.id, { roles: [botRole.id] });
    }
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
      // The bot's DM has the user as its one recipient; a DM between two users (user installs) is not it.
      if (c.type === ChannelType.DM && c.recipientIds.length === 1 && c.recipientIds.includes(userId)) return c;
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
    let channel = this.requireChannel(channelId);
    // A thread has no overwrites of its own: its parent's apply (forums.ts says what it further needs).
    if (channel.thread && channel.parentId) channel = this.requireChannel(channel.parentId);
    if (!channel.guildId) {
      const botsOwn = userId === this.botUser.id && channel.recipientIds.length === 1;
      return channel.recipientIds.includes(userId) || botsOwn ? computeDmPermissions() : 0n;
    }
    const guild = this.requireGuild(channel.guildId);
    // A bot that is not a member (a server reached only through a user's install) sees nothing there.
    if (userId === this.botUser.id && !guild.members.has(userId)) return 0n;
    return computeChannelPermissions(this.subject(guild, userId), channel.overwrites);
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
