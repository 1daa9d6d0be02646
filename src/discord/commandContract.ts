// The contract between the bot and its slash commands, which belongs to the Discord layer (STYLE.md): a command
// module's shape, and the services its handlers receive through `CommandContext` instead of reaching for
// globals, so tests and the sandbox hand in their own. commands/ implements it; src/discord dispatches to it.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
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
