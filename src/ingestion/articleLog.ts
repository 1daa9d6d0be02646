// New articles from one host to every other (issue #12). Only the holder of the ingestion lease polls the
// sources, into its own articles folder; shards on other hosts each serve a folder of their own. So the
// ingesting process appends every article it writes to a log in the store (a redis stream), and every
// process follows that log and writes what its folder lacks, where its watcher takes it in like any file.
// A host that was down catches up from where it got to (kept in the store), within what the log keeps.
// With SQLite there is one process and nothing to relay.
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { META_FORMAT, metaFileOf, type ArticleMeta } from '../ingest/articleFile.js';
import type { ArchiveWrite, ArticleArchive } from '../ingest/archive.js';
import type { Logger } from '../log.js';
import { writeAtomically } from '../pipeline/writeAtomically.js';
import type { KeyValueStore, LogEntry, SharedLog } from '../store/index.js';

/** The log's name in the store, and about how many articles it keeps for a host that was away. */
export const ARTICLE_LOG = 'articles';
export const ARTICLE_LOG_KEEP = 10_000;

/** The store's shared log of articles, or null where the store serves one process only. */
export function articleLogOf(store: KeyValueStore): SharedLog | null {
  return store.sharedLog?.(ARTICLE_LOG, ARTICLE_LOG_KEEP) ?? null;
}

/** The log entry for an archive write. */
export function entryOf(write: ArchiveWrite): Record<string, string> {
  return { id: write.meta.id, meta: JSON.stringify(write.meta), ...(write.text !== null ? { text: write.text } : {}) };
}

/** A relayed article, checked: nothing from the log is written unless it is an article of this format. */
export type RelayedArticle =
  { readonly ok: true; readonly meta: ArticleMeta; readonly text: string | null } | { readonly ok: false; readonly reason: string };

const SAFE_ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;

export function readEntry(fields: Readonly<Record<string, string>>, maxArticleBytes: number): RelayedArticle {
  const id = fields.id ?? '';
  if (!SAFE_ID.test(id)) return { ok: false, reason: `"${id.slice(0, 40)}" is not an article id` };
  let meta: ArticleMeta;
  try {
    meta = JSON.parse(fields.meta ?? '') as ArticleMeta;
  } catch {
    return { ok: false, reason: 'its metadata is not JSON' };
  }
  if (meta?.format !== META_FORMAT || meta.id !== id) return { ok: false, reason: `its metadata is not ${META_FORMAT} for ${id}` };
  const text = fields.text ?? null;
  if (text !== null) {
    const bytes = Buffer.byteLength(text);
    if (bytes > maxArticleBytes)
      return { ok: false, reason: `too large: ${Math.ceil(bytes / 1024).toLocaleString('en')} kB, over MAX_ARTICLE_BYTES` };
    if (!/^ date \d{4}-\d{2}-\d{2}\s/.test(text))
      return { ok: false, reason: 'its text is not an article file (` date YYYY-MM-DD` first)' };
  }
  return { ok: true, meta, text };
}

/**
 * Appends every write of `archive` to the log. A write the store refuses (redis away) waits in order and
 * is tried again with the next one or after `retryMs`: other hosts get it late, not never.
 */
export function publishArchive(archive: ArticleArchive, log: SharedLog, logger: Logger, retryMs = 5_000): { stop(): void } {
  const pending: Record<string, string>[] = [];
  let flushing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = (): Promise<void> =>
    (flushing ??= (async () => {
      while (pending.length) {
        try {
          await log.append(pending[0]!);
          pending.shift();
        } catch (err) {
          logger.warn('article not yet published', { id: pending[0]!.id, waiting: pending.length, err, retryInMs: retryMs });
          timer ??= setTimeout(() => {
            timer = null;
            void flush();
          }, retryMs);
          timer.unref();
          return;
        }
      }
    })().finally(() => (flushing = null)));
  const off = archive.onWrite((write) => {
    pending.push(entryOf(write));
    void flush();
  });
  return {
    stop: () => {
      off();
      if (timer) clearTimeout(timer);
    },
  };
}

export interface FollowerOptions {
  readonly log: SharedLog;
  readonly store: KeyValueStore;
  readonly seedsDir: string;
  readonly logger: Logger;
  readonly maxArticleBytes: number;
  /** Between reads of the log; default 1 s. */
  readonly pollMs?: number;
  /** Told of each article written here (the ingesting archive, so it counts it as held). */
  readonly onArticle?: (meta: ArticleMeta) => void;
}

/** Where in the log this host's folder got to, under a key of its own (host name and folder). */
export function positionKey(seedsDir: string, host = hostname()): string {
  const folder = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return `article-log:position:${host}:${folder}`;
}

/** Follows the log into the folder: writes each article it lacks (metadata first, as the archive does). */
export class ArticleFollower {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private position: string | null = null;
  private readonly key: string;

  constructor(private readonly options: FollowerOptions) {
    this.key = positionKey(options.seedsDir);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Reads the log until it has nothing new; how many articles or metadata files were written. */
  async catchUp(): Promise<number> {
    const { log, store } = this.options;
    this.position ??= (await store.get<string>(this.key)) ?? '0';
    let written = 0;
    for (;;) {
      const entries = await log.after(this.position, 100);
      if (!entries.length) return written;
      for (const entry of entries) written += await this.take(entry);
      this.position = entries.at(-1)!.id;
      await store.set(this.key, this.position);
      if (this.stopped) return written;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.catchUp()
        .then(
          () => undefined,
          (err: unknown) => this.options.logger.warn('article log not read', { err, note: 'trying again shortly' }),
        )
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs ?? 1_000);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Writes what the folder lacks of one entry; 0, 1 or 2 files written. A bad entry is logged and skipped. */
  private async take(entry: LogEntry): Promise<number> {
    const { seedsDir, logger } = this.options;
    const relayed = readEntry(entry.fields, this.options.maxArticleBytes);
    if (!relayed.ok) {
      logger.warn('relayed article skipped', { entry: entry.id, reason: relayed.reason });
      return 0;
    }
    const { meta, text } = relayed;
    let written = 0;
    // Metadata first: the watcher that sees the `.txt` appear finds its metadata already there.
    written += await writeIfDifferent(join(seedsDir, metaFileOf(meta.id)), `${JSON.stringify(meta, null, 2)}\n`);
    if (text !== null) written += await writeIfDifferent(join(seedsDir, `${meta.id}.txt`), text);
    this.options.onArticle?.(meta);
    if (written) logger.info('relayed article written', { id: meta.id, outlet: meta.outlet, files: written });
    return written;
  }
}

/** 1 when the file was written; 0 when it holds these bytes already (the host that ingested it, a replay). */
async function writeIfDifferent(file: string, text: string): Promise<number> {
  const bytes = Buffer.from(text);
  const current = await readFile(file).catch(() => null);
  if (current?.equals(bytes)) return 0;
  await writeAtomically(file, bytes);
  return 1;
}
