/**
 * DiscordEmulator: a loopback Discord API (REST /api/v10 + gateway) for driving the real discord.js client
 * in tests and in offline runs of a bot.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorCore } from './core.js';
import type { EmulatorEvents, RequestRecord } from './events.js';
import { Gateway } from './gateway/gateway.js';
import type { GatewaySession } from './gateway/session.js';
import { InteractionFactory, type AutocompleteInvocation, type ButtonPress, type CommandInvocation } from './interactions/create.js';
import { InteractionLog, type InteractionHandle, type InteractionRecord } from './interactions/records.js';
import { InteractionResponses } from './interactions/responses.js';
import type { StoredMessage } from './messages.js';
import type { DiscordEmulatorOptions } from './options.js';
import type { FaultSpec, RouteMatcher } from './rest/faults.js';
import { compileRoute, matchRoute, splitPath } from './rest/routePattern.js';
import { defineRoutes } from './rest/routes.js';
import { RestApi } from './rest/server.js';
import { handled } from './waiters.js';
import { activeThreads, addForum, archivedThreads, closeThread, type ThreadEnd } from './world/forums.js';
import { channelJson, guildCreateJson, memberJson, roleJson, threadJson } from './world/json.js';
import {
  ChannelType,
  type ChannelInit,
  type ChannelState,
  type ForumInit,
  type GuildInit,
  type GuildState,
  type MemberInit,
  type MemberState,
  type RegisteredCommand,
  type RoleInit,
  type RoleState,
  type UserInit,
  type UserState,
} from './world/types.js';
import type { World } from './world/world.js';

export interface DropOptions {
  shardId?: number;
  /** close code (default 4000, which discord.js answers with RESUME) or "tcp" for a reset without a close frame */
  code?: number | 'tcp';
}

export type GatewayOutcome = 'resumed' | 'identified';

export class DiscordEmulator {
  private readonly core: EmulatorCore;
  private readonly rest: RestApi;
  private readonly gateway: Gateway;
  private readonly interactionLog = new InteractionLog();
  private readonly interactionFactory: InteractionFactory;
  private server: Server | null = null;

  /** The parts share the core and are handed what they need of each other; none holds the others. */
  constructor(options: DiscordEmulatorOptions = {}) {
    const core = new EmulatorCore(options);
    const gateway = new Gateway(core);
    const log = this.interactionLog;
    this.core = core;
    this.gateway = gateway;
    this.interactionFactory = new InteractionFactory(core, log, (guildId, payload) => gateway.dispatchInteraction(guildId, payload));
    const interactions = new InteractionResponses(core, log);
    this.rest = new RestApi(core, (route) => defineRoutes(route, { core, interactions, gateway }));
  }

  // -- lifecycle ----------------------------------------------------------------------------------------------------

  /** Starts listening (127.0.0.1, random port by default). */
  async start(): Promise<{ restUrl: string; gatewayUrl: string; port: number }> {
    if (this.server) throw new Error('Emulator already started');
    const server = createServer((req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        this.core.log('error', `request handling failed: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    server.keepAliveTimeout = 5_000;
    this.gateway.attach(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.core.options.port, this.core.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.core.port = (server.address() as AddressInfo).port;
    this.core.log('info', `emulator listening on ${this.core.baseUrl} (REST ${this.restUrl}, gateway ${this.gatewayUrl})`);
    return { restUrl: this.restUrl, gatewayUrl: this.gatewayUrl, port: this.core.port };
  }

  /** Closes every socket and the server, cancels pending waits. Destroy the discord.js client first. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.core.waiters.cancelAll('Emulator stopped');
    await this.gateway.close();
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
    this.core.events.removeAllListeners();
    this.core.log('info', 'emulator stopped');
  }

  get started(): boolean {
    return this.server !== null;
  }

  /** For discord.js `rest: { api }` (discord.js appends /v10). */
  get restUrl(): string {
    this.assertStarted();
    return `${this.core.baseUrl}/api`;
  }

  get gatewayUrl(): string {
    this.assertStarted();
    return this.core.gatewayUrl;
  }

  get port(): number {
    return this.core.port;
  }

  get token(): string {
    return this.core.options.token;
  }

  get applicationId(): string {
    return this.core.world.applicationId;
  }

  get botUser(): UserState {
    return this.core.world.botUser;
  }

  /** The raw world state (guilds, channels, users, commands). */
  get world(): World {
    return this.core.world;
  }

  /** Subscribe to emulator events (see EmulatorEvents): request, message, interaction, interaction-response, ... */
  on<K extends keyof EmulatorEvents>(event: K, listener: (payload: EmulatorEvents[K]) => void): this {
    this.core.events.on(event, listener);
    return this;
  }

  off<K extends keyof EmulatorEvents>(event: K, listener: (payload: EmulatorEvents[K]) => void): this {
    this.core.events.off(event, listener);
    return this;
  }

  private assertStarted(): void {
    if (!this.server) throw new Error('Emulator not started; call start() first');
  }

  // -- world builders -------------------------------------------------------------------------------------------------

  addUser(init: UserInit = {}): UserState {
    return this.core.world.addUser(init);
  }

  /** A guild with @everyone (id = guild id), the bot's managed role and member, an owner and a #general system channel. */
  addGuild(init: GuildInit = {}): GuildState {
    const { guild } = this.core.world.addGuild(init);
    this.gateway.dispatchGuildEvent(guild.id, 'GUILD_CREATE', guildCreateJson(this.core.world, guild), 1);
    return guild;
  }

  addTextChannel(guildId: string, init: ChannelInit = {}): ChannelState {
    const channel = this.core.world.addChannel(guildId, { ...init, type: init.type ?? ChannelType.GuildText });
    this.gateway.dispatchGuildEvent(guildId, 'CHANNEL_CREATE', channelJson(this.core.world, channel), 1);
    return channel;
  }

  /** A forum channel (type 15) with its tags; the bot posts in it with POST /channels/:id/threads. */
  addForumChannel(guildId: string, init: ForumInit = {}): ChannelState {
    const forum = addForum(this.core.world, guildId, init);
    this.gateway.dispatchGuildEvent(guildId, 'CHANNEL_CREATE', channelJson(this.core.world, forum), 1);
    return forum;
  }

  /** A forum's posts (threads), oldest first, archived ones too. */
  threads(forumId: string): ChannelState[] {
    return [...activeThreads(this.core.world, this.channel(forumId).guildId!, forumId), ...archivedThreads(this.core.world, forumId)];
  }

  /** A post archived (as Discord does after its inactivity period), locked too, or deleted: THREAD_UPDATE or THREAD_DELETE. */
  closeThread(threadId: string, how: ThreadEnd = 'archive'): void {
    const { event, thread } = closeThread(this.core.world, threadId, how);
    this.gateway.dispatchGuildEvent(thread.guildId, event, threadJson(thread), 1);
  }

  addRole(guildId: string, init: RoleInit = {}): RoleState {
    const role = this.core.world.addRole(guildId, init);
    this.gateway.dispatchGuildEvent(guildId, 'GUILD_ROLE_CREATE', { guild_id: guildId, role: roleJson(this.core.world, role) }, 1);
    return role;
  }

  /** Adds a member; `user` is an existing user id or the init of a new user. */
  addMember(guildId: string, user: string | UserInit = {}, init: MemberInit = {}): MemberState & { user: UserState } {
    const world = this.core.world;
    const userState = typeof user === 'string' ? world.requireUser(user) : world.addUser(user);
    const member = world.addMember(guildId, userState.id, init);
    this.gateway.dispatchGuildEvent(guildId, 'GUILD_MEMBER_ADD', { ...memberJson(world, member), guild_id: guildId }, 1 << 1);
    return { ...member, user: userState };
  }

  /** One guild "Sandbox" with #general and a member "tester": a text session's world, and handy for quick tests. */
  seedDefaultWorld(): { guild: GuildState; channel: ChannelState; user: UserState } {
    const guild = this.addGuild({ name: 'Sandbox' });
    const { user } = this.addMember(guild.id, { username: 'tester', globalName: 'Tester' });
    const channel = this.core.world.requireChannel(guild.systemChannelId!);
    return { guild, channel, user };
  }

  guild(id: string): GuildState {
    return this.core.world.requireGuild(id);
  }

  channel(id: string): ChannelState {
    return this.core.world.requireChannel(id);
  }

  /** Registered commands: global ones, or a guild's. */
  commands(guildId?: string): RegisteredCommand[] {
    return [...this.core.world.commandsFor(guildId ?? null)];
  }

  // -- records ----------------------------------------------------------------------------------------------------------

  /** Every REST request, in arrival order (including faulted and rejected ones). */
  get requests(): readonly RequestRecord[] {
    return this.core.requests;
  }

  /** Requests matching a route pattern such as "POST /channels/:id/messages" (`*` = any segment). */
  requestsTo(route: string): RequestRecord[] {
    const pattern = compileRoute(route);
    return this.core.requests.filter((r) => matchRoute(pattern, r.method, splitPath(r.path)) !== null);
  }

  /** Visible messages of a channel, oldest first (ephemeral ones excluded). */
  messages(channelId: string): StoredMessage[] {
    return this.core.messages.list(channelId);
  }

  /** Every message ever stored, including ephemeral ones. */
  allMessages(): StoredMessage[] {
    return this.core.messages.all();
  }

  message(id: string): StoredMessage | undefined {
    return this.core.messages.get(id);
  }

  get interactions(): InteractionRecord[] {
    return this.interactionLog.all();
  }

  interaction(id: string): InteractionRecord | undefined {
    return this.interactionLog.get(id);
  }

  /** Forget recorded requests (messages and interactions stay). */
  clearRequests(): void {
    this.core.requests.length = 0;
  }

  // -- user actions ---------------------------------------------------------------------------------------------------

  /** A user runs a slash command; the command must be registered. */
  sendCommand(inv: CommandInvocation): InteractionHandle {
    return this.interactionFactory.command(inv);
  }

  /** A user types into an autocomplete option (`focused`). */
  sendAutocomplete(inv: AutocompleteInvocation): InteractionHandle {
    return this.interactionFactory.autocomplete(inv);
  }

  /** A user presses a button of a message; the button must exist and be enabled. */
  pressButton(press: ButtonPress): InteractionHandle {
    return this.interactionFactory.button(press);
  }

  // -- waiting --------------------------------------------------------------------------------------------------------

  /** The first visible message in the channel (existing or future) matching the predicate. */
  waitForMessage(channelId: string, predicate: (message: StoredMessage) => boolean = () => true, timeoutMs = 5000): Promise<StoredMessage> {
    return this.core.waiters.wait(() => this.core.messages.list(channelId).find(predicate), timeoutMs, `a message in channel ${channelId}`);
  }

  /** The first request (existing or future) matching a route pattern and optional predicate. */
  waitForRequest(route: string, predicate: (request: RequestRecord) => boolean = () => true, timeoutMs = 5000): Promise<RequestRecord> {
    const pattern = compileRoute(route);
    return this.core.waiters.wait(
      () => this.core.requests.find((r) => matchRoute(pattern, r.method, splitPath(r.path)) !== null && predicate(r)),
      timeoutMs,
      `a request to ${route}`,
    );
  }

  /** Resolves once `count` commands are registered (globally, or for the guild). */
  waitForCommands(options: { guildId?: string; count?: number } = {}, timeoutMs = 5000): Promise<RegisteredCommand[]> {
    const count = options.count ?? 1;
    return this.core.waiters.wait(
      () => {
        const list = this.core.world.commandsFor(options.guildId ?? null);
        return list.length >= count ? [...list] : undefined;
      },
      timeoutMs,
      `${count} registered command(s)`,
    );
  }

  /** Resolves when the shard has a live session (after READY and its GUILD_CREATEs, or after RESUMED). */
  waitForShard(shardId = 0, timeoutMs = 5000): Promise<void> {
    return this.core.waiters
      .wait(() => (this.gateway.liveSessions(shardId).length > 0 ? true : undefined), timeoutMs, `shard ${shardId} to be live`)
      .then(() => undefined);
  }

  /** Live gateway sessions (one per connected shard). */
  get sessions(): GatewaySession[] {
    return this.gateway.liveSessions();
  }

  // -- faults ---------------------------------------------------------------------------------------------------------

  /**
   * The next `count` requests matching `route` get the fault instead of an answer.
   * Route: "POST /interactions/:id/:token/callback" (`*` or `:x` = one segment, `**` = the rest), a RegExp on
   * "METHOD /path", or a predicate.
   */
  failNext(route: RouteMatcher, fault: FaultSpec, count = 1): void {
    this.rest.faults.failNext(route, fault, count);
  }

  clearFaults(): void {
    this.rest.faults.clear();
  }

  /** How long an enforced `nonce` holds from now on (0: off, so a repeat is posted again); see the option. */
  setNonceWindow(ms: number): void {
    this.core.nonceWindowMs = Math.max(0, ms);
  }

  /**
   * Drops the shard's gateway connection. The promise resolves when the shard is back (resumed or re-identified,
   * emulator side). Wait for the client's `shardResume` / `shardReady` too before the next fault (see docs).
   */
  dropConnection(options: DropOptions = {}): Promise<GatewayOutcome> {
    const shardId = options.shardId ?? 0;
    const wait = this.waitForComeback(shardId);
    this.gateway.drop(shardId, options.code ?? 4000);
    return wait;
  }

  /** Sends op 7 RECONNECT; discord.js reconnects and resumes. */
  sendReconnect(shardId = 0): Promise<GatewayOutcome> {
    const wait = this.waitForComeback(shardId);
    this.gateway.reconnect(shardId);
    return wait;
  }

  /** Sends op 9 INVALID_SESSION; `resumable: false` (default) forces a fresh IDENTIFY. */
  invalidateSession(options: { shardId?: number; resumable?: boolean } = {}): Promise<GatewayOutcome> {
    const shardId = options.shardId ?? 0;
    const wait = this.waitForComeback(shardId);
    this.gateway.invalidate(shardId, options.resumable ?? false);
    return wait;
  }

  /** Swallows the next `count` heartbeat ACKs of the shard (discord.js then treats it as a zombie and resumes). */
  withholdHeartbeatAcks(shardId = 0, count = 1): void {
    this.gateway.withholdAcks(shardId, count);
  }

  private waitForComeback(shardId: number, timeoutMs = 10_000): Promise<GatewayOutcome> {
    const counter = this.gateway.counter(shardId);
    const before = { ...counter };
    return handled(
      this.core.waiters.wait<GatewayOutcome>(
        () => (counter.resumes > before.resumes ? 'resumed' : counter.identifies > before.identifies ? 'identified' : undefined),
        timeoutMs,
        `shard ${shardId} to resume or re-identify`,
      ),
    );
  }
}
