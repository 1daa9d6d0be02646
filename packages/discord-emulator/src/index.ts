/**
 * Loopback Discord API emulator: REST /api/v10 + gateway on 127.0.0.1 for the real discord.js client.
 * See docs/emulator.md.
 */
export { DiscordEmulator, type DropOptions, type GatewayOutcome } from './emulator.js';
export type { DiscordEmulatorOptions, EmulatorEvents, EmulatorLogger, LogLevel, RequestRecord } from './core.js';
export { GatewayIntent } from './core.js';
export {
  CallbackType,
  InteractionHandle,
  InteractionRecord,
  InteractionType,
  OptionType,
  findComponent,
  type AutocompleteInvocation,
  type ButtonPress,
  type CommandInvocation,
  type InteractionCallbackRecord,
  type InteractionContext,
  type OptionValue,
} from './interactions.js';
export { MessageType, StoredMessage, type MessageRevision, type MessageSource, type Pings } from './messages.js';
export type { FaultSpec, RouteMatcher } from './rest.js';
export { GatewayCloseCode, GatewayOpcode, type GatewaySession } from './gateway.js';
export { ChannelType } from './state.js';
export type {
  ChannelInit,
  ChannelState,
  CommandOption,
  GuildInit,
  GuildState,
  Json,
  MemberInit,
  MemberState,
  RegisteredCommand,
  RoleInit,
  RoleState,
  UserInit,
  UserState,
  World,
} from './state.js';
export {
  ALL_PERMISSIONS,
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  Permission,
  resolvePermissions,
  type PermissionName,
  type PermissionResolvable,
} from './permissions.js';
export { DISCORD_EPOCH, shardIdForGuild, snowflakeTimestamp } from './snowflake.js';
export { FormErrors, Limits, MessageFlags, validateChoices, validateMessagePayload } from './validation.js';
export { EmulatorTimeoutError } from './waiters.js';
export { renderChoices, renderMessage, type RenderOptions } from './render.js';
export { parseCommandLine, startSandbox, tokenize, type Sandbox, type SandboxOptions } from './sandbox.js';
