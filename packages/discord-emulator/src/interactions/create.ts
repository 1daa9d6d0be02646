/**
 * User actions as Discord delivers them: a slash command, the autocomplete of one of its options, a button
 * press. Each becomes an INTERACTION_CREATE with the fields discord.js needs, sent to the shard of its guild
 * (DMs: shard 0, from the bot's DM channel with the user, who comes as `user` rather than `member`). Where the
 * command may be used and through whose install (server or user) is installs.ts's.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from '../core.js';
import type { StoredMessage } from '../messages.js';
import { channelJson, memberJson, userJson } from '../world/json.js';
import { ChannelType, isObject, type Json } from '../world/types.js';
import {
  appPermissions,
  authorizeCommand,
  checkPrivateChannel,
  inheritedAuthorization,
  InteractionContextType,
  privateChannelFor,
  type InteractionContextValue,
  type Placement,
} from './installs.js';
import { buildCommandOptions, type CommandOptionsInput, type ResolvedData } from './options.js';
import { InteractionHandle, InteractionRecord, InteractionType, type InteractionLog } from './records.js';

export interface InteractionContext {
  /** guild id; default: the first guild. `null` = the bot's DM with the user */
  guildId?: string | null;
  /** default: the guild's system channel (or first text channel); the DM channel for DMs */
  channelId?: string;
  /** default: the guild owner (the first non-bot user for DMs) */
  userId?: string;
  locale?: string;
  /**
   * Where, as Discord's `context`: 0 a server (the default with a guild, with or without the bot), 1 the bot's
   * DM (the default for `guildId: null`), 2 a DM between the user and someone else (created on first use),
   * which only a user install reaches.
   */
  context?: InteractionContextValue;
}

export interface CommandInvocation extends InteractionContext, CommandOptionsInput {}

export interface AutocompleteInvocation extends CommandInvocation {
  /** name of the focused option (its current text is `options[focused]`, default "") */
  focused: string;
}

export interface ButtonPress {
  /** the message carrying the button (record or id) */
  message: StoredMessage | string;
  customId: string;
  /** default: the user of the interaction that created the message, else the guild owner */
  userId?: string;
  locale?: string;
}

/** Sends an INTERACTION_CREATE to the sessions of the guild (null: DMs); returns the shards it reached. */
export type Deliver = (guildId: string | null, payload: Json) => number[];

export class InteractionFactory {
  constructor(
    private readonly core: EmulatorCore,
    private readonly log: InteractionLog,
    private readonly deliver: Deliver,
  ) {}

  private get world() {
    return this.core.world;
  }

  private resolveContext(ctx: InteractionContext): Placement {
    const world = this.world;
    let guildId = ctx.guildId;
    if (guildId === undefined) {
      if (ctx.channelId) guildId = world.requireChannel(ctx.channelId).guildId;
      else if (ctx.context !== undefined && ctx.context !== InteractionContextType.Guild) guildId = null;
      else guildId = world.guilds.keys().next().value ?? null;
    }
    if (guildId === null) {
      const context = ctx.context ?? InteractionContextType.BotDM;
      if (context === InteractionContextType.Guild) throw new Error('context 0 needs a guild');
      const userId = ctx.userId ?? [...world.users.values()].find((u) => !u.bot)?.id;
      if (!userId) throw new Error('No user to send the interaction as; add one with addUser()');
      const privately = context === InteractionContextType.PrivateChannel;
      const channelId = ctx.channelId ?? (privately ? privateChannelFor(world, userId) : world.dmChannelFor(userId)).id;
      checkPrivateChannel(world.requireChannel(channelId), userId, context);
      return { guildId: null, channelId, userId, context };
    }
    if ((ctx.context ?? InteractionContextType.Guild) !== InteractionContextType.Guild) {
      throw new Error(`context ${String(ctx.context)} is a DM; pass guildId: null`);
    }
    const guild = world.requireGuild(guildId);
    const channelId =
      ctx.channelId ?? guild.systemChannelId ?? guild.channelIds.find((id) => world.requireChannel(id).type === ChannelType.GuildText);
    if (!channelId) throw new Error(`Guild ${guildId} has no text channel`);
    const channel = world.requireChannel(channelId);
    if (channel.guildId !== guildId) throw new Error(`Channel ${channelId} is not in guild ${guildId}`);
    const userId = ctx.userId ?? guild.ownerId;
    if (!guild.members.has(userId)) throw new Error(`User ${userId} is not a member of guild ${guildId}; add them with addMember()`);
    return { guildId, channelId, userId, context: InteractionContextType.Guild };
  }

  /** Fields every interaction carries. */
  private basePayload(
    type: number,
    ctx: Placement,
    authorization: { context: number; owners: Json },
    locale: string,
    id: string,
    token: string,
  ): Json {
    const world = this.world;
    const channel = world.requireChannel(ctx.channelId);
    const userPermissions = world.channelPermissions(channel.id, ctx.userId);
    const payload: Json = {
      id,
      application_id: world.applicationId,
      type,
      token,
      version: 1,
      locale,
      app_permissions: appPermissions(world, ctx).toString(),
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      channel_id: channel.id,
      channel: { ...channelJson(world, channel), permissions: userPermissions.toString() },
    };
    if (ctx.guildId) {
      const guild = world.requireGuild(ctx.guildId);
      const member = guild.members.get(ctx.userId)!;
      payload.guild_id = guild.id;
      payload.guild = { id: guild.id, locale: guild.preferredLocale, features: [] };
      payload.guild_locale = guild.preferredLocale;
      payload.member = memberJson(world, member, { permissions: userPermissions });
    } else {
      payload.user = userJson(world, ctx.userId);
    }
    payload.authorizing_integration_owners = authorization.owners;
    payload.context = authorization.context;
    return payload;
  }

  private newIds(): { id: string; token: string } {
    const id = this.core.ids.next();
    const token = `aW50ZXJhY3Rpb24${Buffer.from(id).toString('base64url')}${randomBytes(24).toString('base64url')}`;
    return { id, token };
  }

  private register(rec: InteractionRecord): InteractionHandle {
    this.log.add(rec);
    const handle = new InteractionHandle(this.core.waiters, rec);
    rec.deliveredTo = this.deliver(rec.guildId, rec.payload);
    this.core.changed('interaction', rec);
    return handle;
  }

  command(inv: CommandInvocation): InteractionHandle {
    return this.commandLike(inv, InteractionType.ApplicationCommand, null);
  }

  autocomplete(inv: AutocompleteInvocation): InteractionHandle {
    return this.commandLike(inv, InteractionType.ApplicationCommandAutocomplete, inv.focused);
  }

  private commandLike(inv: CommandInvocation, type: number, focused: string | null): InteractionHandle {
    const ctx = this.resolveContext(inv);
    const command = this.world.findCommand(inv.name, ctx.guildId);
    if (!command) {
      throw new Error(
        `Command "${inv.name}" is not registered for ${ctx.guildId ? `guild ${ctx.guildId}` : 'DMs'} ` +
          '(Discord only sends registered commands; register it first)',
      );
    }
    if (command.guild_id && command.guild_id !== ctx.guildId) throw new Error(`Command "${inv.name}" belongs to another guild`);
    const { id, token } = this.newIds();
    const locale = inv.locale ?? 'en-US';
    const owners = authorizeCommand(this.world, this.core.options.installTypes, command, ctx);
    const payload = this.basePayload(type, ctx, { context: ctx.context, owners }, locale, id, token);
    const resolved: ResolvedData = {};
    const data: Json = { id: command.id, name: command.name, type: 1 };
    if (command.guild_id) data.guild_id = command.guild_id;
    const options = buildCommandOptions(this.world, command, inv, resolved, ctx, focused);
    if (options.length > 0) data.options = options;
    if (Object.keys(resolved).length > 0) data.resolved = resolved;
    payload.data = data;
    const now = Date.now();
    const rec = new InteractionRecord(
      id,
      token,
      type,
      payload,
      now,
      now + this.core.options.interactionDeadlineMs,
      ctx.guildId,
      ctx.channelId,
      ctx.userId,
      command.name,
      null,
      null,
    );
    return this.register(rec);
  }

  button(press: ButtonPress): InteractionHandle {
    const message = typeof press.message === 'string' ? this.core.messages.get(press.message) : press.message;
    if (!message) throw new Error(`Unknown message ${typeof press.message === 'string' ? press.message : press.message.id}`);
    const component = findComponent(message.components, press.customId);
    if (!component) throw new Error(`Message ${message.id} has no component with custom_id "${press.customId}"`);
    if (component.disabled === true) throw new Error(`Component "${press.customId}" is disabled`);
    if (component.type !== 2) throw new Error(`Component "${press.customId}" is not a button (type ${String(component.type)})`);
    const sourceInteraction = message.interactionId ? this.log.get(message.interactionId) : undefined;
    const userId = press.userId ?? sourceInteraction?.userId;
    const channel = this.world.requireChannel(message.channelId);
    const context = (sourceInteraction?.payload.context as InteractionContextValue | undefined) ?? (channel.guildId ? 0 : 1);
    const ctx = this.resolveContext({ guildId: message.guildId, channelId: message.channelId, context, ...(userId ? { userId } : {}) });
    const { id, token } = this.newIds();
    const authorization = inheritedAuthorization(sourceInteraction?.payload, ctx);
    const payload = this.basePayload(InteractionType.MessageComponent, ctx, authorization, press.locale ?? 'en-US', id, token);
    const data: Json = { custom_id: press.customId, component_type: 2 };
    if (typeof component.id === 'number') data.id = component.id;
    payload.data = data;
    payload.message = message.data;
    const now = Date.now();
    const rec = new InteractionRecord(
      id,
      token,
      InteractionType.MessageComponent,
      payload,
      now,
      now + this.core.options.interactionDeadlineMs,
      ctx.guildId,
      ctx.channelId,
      ctx.userId,
      null,
      press.customId,
      message.id,
    );
    return this.register(rec);
  }
}

/** Finds a component by custom_id anywhere in a message's component tree (rows, containers, sections). */
export function findComponent(components: unknown, customId: string): Json | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const c of components) {
    if (!isObject(c)) continue;
    if (c.custom_id === customId) return c;
    const nested = findComponent(c.components, customId) ?? (isObject(c.accessory) ? findComponent([c.accessory], customId) : undefined);
    if (nested) return nested;
  }
  return undefined;
}
