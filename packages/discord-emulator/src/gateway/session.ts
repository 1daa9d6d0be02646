/**
 * A gateway session (one per shard that identified) and the WebSocket connection that currently carries it.
 * The session outlives its connection: it keeps its sequence numbers and buffers its dispatches for a RESUME.
 */
import { WebSocket } from 'ws';
import type { Json } from '../world/types.js';

export const MAX_BUFFERED_EVENTS = 5000;

export interface BufferedEvent {
  s: number;
  t: string;
  d: unknown;
}

export class GatewaySession {
  seq = 0;
  readonly events: BufferedEvent[] = [];
  connection: GatewayConnection | null = null;
  /** dispatches are sent live only when true (after READY / RESUMED) */
  live = false;
  invalidated = false;
  resumes = 0;

  constructor(
    readonly id: string,
    readonly shardId: number,
    readonly shardCount: number,
    readonly intents: number,
  ) {}

  get connected(): boolean {
    return this.connection !== null && this.connection.ws.readyState === WebSocket.OPEN;
  }
}

export class GatewayConnection {
  session: GatewaySession | null = null;
  withheldAcks = 0;
  constructor(readonly ws: WebSocket) {}

  send(payload: Json): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(payload));
  }
}

export interface ShardCounters {
  identifies: number;
  resumes: number;
}
