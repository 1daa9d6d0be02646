/**
 * HTTP plumbing: Discord-shaped errors, JSON / multipart bodies, route patterns.
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
  unknownMember: () => new ApiError(404, 10007, 'Unknown Member'),
  unknownMessage: () => new ApiError(404, 10008, 'Unknown Message'),
  unknownRole: () => new ApiError(404, 10011, 'Unknown Role'),
  unknownUser: () => new ApiError(404, 10013, 'Unknown User'),
  unknownWebhook: () => new ApiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => new ApiError(404, 10062, 'Unknown interaction'),
  unknownCommand: () => new ApiError(404, 10063, 'Unknown application command'),
  missingAccess: () => new ApiError(403, 50001, 'Missing Access'),
  cannotEditOthers: () => new ApiError(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: () => new ApiError(400, 50006, 'Cannot send an empty message'),
  missingPermissions: () => new ApiError(403, 50013, 'Missing Permissions'),
  invalidJson: () => new ApiError(400, 50109, 'The request body contains invalid JSON.'),
  alreadyAcknowledged: () => new ApiError(400, 40060, 'Interaction has already been acknowledged.'),
  invalidFormBody: (errors: Record<string, unknown>) => new ApiError(400, 50035, 'Invalid Form Body', errors),
};

export interface UploadedFile {
  /** multipart field name, e.g. `files[0]` */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
  multipart: boolean;
}

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

export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { body: undefined, files: [], multipart: false };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
    const boundary = match?.[1] ?? match?.[2];
    if (!boundary) throw new ApiError(400, 50035, 'Invalid Form Body');
    const parts = parseMultipart(raw, boundary.trim());
    let body: unknown = {};
    const files: UploadedFile[] = [];
    for (const part of parts) {
      if (part.name === 'payload_json') {
        body = parseJson(part.data.toString('utf8'));
      } else if (part.filename !== undefined) {
        files.push({
          field: part.name,
          filename: part.filename,
          contentType: part.contentType ?? 'application/octet-stream',
          data: part.data,
        });
      } else if (body && typeof body === 'object') {
        (body as Record<string, unknown>)[part.name] = part.data.toString('utf8');
      }
    }
    return { body, files, multipart: true };
  }
  return { body: parseJson(raw.toString('utf8')), files: [], multipart: false };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw Errors.invalidJson();
  }
}

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export function parseMultipart(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = raw.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    // "--" after the delimiter marks the end.
    if (raw[start] === 0x2d && raw[start + 1] === 0x2d) break;
    if (raw[start] === 0x0d && raw[start + 1] === 0x0a) start += 2;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    // Part content ends with CRLF before the next delimiter.
    let end = next;
    if (raw[end - 2] === 0x0d && raw[end - 1] === 0x0a) end -= 2;
    const section = raw.subarray(start, end);
    const headerEnd = section.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = section.subarray(0, headerEnd).toString('utf8').split('\r\n');
      const data = section.subarray(headerEnd + 4);
      let name = '';
      let filename: string | undefined;
      let contentType: string | undefined;
      for (const line of headers) {
        const colon = line.indexOf(':');
        if (colon === -1) continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'content-disposition') {
          name = /\bname="([^"]*)"/i.exec(value)?.[1] ?? '';
          const fn = /\bfilename="([^"]*)"/i.exec(value);
          if (fn) filename = fn[1];
        } else if (key === 'content-type') {
          contentType = value;
        }
      }
      const part: Part = { name, data: Buffer.from(data) };
      if (filename !== undefined) part.filename = filename;
      if (contentType !== undefined) part.contentType = contentType;
      parts.push(part);
    }
    pos = next;
  }
  return parts;
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
