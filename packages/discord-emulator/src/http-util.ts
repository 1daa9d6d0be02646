/**
 * HTTP plumbing: Discord-shaped errors, JSON bodies, route patterns.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error answered the way Discord does: `{ message, code, errors? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
  }

  toJson(): Record<string, unknown> {
    const json: Record<string, unknown> = { message: this.message, code: this.code };
    if (this.errors) json.errors = this.errors;
    return json;
  }
}

export const Errors = {
  unauthorized: () => new ApiError(401, 0, '401: Unauthorized'),
  notFound: () => new ApiError(404, 0, '404: Not Found'),
  methodNotAllowed: () => new ApiError(405, 0, '405: Method Not Allowed'),
  unknownApplication: () => new ApiError(404, 10002, 'Unknown Application'),
  unknownChannel: () => new ApiError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => new ApiError(404, 10004, 'Unknown Guild'),
  unknownMessage: () => new ApiError(404, 10008, 'Unknown Message'),
  unknownWebhook: () => new ApiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => new ApiError(404, 10062, 'Unknown interaction'),
  missingAccess: () => new ApiError(403, 50001, 'Missing Access'),
  emptyMessage: () => new ApiError(400, 50006, 'Cannot send an empty message'),
  missingPermissions: () => new ApiError(403, 50013, 'Missing Permissions'),
  invalidJson: () => new ApiError(400, 50109, 'The request body contains invalid JSON.'),
  alreadyAcknowledged: () => new ApiError(400, 40060, 'Interaction has already been acknowledged.'),
  invalidFormBody: (errors: Record<string, unknown>) => new ApiError(400, 50035, 'Invalid Form Body', errors),
};

const MAX_BODY_BYTES = 30 * 1024 * 1024;

export function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(413, 40005, 'Request entity too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The JSON body of a request. File uploads (multipart/form-data) are not emulated: 400. */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if ((contentType ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new ApiError(400, 0, 'File uploads (multipart/form-data) are not emulated');
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw Errors.invalidJson();
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text).toString(),
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status = 204, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end();
}

// ---------------------------------------------------------------------------------------------------------------
// Route patterns: "POST /channels/:channel_id/messages"; `:name` and `*` match one segment, `**` the rest.

export interface RoutePattern {
  method: string | null;
  segments: string[];
  source: string;
}

export function compileRoute(spec: string): RoutePattern {
  const trimmed = spec.trim();
  const space = trimmed.indexOf(' ');
  let method: string | null = null;
  let path = trimmed;
  if (space !== -1) {
    method = trimmed.slice(0, space).toUpperCase();
    path = trimmed.slice(space + 1).trim();
    if (method === '*') method = null;
  }
  path = path.replace(/^\/api(\/v\d+)?/, '');
  return { method, segments: splitPath(path), source: trimmed };
}

/** Path segments, percent-decoded ("%40original" -> "@original"). */
export function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

export function matchRoute(pattern: RoutePattern, method: string, segments: string[]): Record<string, string> | null {
  if (pattern.method && pattern.method !== method) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.segments.length; i++) {
    const p = pattern.segments[i]!;
    if (p === '**') return params;
    const s = segments[i];
    if (s === undefined) return null;
    if (p.startsWith(':')) params[p.slice(1)] = s;
    else if (p !== '*' && p !== s) return null;
  }
  return segments.length === pattern.segments.length ? params : null;
}
