// What a LiveIndex writes as it takes articles one at a time, in the background and in the order of
// its loads (cacheWrites.ts's inTurn): the extraction journal beside the extraction cache (so a restart
// extracts nothing again), and after a compaction the index snapshot of the new base (so a restart
// opens it rather than rebuilding).
import { rm } from 'node:fs/promises';
import type { LayeredIndex } from '../index/layered.js';
import { layeredSteps } from '../index/layered.js';
import { runSteps } from '../index/buildIndex.js';
import type { StoredExtraction } from '../model.js';
import { inTurn } from './cacheWrites.js';
import { cacheFileFor, defaultCacheDir, encodeChunk, journalFileFor, writeExtractionCache } from './extractionCache.js';
import { FileTable } from './fileTable.js';
import { changesSince, compactLayers, type Applied, type LiveLayers } from './incremental.js';
import { fingerprintOf, snapshotFileFor, writeIndexSnapshot, type SnapshotMeta } from './indexSnapshot.js';
import type { LoadOptions, PersistReport } from './loadIndex.js';

interface Where {
  readonly journalFile: string;
  readonly snapshotFile: string;
}

function where(options: LoadOptions): Where | null {
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  if (cacheDir === null) return null;
  return {
    journalFile: journalFileFor(cacheFileFor(cacheDir, options.seedsDir)),
    snapshotFile: snapshotFileFor(cacheDir, options.seedsDir),
  };
}

/** Per journal file: the extractions of articles taken one at a time and still served. */
const journals = new Map<string, Map<string, StoredExtraction>>();

/** The journal of a seeds folder; `clear` after a full build, which holds its extractions in the cache. */
export function journalOf(options: LoadOptions): { clear: () => void } | null {
  const at = where(options);
  if (!at) return null;
  return {
    clear: () => {
      journals.delete(at.journalFile);
      void inTurn(at.snapshotFile, () => rm(at.journalFile, { force: true }).catch(() => undefined));
    },
  };
}

/** Writes the journal with the extractions just made; settles (never rejects) once written. */
export function persistApplied(options: LoadOptions, applied: Applied): Promise<PersistReport> {
  const at = where(options);
  if (!at || !applied.extracted.size) return Promise.resolve({ cacheWriteMs: 0, snapshotMs: 0, warnings: [] });
  let journal = journals.get(at.journalFile);
  if (!journal) journals.set(at.journalFile, (journal = new Map<string, StoredExtraction>()));
  for (const [key, extraction] of applied.extracted) journal.set(key, extraction);
  for (const key of journal.keys()) if (!applied.layers.files.serves(key)) journal.delete(key);
  const entries = [...journal].map(([key, extraction]) => ({ key, extraction }));
  return inTurn(at.snapshotFile, async () => {
    const t0 = performance.now();
    try {
      await writeExtractionCache(at.journalFile, [await encodeChunk(entries)]);
      return { cacheWriteMs: performance.now() - t0, snapshotMs: 0, warnings: [] };
    } catch (err) {
      return {
        cacheWriteMs: 0,
        snapshotMs: 0,
        warnings: [`cannot write the extraction journal ${at.journalFile}: ${(err as Error).message}`],
      };
    }
  });
}

export interface CompactionHooks {
  /** The layers served now. */
  readonly layers: () => LiveLayers | null;
  readonly swap: (next: LiveLayers) => void;
  readonly onError: (error: Error) => void;
}

/**
 * When the top layer holds `compactAt` changes or more: a build of the whole in the background (no
 * file read, nothing extracted), then the changes made meanwhile laid over it and the result swapped
 * in, and its snapshot written. `null` when there is nothing to do.
 */
export function compactInBackground(options: LoadOptions, compactAt: number, hooks: CompactionHooks): Promise<void> | null {
  const start = hooks.layers();
  if (!start || start.changes.size < compactAt || !('wholeInput' in start.index)) return null;
  const layered = start.index as LayeredIndex;
  return (async () => {
    try {
      const base = await compactLayers(layered);
      const now = hooks.layers();
      // A full load meanwhile has a base of its own: this one is of no use.
      if (!now || now.base !== start.base) return;
      const left = changesSince(start.changes, now.changes);
      const index = left.size ? runSteps(layeredSteps(base, left, now.dictionary)) : base;
      // The file table starts a new base too, so that its top (copied at every change) stays small.
      hooks.swap({ ...now, base, changes: left, index, files: FileTable.of(new Map(now.files.entries())) });
      const at = where(options);
      if (!at) return;
      const keys = [...start.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f.key);
      const meta: SnapshotMeta = { fingerprint: fingerprintOf(keys), problems: start.problems.filter((p) => p.source === 'extraction') };
      await inTurn(at.snapshotFile, () => writeIndexSnapshot(at.snapshotFile, base.data, meta)).catch((err: Error) =>
        hooks.onError(new Error(`cannot write the index snapshot ${at.snapshotFile}: ${err.message}`)),
      );
    } catch (err) {
      hooks.onError(err instanceof Error ? err : new Error(String(err)));
    }
  })();
}
