/**
 * Injected REST faults: the next requests matching a route answer 429 (with Discord's rate-limit headers)
 * or a 5xx instead of being handled, so that a test sees what discord.js does with them.
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http.js';
import { compileRoute, matchRoute, splitPath } from './routePattern.js';

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

export class FaultQueue {
  private readonly faults: ArmedFault[] = [];

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

  clear(): void {
    this.faults.length = 0;
  }

  /** The fault armed for this request, if any (it is used up). */
  take(method: string, path: string): FaultSpec | null {
    const fault = this.faults.find((f) => f.remaining > 0 && f.test(method, path));
    if (!fault) return null;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault.spec;
  }
}

/** Answers a request with the fault; returns what was sent, for the request record. */
export function sendFault(res: ServerResponse, fault: FaultSpec): { body: unknown; kind: 'rate-limit' | 'server-error' } {
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
    sendJson(res, 429, body, headers);
    return { body, kind: 'rate-limit' };
  }
  const body = { message: `${fault.status}: Internal Server Error`, code: 0 };
  sendJson(res, fault.status, body);
  return { body, kind: 'server-error' };
}
