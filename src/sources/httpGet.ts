// One HTTP GET, no redirects followed (the fetcher follows them, checking each hop): node:http(s) directly,
// because it lets us check the address actually connected to (`lookup`), count the body's bytes as they
// arrive, and decompress with a bound on the output, none of which fetch() offers as simply.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { PrivateAddressError } from './addresses.js';
import type { SourceFailure } from './failures.js';

export interface HttpGetRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** The whole answer, headers and body, must arrive within this (real time). */
  readonly timeoutMs: number;
  /** The body, once decompressed, may be at most this long. */
  readonly maxBytes: number;
  readonly lookup: LookupFunction;
}

export interface HttpGetResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Decompressed. Empty for 3xx and 304, whose bodies are not read. */
  readonly body: Uint8Array;
}

/** A request that got no usable answer; `failure` says why in the sources' vocabulary. */
export class HttpGetError extends Error {
  constructor(readonly failure: SourceFailure) {
    super(failure.kind);
    this.name = 'HttpGetError';
  }
}

const decoders: Record<string, (buf: Buffer, options: ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: (buf, options) =>
    // "deflate" should be zlib-wrapped; some servers send raw deflate. A zlib header's first byte says 0x?8.
    (buf.length > 0 && (buf[0]! & 0x0f) === 8 ? promisify(inflate) : promisify(inflateRaw))(buf, options),
  br: promisify(brotliDecompress),
};

export const ACCEPT_ENCODING = 'gzip, deflate, br';

export function httpGet(req: HttpGetRequest): Promise<HttpGetResponse> {
  const { url, timeoutMs, maxBytes } = req;
  return new Promise<HttpGetResponse>((resolve, reject) => {
    let settled = false;
    const fail = (failure: SourceFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(new HttpGetError(failure));
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, {
      method: 'GET',
      headers: { 'accept-encoding': ACCEPT_ENCODING, ...req.headers },
      lookup: req.lookup,
      // A socket per request: requests to one host are spaced seconds apart anyway, and nothing lingers.
      agent: false,
    });
    const timer = setTimeout(() => fail({ kind: 'timeout', afterMs: timeoutMs }), timeoutMs);
    request.on('error', (error) => fail(networkFailure(error)));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const done = (body: Uint8Array) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers: response.headers, body });
      };
      if ((status >= 300 && status < 400) || status === 204) {
        response.resume();
        response.destroy();
        return done(new Uint8Array(0));
      }
      const declared = Number(response.headers['content-length']);
      const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
      const decode = encoding === 'identity' || encoding === '' ? null : decoders[encoding];
      if (decode === undefined)
        return fail({ kind: 'bad-encoding', detail: `the server compressed it as "${encoding}", which is not known` });
      // Compressed or not, the bytes on the wire never exceed the cap: a compressed body longer than the cap
      // decompresses to something longer still.
      if (Number.isFinite(declared) && declared > maxBytes) return fail({ kind: 'too-large', limitBytes: maxBytes });
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) return fail({ kind: 'too-large', limitBytes: maxBytes });
        chunks.push(chunk);
      });
      response.on('error', (error) => fail(networkFailure(error)));
      response.on('aborted', () => fail({ kind: 'network', code: 'ECONNRESET', detail: 'the server closed the connection mid-answer' }));
      response.on('end', () => {
        if (settled) return;
        const raw = Buffer.concat(chunks);
        if (!decode) return done(raw);
        decode(raw, { maxOutputLength: maxBytes }).then(done, (error: NodeJS.ErrnoException) =>
          fail(
            error.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
              ? { kind: 'too-large', limitBytes: maxBytes }
              : { kind: 'bad-encoding', detail: `the ${encoding} body cannot be decompressed (${error.message})` },
          ),
        );
      });
    });
    request.end();
  });
}

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved right now',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
  HPE_INVALID_CONSTANT: 'not an HTTP answer',
};

export function networkFailure(error: unknown): SourceFailure {
  if (error instanceof PrivateAddressError) return { kind: 'private-address', host: error.host, address: error.address };
  if (error instanceof HttpGetError) return error.failure;
  const e = error as NodeJS.ErrnoException;
  const code = e.code ?? 'EUNKNOWN';
  const words = NETWORK_WORDS[code] ?? (/CERT|SSL|TLS/.test(code) ? `TLS certificate problem (${code})` : `${e.message || code}`);
  return { kind: 'network', code, detail: words };
}
