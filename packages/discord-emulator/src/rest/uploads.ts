/**
 * File uploads: a message body sent as multipart/form-data, as discord.js sends any message with files
 * (`payload_json` holds the JSON body, `files[n]` the files). Each entry of the body's `attachments` (an
 * interaction callback's are under `data`) names its file by `id` = n; the file is remembered against that
 * entry object, so that the message store finds it whichever route the body takes (callback, follow-up,
 * edit), and the JSON body itself stays what went over the wire.
 */
import { ApiError, Errors } from './http.js';
import { isObject, type Json } from '../world/types.js';

/** A file that came with a message. */
export interface Upload {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** Discord's limit for a file without boosts or Nitro (the interaction's `attachment_size_limit`). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const UPLOADS = new WeakMap<object, Upload>();

/** The file an `attachments` entry of a parsed body names, if it came with the request. */
export function uploadOf(entry: unknown): Upload | undefined {
  return isObject(entry) ? UPLOADS.get(entry) : undefined;
}

/** Parses a multipart/form-data body into the JSON of `payload_json`, with its files tied to their entries. */
export async function parseMultipart(raw: Buffer, contentType: string): Promise<unknown> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ApiError(400, 50109, 'The request body contains invalid multipart data.');
  }
  const json = form.get('payload_json');
  let body: unknown = {};
  if (typeof json === 'string') {
    try {
      body = JSON.parse(json);
    } catch {
      throw Errors.invalidJson();
    }
  }
  const files = new Map<string, Upload>();
  for (const [key, value] of form.entries()) {
    const m = /^files\[(\d+)\]$/.exec(key);
    if (!m || typeof value === 'string') continue;
    if (value.size > MAX_UPLOAD_BYTES) throw new ApiError(413, 40005, 'Request entity too large');
    files.set(m[1]!, {
      filename: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  if (!isObject(body) || files.size === 0) return body;
  // A callback carries the message under `data`; any other route is the message itself.
  const message: Json = typeof body.type === 'number' && isObject(body.data) ? body.data : body;
  if (!Array.isArray(message.attachments)) message.attachments = [];
  const entries = message.attachments as unknown[];
  const named = new Set(entries.filter(isObject).map((e) => String(e.id)));
  // Discord attaches a file the body does not name too.
  for (const id of files.keys()) if (!named.has(id)) entries.push({ id });
  for (const entry of entries) {
    const file = isObject(entry) ? files.get(String(entry.id)) : undefined;
    if (file) UPLOADS.set(entry as Json, file);
  }
  return body;
}
