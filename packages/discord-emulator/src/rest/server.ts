/**
 * The REST API under /api/v10 on Node's http server: routing, auth (the bot token, or the interaction token
 * on interaction routes), injected faults and the request log. The routes themselves are routes.ts's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from '../core.js';
import type { RequestRecord } from '../events.js';
import { FaultQueue, sendFault } from './faults.js';
import { ApiError, Errors, parseBody, readRaw, sendEmpty, sendJson } from './http.js';
import { parseMultipart } from './uploads.js';
import { compileRoute, matchRoute, splitPath, type RoutePattern } from './routePattern.js';

/** What a route needs: the bot token, the interaction token (checked by the handler), or nothing. */
export type Auth = 'bot' | 'interaction' | 'none';

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

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

/** Adds a route: `route('POST /channels/:channel_id/messages', 'bot', handler)`. */
export type DefineRoute = (spec: string, auth: Auth, handler: RouteHandler) => void;

interface Route {
  pattern: RoutePattern;
  auth: Auth;
  handler: RouteHandler;
}

export class RestApi {
  private readonly routes: Route[] = [];
  readonly faults = new FaultQueue();
  private seq = 0;

  constructor(
    private readonly core: EmulatorCore,
    defineRoutes: (route: DefineRoute) => void,
  ) {
    defineRoutes((spec, auth, handler) => this.routes.push({ pattern: compileRoute(spec), auth, handler }));
  }

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
      const contentType = req.headers['content-type'] ?? '';
      const body = /^multipart\/form-data/i.test(contentType) ? await parseMultipart(raw, contentType) : parseBody(raw);
      record.body = body;
      const expected = `Bot ${this.core.options.token}`;
      record.authorized = req.headers.authorization === expected;

      if (!apiMatch || (apiMatch[1] !== undefined && apiMatch[1] !== '10' && apiMatch[1] !== '9')) throw Errors.notFound();

      const fault = this.faults.take(method, path);
      if (fault) {
        const sent = sendFault(res, fault);
        record.status = fault.status;
        record.fault = sent.kind;
        record.response = sent.body;
        this.logged(record);
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

  private logged(record: RequestRecord): void {
    this.core.requests.push(record);
    this.core.log('debug', `${record.method} ${record.path} -> ${record.status}${record.fault ? ` (injected ${record.fault})` : ''}`);
    this.core.changed('request', record);
  }
}
