/**
 * Interactions: building INTERACTION_CREATE payloads the way Discord does, recording every response
 * (initial callback, @original edits, follow-ups) and enforcing the 3 s deadline, the single initial callback
 * and the payload limits.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorCore } from './core.js';
import { ApiError, Errors } from './http-util.js';
import { MessageType, type MessageRevision, type StoredMessage } from './messages.js';
import type { CommandOption, Json, RegisteredCommand } from './state.js';
import { ChannelType } from './state.js';
import { FormErrors, MessageFlags, validateChoices, validateMessagePayload } from './validation.js';
import { EmulatorTimeoutError, handled } from './waiters.js';

export const InteractionType = {
  ApplicationCommand: 2,
  MessageComponent: 3,
  ApplicationCommandAutocomplete: 4,
} as const;

export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
} as const;

export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Number: 10,
} as const;

export type OptionValue = string | number | boolean;

export interface InteractionContext {
  /** guild id; default: the first guild. `null` = the bot's DM with the user */
  guildId?: string | null;
  /** default: the guild's system channel (or first text channel); the DM channel for DMs */
  channelId?: string;
  /** default: the guild owner (the first non-bot user for DMs) */
  userId?: string;
  locale?: string;
}

export interface CommandInvocation extends InteractionContext {
  name: string;
  /** "sub" or "group sub" */
  subcommand?: string;
  options?: Record<string, OptionValue>;
}

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

export interface InteractionCallbackRecord {
  type: number;
  data: Json | null;
  at: number;
  withResponse: boolean;
}

export class InteractionRecord {
  callback: InteractionCallbackRecord | null = null;
  /** the message `@original` refers to (reply, deferred reply, or the component's message after 6/7) */
  original: StoredMessage | null = null;
  /** revisions of the original made through the interaction webhook (editReply) */
  readonly originalEdits: MessageRevision[] = [];
  readonly followUps: StoredMessage[] = [];
  /** callbacks that were refused (late, duplicate or invalid) */
  readonly rejectedCallbacks: { at: number; code: number; body: unknown }[] = [];
  /** The shards whose sessions got the INTERACTION_CREATE: (guild_id >> 22) % shard_count; DMs shard 0. */
  deliveredTo: readonly number[] = [];

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    /** the INTERACTION_CREATE `d` */
    readonly payload: Json,
    readonly createdAt: number,
    readonly deadlineAt: number,
    readonly guildId: string | null,
    readonly channelId: string,
    readonly userId: string,
    readonly commandName: string | null,
    readonly customId: string | null,
    /** the message a component interaction came from */
    readonly sourceMessageId: string | null,
  ) {}

  get choices(): Json[] | undefined {
    return this.callback?.type === CallbackType.ApplicationCommandAutocompleteResult
      ? ((this.callback.data?.choices as Json[] | undefined) ?? [])
      : undefined;
  }
}

/** What a test holds after injecting a user action. */
export class InteractionHandle {
  /** resolves with the first accepted callback; rejects when the deadline passes without one */
  readonly response: Promise<InteractionCallbackRecord>;

  constructor(
    private readonly core: EmulatorCore,
    readonly record: InteractionRecord,
  ) {
    const slack = 250;
    this.response = handled(
      core.waiters.wait(
        () => record.callback ?? undefined,
        Math.max(0, record.deadlineAt - Date.now()) + slack,
        `the initial response to interaction ${record.id} (${describe(record)}); Discord answers a late one with 10062`,
      ),
    );
  }

  get id(): string {
    return this.record.id;
  }
  get token(): string {
    return this.record.token;
  }
  get payload(): Json {
    return this.record.payload;
  }

  /** The initial callback, with a custom timeout. */
  waitForResponse(timeoutMs = 5000): Promise<InteractionCallbackRecord> {
    return this.core.waiters.wait(() => this.record.callback ?? undefined, timeoutMs, `the initial response to ${describe(this.record)}`);
  }

  /**
   * The visible reply: for type 4 / 7 the message at once, for a deferral (5 / 6) once it has been edited
   * (editReply) or replaced by the first follow-up.
   */
  waitForReply(timeoutMs = 5000): Promise<StoredMessage> {
    const rec = this.record;
    return this.core.waiters.wait(
      () => {
        const cb = rec.callback;
        if (!cb) return undefined;
        if (cb.type === CallbackType.ChannelMessageWithSource || cb.type === CallbackType.UpdateMessage) return rec.original ?? undefined;
        if (cb.type === CallbackType.DeferredChannelMessageWithSource || cb.type === CallbackType.DeferredUpdateMessage) {
          return rec.originalEdits.length > 0 ? (rec.original ?? undefined) : undefined;
        }
        throw new Error(`Interaction ${rec.id} was answered with callback type ${cb.type}, which has no reply message`);
      },
      timeoutMs,
      `the reply to ${describe(rec)}`,
    );
  }

  /** An edit of @original (editReply) matching the predicate (any edit by default); earlier edits count too. */
  waitForEdit(predicate: (message: Json, payload: Json) => boolean = () => true, timeoutMs = 5000): Promise<MessageRevision> {
    return this.core.waiters.wait(
      () => this.record.originalEdits.find((r) => predicate(r.message, r.payload)),
      timeoutMs,
      `an edit of the original response to ${describe(this.record)}`,
    );
  }

  /** A follow-up matching the predicate (the first one by default). */
  waitForFollowUp(predicate: (message: StoredMessage) => boolean = () => true, timeoutMs = 5000): Promise<StoredMessage> {
    return this.core.waiters.wait(() => this.record.followUps.find(predicate), timeoutMs, `a follow-up to ${describe(this.record)}`);
  }

  /** At least `count` follow-ups. */
  waitForFollowUps(count: number, timeoutMs = 5000): Promise<StoredMessage[]> {
    return this.core.waiters.wait(
      () => (this.record.followUps.length >= count ? [...this.record.followUps] : undefined),
      timeoutMs,
      `${count} follow-ups to ${describe(this.record)}`,
    );
  }

  /** Autocomplete choices (callback type 8). */
  async waitForChoices(timeoutMs = 5000): Promise<Json[]> {
    const cb = await this.waitForResponse(timeoutMs);
    if (cb.type !== CallbackType.ApplicationCommandAutocompleteResult) {
      throw new Error(`Interaction ${this.id} was answered with callback type ${cb.type}, not 8 (autocomplete result)`);
    }
    return (cb.data?.choices as Json[] | undefined) ?? [];
  }
}

function describe(rec: InteractionRecord): string {
  if (rec.commandName) return `/${rec.commandName}${rec.type === InteractionType.ApplicationCommandAutocomplete ? ' (autocomplete)' : ''}`;
  if (rec.customId) return `component "${rec.customId}"`;
  return `interaction ${rec.id}`;
}

const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5],
  [InteractionType.MessageComponent]: [4, 5, 6, 7],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
};

const REPLY_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class InteractionManager {
  readonly records = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(private readonly core: EmulatorCore) {}

  private get world() {
    return this.core.world;
  }

  // -- building interactions ----------------------------------------------------------------------------------------

  private resolveContext(ctx: InteractionContext): { guildId: string | null; channelId: string; userId: string } {
    const world = this.world;
    let guildId = ctx.guildId;
    if (guildId === undefined) {
      if (ctx.channelId) guildId = world.requireChannel(ctx.channelId).guildId;
      else guildId = world.guilds.keys().next().value ?? null;
    }
    if (guildId === null) {
      const userId = ctx.userId ?? [...world.users.values()].find((u) => !u.bot)?.id;
      if (!userId) throw new Error('No user to send the interaction as; add one with addUser()');
      const channelId = ctx.channelId ?? world.dmChannelFor(userId).id;
      const channel = world.requireChannel(channelId);
      if (channel.type !== ChannelType.DM) throw new Error(`Channel ${channelId} is not a DM channel`);
      return { guildId: null, channelId, userId };
    }
    const guild = world.requireGuild(guildId);
    const channelId =
      ctx.channelId ?? guild.systemChannelId ?? guild.channelIds.find((id) => world.requireChannel(id).type === ChannelType.GuildText);
    if (!channelId) throw new Error(`Guild ${guildId} has no text channel`);
    const channel = world.requireChannel(channelId);
    if (channel.guildId !== guildId) throw new Error(`Channel ${channelId} is not in guild ${guildId}`);
    const userId = ctx.userId ?? guild.ownerId;
    if (!guild.members.has(userId)) throw new Error(`User ${userId} is not a member of guild ${guildId}; add them with addMember()`);
    return { guildId, channelId, userId };
  }

  /** Fields every interaction carries. */
  private basePayload(
    type: number,
    ctx: { guildId: string | null; channelId: string; userId: string },
    locale: string,
    id: string,
    token: string,
  ): Json {
    const world = this.world;
    const channel = world.requireChannel(ctx.channelId);
    const userPermissions = world.channelPermissions(channel.id, ctx.userId);
    const appPermissions = world.channelPermissions(channel.id, world.botUser.id);
    const payload: Json = {
      id,
      application_id: world.applicationId,
      type,
      token,
      version: 1,
      locale,
      app_permissions: appPermissions.toString(),
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      channel_id: channel.id,
      channel: { ...world.channelJson(channel), permissions: userPermissions.toString() },
    };
    if (ctx.guildId) {
      const guild = world.requireGuild(ctx.guildId);
      const member = guild.members.get(ctx.userId)!;
      payload.guild_id = guild.id;
      payload.guild = { id: guild.id, locale: guild.preferredLocale, features: [] };
      payload.guild_locale = guild.preferredLocale;
      payload.member = world.memberJson(member, { permissions: userPermissions });
      payload.authorizing_integration_owners = { '0': guild.id };
      payload.context = 0;
    } else {
      payload.user = world.userJson(ctx.userId);
      payload.authorizing_integration_owners = { '0': '0' };
      payload.context = 1;
    }
    return payload;
  }

  private newIds(): { id: string; token: string } {
    const id = this.core.ids.next();
    const token = `aW50ZXJhY3Rpb24${Buffer.from(id).toString('base64url')}${randomBytes(24).toString('base64url')}`;
    return { id, token };
  }

  private register(rec: InteractionRecord): InteractionHandle {
    this.records.set(rec.id, rec);
    this.byToken.set(rec.token, rec);
    const handle = new InteractionHandle(this.core, rec);
    rec.deliveredTo = this.core.gateway.dispatchInteraction(rec.guildId, rec.payload);
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
    const payload = this.basePayload(type, ctx, locale, id, token);
    const resolved: ResolvedData = {};
    const data: Json = { id: command.id, name: command.name, type: 1 };
    if (command.guild_id) data.guild_id = command.guild_id;
    const options = this.buildCommandOptions(command, inv, resolved, ctx, focused);
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

  private buildCommandOptions(
    command: RegisteredCommand,
    inv: CommandInvocation,
    resolved: ResolvedData,
    ctx: ResolvedCtx,
    focused: string | null,
  ): Json[] {
    let defs: CommandOption[] = command.options ?? [];
    const path: string[] = inv.subcommand ? inv.subcommand.trim().split(/\s+/) : [];
    const hasSubcommands = defs.some((d) => d.type === OptionType.Subcommand || d.type === OptionType.SubcommandGroup);
    if (hasSubcommands && path.length === 0) throw new Error(`Command "/${command.name}" needs a subcommand`);
    if (!hasSubcommands && path.length > 0) throw new Error(`Command "/${command.name}" has no subcommands`);
    const wrappers: Json[] = [];
    for (const part of path) {
      const def = defs.find((d) => d.name === part && (d.type === OptionType.Subcommand || d.type === OptionType.SubcommandGroup));
      if (!def) throw new Error(`Command "/${command.name}" has no subcommand (group) "${part}"`);
      wrappers.push({ type: def.type, name: def.name, options: [] });
      defs = def.options ?? [];
    }
    if (wrappers.length > 0 && wrappers[wrappers.length - 1]!.type !== OptionType.Subcommand) {
      throw new Error(`"${inv.subcommand}" names a subcommand group; add the subcommand`);
    }
    const values = inv.options ?? {};
    if (focused !== null && !(focused in values)) values[focused] = '';
    for (const name of Object.keys(values)) {
      if (!defs.some((d) => d.name === name))
        throw new Error(`Command "/${command.name}${inv.subcommand ? ` ${inv.subcommand}` : ''}" has no option "${name}"`);
    }
    const leaf: Json[] = [];
    for (const def of defs) {
      const value = values[def.name];
      if (value === undefined) {
        if (def.required && focused === null) throw new Error(`Option "${def.name}" of "/${command.name}" is required`);
        continue;
      }
      const option: Json = { name: def.name, type: def.type };
      if (def.name === focused) {
        if (!def.autocomplete) throw new Error(`Option "${def.name}" of "/${command.name}" does not have autocomplete enabled`);
        option.value = String(value);
        option.focused = true;
      } else {
        option.value = this.coerceOption(def, value, resolved, ctx, focused !== null);
      }
      leaf.push(option);
    }
    if (wrappers.length === 0) return leaf;
    wrappers[wrappers.length - 1]!.options = leaf;
    for (let i = wrappers.length - 1; i > 0; i--) wrappers[i - 1]!.options = [wrappers[i]!];
    return [wrappers[0]!];
  }

  private coerceOption(def: CommandOption, value: OptionValue, resolved: ResolvedData, ctx: ResolvedCtx, lenient: boolean): unknown {
    const fail = (what: string): never => {
      throw new Error(`Option "${def.name}" expects ${what}, got ${JSON.stringify(value)}`);
    };
    let out: unknown;
    switch (def.type) {
      case OptionType.String:
        out = String(value);
        break;
      case OptionType.Integer: {
        const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n)) fail('an integer');
        out = n;
        break;
      }
      case OptionType.Number: {
        const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isFinite(n)) fail('a number');
        out = n;
        break;
      }
      case OptionType.Boolean:
        if (value === 'true' || value === 'false') out = value === 'true';
        else if (typeof value !== 'boolean') fail('a boolean');
        else out = value;
        break;
      case OptionType.User:
        if (typeof value !== 'string') fail('a user id');
        this.resolveUser(value as string, ctx.guildId, ctx.channelId, resolved);
        out = value;
        break;
      case OptionType.Channel:
        if (typeof value !== 'string') fail('a channel id');
        this.resolveChannel(value as string, ctx, resolved);
        out = value;
        break;
      case OptionType.Role:
        if (typeof value !== 'string') fail('a role id');
        this.resolveRole(value as string, ctx.guildId, resolved);
        out = value;
        break;
      default:
        fail(`a value for option type ${def.type}`);
    }
    if (!lenient && Array.isArray(def.choices) && def.choices.length > 0 && !def.choices.some((c) => c.value === out)) {
      throw new Error(`Option "${def.name}" must be one of ${def.choices.map((c) => JSON.stringify(c.value)).join(', ')}`);
    }
    return out;
  }

  private resolveUser(userId: string, guildId: string | null, channelId: string, resolved: ResolvedData): void {
    const world = this.world;
    if (!world.users.has(userId)) throw new Error(`Unknown user ${userId}`);
    (resolved.users ??= {})[userId] = world.userJson(userId);
    const member = guildId ? world.requireGuild(guildId).members.get(userId) : undefined;
    if (member) {
      const { user: _user, ...rest } = world.memberJson(member, { permissions: world.channelPermissions(channelId, userId) });
      (resolved.members ??= {})[userId] = rest;
    }
  }

  private resolveRole(roleId: string, guildId: string | null, resolved: ResolvedData): void {
    const role = guildId ? this.world.requireGuild(guildId).roles.get(roleId) : undefined;
    if (!role) throw new Error(`Unknown role ${roleId}`);
    (resolved.roles ??= {})[roleId] = this.world.roleJson(role);
  }

  private resolveChannel(channelId: string, ctx: ResolvedCtx, resolved: ResolvedData): void {
    const channel = this.world.channels.get(channelId);
    if (!channel || channel.guildId !== ctx.guildId) throw new Error(`Unknown channel ${channelId}`);
    const json = this.world.channelJson(channel);
    (resolved.channels ??= {})[channelId] = {
      id: channel.id,
      name: channel.name,
      type: channel.type,
      parent_id: channel.parentId,
      nsfw: channel.nsfw,
      guild_id: channel.guildId,
      permissions: this.world.channelPermissions(channel.id, ctx.userId).toString(),
      flags: 0,
      topic: json.topic,
      last_message_id: json.last_message_id,
      rate_limit_per_user: json.rate_limit_per_user,
    };
  }

  button(press: ButtonPress): InteractionHandle {
    const message = typeof press.message === 'string' ? this.core.messages.get(press.message) : press.message;
    if (!message) throw new Error(`Unknown message ${typeof press.message === 'string' ? press.message : press.message.id}`);
    const component = findComponent(message.components, press.customId);
    if (!component) throw new Error(`Message ${message.id} has no component with custom_id "${press.customId}"`);
    if (component.disabled === true) throw new Error(`Component "${press.customId}" is disabled`);
    if (component.type !== 2) throw new Error(`Component "${press.customId}" is not a button (type ${String(component.type)})`);
    const sourceInteraction = message.interactionId ? this.records.get(message.interactionId) : undefined;
    const userId = press.userId ?? sourceInteraction?.userId;
    const ctx = this.resolveContext({ guildId: message.guildId, channelId: message.channelId, ...(userId ? { userId } : {}) });
    const { id, token } = this.newIds();
    const payload = this.basePayload(InteractionType.MessageComponent, ctx, press.locale ?? 'en-US', id, token);
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

  // -- REST side ------------------------------------------------------------------------------------------------------

  /** POST /interactions/:id/:token/callback */
  callback(interactionId: string, token: string, body: unknown, withResponse: boolean, arrivedAt: number): { status: number; body?: Json } {
    const rec = this.records.get(interactionId);
    if (!rec || rec.token !== token) throw Errors.unknownInteraction();
    const reject = (error: ApiError): never => {
      rec.rejectedCallbacks.push({ at: arrivedAt, code: error.code, body });
      this.core.changed('interaction-rejected', rec);
      throw error;
    };
    if (arrivedAt > rec.deadlineAt && !rec.callback) {
      this.core.log('warn', `interaction ${rec.id} (${describe(rec)}) answered ${arrivedAt - rec.createdAt} ms after creation: 10062`);
      reject(Errors.unknownInteraction());
    }
    if (rec.callback) reject(Errors.alreadyAcknowledged());
    if (!isObject(body))
      reject(Errors.invalidFormBody({ type: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } }));
    const b = body as Json;
    const type = b.type;
    const allowed = ALLOWED_CALLBACKS[rec.type] ?? [];
    if (typeof type !== 'number' || !allowed.includes(type)) {
      reject(
        Errors.invalidFormBody({
          type: {
            _errors: [
              {
                code: 'INTERACTION_RESPONSE_TYPE_INVALID',
                message: `Interaction response type ${String(type)} is not valid for interaction type ${rec.type}`,
              },
            ],
          },
        }),
      );
    }
    const data = isObject(b.data) ? b.data : {};
    const errors = new FormErrors();
    if (type === 4 || type === 7) validateMessagePayload(data, errors, ['data']);
    else if (type === 8) validateChoices(data, errors, ['data']);
    if (!errors.empty) reject(Errors.invalidFormBody(errors.toJson()));
    if (type === 4 && this.core.messages.wouldBeEmpty(data)) reject(Errors.emptyMessage());

    const world = this.world;
    let message: StoredMessage | null = null;
    const source = rec.sourceMessageId ? this.core.messages.get(rec.sourceMessageId) : undefined;
    switch (type) {
      case CallbackType.ChannelMessageWithSource:
      case CallbackType.DeferredChannelMessageWithSource: {
        const requested = typeof data.flags === 'number' ? data.flags : 0;
        const flags = type === 5 ? (requested & MessageFlags.Ephemeral) | MessageFlags.Loading : requested & REPLY_FLAGS;
        message = this.core.messages.create({
          channelId: rec.channelId,
          authorId: world.botUser.id,
          payload: type === 5 ? { ...(isObject(b.data) ? { flags: requested } : {}) } : data,
          source: 'interaction',
          type: rec.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Reply,
          flags,
          extra: this.webhookMessageFields(rec, false),
          interactionId: rec.id,
        });
        rec.original = message;
        break;
      }
      case CallbackType.DeferredUpdateMessage:
      case CallbackType.UpdateMessage: {
        if (!source) reject(Errors.unknownMessage());
        message = source!;
        if (type === 7) {
          if (this.core.messages.wouldBeEmpty(data, message)) reject(Errors.emptyMessage());
          this.core.messages.edit(message, data);
        }
        rec.original = message;
        break;
      }
      default:
        break;
    }
    rec.callback = { type: type as number, data: isObject(b.data) ? structuredClone(b.data) : null, at: arrivedAt, withResponse };
    this.core.log('debug', `interaction ${rec.id} (${describe(rec)}) answered with callback type ${String(type)}`);
    if (message) {
      if (type === 7) this.core.messageUpdated(message);
      else if (type !== 6) this.core.messageCreated(message);
    }
    this.core.changed('interaction-response', { interaction: rec, callback: rec.callback, message });
    if (!withResponse) return { status: 204 };
    const interaction: Json = { id: rec.id, type: rec.type };
    if (message) {
      interaction.response_message_id = message.id;
      interaction.response_message_loading = (message.flags & MessageFlags.Loading) !== 0;
      interaction.response_message_ephemeral = message.ephemeral;
    }
    const resource: Json = { type };
    if (message && type !== 6) resource.message = message.data;
    return { status: 200, body: { interaction, resource } };
  }

  /** Fields an interaction response / follow-up message carries. */
  private webhookMessageFields(rec: InteractionRecord, followUp: boolean): Json {
    const world = this.world;
    const user = world.userJson(rec.userId);
    const metadata: Json = {
      id: rec.id,
      type: rec.type,
      user,
      authorizing_integration_owners: rec.payload.authorizing_integration_owners,
    };
    if (rec.commandName) {
      metadata.name = rec.commandName;
      metadata.command_type = (rec.payload.data as Json | undefined)?.type;
    }
    if (rec.sourceMessageId) metadata.interacted_message_id = rec.sourceMessageId;
    if (followUp && rec.original) metadata.original_response_message_id = rec.original.id;
    const fields: Json = {
      webhook_id: world.applicationId,
      application_id: world.applicationId,
      interaction_metadata: metadata,
    };
    if (rec.commandName) fields.interaction = { id: rec.id, type: rec.type, name: rec.commandName, user };
    if (rec.sourceMessageId && !followUp) {
      fields.message_reference = { type: 0, message_id: rec.sourceMessageId, channel_id: rec.channelId };
    }
    return fields;
  }

  /** Resolves /webhooks/:app/:token to its interaction. */
  private webhookRecord(appId: string, token: string): InteractionRecord {
    const rec = this.byToken.get(token);
    if (appId !== this.world.applicationId || !rec) throw Errors.unknownWebhook();
    if (Date.now() - rec.createdAt > this.core.options.interactionTokenTtlMs) throw new ApiError(401, 50027, 'Invalid Webhook Token');
    if (!rec.callback) throw Errors.unknownWebhook();
    return rec;
  }

  private webhookMessage(rec: InteractionRecord, messageId: string): StoredMessage {
    if (messageId === '@original') {
      if (!rec.original) throw Errors.unknownMessage();
      return rec.original;
    }
    const candidates = [rec.original, ...rec.followUps];
    const found = candidates.find((m) => m && m.id === messageId);
    if (!found) throw Errors.unknownMessage();
    return found;
  }

  editWebhookMessage(appId: string, token: string, messageId: string, body: unknown): Json {
    const rec = this.webhookRecord(appId, token);
    const message = this.webhookMessage(rec, messageId);
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    validateMessagePayload(payload, errors);
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (this.core.messages.wouldBeEmpty(payload, message)) throw Errors.emptyMessage();
    this.core.messages.edit(message, payload);
    if (message === rec.original) rec.originalEdits.push(message.revisions[message.revisions.length - 1]!);
    this.core.messageUpdated(message);
    this.core.changed('interaction-edit', { interaction: rec, message });
    return message.data;
  }

  /** POST /webhooks/:app/:token */
  followUp(appId: string, token: string, body: unknown): Json {
    const rec = this.webhookRecord(appId, token);
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    validateMessagePayload(payload, errors);
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (this.core.messages.wouldBeEmpty(payload)) throw Errors.emptyMessage();
    const original = rec.original;
    // Discord: the first follow-up after a deferred reply replaces the "thinking" message.
    if (rec.callback?.type === CallbackType.DeferredChannelMessageWithSource && original && original.flags & MessageFlags.Loading) {
      const { flags: _flags, ...rest } = payload;
      this.core.messages.edit(original, rest);
      rec.originalEdits.push(original.revisions[original.revisions.length - 1]!);
      rec.followUps.push(original);
      this.core.messageUpdated(original);
      this.core.changed('interaction-followup', { interaction: rec, message: original });
      return original.data;
    }
    const requested = typeof payload.flags === 'number' ? payload.flags : 0;
    const message = this.core.messages.create({
      channelId: rec.channelId,
      authorId: this.world.botUser.id,
      payload,
      source: 'followup',
      type: rec.commandName ? MessageType.ChatInputCommand : MessageType.Reply,
      flags: requested & REPLY_FLAGS,
      extra: this.webhookMessageFields(rec, true),
      interactionId: rec.id,
    });
    rec.followUps.push(message);
    this.core.messageCreated(message);
    this.core.changed('interaction-followup', { interaction: rec, message });
    return message.data;
  }

  clear(): void {
    this.records.clear();
    this.byToken.clear();
  }
}

type ResolvedCtx = { guildId: string | null; channelId: string; userId: string };

interface ResolvedData {
  users?: Record<string, Json>;
  members?: Record<string, Json>;
  roles?: Record<string, Json>;
  channels?: Record<string, Json>;
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

export { EmulatorTimeoutError };
