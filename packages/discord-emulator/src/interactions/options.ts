/**
 * A slash command's options as Discord's client sends them: typed by the registered definition, nested
 * under their subcommand, with `resolved` users, members, roles and channels. What the client would never
 * send (an unknown option, a missing required one, a wrong type, a value outside the choices) throws.
 */
import { channelJson, memberJson, roleJson, userJson } from '../world/json.js';
import type { CommandOption, Json, RegisteredCommand } from '../world/types.js';
import type { World } from '../world/world.js';

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

/** What options a command invocation names, and where it comes from. */
export interface CommandOptionsInput {
  name: string;
  /** "sub" or "group sub" */
  subcommand?: string;
  options?: Record<string, OptionValue>;
}

export type ResolvedCtx = { guildId: string | null; channelId: string; userId: string };

export interface ResolvedData {
  users?: Record<string, Json>;
  members?: Record<string, Json>;
  roles?: Record<string, Json>;
  channels?: Record<string, Json>;
}

export function buildCommandOptions(
  world: World,
  command: RegisteredCommand,
  inv: CommandOptionsInput,
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
      option.value = coerceOption(world, def, value, resolved, ctx, focused !== null);
    }
    leaf.push(option);
  }
  if (wrappers.length === 0) return leaf;
  wrappers[wrappers.length - 1]!.options = leaf;
  for (let i = wrappers.length - 1; i > 0; i--) wrappers[i - 1]!.options = [wrappers[i]!];
  return [wrappers[0]!];
}

function coerceOption(
  world: World,
  def: CommandOption,
  value: OptionValue,
  resolved: ResolvedData,
  ctx: ResolvedCtx,
  lenient: boolean,
): unknown {
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
      resolveUser(world, value as string, ctx.guildId, ctx.channelId, resolved);
      out = value;
      break;
    case OptionType.Channel:
      if (typeof value !== 'string') fail('a channel id');
      resolveChannel(world, value as string, ctx, resolved);
      out = value;
      break;
    case OptionType.Role:
      if (typeof value !== 'string') fail('a role id');
      resolveRole(world, value as string, ctx.guildId, resolved);
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

function resolveUser(world: World, userId: string, guildId: string | null, channelId: string, resolved: ResolvedData): void {
  if (!world.users.has(userId)) throw new Error(`Unknown user ${userId}`);
  (resolved.users ??= {})[userId] = userJson(world, userId);
  const member = guildId ? world.requireGuild(guildId).members.get(userId) : undefined;
  if (member) {
    const { user: _user, ...rest } = memberJson(world, member, { permissions: world.channelPermissions(channelId, userId) });
    (resolved.members ??= {})[userId] = rest;
  }
}

function resolveRole(world: World, roleId: string, guildId: string | null, resolved: ResolvedData): void {
  const role = guildId ? world.requireGuild(guildId).roles.get(roleId) : undefined;
  if (!role) throw new Error(`Unknown role ${roleId}`);
  (resolved.roles ??= {})[roleId] = roleJson(world, role);
}

function resolveChannel(world: World, channelId: string, ctx: ResolvedCtx, resolved: ResolvedData): void {
  const channel = world.channels.get(channelId);
  if (!channel || channel.guildId !== ctx.guildId) throw new Error(`Unknown channel ${channelId}`);
  const json = channelJson(world, channel);
  (resolved.channels ??= {})[channelId] = {
    id: channel.id,
    name: channel.name,
    type: channel.type,
    parent_id: channel.parentId,
    nsfw: channel.nsfw,
    guild_id: channel.guildId,
    permissions: world.channelPermissions(channel.id, ctx.userId).toString(),
    flags: 0,
    topic: json.topic,
    last_message_id: json.last_message_id,
    rate_limit_per_user: json.rate_limit_per_user,
  };
}
