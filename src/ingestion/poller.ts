// Polling sources: which are due, each one polled (fetch, read into the archive, health recorded), and one
// log line per poll saying what came of it. Never throws for a source's fault, nor for the store's: a
// source that could not be polled is logged with the reason and the others go on.
import type { ArticleArchive } from '../ingest/index.js';
import type { Logger } from '../log.js';
import { describeFailure, pollSource, type PollReport, type Source, type SourceFetcher, type SourceHealthBook } from '../sources/index.js';
import { feedReader } from './readFeed.js';

export interface PollerServices {
  readonly sources: readonly Source[];
  readonly fetcher: SourceFetcher;
  readonly health: SourceHealthBook;
  readonly archive: ArticleArchive;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** What one round gave, for `ingest --once` and the tests. */
export interface RoundResult {
  readonly reports: readonly PollReport[];
  /** Sources whose poll broke off (the store failed); logged. */
  readonly errors: number;
  /** Articles written in the round. */
  readonly written: number;
}

/** Sources polled at once; each host still gets one request at a time (the fetcher's host gate). */
const CONCURRENCY = 4;

export class SourcePoller {
  #stopping = false;
  readonly #read;
  readonly #listeners = new Set<(report: PollReport) => void>();

  constructor(private readonly services: PollerServices) {
    this.#read = feedReader(services.archive, services.fetcher, {
      stopping: () => this.#stopping,
      onItem: (source, o) => {
        if (o.outcome === 'skipped') services.logger.debug('feed item skipped', { source, link: o.item.link, reason: o.reason });
        else if (o.outcome === 'written') services.logger.debug('article written', { source, id: o.id, file: o.file });
      },
    });
  }

  get sources(): readonly Source[] {
    return this.services.sources;
  }

  /** Hands every poll's report to `listener` too (the metrics count them: src/runtime/ingestion.ts). */
  onPolled(listener: (report: PollReport) => void): void {
    this.#listeners.add(listener);
  }

  /** The items left are not fetched; a poll under way ends as interrupted and is done again next time. */
  stop(): void {
    this.#stopping = true;
  }

  /** Polls the sources whose time has come (health.ts: interval, back-off, Retry-After, paused daily). */
  async pollDue(): Promise<RoundResult> {
    return this.poll(await this.services.health.dueSources(this.services.sources));
  }

  /**
   * `ingest --once`: every enabled source now, whatever its interval, but for one that asked to be left
   * alone for longer (paused, or a Retry-After still running): a cron job must not hammer a site that said no.
   */
  async pollAll(): Promise<RoundResult> {
    const now = (this.services.now ?? Date.now)();
    const chosen: Source[] = [];
    for (const source of this.services.sources) {
      if (!source.enabled) continue;
      const health = await this.services.health.get(source);
      const asked = health.state === 'paused' || (health.failure?.kind === 'http-status' && health.failure.retryAfterMs !== undefined);
      if (asked && health.nextPollAt > now)
        this.services.logger.info('source left to wait', { source: source.id, state: health.state, nextPollAt: iso(health.nextPollAt) });
      else chosen.push(source);
    }
    return this.poll(chosen);
  }

  private async poll(sources: readonly Source[]): Promise<RoundResult> {
    const reports: PollReport[] = [];
    let errors = 0;
    const queue = [...sources];
    const worker = async () => {
      for (let source = queue.shift(); source && !this.#stopping; source = queue.shift()) {
        const report = await this.pollOne(source);
        if (report) reports.push(report);
        else errors++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, sources.length) }, worker));
    const written = reports.reduce((n, r) => n + (r.event.kind === 'read' ? r.event.newItems : 0), 0);
    return { reports, errors, written };
  }

  private async pollOne(source: Source): Promise<PollReport | null> {
    const { logger } = this.services;
    let report: PollReport;
    try {
      report = await pollSource(source, this.services, this.#read);
    } catch (err) {
      logger.error('source poll failed', {
        source: source.id,
        err,
        note: 'the store could not record it; the source is polled again next round',
      });
      return null;
    }
    for (const listener of this.#listeners) {
      try {
        listener(report);
      } catch (err) {
        logger.error('poll listener failed', { source: source.id, err });
      }
    }
    const { event, health } = report;
    const next = iso(health.nextPollAt);
    if (event.kind === 'read')
      logger.info('source polled', { source: source.id, items: event.items, new: event.newItems, nextPollAt: next });
    else if (event.kind === 'not-modified')
      logger.info('source polled', { source: source.id, items: health.items, new: 0, notModified: true, nextPollAt: next });
    else {
      const fields = {
        source: source.id,
        reason: describeFailure(event.failure),
        kind: event.failure.kind,
        state: health.state,
        failures: health.failures,
        nextPollAt: next,
      };
      if (report.error !== undefined) logger.error('source poll failed', { ...fields, err: report.error });
      else logger.warn('source poll failed', fields);
    }
    return report;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
