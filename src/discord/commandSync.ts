// Command registration without needless writes: read what Discord has, compare the fields a user can
// notice, and bulk-overwrite only when they differ. A PUT on every start would bump each command's
// version and, for global commands, eat into the daily creation limit for nothing.
import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from '../log.js';

/** A command definition as sent to Discord (`data.toJSON()` of a command module). */
export type CommandDefinition = RESTPostAPIApplicationCommandsJSONBody;

/** Either side of the comparison, read field by field. */
type Definition = Readonly<Record<string, unknown>> & { readonly name: string };

/** The part of discord.js's REST client that sync needs (also easy to fake). */
export interface CommandsRest {
  get(route: `/${string}`): Promise<unknown>;
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface SyncTarget {
  readonly applicationId: string;
  /** Register to this guild only (instant); null: globally. */
  readonly guildId: string | null;
}

export interface CommandChange {
  readonly name: string;
  /** Which meaningful fields differ, e.g. ['description', 'options']. */
  readonly fields: readonly string[];
}

export interface CommandDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly CommandChange[];
}

export interface SyncResult extends CommandDiff {
  readonly scope: 'guild' | 'global';
  readonly guildId: string | null;
  /** True when the definitions differed and were written with one PUT. */
  readonly written: boolean;
  readonly count: number;
}

export async function syncCommands(
  rest: CommandsRest,
  target: SyncTarget,
  definitions: readonly CommandDefinition[],
  logger?: Logger,
): Promise<SyncResult> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const scope = target.guildId ? 'guild' : 'global';
  const registered = await rest.get(route);
  if (!Array.isArray(registered)) throw new Error(`GET ${route} did not return a list of commands`);
  const diff = diffCommands(definitions, registered as Definition[], scope);
  const written = diff.added.length + diff.removed.length + diff.changed.length > 0;
  if (written) await rest.put(route, { body: definitions });
  const result: SyncResult = { ...diff, scope, guildId: target.guildId, written, count: definitions.length };
  logger?.info(written ? 'commands synced' : 'commands unchanged', {
    scope,
    guildId: target.guildId,
    count: definitions.length,
    ...(written
      ? { added: diff.added, removed: diff.removed, changed: diff.changed.map((c) => `${c.name} (${c.fields.join(', ')})`) }
      : {}),
  });
  return result;
}

/** Said after a guild sync: a guild command is only in its server, so a user install sees none of them. */
export const GUILD_ONLY_NOTE =
  'These are in that server only; in DMs and through a user install the commands appear once registered globally (DISCORD_GUILD_ID unset).';

/** One line for people: what sync did. */
export function describeSync(result: SyncResult): string {
  const where = result.scope === 'guild' ? `guild ${result.guildId}` : 'all servers (global)';
  if (!result.written) return `${result.count} commands already up to date for ${where}; nothing written.`;
  const parts = [
    result.added.length ? `added ${result.added.map((n) => `/${n}`).join(', ')}` : '',
    result.removed.length ? `removed ${result.removed.map((n) => `/${n}`).join(', ')}` : '',
    result.changed.length ? `changed ${result.changed.map((c) => `/${c.name} (${c.fields.join(', ')})`).join(', ')}` : '',
  ].filter(Boolean);
  return `Registered ${result.count} commands for ${where}: ${parts.join('; ')}.`;
}

/**
 * What differs between the local definitions and the registered ones, by (type, name). Only what a
 * user can notice counts; ids, versions and Discord's own defaults do not.
 */
export function diffCommands(
  localDefinitions: readonly CommandDefinition[],
  remote: readonly Readonly<Record<string, unknown>>[],
  scope: 'guild' | 'global',
): CommandDiff {
  const local = localDefinitions as unknown as readonly Definition[];
  const key = (c: Readonly<Record<string, unknown>>) => `${Number(c.type ?? 1)}:${String(c.name)}`;
  const remoteByKey = new Map(remote.map((c) => [key(c), c]));
  const localKeys = new Set(local.map(key));
  const added: string[] = [];
  const changed: CommandChange[] = [];
  for (const command of local) {
    const other = remoteByKey.get(key(command));
    if (!other) {
      added.push(command.name);
      continue;
    }
    const fields = changedFields(command, other, scope);
    if (fields.length) changed.push({ name: command.name, fields });
  }
  const removed = remote.filter((c) => !localKeys.has(key(c))).map((c) => String(c.name));
  return { added, removed, changed };
}

function changedFields(local: Definition, remote: Readonly<Record<string, unknown>>, scope: 'guild' | 'global'): string[] {
  const fields: string[] = [];
  const differs = (name: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) fields.push(name);
  };
  differs('description', local.description ?? '', remote.description ?? '');
  differs('options', normalizeOptions(local.options), normalizeOptions(remote.options));
  differs('default_member_permissions', local.default_member_permissions ?? null, remote.default_member_permissions ?? null);
  differs('nsfw', local.nsfw ?? false, remote.nsfw ?? false);
  differs('name_localizations', localizations(local.name_localizations), localizations(remote.name_localizations));
  differs('description_localizations', localizations(local.description_localizations), localizations(remote.description_localizations));
  // Where a command works (integration_types, contexts, and the older dm_permission) is documented "only for
  // globally-scoped commands": a guild command lives in its one server and is used there, through the server
  // install, whatever they say. We send them to a guild too (one definition everywhere), but what Discord
  // keeps of them there is not ours to compare. Globally, Discord fills in its own defaults (contexts null,
  // integration_types the install types enabled for the app, dm_permission true), so a field counts only
  // when we set it: otherwise every start would see a "difference" and write again.
  if (scope === 'global') {
    if (local.contexts != null) differs('contexts', sortedNumbers(local.contexts), sortedNumbers(remote.contexts));
    if (local.integration_types != null)
      differs('integration_types', sortedNumbers(local.integration_types), sortedNumbers(remote.integration_types));
    if (local.dm_permission != null) differs('dm_permission', local.dm_permission, remote.dm_permission ?? true);
  }
  return fields;
}

type Json = Record<string, unknown>;

/** Options with Discord's defaults made explicit and order kept (it is the order users see). */
function normalizeOptions(options: unknown): unknown[] {
  if (!Array.isArray(options)) return [];
  return (options as Json[]).map((o) => {
    const out: Json = {
      type: o.type,
      name: o.name,
      description: o.description ?? '',
      required: o.required ?? false,
      autocomplete: o.autocomplete ?? false,
      choices: Array.isArray(o.choices)
        ? (o.choices as Json[]).map((c) => ({ name: c.name, value: c.value, name_localizations: localizations(c.name_localizations) }))
        : [],
      channel_types: sortedNumbers(o.channel_types),
      min_value: o.min_value ?? null,
      max_value: o.max_value ?? null,
      min_length: o.min_length ?? null,
      max_length: o.max_length ?? null,
      name_localizations: localizations(o.name_localizations),
      description_localizations: localizations(o.description_localizations),
      options: normalizeOptions(o.options),
    };
    return out;
  });
}

function localizations(value: unknown): unknown {
  if (value == null || typeof value !== 'object') return null;
  const entries = Object.entries(value as Json).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? Object.fromEntries(entries) : null;
}

function sortedNumbers(value: unknown): number[] | null {
  return Array.isArray(value) ? [...(value as number[])].sort((a, b) => a - b) : null;
}
