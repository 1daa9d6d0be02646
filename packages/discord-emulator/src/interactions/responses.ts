/**
 * The bot's side of an interaction: the initial callback (3 s deadline, only one, of a type the interaction
 * allows, within Discord's payload limits), then @original edits and follow-ups through the interaction
 * webhook (the interaction token instead of the bot token, valid for 15 minutes).
 */
import type { EmulatorCore } from '../core.js';
import { MessageType, type StoredMessage } from '../messages.js';
import { ApiError, Errors } from '../rest/http.js';
import { FormErrors, MessageFlags, validateChoices, validateMessagePayload } from '../validation.js';
import { userJson } from '../world/json.js';
import { isObject, type Json } from '../world/types.js';
import { forcedEphemeral } from './installs.js';
import { CallbackType, describeInteraction, InteractionType, type InteractionLog, type InteractionRecord } from './records.js';

const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5],
  [InteractionType.MessageComponent]: [4, 5, 6, 7],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
};

const REPLY_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications;

export class InteractionResponses {
  constructor(
    private readonly core: EmulatorCore,
    private readonly log: InteractionLog,
  ) {}

  private get world() {
    return this.core.world;
  }

  /** POST /interactions/:id/:token/callback */
  callback(interactionId: string, token: string, body: unknown, withResponse: boolean, arrivedAt: number): { status: number; body?: Json } {
    const rec = this.log.get(interactionId);
    if (!rec || rec.token !== token) throw Errors.unknownInteraction();
    const reject = (error: ApiError): never => {
      rec.rejectedCallbacks.push({ at: arrivedAt, code: error.code, body });
      this.core.changed('interaction-rejected', rec);
      throw error;
    };
    if (arrivedAt > rec.deadlineAt && !rec.callback) {
      this.core.log(
        'warn',
        `interaction ${rec.id} (${describeInteraction(rec)}) answered ${arrivedAt - rec.createdAt} ms after creation: 10062`,
      );
      reject(Errors.unknownInteraction());
    }
    if (rec.callback) reject(Errors.alreadyAcknowledged());
    if (!isObject(body))
      reject(Errors.invalidFormBody({ type: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } }));
    const b = body as Json;
    const type = b.type;
    const allowed = ALLOWED_CALLBACKS[rec.type] ?? [];
    if (typeof type !== 'number' || !allowed.includes(type)) {
      reject(
        Errors.invalidFormBody({
          type: {
            _errors: [
              {
                code: 'INTERACTION_RESPONSE_TYPE_INVALID',
                message: `Interaction response type ${String(type)} is not valid for interaction type ${rec.type}`,
              },
            ],
          },
        }),
      );
    }
    const data = isObject(b.data) ? b.data : {};
    const errors = new FormErrors();
    if (type === 4 || type === 7) validateMessagePayload(data, errors, ['data']);
    else if (type === 8) validateChoices(data, errors, ['data']);
    if (!errors.empty) reject(Errors.invalidFormBody(errors.toJson()));
    if (type === 4 && this.core.messages.wouldBeEmpty(data)) reject(Errors.emptyMessage());

    const world = this.world;
    let message: StoredMessage | null = null;
    const source = rec.sourceMessageId ? this.core.messages.get(rec.sourceMessageId) : undefined;
    switch (type) {
      case CallbackType.ChannelMessageWithSource:
      case CallbackType.DeferredChannelMessageWithSource: {
        const requested = (typeof data.flags === 'number' ? data.flags : 0) | this.forced(rec);
        const flags = type === 5 ? (requested & MessageFlags.Ephemeral) | MessageFlags.Loading : requested & REPLY_FLAGS;
        message = this.core.messages.create({
          channelId: rec.channelId,
          authorId: world.botUser.id,
          payload: type === 5 ? { ...(isObject(b.data) ? { flags: requested } : {}) } : data,
          source: 'interaction',
          type: rec.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Reply,
          flags,
          extra: this.webhookMessageFields(rec, false),
          interactionId: rec.id,
        });
        rec.original = message;
        break;
      }
      case CallbackType.DeferredUpdateMessage:
      case CallbackType.UpdateMessage: {
        if (!source) reject(Errors.unknownMessage());
        message = source!;
        if (type === 7) {
          if (this.core.messages.wouldBeEmpty(data, message)) reject(Errors.emptyMessage());
          this.core.messages.edit(message, data);
        }
        rec.original = message;
        break;
      }
      default:
        break;
    }
    rec.callback = { type: type as number, data: isObject(b.data) ? structuredClone(b.data) : null, at: arrivedAt, withResponse };
    this.core.log('debug', `interaction ${rec.id} (${describeInteraction(rec)}) answered with callback type ${String(type)}`);
    if (message) {
      if (type === 7) this.core.messageUpdated(message);
      else if (type !== 6) this.core.messageCreated(message);
    }
    this.core.changed('interaction-response', { interaction: rec, callback: rec.callback, message });
    if (!withResponse) return { status: 204 };
    const interaction: Json = { id: rec.id, type: rec.type };
    if (message) {
      interaction.response_message_id = message.id;
      interaction.response_message_loading = (message.flags & MessageFlags.Loading) !== 0;
      interaction.response_message_ephemeral = message.ephemeral;
    }
    const resource: Json = { type };
    if (message && type !== 6) resource.message = message.data;
    return { status: 200, body: { interaction, resource } };
  }

  /** Ephemeral whatever the bot asked, where Discord forces it (a user install without Use External Apps). */
  private forced(rec: InteractionRecord): number {
    return forcedEphemeral(rec.payload) ? MessageFlags.Ephemeral : 0;
  }

  /** Fields an interaction response / follow-up message carries. */
  private webhookMessageFields(rec: InteractionRecord, followUp: boolean): Json {
    const world = this.world;
    const user = userJson(world, rec.userId);
    const metadata: Json = {
      id: rec.id,
      type: rec.type,
      user,
      authorizing_integration_owners: rec.payload.authorizing_integration_owners,
    };
    if (rec.commandName) {
      metadata.name = rec.commandName;
      metadata.command_type = (rec.payload.data as Json | undefined)?.type;
    }
    if (rec.sourceMessageId) metadata.interacted_message_id = rec.sourceMessageId;
    if (followUp && rec.original) metadata.original_response_message_id = rec.original.id;
    const fields: Json = {
      webhook_id: world.applicationId,
      application_id: world.applicationId,
      interaction_metadata: metadata,
    };
    if (rec.commandName) fields.interaction = { id: rec.id, type: rec.type, name: rec.commandName, user };
    if (rec.sourceMessageId && !followUp) {
      fields.message_reference = { type: 0, message_id: rec.sourceMessageId, channel_id: rec.channelId };
    }
    return fields;
  }

  /** Resolves /webhooks/:app/:token to its interaction. */
  private webhookRecord(appId: string, token: string): InteractionRecord {
    const rec = this.log.byToken(token);
    if (appId !== this.world.applicationId || !rec) throw Errors.unknownWebhook();
    if (Date.now() - rec.createdAt > this.core.options.interactionTokenTtlMs) throw new ApiError(401, 50027, 'Invalid Webhook Token');
    if (!rec.callback) throw Errors.unknownWebhook();
    return rec;
  }

  private webhookMessage(rec: InteractionRecord, messageId: string): StoredMessage {
    if (messageId === '@original') {
      if (!rec.original) throw Errors.unknownMessage();
      return rec.original;
    }
    const candidates = [rec.original, ...rec.followUps];
    const found = candidates.find((m) => m && m.id === messageId);
    if (!found) throw Errors.unknownMessage();
    return found;
  }

  editWebhookMessage(appId: string, token: string, messageId: string, body: unknown): Json {
    const rec = this.webhookRecord(appId, token);
    const message = this.webhookMessage(rec, messageId);
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    validateMessagePayload(payload, errors);
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (this.core.messages.wouldBeEmpty(payload, message)) throw Errors.emptyMessage();
    this.core.messages.edit(message, payload);
    if (message === rec.original) rec.originalEdits.push(message.revisions[message.revisions.length - 1]!);
    this.core.messageUpdated(message);
    this.core.changed('interaction-edit', { interaction: rec, message });
    return message.data;
  }

  /** POST /webhooks/:app/:token */
  followUp(appId: string, token: string, body: unknown): Json {
    const rec = this.webhookRecord(appId, token);
    const payload = isObject(body) ? body : {};
    const errors = new FormErrors();
    validateMessagePayload(payload, errors);
    if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
    if (this.core.messages.wouldBeEmpty(payload)) throw Errors.emptyMessage();
    const original = rec.original;
    // Discord: the first follow-up after a deferred reply replaces the "thinking" message.
    if (rec.callback?.type === CallbackType.DeferredChannelMessageWithSource && original && original.flags & MessageFlags.Loading) {
      const { flags: _flags, ...rest } = payload;
      this.core.messages.edit(original, rest);
      rec.originalEdits.push(original.revisions[original.revisions.length - 1]!);
      rec.followUps.push(original);
      this.core.messageUpdated(original);
      this.core.changed('interaction-followup', { interaction: rec, message: original });
      return original.data;
    }
    const requested = (typeof payload.flags === 'number' ? payload.flags : 0) | this.forced(rec);
    const message = this.core.messages.create({
      channelId: rec.channelId,
      authorId: this.world.botUser.id,
      payload,
      source: 'followup',
      type: rec.commandName ? MessageType.ChatInputCommand : MessageType.Reply,
      flags: requested & REPLY_FLAGS,
      extra: this.webhookMessageFields(rec, true),
      interactionId: rec.id,
    });
    rec.followUps.push(message);
    this.core.messageCreated(message);
    this.core.changed('interaction-followup', { interaction: rec, message });
    return message.data;
  }
}
