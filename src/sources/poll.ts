// One poll of one source, from request to recorded health, and the book of every source's health in the
// store. The wiring calls `dueSources` on a timer and `pollSource` for each, handing it the function that
// reads a fetched document into articles (src/ingest); /sources and the CLI call `healthViews`.
import type { KeyValueStore } from '../store/index.js';
import { systemClock, type Clock } from './clock.js';
import type { SourceFailure } from './failures.js';
import type { FetchedDocument, FetchOutcome, SourceFetcher } from './fetcher.js';
import {
  DEFAULT_HEALTH_POLICY,
  healthAfterPoll,
  initialHealth,
  resumeHealth,
  sourceHealthView,
  type HealthPolicy,
  type PollEvent,
  type SourceHealth,
  type SourceHealthView,
} from './health.js';
import type { Source } from './sourcesFile.js';

export const healthKey = (sourceId: string) => `source:${sourceId}:health`;

/** As stored: the health belongs to the URL it was measured on; a new URL starts afresh. */
interface StoredHealth {
  readonly version: 1;
  readonly url: string;
  readonly health: SourceHealth;
}

export class SourceHealthBook {
  private readonly clock: Clock;
  private readonly policy: HealthPolicy;

  constructor(
    private readonly store: KeyValueStore,
    options: { readonly clock?: Clock; readonly policy?: HealthPolicy } = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.policy = options.policy ?? DEFAULT_HEALTH_POLICY;
  }

  /** The source's health; a source never polled, or whose URL changed, is new and due now. */
  async get(source: Pick<Source, 'id' | 'url'>): Promise<SourceHealth> {
    const stored = await this.store.get<StoredHealth>(healthKey(source.id));
    return stored?.version === 1 && stored.url === source.url ? stored.health : initialHealth(this.clock.now());
  }

  /** Applies one poll's outcome (health.ts) and keeps the result. */
  async record(source: Pick<Source, 'id' | 'url' | 'interval'>, event: PollEvent): Promise<SourceHealth> {
    const before = await this.get(source);
    const after = healthAfterPoll(before, event, this.clock.now(), source.interval, this.policy);
    await this.put(source, after);
    return after;
  }

  /** The operator's "poll it again now" for a paused source. */
  async resume(source: Pick<Source, 'id' | 'url'>): Promise<SourceHealth> {
    const after = resumeHealth(await this.get(source), this.clock.now());
    await this.put(source, after);
    return after;
  }

  /** Enabled sources whose next poll is due, the longest overdue first. */
  async dueSources(sources: readonly Source[]): Promise<Source[]> {
    const withHealth = await Promise.all(sources.filter((s) => s.enabled).map(async (s) => ({ s, h: await this.get(s) })));
    // After the reads: a source never polled is due at the time it was read, which must count as now.
    const now = this.clock.now();
    return withHealth
      .filter(({ h }) => h.nextPollAt <= now)
      .sort((a, b) => a.h.nextPollAt - b.h.nextPollAt)
      .map(({ s }) => s);
  }

  /** Every source's health for /sources, /about and `cli sources`, in the file's order. */
  async healthViews(sources: readonly Source[]): Promise<SourceHealthView[]> {
    return Promise.all(sources.map(async (s) => sourceHealthView(s, await this.get(s))));
  }

  private async put(source: Pick<Source, 'id' | 'url'>, health: SourceHealth): Promise<void> {
    const stored: StoredHealth = { version: 1, url: source.url, health };
    await this.store.set(healthKey(source.id), stored);
  }
}

/** What reading a fetched document gave: how many items it held and how many were new, or why it could not. */
export type ReadResult =
  { readonly ok: true; readonly items: number; readonly newItems: number } | { readonly ok: false; readonly failure: SourceFailure };

export type ReadDocument = (document: FetchedDocument, source: Source) => Promise<ReadResult>;

export interface PollReport {
  readonly source: string;
  /** What the site answered: read (and how it went), not modified, or failed. */
  readonly outcome: FetchOutcome['kind'];
  readonly event: PollEvent;
  readonly health: SourceHealth;
  /** What `read` threw, for the caller's log (recorded as "malformed" in the health). */
  readonly error?: unknown;
}

/**
 * Polls `source` once: fetch (conditionally), hand a new document to `read`, keep the validators only if it
 * was read, and record the health. A `read` that throws is recorded as "malformed" with its message, and
 * the error comes back in the report for the caller to log: nothing fails silently. Only the store's
 * failures throw.
 */
export async function pollSource(
  source: Source,
  deps: { readonly fetcher: SourceFetcher; readonly health: SourceHealthBook },
  read: ReadDocument,
): Promise<PollReport> {
  const outcome = await deps.fetcher.fetchSource(source);
  let event: PollEvent;
  let thrown: { error: unknown } | null = null;
  if (outcome.kind === 'not-modified') event = { kind: 'not-modified' };
  else if (outcome.kind === 'failed') event = { kind: 'failed', failure: outcome.failure, ...retry(outcome.retryAfterMs) };
  else {
    let result: ReadResult;
    try {
      result = await read(outcome.document, source);
    } catch (error) {
      thrown = { error };
      result = { ok: false, failure: { kind: 'malformed', detail: error instanceof Error ? error.message : String(error) } };
    }
    if (result.ok) {
      await deps.fetcher.commitValidators(source.id, outcome.document);
      event = { kind: 'read', items: result.items, newItems: result.newItems, movedTo: outcome.document.movedTo };
    } else event = { kind: 'failed', failure: result.failure };
  }
  const health = await deps.health.record(source, event);
  const report: PollReport = { source: source.id, outcome: outcome.kind, event, health };
  return thrown ? { ...report, error: thrown.error } : report;
}

const retry = (ms: number | undefined) => (ms === undefined ? {} : { retryAfterMs: ms });
