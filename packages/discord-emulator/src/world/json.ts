/**
 * The world's objects as Discord's API and gateway carry them, with the fields discord.js needs (see
 * /work/shared/DISCORD-EMULATOR.md: a missing one can crash the client or drop the object silently).
 */
import type { World } from './world.js';
import { ChannelType, type ChannelState, type GuildState, type Json, type MemberState, type RoleState } from './types.js';

export function userJson(world: World, userId: string): Json {
  const u = world.requireUser(userId);
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

export function botUserJson(world: World): Json {
  return { ...userJson(world, world.botUser.id), verified: true, mfa_enabled: false, email: null, locale: 'en-US' };
}

export function roleJson(world: World, role: RoleState): Json {
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

export function channelJson(world: World, channel: ChannelState): Json {
  if (channel.type === ChannelType.DM) {
    return {
      id: channel.id,
      type: channel.type,
      last_message_id: channel.lastMessageId,
      flags: 0,
      recipients: channel.recipientIds.map((id) => userJson(world, id)),
    };
  }
  if (channel.thread) return threadJson(channel);
  return {
    ...(channel.type === ChannelType.GuildForum ? forumFields(channel) : {}),
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
    flags: channel.flags ?? 0,
  };
}

/** What a forum has beyond a text channel: its tags and the defaults of its posts. */
function forumFields(channel: ChannelState): Json {
  return {
    available_tags: (channel.availableTags ?? []).map((t) => ({ ...t })),
    default_reaction_emoji: null,
    default_thread_rate_limit_per_user: 0,
    default_auto_archive_duration: 4320,
    default_sort_order: null,
    default_forum_layout: 0,
  };
}

/** A thread (a forum post): its parent, owner, tags and `thread_metadata`. */
export function threadJson(channel: ChannelState): Json {
  const t = channel.thread!;
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    parent_id: channel.parentId,
    owner_id: t.ownerId,
    name: channel.name,
    last_message_id: channel.lastMessageId,
    message_count: t.messageCount,
    total_message_sent: t.messageCount,
    member_count: 1,
    rate_limit_per_user: channel.rateLimitPerUser,
    flags: 0,
    applied_tags: [...t.appliedTags],
    thread_metadata: {
      archived: t.archived,
      auto_archive_duration: t.autoArchiveDuration,
      archive_timestamp: t.archiveTimestamp,
      locked: t.locked,
      create_timestamp: t.createTimestamp,
    },
  };
}

export function memberJson(world: World, member: MemberState, extra: { permissions?: bigint } = {}): Json {
  const json: Json = {
    user: userJson(world, member.userId),
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

export function guildJson(world: World, guild: GuildState): Json {
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
    roles: [...guild.roles.values()].map((r) => roleJson(world, r)),
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
export function guildCreateJson(world: World, guild: GuildState): Json {
  const members = [...guild.members.values()].filter((m) => m.userId === world.botUser.id);
  return {
    ...guildJson(world, guild),
    unavailable: false,
    large: false,
    member_count: guild.members.size,
    joined_at: guild.joinedAt,
    lazy: true,
    channels: guild.channelIds.map((id) => {
      const { guild_id: _omit, ...rest } = channelJson(world, world.requireChannel(id));
      return rest;
    }),
    // Active threads only, as Discord sends them; archived ones are fetched (rest/forums.ts).
    threads: [...world.channels.values()].filter((c) => c.guildId === guild.id && c.thread && !c.thread.archived).map(threadJson),
    members: members.map((m) => memberJson(world, m)),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    activity_instances: [],
  };
}

/** GET /applications/@me; `installTypes`: the installation contexts enabled (0 guild install, 1 user install). */
export function applicationJson(world: World, flags: number, installTypes: readonly number[] = [0]): Json {
  return {
    id: world.applicationId,
    name: world.applicationName,
    icon: null,
    description: 'Loopback Discord emulator application',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags,
    owner: userJson(world, [...world.guilds.values()][0]?.ownerId ?? world.botUser.id),
    team: null,
    bot: userJson(world, world.botUser.id),
    approximate_guild_count: world.guilds.size,
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    integration_types_config: Object.fromEntries(installTypes.map((t) => [String(t), {}])),
    tags: [],
    redirect_uris: [],
    interactions_endpoint_url: null,
    role_connections_verification_url: null,
    hook: true,
    is_monetized: false,
  };
}
