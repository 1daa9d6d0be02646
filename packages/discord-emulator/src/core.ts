/**
 * The state every part of the emulator shares: resolved options, ids, the world, the message store,
 * the recorded requests, the waiters and the events. REST, gateway and interactions each hold it; it holds
 * none of them, so that they can be understood (and tested) one at a time.
 */
import { EventEmitter } from 'node:events';
import type { EmulatorEvents, RequestRecord } from './events.js';
import { MessageStore, type StoredMessage } from './messages.js';
import { resolveOptions, type DiscordEmulatorOptions, type EmulatorLogger, type LogLevel, type ResolvedOptions } from './options.js';
import { SnowflakeGenerator } from './snowflake.js';
import { Waiters } from './waiters.js';
import { World } from './world/world.js';

export class EmulatorCore {
  readonly options: ResolvedOptions;
  readonly ids = new SnowflakeGenerator();
  readonly world: World;
  readonly messages: MessageStore;
  readonly waiters = new Waiters();
  /** typed through DiscordEmulator#on */
  readonly events = new EventEmitter();
  readonly requests: RequestRecord[] = [];
  readonly logger: EmulatorLogger;
  /** The emulator's clock (the nonce window); tests may hand it one of theirs. */
  readonly now: () => number;
  /** See DiscordEmulatorOptions.nonceWindowMs; 0: off. */
  nonceWindowMs: number;
  port = 0;

  constructor(options: DiscordEmulatorOptions) {
    this.options = resolveOptions(options);
    this.logger = options.log ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.nonceWindowMs = this.options.nonceWindowMs;
    this.events.setMaxListeners(100);
    const worldOpts: ConstructorParameters<typeof World>[0] = {
      ids: this.ids,
      botUsername: this.options.botUsername,
      defaultShardCount: () => Math.max(this.options.shards, this.options.minShards),
    };
    if (options.applicationId !== undefined) worldOpts.applicationId = options.applicationId;
    this.world = new World(worldOpts);
    this.messages = new MessageStore(this.world);
  }

  get baseUrl(): string {
    return `http://${this.options.host}:${this.port}`;
  }

  get gatewayUrl(): string {
    return `ws://${this.options.host}:${this.port}`;
  }

  log(level: LogLevel, message: string): void {
    try {
      this.logger(level, message);
    } catch {
      // a broken logger must not break the emulator
    }
  }

  /** Wake up waiters and emit an event. */
  changed<K extends keyof EmulatorEvents>(event: K, payload: EmulatorEvents[K]): void {
    this.events.emit(event, payload);
    this.waiters.notify();
  }

  /** A message was created or edited: the 'message' event (ephemeral ones included). */
  messageCreated(message: StoredMessage): void {
    this.changed('message', { message, action: 'create' });
  }

  messageUpdated(message: StoredMessage): void {
    this.changed('message', { message, action: 'update' });
  }
}
