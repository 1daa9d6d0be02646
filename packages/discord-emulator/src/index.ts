/**
 * @attache/discord-emulator: a loopback Discord API (REST /api/v10 and the gateway on 127.0.0.1) for the real
 * discord.js client. See README.md.
 */
export { DiscordEmulator, type DropOptions, type GatewayOutcome } from './emulator.js';
export type { DiscordEmulatorOptions, EmulatorLogger, LogLevel } from './options.js';
export type { EmulatorEvents, RequestRecord } from './events.js';
export type { AutocompleteInvocation, ButtonPress, CommandInvocation, InteractionContext } from './interactions/create.js';
export { OptionType, type OptionValue } from './interactions/options.js';
export {
  CallbackType,
  InteractionHandle,
  InteractionRecord,
  InteractionType,
  type InteractionCallbackRecord,
} from './interactions/records.js';
export { StoredMessage, type MessageRevision, type MessageSource, type Pings } from './messages.js';
export type { FaultSpec, RouteMatcher } from './rest/faults.js';
export { MAX_UPLOAD_BYTES, type Upload } from './rest/uploads.js';
export type { GatewaySession } from './gateway/session.js';
export {
  ChannelType,
  type ChannelInit,
  type ChannelState,
  type CommandOption,
  type ForumInit,
  type ForumTag,
  type GuildInit,
  type GuildState,
  type Json,
  type MemberInit,
  type MemberState,
  type RegisteredCommand,
  type RoleInit,
  type RoleState,
  type ThreadState,
  type UserInit,
  type UserState,
} from './world/types.js';
export type { World } from './world/world.js';
export type { ThreadEnd } from './world/forums.js';
export {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  Permission,
  type PermissionName,
  type PermissionResolvable,
} from './permissions.js';
export { shardIdForGuild } from './snowflake.js';
export { FormErrors, validateChoices, validateMessagePayload } from './validation.js';
export { EmulatorTimeoutError } from './waiters.js';
export { renderChoices, renderMessage, type RenderOptions } from './render.js';
export { parseCommandLine, tokenize } from './commandLine.js';
export { startTextSession, type TextSession, type TextSessionOptions } from './textSession.js';
