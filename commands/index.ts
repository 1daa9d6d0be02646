// The slash commands, one module each (the discord.js guide's layout). A module's `data` is the plain
// definition Discord registers; `execute` / `autocomplete` / `button` receive the services they use
// through `CommandContext` instead of reaching for globals, so tests and the sandbox hand in their own.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { DigestService } from '../src/digest/service.js';
import type { PagingStore } from '../src/discord/paging.js';
import type { AttacheIndex } from '../src/index/api.js';
import type { Logger } from '../src/log.js';
import type { ClusterView } from '../src/shard/protocol.js';
import * as about from './about.js';
import * as actors from './actors.js';
import * as brief from './brief.js';
import * as digest from './digest.js';
import * as search from './search.js';

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

export const commands: readonly CommandModule[] = [brief, search, actors, about, digest];
