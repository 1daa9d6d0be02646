/**
 * The gateway (JSON encoding, no compression) on the same HTTP server: HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * heartbeats, sequence numbers, RESUME with replay, sharding, and faults (drops, op 7, op 9, withheld ACKs).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { EmulatorCore } from '../core.js';
import { shardIdForGuild } from '../snowflake.js';
import { botUserJson, guildCreateJson } from '../world/json.js';
import type { Json } from '../world/types.js';
import { GatewayCloseCode, GatewayOpcode, PRIVILEGED_INTENTS } from './protocol.js';
import { GatewayConnection, GatewaySession, MAX_BUFFERED_EVENTS, type BufferedEvent, type ShardCounters } from './session.js';

export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  readonly sessions = new Map<string, GatewaySession>();
  private readonly connections = new Set<GatewayConnection>();
  private readonly counters = new Map<number, ShardCounters>();
  identifyCount = 0;

  constructor(private readonly core: EmulatorCore) {}

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', this.core.baseUrl);
      if (url.pathname.startsWith('/api')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
    });
  }

  counter(shardId: number): ShardCounters {
    let c = this.counters.get(shardId);
    if (!c) {
      c = { identifies: 0, resumes: 0 };
      this.counters.set(shardId, c);
    }
    return c;
  }

  /** Live (connected, identified) sessions, optionally for one shard. */
  liveSessions(shardId?: number): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => s.connected && s.live && (shardId === undefined || s.shardId === shardId));
  }

  // -- connections --------------------------------------------------------------------------------------------------

  private onConnection(ws: WebSocket, url: URL): void {
    const conn = new GatewayConnection(ws);
    this.connections.add(conn);
    ws.on('close', (code) => {
      this.connections.delete(conn);
      const session = conn.session;
      if (session && session.connection === conn) {
        session.connection = null;
        session.live = false;
        this.core.log('info', `gateway: shard ${session.shardId} disconnected (code ${code})`);
        this.core.changed('disconnect', { shardId: session.shardId, sessionId: session.id, code });
      }
    });
    ws.on('error', (error) => this.core.log('warn', `gateway socket error: ${error.message}`));

    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (version !== null && version !== '10' && version !== '9') {
      ws.close(GatewayCloseCode.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (encoding !== 'json') {
      ws.close(GatewayCloseCode.DecodeError, 'Only encoding=json is emulated');
      return;
    }
    if (url.searchParams.has('compress')) {
      this.core.log('warn', 'gateway: transport compression (zlib-stream) is not emulated; uninstall zlib-sync');
      ws.close(GatewayCloseCode.UnknownError, 'Transport compression is not supported by the emulator');
      return;
    }
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    conn.send({
      op: GatewayOpcode.Hello,
      d: { heartbeat_interval: this.core.options.heartbeatIntervalMs, _trace: ['emulator-gateway'] },
      s: null,
      t: null,
    });
  }

  private onMessage(conn: GatewayConnection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
    } catch {
      conn.ws.close(GatewayCloseCode.DecodeError, 'Decode error');
      return;
    }
    const d = payload.d as Json | null | undefined;
    switch (payload.op) {
      case GatewayOpcode.Heartbeat:
        if (conn.withheldAcks > 0) {
          conn.withheldAcks--;
          this.core.log('info', 'gateway: withholding a heartbeat ACK');
        } else {
          conn.send({ op: GatewayOpcode.HeartbeatAck, d: null, s: null, t: null });
        }
        return;
      case GatewayOpcode.Identify:
        this.onIdentify(conn, d ?? {});
        return;
      case GatewayOpcode.Resume:
        this.onResume(conn, d ?? {});
        return;
      default:
        break;
    }
    if (!conn.session) {
      conn.ws.close(GatewayCloseCode.NotAuthenticated, 'Not authenticated');
      return;
    }
    // A presence update is accepted and ignored; nothing else a bot may send is emulated.
    if (payload.op !== GatewayOpcode.PresenceUpdate) conn.ws.close(GatewayCloseCode.UnknownOpcode, 'Unknown opcode');
  }

  private tokenMatches(token: unknown): boolean {
    const expected = this.core.options.token;
    return token === expected || token === `Bot ${expected}`;
  }

  private onIdentify(conn: GatewayConnection, d: Json): void {
    if (conn.session) {
      conn.ws.close(GatewayCloseCode.AlreadyAuthenticated, 'Already authenticated');
      return;
    }
    if (!this.tokenMatches(d.token)) {
      this.core.log('warn', 'gateway: IDENTIFY with a wrong token -> 4004');
      conn.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed');
      return;
    }
    const intents = d.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents) || intents < 0) {
      conn.ws.close(GatewayCloseCode.InvalidIntents, 'Invalid intent(s)');
      return;
    }
    if (intents & PRIVILEGED_INTENTS & ~this.core.options.allowedPrivilegedIntents) {
      conn.ws.close(GatewayCloseCode.DisallowedIntents, 'Disallowed intent(s)');
      return;
    }
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    const [shardId, shardCount] = shard as [unknown, unknown];
    if (typeof shardId !== 'number' || typeof shardCount !== 'number' || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      conn.ws.close(GatewayCloseCode.InvalidShard, 'Invalid shard');
      return;
    }
    if (shardCount < this.core.options.minShards) {
      this.core.log('warn', `gateway: IDENTIFY with ${shardCount} shard(s), ${this.core.options.minShards} required -> 4011`);
      conn.ws.close(GatewayCloseCode.ShardingRequired, 'Sharding required');
      return;
    }
    // Sessions of this shard that nobody resumed are abandoned now.
    for (const [id, s] of this.sessions) {
      if (s.shardId === shardId && s.shardCount === shardCount && !s.connected) this.sessions.delete(id);
    }
    this.identifyCount++;
    const session = new GatewaySession(randomBytes(16).toString('hex'), shardId, shardCount, intents);
    this.sessions.set(session.id, session);
    conn.session = session;
    session.connection = conn;
    session.live = true;

    const world = this.core.world;
    // Only the servers the bot is in: one reached through a user's install sends it interactions, nothing else.
    const guilds = [...world.guilds.values()].filter(
      (g) => g.members.has(world.botUser.id) && shardIdForGuild(g.id, shardCount) === shardId,
    );
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: botUserJson(world),
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.core.gatewayUrl,
      shard: [shardId, shardCount],
      application: { id: world.applicationId, flags: this.core.options.applicationFlags },
      session_type: 'normal',
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth: {},
      _trace: ['emulator-gateway'],
    });
    for (const guild of guilds) this.dispatchTo(session, 'GUILD_CREATE', guildCreateJson(world, guild));
    this.counter(shardId).identifies++;
    this.core.log('info', `gateway: shard ${shardId}/${shardCount} identified (session ${session.id}, ${guilds.length} guild(s))`);
    this.core.changed('identify', { shardId, shardCount, sessionId: session.id, guildIds: guilds.map((g) => g.id) });
  }

  private onResume(conn: GatewayConnection, d: Json): void {
    if (!this.tokenMatches(d.token)) {
      conn.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    const oldest = session?.events[0]?.s ?? 1;
    if (!session || session.invalidated || seq > session.seq || (seq + 1 < oldest && session.seq > seq)) {
      this.core.log('info', 'gateway: RESUME of an unknown or stale session -> op 9 (not resumable)');
      if (conn.session === session) conn.session = null;
      conn.send({ op: GatewayOpcode.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (conn.session && conn.session !== session) {
      conn.ws.close(GatewayCloseCode.AlreadyAuthenticated, 'Already authenticated');
      return;
    }
    const previous = session.connection;
    if (previous && previous !== conn) {
      previous.session = null;
      previous.ws.terminate();
    }
    conn.session = session;
    session.connection = conn;
    const missed = session.events.filter((e) => e.s > seq);
    for (const e of missed) conn.send({ op: GatewayOpcode.Dispatch, t: e.t, s: e.s, d: e.d });
    session.live = true;
    session.resumes++;
    this.dispatchTo(session, 'RESUMED', { _trace: ['emulator-gateway'] });
    this.counter(session.shardId).resumes++;
    this.core.log('info', `gateway: shard ${session.shardId} resumed, replayed ${missed.length} event(s)`);
    this.core.changed('resume', { shardId: session.shardId, sessionId: session.id, replayed: missed.length });
  }

  // -- dispatching -----------------------------------------------------------------------------------------------------

  /** Assigns the next sequence number, buffers for resume, and sends if the session is live. */
  dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    if (session.invalidated) return;
    const event: BufferedEvent = { s: ++session.seq, t, d };
    session.events.push(event);
    if (session.events.length > MAX_BUFFERED_EVENTS) session.events.shift();
    if (session.live && session.connection) session.connection.send({ op: GatewayOpcode.Dispatch, t, s: event.s, d });
  }

  /** Sessions a guild's events go to: (guild_id >> 22) % shard_count === shard_id; DMs go to shard 0. */
  sessionsForGuild(guildId: string | null): GatewaySession[] {
    return [...this.sessions.values()].filter(
      (s) => !s.invalidated && (guildId === null ? s.shardId === 0 : shardIdForGuild(guildId, s.shardCount) === s.shardId),
    );
  }

  /** Dispatches to every session that gets the guild's events; returns their shard ids. */
  dispatchGuildEvent(guildId: string | null, t: string, d: unknown, intent?: number): number[] {
    const shards: number[] = [];
    const guild = guildId ? this.core.world.guilds.get(guildId) : undefined;
    if (guild && t !== 'INTERACTION_CREATE' && !guild.members.has(this.core.world.botUser.id)) return shards;
    for (const session of this.sessionsForGuild(guildId)) {
      if (intent !== undefined && !(session.intents & intent)) continue;
      this.dispatchTo(session, t, d);
      shards.push(session.shardId);
    }
    return shards;
  }

  /** Returns the shard ids of the sessions it went to (live, or buffered for a resume). */
  dispatchInteraction(guildId: string | null, payload: Json): number[] {
    const shards = this.dispatchGuildEvent(guildId, 'INTERACTION_CREATE', payload);
    if (shards.length === 0)
      this.core.log(
        'warn',
        `gateway: no session for ${guildId ? `guild ${guildId}` : 'DMs'}; interaction ${String(payload.id)} not delivered`,
      );
    return shards;
  }

  // -- faults -------------------------------------------------------------------------------------------------------------

  private targetSessions(shardId: number): GatewaySession[] {
    const sessions = this.liveSessions(shardId);
    if (sessions.length === 0) throw new Error(`No live gateway session for shard ${shardId}`);
    return sessions;
  }

  /** Close the shard's socket (non-1000 codes make discord.js resume) or drop TCP without a close frame. */
  drop(shardId: number, code: number | 'tcp'): void {
    for (const session of this.targetSessions(shardId)) {
      const ws = session.connection!.ws;
      this.core.log('info', `gateway: dropping shard ${shardId} (${code === 'tcp' ? 'TCP reset' : `close ${code}`})`);
      if (code === 'tcp') ws.terminate();
      else ws.close(code, 'Emulated disconnect');
    }
  }

  /** op 7: the client should reconnect and resume. */
  reconnect(shardId: number): void {
    for (const session of this.targetSessions(shardId)) {
      session.connection!.send({ op: GatewayOpcode.Reconnect, d: null, s: null, t: null });
    }
  }

  /** op 9: resumable=false forgets the session, forcing a fresh IDENTIFY. */
  invalidate(shardId: number, resumable: boolean): void {
    for (const session of this.targetSessions(shardId)) {
      const conn = session.connection!;
      session.live = false;
      if (!resumable) {
        session.invalidated = true;
        this.sessions.delete(session.id);
        conn.session = null;
        session.connection = null;
      }
      conn.send({ op: GatewayOpcode.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  withholdAcks(shardId: number, count: number): void {
    for (const session of this.targetSessions(shardId)) session.connection!.withheldAcks += count;
  }

  /** Closes every socket and the WebSocket server. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.sessions.clear();
  }
}
