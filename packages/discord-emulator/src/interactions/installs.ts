/**
 * Where an application command may be used, and through whose install. An app is installed to a server
 * (guild install: the bot is a member there) or to a user's account (user install: its commands follow the
 * user into DMs, group DMs and servers without the bot). A command says which installs it works for
 * (`integration_types`) and where (`contexts`: 0 a server, 1 the bot's DM, 2 other DMs and group DMs).
 *
 * This module decides an interaction's `context`, `authorizing_integration_owners` and `app_permissions`, and
 * refuses what Discord's client would never send (a command used where it is not available). It also says
 * when Discord forces an answer to be ephemeral: in a server without the bot, for a member without Use
 * External Apps.
 */
import { computeChannelPermissions, Permission } from '../permissions.js';
import { ChannelType, type ChannelState, type Json, type RegisteredCommand } from '../world/types.js';
import type { World } from '../world/world.js';

export const IntegrationType = { GuildInstall: 0, UserInstall: 1 } as const;
export const InteractionContextType = { Guild: 0, BotDM: 1, PrivateChannel: 2 } as const;
export type InteractionContextValue = (typeof InteractionContextType)[keyof typeof InteractionContextType];

const CONTEXT_NAMES = ['a server', "the bot's DM", 'a DM or group DM between users'] as const;

/** Discord's answer to `contexts: null`: servers and the bot's DM, not other DMs (discord-api-docs#6744). */
const NULL_CONTEXTS: readonly number[] = [InteractionContextType.Guild, InteractionContextType.BotDM];

/** Where an interaction happens, once its guild, channel and user are known. */
export interface Placement {
  readonly guildId: string | null;
  readonly channelId: string;
  readonly userId: string;
  readonly context: InteractionContextValue;
}

export function botIsMember(world: World, guildId: string): boolean {
  return world.requireGuild(guildId).members.has(world.botUser.id);
}

/**
 * `authorizing_integration_owners` for a command used there: "0" the server (or "0" in the bot's DM) when the
 * app is installed to it, "1" the user when they installed it. Throws when neither applies or the command's
 * contexts leave this one out: Discord would not offer the command.
 */
export function authorizeCommand(world: World, enabled: readonly number[], command: RegisteredCommand, at: Placement): Json {
  if (command.guild_id) {
    // Guild commands exist only in their server, where the app is installed; integration_types and contexts
    // are for global commands only.
    if (at.context !== InteractionContextType.Guild) throw new Error(`Guild command "${command.name}" is only in its server`);
    return { '0': at.guildId };
  }
  const contexts = Array.isArray(command.contexts) ? (command.contexts as number[]) : NULL_CONTEXTS;
  if (!contexts.includes(at.context)) {
    throw new Error(
      `Command "${command.name}" cannot be used in ${CONTEXT_NAMES[at.context]} (contexts ${JSON.stringify(command.contexts ?? null)}); ` +
        "Discord's client does not offer it there",
    );
  }
  const types = Array.isArray(command.integration_types) ? (command.integration_types as number[]) : [IntegrationType.GuildInstall];
  const owners: Json = {};
  if (types.includes(IntegrationType.GuildInstall) && enabled.includes(IntegrationType.GuildInstall)) {
    if (at.context === InteractionContextType.Guild && botIsMember(world, at.guildId!)) owners['0'] = at.guildId;
    if (at.context === InteractionContextType.BotDM) owners['0'] = '0';
  }
  const userInstalled = enabled.includes(IntegrationType.UserInstall) && world.requireUser(at.userId).installsApp === true;
  if (types.includes(IntegrationType.UserInstall) && userInstalled) owners['1'] = at.userId;
  if (Object.keys(owners).length === 0) {
    throw new Error(
      `Command "${command.name}" is not available to user ${at.userId} in ${CONTEXT_NAMES[at.context]}: the app is not installed ` +
        `there for a type the command has (integration_types ${JSON.stringify(types)}); a user with installsApp has it on their account`,
    );
  }
  return owners;
}

/** `context` and owners for a button on a message: those of the interaction that posted the message. */
export function inheritedAuthorization(source: Json | undefined, fallback: Placement): { context: number; owners: Json } {
  if (source && typeof source.context === 'number' && typeof source.authorizing_integration_owners === 'object') {
    return { context: source.context, owners: source.authorizing_integration_owners as Json };
  }
  return { context: fallback.context, owners: fallback.guildId ? { '0': fallback.guildId } : { '0': '0' } };
}

/** True when the app is there only through the user's install (no "0" owner). */
export function userInstallOnly(owners: unknown): boolean {
  return typeof owners === 'object' && owners !== null && !('0' in owners);
}

/**
 * `app_permissions`: the bot's own where it is a member or in its DM; elsewhere, what an app answering through
 * the interaction webhook may do: @everyone's permissions in the channel, always with Attach Files and Embed
 * Links (discord-api-docs#5316); in another user's DM, those two and Mention Everyone.
 */
export function appPermissions(world: World, at: Placement): bigint {
  const channel = world.requireChannel(at.channelId);
  if (at.context === InteractionContextType.PrivateChannel)
    return Permission.AttachFiles | Permission.EmbedLinks | Permission.MentionEveryone;
  if (!at.guildId || botIsMember(world, at.guildId)) return world.channelPermissions(channel.id, world.botUser.id);
  const guild = world.requireGuild(at.guildId);
  const everyone = computeChannelPermissions(
    {
      guildId: guild.id,
      ownerId: guild.ownerId,
      everyonePermissions: guild.roles.get(guild.id)?.permissions ?? 0n,
      rolePermissions: [],
      memberRoleIds: [],
      userId: world.botUser.id,
    },
    channel.overwrites,
  );
  return everyone | Permission.AttachFiles | Permission.EmbedLinks;
}

/**
 * Discord makes every answer ephemeral when the app is there only through the user's install and the member
 * lacks Use External Apps in the channel ("responses will be ephemeral").
 */
export function forcedEphemeral(payload: Json): boolean {
  if (payload.context !== InteractionContextType.Guild || !userInstallOnly(payload.authorizing_integration_owners)) return false;
  const member = payload.member as { permissions?: string } | undefined;
  return !(BigInt(member?.permissions ?? '0') & Permission.UseExternalApps);
}

/** The DM between the user and another user (created with a "friend" on first use): the bot is not in it. */
export function privateChannelFor(world: World, userId: string): ChannelState {
  for (const c of world.channels.values()) {
    if (c.type === ChannelType.DM && c.recipientIds.length === 2 && c.recipientIds.includes(userId)) return c;
  }
  const friend = world.addUser({ username: `friend-of-${world.requireUser(userId).username}`.slice(0, 32) });
  const dm = world.dmChannelFor(friend.id);
  dm.recipientIds = [userId, friend.id];
  return dm;
}

/** A channel the interaction may come from in that context, or why not. */
export function checkPrivateChannel(channel: ChannelState, userId: string, context: number): void {
  if (channel.type !== ChannelType.DM) throw new Error(`Channel ${channel.id} is not a DM channel`);
  const between = channel.recipientIds.length === 2;
  if (context === InteractionContextType.PrivateChannel && (!between || !channel.recipientIds.includes(userId))) {
    throw new Error(`Channel ${channel.id} is not a DM of user ${userId} with another user (context 2)`);
  }
  if (context === InteractionContextType.BotDM && between) throw new Error(`Channel ${channel.id} is a DM between users, not the bot's`);
}
