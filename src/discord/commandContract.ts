// The contract between the bot and its slash commands, which belongs to the Discord layer (STYLE.md): a command
// module's shape, and the services its handlers receive through `CommandContext` instead of reaching for
// globals, so tests and the sandbox hand in their own. commands/ implements it; src/discord dispatches to it.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { DigestService } from '../digest/service.js';
import type { AttacheIndex } from '../index/api.js';
import type { Logger } from '../log.js';
import type { ClusterView } from '../shard/protocol.js';
import type { SourcesView } from '../views/sources.js';
import type { PagingStore } from './paging.js';

export interface CommandContext {
  /** The index being served now (a reload swaps it); throws while the first load is still running. */
  readonly index: () => AttacheIndex;
  readonly freshness: () => { lastReload: number | null; problems: number };
  readonly logger: Logger;
  readonly paging: PagingStore;
  readonly now: () => number;
  /** Digest subscriptions and delivery; absent when the bot runs without a store (the sandbox). */
  readonly digests?: DigestService;
  /** Under the shard manager (npm run start:sharded): this shard, and every shard's status for /about. */
  readonly shards?: ShardContext;
  /** The news sources' health for /sources; absent, or null, where there is none to show (no store). */
  readonly sources?: () => Promise<SourcesView | null>;
}

export interface ShardContext {
  readonly id: number;
  readonly count: number;
  /** As the manager knows it; null when it does not answer in time. */
  cluster(): Promise<ClusterView | null>;
}

export interface CommandModule {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Buttons the command put on its own messages: their custom ids start with `<name>:`. */
  button?(interaction: ButtonInteraction, ctx: CommandContext): Promise<void>;
}

/**
 * Where a command can be used. Every definition says so itself rather than leaving it to Discord's defaults
 * (which follow the application's settings in the Developer Portal and have changed before), so that what
 * sync compares is what we chose. Reading commands work anywhere the app is installed, to a server or to a
 * user's account: in servers (with or without the bot), in the bot's DMs and in other DMs and group DMs.
 */
export const ANYWHERE = {
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} as const;

/** Commands that act on a server (its channels, its settings): only where the bot was added to that server. */
export const SERVER_ONLY = {
  integrationTypes: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
} as const;
