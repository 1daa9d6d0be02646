// The polite fetcher: every request the bot makes to a news site goes through here. It follows at most a few
// redirects, checking each hop's scheme, address (addresses.ts) and robots.txt (robots.ts); runs one request
// per host at a time with a pause between them (hostGate.ts); asks conditionally with the ETag and
// Last-Modified it kept for the source in the store; and answers with a value, never a throw, for anything
// the site does. Only the store's own failures throw: they are the operator's to see, not the source's.
import type { IncomingHttpHeaders } from 'node:http';
import type { KeyValueStore } from '../store/index.js';
import {
  anyAddress,
  guardedLookup,
  literalAddressRefused,
  publicOnly,
  systemResolve,
  type AddressPolicy,
  type Resolve,
} from './addresses.js';
import { detectBotWall } from './botWall.js';
import { systemClock, type Clock } from './clock.js';
import { charsetFromContentType } from './encoding.js';
import type { SourceFailure } from './failures.js';
import { HostGate } from './hostGate.js';
import { HttpGetError, httpGet, networkFailure, type HttpGetResponse } from './httpGet.js';
import { RobotsCache, ROBOTS_MAX_BYTES, type RobotsAnswer } from './robots.js';
import { ROBOTS_TOKEN } from './settings.js';

export interface FetcherOptions {
  readonly store: KeyValueStore;
  /** settings.ts userAgentFor(SOURCES_CONTACT_URL). */
  readonly userAgent: string;
  /** SOURCES_ALLOW_PRIVATE: loopback and private addresses may be fetched. */
  readonly allowPrivate?: boolean;
  /** Which resolved addresses may be reached; overrides allowPrivate (tests). */
  readonly addressPolicy?: AddressPolicy;
  /** Host names → addresses (default: the system's resolver; tests give names of their own). */
  readonly resolve?: Resolve;
  readonly clock?: Clock;
  /** The whole answer must arrive within this; default 30 s. */
  readonly timeoutMs?: number;
  /** Largest body, decompressed; default 10 MB. */
  readonly maxBytes?: number;
  /** Redirects followed; default 5. */
  readonly maxRedirects?: number;
  /** Least pause between two requests to one host; default 2 s (robots.txt's Crawl-delay when larger). */
  readonly hostSpacingMs?: number;
}

export const FETCHER_DEFAULTS = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, hostSpacingMs: 2_000 } as const;

/** What makes the next request conditional; kept per source, for the URL it was given for. */
export interface Validators {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface FetchedDocument {
  /** Where the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The header's charset, lower case; null when it names none (encoding.ts decodeText reads the rest). */
  readonly charset: string | null;
  /** Every hop was a permanent redirect (301/308): the source has moved here. */
  readonly movedTo: string | null;
  /** To keep with `commitValidators` once the body was read successfully. */
  readonly validators: Validators | null;
}

export type FetchOutcome =
  | { readonly kind: 'fetched'; readonly document: FetchedDocument }
  | { readonly kind: 'not-modified'; readonly url: string }
  | { readonly kind: 'failed'; readonly failure: SourceFailure; readonly retryAfterMs?: number };

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/json;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const validatorsKey = (sourceId: string) => `source:${sourceId}:validators`;

export class SourceFetcher {
  private readonly clock: Clock;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  private readonly policy: AddressPolicy;
  private readonly lookup;
  private readonly limits: { timeoutMs: number; maxBytes: number; maxRedirects: number; hostSpacingMs: number };

  constructor(private readonly options: FetcherOptions) {
    this.clock = options.clock ?? systemClock;
    this.gate = new HostGate(this.clock);
    this.policy = options.addressPolicy ?? (options.allowPrivate ? anyAddress : publicOnly);
    this.lookup = guardedLookup(this.policy, options.resolve ?? systemResolve);
    this.limits = {
      timeoutMs: options.timeoutMs ?? FETCHER_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? FETCHER_DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? FETCHER_DEFAULTS.maxRedirects,
      hostSpacingMs: options.hostSpacingMs ?? FETCHER_DEFAULTS.hostSpacingMs,
    };
    this.robots = new RobotsCache(ROBOTS_TOKEN, (url) => this.fetchRobots(url), this.clock);
  }

  /**
   * A source's feed or list page, asked conditionally with what `commitValidators` kept for it. Its
   * validators are not kept here: a body that then fails to parse must be fetched whole again next time.
   */
  async fetchSource(source: { readonly id: string; readonly url: string }): Promise<FetchOutcome> {
    const kept = await this.options.store.get<Validators>(validatorsKey(source.id));
    const validators = kept && kept.url === source.url ? kept : null;
    const headers: Record<string, string> = { accept: FEED_ACCEPT };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    return this.fetch(source.url, headers, source.url);
  }

  /** An article's page (or any URL) with the same politeness, never conditional. */
  fetchUrl(url: string): Promise<FetchOutcome> {
    return this.fetch(url, { accept: PAGE_ACCEPT }, null);
  }

  /** Keeps the document's ETag / Last-Modified for the source's next poll (after its body was read). */
  async commitValidators(sourceId: string, document: FetchedDocument): Promise<void> {
    if (document.validators) await this.options.store.set(validatorsKey(sourceId), document.validators);
    else await this.options.store.delete(validatorsKey(sourceId));
  }

  private async fetch(url: string, headers: Record<string, string>, validatorsFor: string | null): Promise<FetchOutcome> {
    let start: URL;
    try {
      start = new URL(url);
    } catch {
      return { kind: 'failed', failure: { kind: 'bad-url', url } };
    }
    const hop = await this.follow(start, headers, true);
    if ('failure' in hop) return { kind: 'failed', failure: hop.failure };
    const { response, url: final, permanent } = hop;
    const status = response.status;
    const contentType = header(response.headers, 'content-type');
    if (status === 304) return { kind: 'not-modified', url: final.href };
    const wall = detectBotWall(status, response.headers, Buffer.from(response.body.subarray(0, 64 * 1024)).toString('latin1'));
    if (wall) return { kind: 'failed', failure: { kind: 'bot-wall', status, detail: wall } };
    if (status < 200 || status >= 300) {
      const retryAfterMs =
        status === 429 || status === 503 ? parseRetryAfter(header(response.headers, 'retry-after'), this.clock.now()) : null;
      return retryAfterMs === null
        ? { kind: 'failed', failure: { kind: 'http-status', status } }
        : { kind: 'failed', failure: { kind: 'http-status', status, retryAfterMs }, retryAfterMs };
    }
    const etag = header(response.headers, 'etag');
    const lastModified = header(response.headers, 'last-modified');
    return {
      kind: 'fetched',
      document: {
        url: final.href,
        status,
        bytes: response.body,
        contentType,
        charset: charsetFromContentType(contentType),
        movedTo: permanent ? final.href : null,
        validators: validatorsFor && (etag || lastModified) ? { url: validatorsFor, etag, lastModified } : null,
      },
    };
  }

  /** GET `start`, following redirects; each hop checked (scheme, address, robots.txt) and gated per host. */
  private async follow(
    start: URL,
    headers: Record<string, string>,
    checkRobots: boolean,
  ): Promise<{ response: HttpGetResponse; url: URL; permanent: boolean } | { failure: SourceFailure }> {
    const visited = new Set<string>([start.href]);
    let url = start;
    let permanent = true;
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { failure: { kind: 'bad-url', url: hops > 0 ? `redirect to ${url.href}` : url.href } };
      const refused = literalAddressRefused(url, this.policy);
      if (refused) return { failure: { kind: 'private-address', host: refused.host, address: refused.address } };
      let spacing = this.limits.hostSpacingMs;
      if (checkRobots) {
        const robots = await this.robots.rulesFor(url);
        if (!robots.ok) return { failure: robots.failure };
        if (!robots.rules.isAllowed(url)) return { failure: { kind: 'robots-disallow', url: url.href } };
        spacing = Math.max(spacing, robots.rules.crawlDelayMs ?? 0);
      }
      let response: HttpGetResponse;
      try {
        const target = url;
        response = await this.gate.run(target.host, spacing, () =>
          httpGet({
            url: target,
            headers: { 'user-agent': this.options.userAgent, ...headers },
            timeoutMs: this.limits.timeoutMs,
            maxBytes: checkRobots ? this.limits.maxBytes : ROBOTS_MAX_BYTES * 2,
            lookup: this.lookup,
          }),
        );
      } catch (error) {
        return { failure: error instanceof HttpGetError ? error.failure : networkFailure(error) };
      }
      if (!REDIRECTS.has(response.status)) return { response, url, permanent: permanent && hops > 0 };
      const location = header(response.headers, 'location');
      let next: URL;
      try {
        next = new URL(location ?? '', url);
      } catch {
        return { failure: { kind: 'bad-url', url: `redirect to ${location ?? '(none)'}` } };
      }
      if (!location) return { failure: { kind: 'bad-url', url: 'redirect without a Location' } };
      next.hash = '';
      if (visited.has(next.href)) return { failure: { kind: 'redirect-loop', url: next.href } };
      if (hops + 1 > this.limits.maxRedirects) return { failure: { kind: 'too-many-redirects', limit: this.limits.maxRedirects } };
      if (response.status !== 301 && response.status !== 308) permanent = false;
      visited.add(next.href);
      url = next;
    }
  }

  private async fetchRobots(robotsUrl: URL): Promise<RobotsAnswer> {
    const hop = await this.follow(robotsUrl, { accept: 'text/plain, */*;q=0.5' }, false);
    if ('failure' in hop) return hop;
    return { status: hop.response.status, body: Buffer.from(hop.response.body).toString('utf8') };
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim() : null;
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
