// When articles entered the index. The index knows what it holds, not since when, yet a digest is "what
// is new since the channel's last one"; so each reload that brings articles appends a numbered record
// to a log in the store: `arrivals:<seq>` → the ids that arrived. A subscription's cursor is the last
// seq it has had; its next digest is every record after it.
//
// The log ends at its first missing seq, so it is read by probing forward; `arrivals:head` only says
// where probing may start. Several processes may share the log (redis): each refreshes from the store
// before recording, so an article is recorded once, and a record is read back after writing to catch
// two processes claiming the same seq at the same moment (the loser retries at the next one).
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.js';
import type { KeyValueStore } from '../store/index.js';

export interface ArrivalRecord {
  readonly ids: readonly string[];
  /** When it was recorded (ms since the epoch). */
  readonly at: number;
  /** Which process wrote it, and which of its writes: tells a lost race from a won one. */
  readonly writer: string;
}

export const ARRIVALS_HEAD = 'arrivals:head';
export const arrivalKey = (seq: number): string => `arrivals:${seq}`;

const READ_BATCH = 32;
const MAX_ATTEMPTS = 10;

export class ArrivalLog {
  private readonly records = new Map<number, readonly string[]>();
  private readonly known = new Set<string>();
  private last = -1;
  private writes = 0;
  private readonly writer = randomUUID();
  /** One refresh or record at a time: both move `last`. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The newest seq known; -1 while the log is empty. */
  get head(): number {
    return this.last;
  }

  /** Whether the article has arrived (is in some record). */
  has(id: string): boolean {
    return this.known.has(id);
  }

  /** Reads the records this process has not seen yet (all of them, the first time). */
  refresh(): Promise<void> {
    return this.serial(() => this.readNew());
  }

  /**
   * Records the ids not already recorded as one new arrival; null when all were. Passing every id of
   * the index is correct (only the new ones are recorded), just slower than passing the difference.
   * `startLog`: the ids are the archive present at the very first start (record 0, possibly empty).
   */
  record(ids: readonly string[], options: { startLog?: boolean } = {}): Promise<{ seq: number; ids: readonly string[] } | null> {
    return this.serial(async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        await this.readNew();
        const fresh = [...new Set(ids)].filter((id) => !this.known.has(id));
        // `startLog`: an empty log gets its record 0 even with no articles, so that the first articles
        // to come later are an arrival (1) rather than the archive found at the first start (0).
        if (fresh.length === 0 && !(options.startLog && this.last === -1)) return null;
        const seq = this.last + 1;
        const record: ArrivalRecord = { ids: fresh, at: this.now(), writer: `${this.writer}#${++this.writes}` };
        await this.store.set(arrivalKey(seq), record);
        const back = await this.store.get<ArrivalRecord>(arrivalKey(seq));
        if (back?.writer !== record.writer) continue; // another process took this seq: read it, try the next
        this.add(seq, fresh);
        await this.store.set(ARRIVALS_HEAD, seq);
        return { seq, ids: fresh };
      }
      throw new Error(`could not record ${ids.length} arrivals: the arrival log kept changing under us`);
    });
  }

  /** The ids of the records after `cursor` up to `upTo` (default: the newest), oldest record first. */
  idsAfter(cursor: number, upTo: number = this.last): string[] {
    const out: string[] = [];
    for (let seq = Math.max(0, cursor + 1); seq <= upTo; seq++) out.push(...(this.records.get(seq) ?? []));
    return out;
  }

  private async readNew(): Promise<void> {
    const hint = (await this.store.get<number>(ARRIVALS_HEAD)) ?? -1;
    // Up to the hint every record exists: read them in parallel batches (the first start after a long
    // life reads hundreds). Past it, probe one at a time until the first gap.
    let seq = this.last + 1;
    while (seq <= hint) {
      const batch = Array.from({ length: Math.min(READ_BATCH, hint - seq + 1) }, (_, i) => seq + i);
      const found = await Promise.all(batch.map((s) => this.store.get<ArrivalRecord>(arrivalKey(s))));
      for (let i = 0; i < batch.length; i++) {
        const record = found[i];
        if (!record) return; // a gap below the hint: the log ends there (a record was lost)
        this.add(batch[i]!, record.ids);
      }
      seq += batch.length;
    }
    for (;;) {
      const record = await this.store.get<ArrivalRecord>(arrivalKey(seq));
      if (!record) return;
      this.add(seq, record.ids);
      seq++;
    }
  }

  private add(seq: number, ids: readonly string[]): void {
    this.records.set(seq, ids);
    for (const id of ids) this.known.add(id);
    this.last = Math.max(this.last, seq);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * Records `ids` and every article of the index not recorded yet as one arrival (`start`: at the service's
 * start, which also catches articles added while the bot was down). An index that cannot be listed yet
 * records `ids` alone, and is not taken for the archive present at the very first start.
 */
export async function recordIndexArrivals(
  log: ArrivalLog,
  ids: readonly string[],
  articleIds: () => readonly string[],
  why: 'start' | 'reload',
  logger: Logger,
): Promise<void> {
  let all: readonly string[] = ids;
  let listed = false;
  try {
    all = [...ids, ...articleIds()];
    listed = true;
  } catch (err) {
    logger.warn('digest.arrivals.index_unavailable', { why, error: err });
  }
  // Only an index we could list is the archive "present at the first start".
  const recorded = await log.record(all, { startLog: why === 'start' && listed });
  if (recorded) logger.info('digest.arrivals', { why, seq: recorded.seq, articles: recorded.ids.length });
}
