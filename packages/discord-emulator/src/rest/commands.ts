/**
 * The registered application commands as Discord keeps them: each definition gets an id, the application id
 * and a version, which changes only when the definition does.
 */
import type { SnowflakeGenerator } from '../snowflake.js';
import type { Json, RegisteredCommand } from '../world/types.js';
import type { World } from '../world/world.js';

function setCommands(world: World, guildId: string | null, list: RegisteredCommand[]): void {
  if (guildId) world.guildCommands.set(guildId, list);
  else world.globalCommands.splice(0, world.globalCommands.length, ...list);
}

/** PUT .../commands: the list replaces the registered one; an unchanged definition keeps its id and version. */
export function overwriteCommands(
  world: World,
  ids: SnowflakeGenerator,
  guildId: string | null,
  input: Json[],
  installTypes: readonly number[] = [0],
): RegisteredCommand[] {
  const current = world.commandsFor(guildId);
  const next = input.map((c) => {
    const type = (c.type as number | undefined) ?? 1;
    return makeCommand(
      world,
      ids,
      c,
      guildId,
      current.find((e) => e.name === c.name && e.type === type),
      installTypes,
    );
  });
  setCommands(world, guildId, next);
  return next;
}

function makeCommand(
  world: World,
  ids: SnowflakeGenerator,
  input: Json,
  guildId: string | null,
  existing: RegisteredCommand | undefined,
  installTypes: readonly number[],
): RegisteredCommand {
  const type = (input.type as number | undefined) ?? 1;
  const { id: _id, application_id: _app, version: _version, guild_id: _guild, ...rest } = input;
  const command: RegisteredCommand = {
    default_member_permissions: null,
    // Discord's defaults: contexts null (servers and the bot's DM); integration_types the application's enabled
    // installation contexts for a global command (discord-api-docs#7396), [0] for a guild one.
    contexts: null,
    integration_types: guildId ? [0] : [...installTypes],
    nsfw: false,
    name_localizations: null,
    description_localizations: null,
    ...rest,
    id: existing?.id ?? ids.next(),
    application_id: world.applicationId,
    version: '',
    type,
    name: String(input.name),
    description: typeof input.description === 'string' ? input.description : '',
  };
  if (guildId) command.guild_id = guildId;
  if (Array.isArray(input.options)) command.options = structuredClone(input.options) as RegisteredCommand['options'];
  else delete command.options;
  const unchanged = existing && sameDefinition(existing, command);
  command.version = unchanged ? existing.version : ids.next();
  return command;
}

function sameDefinition(a: RegisteredCommand, b: RegisteredCommand): boolean {
  const strip = ({ version: _v, ...rest }: RegisteredCommand) => JSON.stringify(rest);
  return strip(a) === strip(b);
}
