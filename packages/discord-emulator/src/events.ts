/**
 * What the emulator records of each REST request, and the events DiscordEmulator#on delivers.
 */
import type { InteractionCallbackRecord, InteractionRecord } from './interactions/records.js';
import type { StoredMessage } from './messages.js';
import type { RegisteredCommand } from './world/types.js';

export interface RequestRecord {
  seq: number;
  at: number;
  method: string;
  /** path after /api/v10, without the query string */
  path: string;
  /** matched route pattern, e.g. "POST /channels/:channel_id/messages" (null for unknown routes) */
  route: string | null;
  query: Record<string, string>;
  /** parsed JSON body */
  body: unknown;
  status: number;
  response: unknown;
  /** set when an injected fault answered the request */
  fault: 'rate-limit' | 'server-error' | null;
  authorized: boolean;
}

/** Events of DiscordEmulator#on. */
export interface EmulatorEvents {
  /** every REST request, after it was answered */
  request: RequestRecord;
  /** the bot created or edited a message (channel posts, interaction replies and follow-ups) */
  message: { message: StoredMessage; action: 'create' | 'update' };
  /** a user action was injected (INTERACTION_CREATE) */
  interaction: InteractionRecord;
  /** the initial callback was accepted */
  'interaction-response': { interaction: InteractionRecord; callback: InteractionCallbackRecord; message: StoredMessage | null };
  /** a callback was refused (late 10062, duplicate 40060, invalid 50035 / 50006) */
  'interaction-rejected': InteractionRecord;
  /** @original was edited through the interaction webhook */
  'interaction-edit': { interaction: InteractionRecord; message: StoredMessage };
  'interaction-followup': { interaction: InteractionRecord; message: StoredMessage };
  commands: { guildId: string | null; commands: RegisteredCommand[] };
  identify: { shardId: number; shardCount: number; sessionId: string; guildIds: string[] };
  resume: { shardId: number; sessionId: string; replayed: number };
  disconnect: { shardId: number; sessionId: string; code: number };
}
