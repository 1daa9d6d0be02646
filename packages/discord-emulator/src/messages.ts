/**
 * The message store: every message the bot created (channel posts, interaction replies, follow-ups) and the ones
 * tests injected as users, with the exact payloads that went over the wire and each revision.
 */
import { Permission } from './permissions.js';
import { uploadOf, type Upload } from './rest/uploads.js';
import { userJson } from './world/json.js';
import type { Json } from './world/types.js';
import type { World } from './world/world.js';
import { MessageFlags } from './validation.js';

export const MessageType = {
  Default: 0,
  Reply: 19,
  ChatInputCommand: 20,
} as const;

export type MessageSource = 'channel' | 'interaction' | 'followup';

export interface MessageRevision {
  at: number;
  /** the body as sent */
  payload: Json;
  /** the message object after this revision */
  message: Json;
}

/** Who would actually be pinged, after allowed_mentions and permission rules. */
export interface Pings {
  users: string[];
  roles: string[];
  everyone: boolean;
  repliedUser: string | null;
}

export class StoredMessage {
  readonly revisions: MessageRevision[] = [];
  /** The bytes of each attachment, by attachment id (the `attachments` of `data` describe them). */
  readonly files = new Map<string, Upload>();
  pings: Pings = { users: [], roles: [], everyone: false, repliedUser: null };

  constructor(
    readonly id: string,
    readonly channelId: string,
    readonly guildId: string | null,
    readonly authorId: string,
    readonly source: MessageSource,
    readonly interactionId: string | null,
    /** the current API message object */
    public data: Json,
  ) {}

  get content(): string {
    return (this.data.content as string | undefined) ?? '';
  }
  get embeds(): Json[] {
    return (this.data.embeds as Json[] | undefined) ?? [];
  }
  get components(): Json[] {
    return (this.data.components as Json[] | undefined) ?? [];
  }
  get flags(): number {
    return (this.data.flags as number | undefined) ?? 0;
  }
  get attachments(): Json[] {
    return (this.data.attachments as Json[] | undefined) ?? [];
  }
  /** The attachment called `filename`, with its bytes as uploaded. */
  file(filename: string): (Upload & { readonly attachment: Json }) | undefined {
    const attachment = this.attachments.find((a) => a.filename === filename);
    const upload = attachment ? this.files.get(String(attachment.id)) : undefined;
    return attachment && upload ? { ...upload, attachment } : undefined;
  }
  get ephemeral(): boolean {
    return (this.flags & MessageFlags.Ephemeral) !== 0;
  }
  /** the body that created the message */
  get payload(): Json {
    return this.revisions[0]?.payload ?? {};
  }
  /** the latest allowed_mentions the bot sent for this message (undefined when it never sent one) */
  get allowedMentions(): Json | undefined {
    for (let i = this.revisions.length - 1; i >= 0; i--) {
      const am = this.revisions[i]!.payload.allowed_mentions;
      if (am !== undefined && am !== null) return am as Json;
    }
    return undefined;
  }
  /** revisions after the creation */
  get edits(): MessageRevision[] {
    return this.revisions.slice(1);
  }
}

export interface CreateMessageInput {
  channelId: string;
  authorId: string;
  payload: Json;
  source: MessageSource;
  type: number;
  /** extra message object fields (interaction metadata, webhook_id, ...) */
  extra?: Json;
  flags?: number;
  interactionId?: string | null;
  /** A forum post's first message has its thread's id; every other message a fresh one. */
  id?: string;
}

export class MessageStore {
  readonly byId = new Map<string, StoredMessage>();
  readonly byChannel = new Map<string, StoredMessage[]>();

  constructor(private readonly world: World) {}

  get(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  /** visible (non-ephemeral) messages of a channel, oldest first */
  list(channelId: string): StoredMessage[] {
    return [...(this.byChannel.get(channelId) ?? [])];
  }

  all(): StoredMessage[] {
    return [...this.byId.values()];
  }

  create(input: CreateMessageInput): StoredMessage {
    const channel = this.world.requireChannel(input.channelId);
    const id = input.id ?? this.world.ids.next();
    const flags = input.flags ?? (typeof input.payload.flags === 'number' ? input.payload.flags : 0);
    const reference = input.payload.message_reference as Json | undefined;
    const data: Json = {
      id,
      type: input.type,
      channel_id: channel.id,
      author: userJson(this.world, input.authorId),
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: input.payload.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags,
      ...(input.extra ?? {}),
    };
    if (channel.guildId) data.guild_id = channel.guildId;
    if (typeof input.payload.nonce === 'string' || typeof input.payload.nonce === 'number') data.nonce = input.payload.nonce;
    if (reference && typeof reference.message_id === 'string') {
      data.message_reference = {
        type: 0,
        message_id: reference.message_id,
        channel_id: channel.id,
        guild_id: channel.guildId ?? undefined,
      };
      const referenced = this.byId.get(reference.message_id);
      data.referenced_message = referenced ? referenced.data : null;
    }
    const message = new StoredMessage(id, channel.id, channel.guildId, input.authorId, input.source, input.interactionId ?? null, data);
    this.applyPayload(message, input.payload, true);
    this.byId.set(id, message);
    if (!message.ephemeral) {
      const list = this.byChannel.get(channel.id) ?? [];
      list.push(message);
      this.byChannel.set(channel.id, list);
      channel.lastMessageId = id;
    }
    return message;
  }

  edit(message: StoredMessage, payload: Json): StoredMessage {
    this.applyPayload(message, payload, false);
    message.data.edited_timestamp = new Date().toISOString();
    return message;
  }

  /** Would the message be empty after applying the payload? (Discord answers 50006.) */
  wouldBeEmpty(payload: Json, existing?: StoredMessage): boolean {
    const pick = (key: string, fallback: unknown): unknown => (key in payload ? payload[key] : fallback);
    const content = pick('content', existing?.content ?? '');
    const has = (v: unknown) => Array.isArray(v) && v.length > 0;
    const hasText = typeof content === 'string' && content.length > 0;
    return (
      !hasText &&
      !has(pick('embeds', existing?.embeds ?? [])) &&
      !has(pick('components', existing?.components ?? [])) &&
      !has(pick('attachments', existing?.attachments ?? []))
    );
  }

  private applyPayload(message: StoredMessage, payload: Json, creating: boolean): void {
    const data = message.data;
    if ('content' in payload) data.content = typeof payload.content === 'string' ? payload.content : '';
    if ('embeds' in payload) {
      data.embeds = Array.isArray(payload.embeds) ? payload.embeds.map((e) => normalizeEmbed(e as Json)) : [];
    }
    if ('components' in payload) data.components = Array.isArray(payload.components) ? structuredClone(payload.components) : [];
    if ('attachments' in payload) data.attachments = this.attachmentsOf(message, payload.attachments);
    if (!creating && typeof payload.flags === 'number') {
      // Only SUPPRESS_EMBEDS can change on edit; ephemeral/loading are fixed.
      data.flags = (message.flags & ~MessageFlags.SuppressEmbeds) | (payload.flags & MessageFlags.SuppressEmbeds);
    }
    if (!creating) data.flags = message.flags & ~MessageFlags.Loading;
    this.computeMentions(message, payload);
    message.revisions.push({ at: Date.now(), payload: structuredClone(payload), message: structuredClone(data) });
  }

  /**
   * The message's attachments after a body's `attachments`: an entry that came with a file is a new
   * attachment; one that names an attachment the message has keeps it; the others go, as on Discord.
   */
  private attachmentsOf(message: StoredMessage, entries: unknown): Json[] {
    const kept: Json[] = [];
    const files = new Map<string, Upload>();
    for (const entry of Array.isArray(entries) ? (entries as unknown[]) : []) {
      const upload = uploadOf(entry);
      const described = entry as Json;
      if (upload) {
        const id = this.world.ids.next();
        files.set(id, upload);
        kept.push(attachmentJson(id, message.channelId, upload, described));
        continue;
      }
      const existing = message.attachments.find((a) => a.id === String(described?.id));
      const bytes = existing ? message.files.get(String(existing.id)) : undefined;
      if (existing && bytes) {
        files.set(String(existing.id), bytes);
        kept.push(existing);
      }
    }
    message.files.clear();
    for (const [id, upload] of files) message.files.set(id, upload);
    return kept;
  }

  /** mentions / mention_roles / mention_everyone as Discord fills them, plus who would be pinged. */
  private computeMentions(message: StoredMessage, payload: Json): void {
    const content = message.content;
    const guild = message.guildId ? this.world.guilds.get(message.guildId) : undefined;
    const mentionedUsers = unique([...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!)).filter((id) => this.world.users.has(id));
    const mentionedRoles = guild ? unique([...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!)).filter((id) => guild.roles.has(id)) : [];
    const everyoneText = /@(everyone|here)\b/.test(content);

    const sent = payload.allowed_mentions;
    const allowed = sent !== undefined && sent !== null ? (sent as Json) : (message.allowedMentions ?? undefined);
    const parse: unknown[] = allowed ? (Array.isArray(allowed.parse) ? allowed.parse : []) : ['users', 'roles', 'everyone'];
    const allowUsers: unknown[] = allowed && Array.isArray(allowed.users) ? allowed.users : [];
    const allowRoles: unknown[] = allowed && Array.isArray(allowed.roles) ? allowed.roles : [];
    const canMentionEveryone = guild
      ? (this.world.channelPermissions(message.channelId, message.authorId) & Permission.MentionEveryone) !== 0n
      : false;

    const users = mentionedUsers.filter((id) => parse.includes('users') || allowUsers.includes(id));
    const roles = mentionedRoles.filter(
      (id) => (parse.includes('roles') || allowRoles.includes(id)) && (guild?.roles.get(id)?.mentionable === true || canMentionEveryone),
    );
    const everyone = everyoneText && parse.includes('everyone') && canMentionEveryone;

    let repliedUser: string | null = null;
    const ref = message.data.referenced_message as Json | null | undefined;
    if (ref && typeof ref === 'object') {
      const wants = allowed ? allowed.replied_user === true : true;
      const author = (ref.author as Json | undefined)?.id;
      if (wants && typeof author === 'string') repliedUser = author;
    }

    message.data.mentions = unique([...users, ...(repliedUser ? [repliedUser] : [])]).map((id) => userJson(this.world, id));
    message.data.mention_roles = roles;
    message.data.mention_everyone = everyone;
    message.pings = { users, roles, everyone, repliedUser };
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** An attachment object as Discord returns it; an image's width and height come from its header. */
function attachmentJson(id: string, channelId: string, upload: Upload, entry: Json): Json {
  const filename = typeof entry.filename === 'string' && entry.filename ? entry.filename : upload.filename;
  const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
  const json: Json = { id, filename, size: upload.bytes.length, url, proxy_url: url, content_type: upload.contentType };
  if (typeof entry.description === 'string') json.description = entry.description;
  const png = pngSize(upload.bytes);
  if (png) Object.assign(json, png);
  return json;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function normalizeEmbed(embed: Json): Json {
  const out: Json = { type: 'rich', ...structuredClone(embed) };
  if (Array.isArray(out.fields)) {
    out.fields = (out.fields as Json[]).map((f) => ({ ...f, inline: f.inline ?? false }));
  }
  for (const key of ['image', 'thumbnail'] as const) {
    const media = out[key] as Json | undefined;
    if (media && typeof media.url === 'string') out[key] = { proxy_url: media.url, width: 0, height: 0, ...media };
  }
  return out;
}
