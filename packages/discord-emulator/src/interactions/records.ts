/**
 * What the emulator keeps of each interaction it sent (its payload, the first callback, the edits of
 * @original, the follow-ups, the refused callbacks), and the handle a test waits on.
 */
import type { MessageRevision, StoredMessage } from '../messages.js';
import { handled, type Waiters } from '../waiters.js';
import type { Json } from '../world/types.js';

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
    private readonly waiters: Waiters,
    readonly record: InteractionRecord,
  ) {
    const slack = 250;
    this.response = handled(
      waiters.wait(
        () => record.callback ?? undefined,
        Math.max(0, record.deadlineAt - Date.now()) + slack,
        `the initial response to interaction ${record.id} (${describeInteraction(record)}); Discord answers a late one with 10062`,
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
    return this.waiters.wait(
      () => this.record.callback ?? undefined,
      timeoutMs,
      `the initial response to ${describeInteraction(this.record)}`,
    );
  }

  /**
   * The visible reply: for type 4 / 7 the message at once, for a deferral (5 / 6) once it has been edited
   * (editReply) or replaced by the first follow-up.
   */
  waitForReply(timeoutMs = 5000): Promise<StoredMessage> {
    const rec = this.record;
    return this.waiters.wait(
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
      `the reply to ${describeInteraction(rec)}`,
    );
  }

  /** An edit of @original (editReply) matching the predicate (any edit by default); earlier edits count too. */
  waitForEdit(predicate: (message: Json, payload: Json) => boolean = () => true, timeoutMs = 5000): Promise<MessageRevision> {
    return this.waiters.wait(
      () => this.record.originalEdits.find((r) => predicate(r.message, r.payload)),
      timeoutMs,
      `an edit of the original response to ${describeInteraction(this.record)}`,
    );
  }

  /** A follow-up matching the predicate (the first one by default). */
  waitForFollowUp(predicate: (message: StoredMessage) => boolean = () => true, timeoutMs = 5000): Promise<StoredMessage> {
    return this.waiters.wait(() => this.record.followUps.find(predicate), timeoutMs, `a follow-up to ${describeInteraction(this.record)}`);
  }

  /** At least `count` follow-ups. */
  waitForFollowUps(count: number, timeoutMs = 5000): Promise<StoredMessage[]> {
    return this.waiters.wait(
      () => (this.record.followUps.length >= count ? [...this.record.followUps] : undefined),
      timeoutMs,
      `${count} follow-ups to ${describeInteraction(this.record)}`,
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

/** "/brief", "/brief (autocomplete)" or 'component "page:next"', for messages. */
export function describeInteraction(rec: InteractionRecord): string {
  if (rec.commandName) return `/${rec.commandName}${rec.type === InteractionType.ApplicationCommandAutocomplete ? ' (autocomplete)' : ''}`;
  if (rec.customId) return `component "${rec.customId}"`;
  return `interaction ${rec.id}`;
}

/** Every interaction sent, by id and by token (interaction webhooks are addressed by token). */
export class InteractionLog {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly tokens = new Map<string, InteractionRecord>();

  add(rec: InteractionRecord): void {
    this.byId.set(rec.id, rec);
    this.tokens.set(rec.token, rec);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  byToken(token: string): InteractionRecord | undefined {
    return this.tokens.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }
}
