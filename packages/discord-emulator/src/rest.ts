/**
 * REST API under /api/v10 on Node's http server: routing, auth, fault injection, request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore, RequestRecord } from './core.js';
import {
  ApiError,
  compileRoute,
  Errors,
  matchRoute,
  parseBody,
  readRaw,
  sendEmpty,
  sendJson,
  splitPath,
  type RoutePattern,
} from './http-util.js';
import { MessageType } from './messages.js';
import { Permission } from './permissions.js';
import type { Json, RegisteredCommand } from './state.js';
import { FormErrors, MessageFlags, validateMessagePayload, type Path } from './validation.js';

type Auth = 'bot' | 'interaction' | 'none';

export interface RouteContext {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  arrivedAt: number;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

interface Route {
  pattern: RoutePattern;
  auth: Auth;
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

export type RouteMatcher = string | RegExp | ((request: { method: string; path: string }) => boolean);

export type FaultSpec =
  | {
      status: 429;
      /** seconds, fractions allowed (default 0.1) */
      retryAfter?: number;
      /** X-RateLimit-Scope (default "user", "global" when global) */
      scope?: 'user' | 'global' | 'shared';
      /** sends X-RateLimit-Global: true, which blocks every route in discord.js */
      global?: boolean;
    }
  | { status: 500 | 502 | 503 | 504 };

interface ArmedFault {
  test: (method: string, path: string) => boolean;
  spec: FaultSpec;
  remaining: number;
  description: string;
}

const ok = (body?: unknown): RouteResult => ({ status: body === undefined ? 204 : 200, body });

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class RestApi {
  private readonly routes: Route[] = [];
  private readonly faults: ArmedFault[] = [];
  private seq = 0;

  constructor(private readonly core: EmulatorCore) {
    this.defineRoutes();
  }

  // -- faults ---------------------------------------------------------------------------------------------------------

  failNext(matcher: RouteMatcher, spec: FaultSpec, count = 1): void {
    let test: ArmedFault['test'];
    let description: string;
    if (typeof matcher === 'string') {
      const pattern = compileRoute(matcher);
      test = (method, path) => matchRoute(pattern, method, splitPath(path)) !== null;
      description = matcher;
    } else if (matcher instanceof RegExp) {
      test = (method, path) => matcher.test(`${method} ${path}`);
      description = matcher.toString();
    } else {
      test = (method, path) => matcher({ method, path });
      description = 'predicate';
    }
    this.faults.push({ test, spec, remaining: count, description });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  get pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.remaining, 0);
  }

  private takeFault(method: string, path: string): FaultSpec | null {
    const fault = this.faults.find((f) => f.remaining > 0 && f.test(method, path));
    if (!fault) return null;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault.spec;
  }

  // -- request handling -----------------------------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.core.baseUrl);
    const apiMatch = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const path = '/' + splitPath(apiMatch?.[2] ?? '/').join('/');
    const record: RequestRecord = {
      seq: ++this.seq,
      at: arrivedAt,
      method,
      path,
      route: null,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      response: undefined,
      fault: null,
      authorized: false,
    };
    let raw: Buffer;
    try {
      raw = await readRaw(req);
    } catch (error) {
      this.finish(res, record, error instanceof ApiError ? error : new ApiError(400, 0, 'Bad Request'));
      return;
    }
    try {
      const body = parseBody(raw, req.headers['content-type']);
      record.body = body;
      const expected = `Bot ${this.core.options.token}`;
      record.authorized = req.headers.authorization === expected;

      if (!apiMatch || (apiMatch[1] !== undefined && apiMatch[1] !== '10' && apiMatch[1] !== '9')) throw Errors.notFound();

      const fault = this.takeFault(method, path);
      if (fault) {
        this.answerFault(res, record, fault);
        return;
      }

      const segments = splitPath(path);
      let route: Route | undefined;
      let params: Record<string, string> | null = null;
      let pathExists = false;
      for (const r of this.routes) {
        const p = matchRoute({ ...r.pattern, method: null }, method, segments);
        if (!p) continue;
        pathExists = true;
        if (r.pattern.method === method) {
          route = r;
          params = p;
          break;
        }
      }
      if (!route || !params) throw pathExists ? Errors.methodNotAllowed() : Errors.notFound();
      record.route = route.pattern.source;
      if (route.auth === 'bot' && !record.authorized) throw Errors.unauthorized();

      // Handlers are synchronous: the record is logged in the same tick as the state change it caused.
      let result = route.handler({ method, params, query: url.searchParams, body, arrivedAt });
      if (result instanceof Promise) result = await result;
      record.status = result.status;
      record.response = result.body;
      if (result.status === 204 || result.body === undefined) sendEmpty(res, result.status === 200 ? 204 : result.status);
      else sendJson(res, result.status, result.body);
      this.logged(record);
    } catch (error) {
      if (error instanceof ApiError) {
        this.finish(res, record, error);
      } else {
        this.core.log('error', `${method} ${path} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        this.finish(res, record, new ApiError(500, 0, '500: Internal Server Error'));
      }
    }
  }

  private finish(res: ServerResponse, record: RequestRecord, error: ApiError): void {
    record.status = error.status;
    record.response = error.toJson();
    if (!res.headersSent) sendJson(res, error.status, error.toJson());
    this.logged(record);
  }

  private answerFault(res: ServerResponse, record: RequestRecord, fault: FaultSpec): void {
    record.status = fault.status;
    if (fault.status === 429) {
      const retryAfter = fault.retryAfter ?? 0.1;
      const global = fault.global ?? false;
      const body = { message: 'You are being rate limited.', retry_after: retryAfter, global, code: 0 };
      const headers: Record<string, string> = {
        'Retry-After': String(retryAfter),
        'X-RateLimit-Scope': fault.scope ?? (global ? 'global' : 'user'),
      };
      if (global) headers['X-RateLimit-Global'] = 'true';
      else {
        headers['X-RateLimit-Limit'] = '1';
        headers['X-RateLimit-Remaining'] = '0';
        headers['X-RateLimit-Reset-After'] = String(retryAfter);
        headers['X-RateLimit-Reset'] = String((Date.now() / 1000 + retryAfter).toFixed(3));
      }
      record.fault = 'rate-limit';
      record.response = body;
      sendJson(res, 429, body, headers);
    } else {
      const body = { message: `${fault.status}: Internal Server Error`, code: 0 };
      record.fault = 'server-error';
      record.response = body;
      sendJson(res, fault.status, body);
    }
    this.logged(record);
  }

  private logged(record: RequestRecord): void {
    this.core.requests.push(record);
    this.core.log('debug', `${record.method} ${record.path} -> ${record.status}${record.fault ? ` (injected ${record.fault})` : ''}`);
    this.core.changed('request', record);
  }

  // -- routes ----------------------------------------------------------------------------------------------------------

  private route(spec: string, auth: Auth, handler: Route['handler']): void {
    this.routes.push({ pattern: compileRoute(spec), auth, handler });
  }

  private defineRoutes(): void {
    const core = this.core;
    const world = core.world;

    // gateway and application (GET /applications/@me: scripts/deploy-commands.ts)
    this.route('GET /gateway/bot', 'bot', () => {
      const { shards, minShards, maxConcurrency, sessionStartLimit } = core.options;
      return ok({
        url: core.gatewayUrl,
        shards: Math.max(shards, minShards),
        session_start_limit: {
          total: sessionStartLimit,
          remaining: Math.max(0, sessionStartLimit - core.gateway.identifyCount),
          reset_after: 86_400_000,
          max_concurrency: maxConcurrency,
        },
      });
    });
    this.route('GET /applications/@me', 'bot', () => ok(this.applicationJson()));

    // application commands: listed and overwritten in bulk, globally or for a guild (src/discord/commandSync.ts)
    const appCheck = (appId: string) => {
      if (appId !== world.applicationId) throw Errors.unknownApplication();
    };
    const guildCheck = (guildId: string | undefined) => {
      if (guildId !== undefined && !world.guilds.has(guildId)) throw Errors.unknownGuild();
      return guildId ?? null;
    };
    for (const scope of ['', '/guilds/:guild_id'] as const) {
      const base = `/applications/:application_id${scope}/commands`;
      this.route(`GET ${base}`, 'bot', ({ params }) => {
        appCheck(params.application_id!);
        return ok(world.commandsFor(guildCheck(params.guild_id)));
      });
      this.route(`PUT ${base}`, 'bot', ({ params, body }) => {
        appCheck(params.application_id!);
        const guildId = guildCheck(params.guild_id);
        if (!Array.isArray(body)) throw Errors.invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
        const errors = new FormErrors();
        body.forEach((c: unknown, i: number) => validateCommand(c, errors, [i]));
        if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
        const next = this.overwriteCommands(guildId, body as Json[]);
        core.changed('commands', { guildId, commands: next });
        return ok(next);
      });
    }

    // interactions (authenticated by the interaction token, no Authorization header)
    this.route('POST /interactions/:interaction_id/:token/callback', 'interaction', ({ params, body, query, arrivedAt }) => {
      const withResponse = query.get('with_response') === 'true';
      return core.interactions.callback(params.interaction_id!, params.token!, body, withResponse, arrivedAt);
    });
    this.route('PATCH /webhooks/:application_id/:token/messages/:message_id', 'interaction', ({ params, body }) =>
      ok(core.interactions.editWebhookMessage(params.application_id!, params.token!, params.message_id!, body)),
    );
    this.route('POST /webhooks/:application_id/:token', 'interaction', ({ params, body, query }) => {
      const message = core.interactions.followUp(params.application_id!, params.token!, body);
      return query.get('wait') === 'true' ? ok(message) : ok();
    });

    // channel messages (digests)
    this.route('POST /channels/:channel_id/messages', 'bot', ({ params, body }) => {
      const channel = world.channels.get(params.channel_id!);
      if (!channel) throw Errors.unknownChannel();
      const perms = world.channelPermissions(channel.id, world.botUser.id);
      if (!(perms & Permission.ViewChannel)) throw Errors.missingAccess();
      if (!(perms & Permission.SendMessages)) throw Errors.missingPermissions();
      const payload = isObject(body) ? body : {};
      const errors = new FormErrors();
      validateMessagePayload(payload, errors);
      const reference = isObject(payload.message_reference) ? payload.message_reference : undefined;
      if (reference && typeof reference.message_id === 'string') {
        const target = core.messages.get(reference.message_id);
        if ((!target || target.channelId !== channel.id) && reference.fail_if_not_exists !== false) {
          errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
        }
      }
      if (!errors.empty) throw Errors.invalidFormBody(errors.toJson());
      if (core.messages.wouldBeEmpty(payload)) throw Errors.emptyMessage();
      const flags =
        typeof payload.flags === 'number' ? payload.flags & (MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications) : 0;
      const message = core.messages.create({
        channelId: channel.id,
        authorId: world.botUser.id,
        payload,
        source: 'channel',
        type: reference ? MessageType.Reply : MessageType.Default,
        flags,
      });
      core.messageCreated(message);
      return ok(message.data);
    });
  }

  private applicationJson(): Json {
    const world = this.core.world;
    return {
      id: world.applicationId,
      name: world.applicationName,
      icon: null,
      description: 'Loopback Discord emulator application',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: this.core.options.applicationFlags,
      owner: world.userJson([...world.guilds.values()][0]?.ownerId ?? world.botUser.id),
      team: null,
      bot: world.userJson(world.botUser.id),
      approximate_guild_count: world.guilds.size,
      install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
      integration_types_config: { '0': {} },
      tags: [],
      redirect_uris: [],
      interactions_endpoint_url: null,
      role_connections_verification_url: null,
      hook: true,
      is_monetized: false,
    };
  }

  // -- commands ---------------------------------------------------------------------------------------------------------

  private setCommands(guildId: string | null, list: RegisteredCommand[]): void {
    const world = this.core.world;
    if (guildId) world.guildCommands.set(guildId, list);
    else world.globalCommands.splice(0, world.globalCommands.length, ...list);
  }

  private overwriteCommands(guildId: string | null, input: Json[]): RegisteredCommand[] {
    const current = this.core.world.commandsFor(guildId);
    const next = input.map((c) => {
      const type = (c.type as number | undefined) ?? 1;
      return this.makeCommand(
        c,
        guildId,
        current.find((e) => e.name === c.name && e.type === type),
      );
    });
    this.setCommands(guildId, next);
    return next;
  }

  private makeCommand(input: Json, guildId: string | null, existing: RegisteredCommand | undefined): RegisteredCommand {
    const world = this.core.world;
    const type = (input.type as number | undefined) ?? 1;
    const { id: _id, application_id: _app, version: _version, guild_id: _guild, ...rest } = input;
    const command: RegisteredCommand = {
      default_member_permissions: null,
      contexts: null,
      integration_types: [0],
      nsfw: false,
      name_localizations: null,
      description_localizations: null,
      ...rest,
      id: existing?.id ?? this.core.ids.next(),
      application_id: world.applicationId,
      version: '',
      type,
      name: String(input.name),
      description: typeof input.description === 'string' ? input.description : '',
    };
    if (guildId) command.guild_id = guildId;
    if (Array.isArray(input.options)) command.options = structuredClone(input.options) as RegisteredCommand['options'];
    else delete command.options;
    const unchanged = existing && sameDefinition(existing, command);
    command.version = unchanged ? existing.version : this.core.ids.next();
    return command;
  }
}

function sameDefinition(a: RegisteredCommand, b: RegisteredCommand): boolean {
  const strip = ({ version: _v, ...rest }: RegisteredCommand) => JSON.stringify(rest);
  return strip(a) === strip(b);
}

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Validates an application command definition the way Discord does (names, descriptions, counts). */
function validateCommand(input: unknown, errors: FormErrors, path: Path): void {
  if (!isObject(input)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const type = (input.type as number | undefined) ?? 1;
  const name = input.name;
  if (typeof name !== 'string' || (type === 1 ? !NAME_RE.test(name) || name !== name.toLowerCase() : name.length < 1 || name.length > 32)) {
    errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (type === 1) {
    const d = input.description;
    if (typeof d !== 'string' || d.length < 1 || d.length > 100)
      errors.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  validateOptions(input.options, errors, [...path, 'options'], 0);
}

function validateOptions(options: unknown, errors: FormErrors, path: Path, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((o: unknown, i: number) => {
    const at: Path = [...path, i];
    if (!isObject(o)) return;
    if (typeof o.name !== 'string' || !NAME_RE.test(o.name) || o.name !== o.name.toLowerCase()) {
      errors.add([...at, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    } else if (names.has(o.name)) {
      errors.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Command option names must be unique');
    } else names.add(o.name);
    if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) {
      errors.add([...at, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (o.type === 1 || o.type === 2) {
      if (depth >= 2 || (o.type === 2 && depth >= 1))
        errors.add([...at, 'type'], 'APPLICATION_COMMAND_OPTION_INVALID_NESTING', 'Invalid subcommand nesting');
      validateOptions(o.options, errors, [...at, 'options'], depth + 1);
      return;
    }
    if (o.required === true && sawOptional) {
      errors.add(
        [...at, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (o.required !== true) sawOptional = true;
    if (Array.isArray(o.choices)) {
      if (o.choices.length > 25) errors.add([...at, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (o.autocomplete === true && o.choices.length > 0) {
        errors.add(
          [...at, 'autocomplete'],
          'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES',
          'Autocomplete cannot be enabled on options with choices',
        );
      }
    }
  });
}
