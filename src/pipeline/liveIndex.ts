// The index the bot serves, kept current: a reload builds a whole new index in the background and
// swaps it in only when it is complete, so a query sees either the old index or the new one, never a
// half-built one. A watcher on the seeds folder reloads when articles or the dictionary change: a
// changed article file is taken alone (incremental.ts: read, extracted and laid over the index served,
// the result swapped in whole); the dictionary, or a change it cannot tell apart, reloads everything.
// When the top layer grows past `compactAt` articles it is folded into a new base in the background.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { isArticleFile } from '../corpus/articleFiles.js';
import { isArticleMetaFile, META_SUFFIX } from '../ingest/articleFile.js';
import type { Dictionary } from '../extract/dictionary.js';
import type { AttacheIndex, IndexStats } from '../index/api.js';
import { dictionaryFileOf, loadIndex, type CacheReport, type LoadOptions, type LoadTimings, type PersistReport } from './loadIndex.js';
import { FileTable } from './fileTable.js';
import { applyFiles, type LiveLayers } from './incremental.js';
import { compactInBackground, journalOf, persistApplied } from './livePersist.js';
import type { LoadProblem } from './problems.js';

export type ReloadReason = 'start' | 'request' | 'files changed';

export interface ReloadedEvent {
  readonly reason: ReloadReason;
  readonly stats: IndexStats;
  readonly problems: readonly LoadProblem[];
  readonly cache: CacheReport;
  readonly timings: LoadTimings;
  /** Files whose change triggered the reload (for 'files changed'). */
  readonly changed: readonly string[];
  /** Settles when the extraction cache and index snapshot of this load are written (see LoadOptions.persist). */
  readonly persisted: Promise<PersistReport>;
}

export interface LiveIndexOptions extends LoadOptions {
  /** Quiet time after the last file event before reloading; default 300 ms. */
  readonly debounceMs?: number;
  /** Fold the top layer into a new base once it holds this many changed articles; default 256. */
  readonly compactAt?: number;
}

type Listener<T> = (event: T) => void;

export class LiveIndex {
  private current: AttacheIndex | null = null;
  /** What the next changed file is applied to; `null` until a load has been served. */
  private layers: LiveLayers | null = null;
  private compacting: Promise<void> | null = null;
  /** The dictionary of the last load whose actors.json was good: served while the file is broken. */
  private lastGoodDictionary: Dictionary | null = null;
  private running: Promise<ReloadedEvent> | null = null;
  /** A reload asked for while one runs: one more runs after it, covering every request made meanwhile. */
  private queued: { promise: Promise<ReloadedEvent>; reason: ReloadReason } | null = null;
  private changed = new Set<string>();
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly reloadedListeners = new Set<Listener<ReloadedEvent>>();
  private readonly errorListeners = new Set<Listener<Error>>();

  constructor(private readonly options: LiveIndexOptions) {}

  /** Loads the index once; the watcher is separate (`watch()`). */
  static async open(options: LiveIndexOptions): Promise<LiveIndex> {
    const live = new LiveIndex(options);
    await live.reload('start');
    return live;
  }

  /** The index being served. Throws before the first load has finished. */
  get index(): AttacheIndex {
    if (!this.current) throw new Error('the index is not loaded yet');
    return this.current;
  }

  /** The dictionary of the last good load, or null before one. */
  get dictionary(): Dictionary | null {
    return this.lastGoodDictionary;
  }

  get ready(): boolean {
    return this.current !== null;
  }

  /** Reloaded: the new index is in place. The listener gets its stats and the load's problems. */
  onReloaded(listener: Listener<ReloadedEvent>): () => void {
    this.reloadedListeners.add(listener);
    return () => this.reloadedListeners.delete(listener);
  }

  /** A reload failed as a whole (e.g. the folder vanished): the previous index stays in service. */
  onError(listener: Listener<Error>): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /**
   * Builds a new index and swaps it in. Concurrent calls coalesce: while one runs, later calls share
   * a single next run. Rejects (and tells error listeners) when loading fails as a whole.
   */
  reload(reason: ReloadReason = 'request'): Promise<ReloadedEvent> {
    if (!this.running) {
      this.running = this.run(reason);
      return this.running;
    }
    if (!this.queued) {
      const promise = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          this.running = this.run(reason);
          return this.running;
        });
      this.queued = { promise, reason };
    }
    return this.queued.promise;
  }

  /** Starts watching the seeds folder (and the dictionary's folder, if elsewhere). Idempotent. */
  watch(): void {
    if (this.watchers.length) return;
    const seeds = resolve(this.options.seedsDir);
    const dictionary = resolve(dictionaryFileOf(this.options));
    const dirs = new Set([seeds, dirname(dictionary)]);
    for (const dir of dirs) {
      const watcher = watch(dir, (_event, name) => {
        const file = name ? resolve(dir, name.toString()) : null;
        // A rewritten sidecar (another outlet added to the article's sources) changes its article's citations.
        if (file && dir === seeds && isArticleMetaFile(file)) return this.schedule(`${basename(file).slice(0, -META_SUFFIX.length)}.txt`);
        const relevant = !file || (dir === seeds && isArticleFile(file)) || file === dictionary;
        if (relevant) this.schedule(file ? basename(file) : dir);
      });
      watcher.on('error', (err) => this.emitError(err));
      this.watchers.push(watcher);
    }
  }

  /** Stops watching; the current index stays usable. */
  close(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(file: string): void {
    this.changed.add(file);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failed reload has told the error listeners already; nothing more to do here.
      this.reload('files changed').catch(() => undefined);
    }, this.options.debounceMs ?? 300);
  }

  /** Waits for a compaction under way (tests, shutdown). */
  async settled(): Promise<void> {
    await this.compacting;
  }

  private async run(reason: ReloadReason): Promise<ReloadedEvent> {
    const changed = [...this.changed].sort();
    this.changed.clear();
    try {
      const event = (reason === 'files changed' && (await this.applyOneByOne(changed))) || (await this.loadWhole(reason, changed));
      for (const l of this.reloadedListeners) {
        try {
          l(event);
        } catch (err) {
          this.emitError(err as Error);
        }
      }
      return event;
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      this.emitError(error);
      throw error;
    } finally {
      if (!this.queued) this.running = null;
    }
  }

  private async loadWhole(reason: ReloadReason, changed: string[]): Promise<ReloadedEvent> {
    const lastGood = this.lastGoodDictionary ?? this.options.lastGoodDictionary;
    const loaded = await loadIndex({ ...this.options, ...(lastGood ? { lastGoodDictionary: lastGood } : {}) });
    this.current = loaded.index;
    this.layers = {
      ...loaded.layers,
      files: FileTable.of(loaded.layers.files),
      changes: new Map(),
      index: loaded.index,
      problems: loaded.problems,
    };
    this.lastGoodDictionary = loaded.lastGoodDictionary;
    // The journal of articles taken one at a time is in the extraction cache now (or will be).
    if (loaded.cache.index === 'built') journalOf(this.options)?.clear();
    return {
      reason,
      stats: loaded.index.stats(),
      problems: loaded.problems,
      cache: loaded.cache,
      timings: loaded.timings,
      changed,
      persisted: loaded.persisted,
    };
  }

  /** Only article files changed: each taken alone. `null` when everything must be reloaded. */
  private async applyOneByOne(changed: string[]): Promise<ReloadedEvent | null> {
    const layers = this.layers;
    if (!layers || !changed.length || !changed.every((name) => isArticleFile(name) && basename(name) === name)) return null;
    const applied = await applyFiles(layers, this.options.seedsDir, changed, {
      ...(this.options.maxArticleBytes !== undefined ? { maxArticleBytes: this.options.maxArticleBytes } : {}),
      ...(this.options.extract ? { extract: this.options.extract } : {}),
    });
    if (!applied) return null;
    this.layers = applied.layers;
    this.current = applied.layers.index;
    const persisted = persistApplied(this.options, applied);
    this.compacting ??=
      compactInBackground(this.options, this.options.compactAt ?? 256, {
        layers: () => this.layers,
        swap: (next) => {
          this.layers = next;
          this.current = next.index;
        },
        onError: (err) => this.emitError(err),
      })?.finally(() => (this.compacting = null)) ?? null;
    const { timings } = applied;
    return {
      reason: 'files changed',
      stats: applied.layers.index.stats(),
      problems: applied.layers.problems,
      cache: {
        file: null,
        hits: applied.layers.files.size - applied.extracted.size,
        extracted: applied.extracted.size,
        workers: 0,
        index: 'layered',
        warnings: [],
      },
      timings: { ...timings, cacheReadMs: 0, cacheWriteMs: 0, snapshotMs: 0 },
      changed,
      persisted,
    };
  }

  private emitError(error: Error): void {
    for (const l of this.errorListeners) {
      try {
        l(error);
      } catch {
        // A listener that throws must not take the watcher down.
      }
    }
  }
}
