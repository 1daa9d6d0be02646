// The clock of ingestion inside the bot: a round of due sources at start and then every tick, one round at
// a time (a slow site never makes two rounds overlap). Stopping waits a little for the round under way,
// then lets the process go: every article write is atomic (a temporary file and a rename), so nothing is
// left half-written, and an interrupted poll is done again at the next start.
import type { Logger } from '../log.js';
import type { RoundResult, SourcePoller } from './poller.js';

export interface LoopOptions {
  /** How often due sources are looked for; default a minute (the shortest interval is 5). */
  readonly tickMs?: number;
  /** How long `stop` waits for a round under way; default 5 s (a shutdown step has 10). */
  readonly stopGraceMs?: number;
  /**
   * Asked before each round: true when this process holds (or has just taken, or extended) the lease of
   * ingestion in the store. Several processes run the loop; only the holder polls, and when it dies its
   * lease runs out and another takes it at its next tick. Absent: this process always polls.
   */
  readonly lease?: () => Promise<boolean>;
}

export const LOOP_DEFAULTS = { tickMs: 60_000, stopGraceMs: 5_000 } as const;

export class IngestionLoop {
  #timer: NodeJS.Timeout | null = null;
  #round: Promise<RoundResult | null> | null = null;
  #stopped = false;
  /** Whether the last round found the lease held here; null before the first. */
  #holding: boolean | null = null;
  readonly #tickMs: number;
  readonly #graceMs: number;

  constructor(
    private readonly poller: SourcePoller,
    private readonly logger: Logger,
    private readonly options: LoopOptions = {},
  ) {
    this.#tickMs = options.tickMs ?? LOOP_DEFAULTS.tickMs;
    this.#graceMs = options.stopGraceMs ?? LOOP_DEFAULTS.stopGraceMs;
  }

  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => void this.tick(), this.#tickMs);
    this.#timer.unref();
    void this.tick();
  }

  /** One round of due sources, unless one is under way (then that one's result). */
  tick(): Promise<RoundResult | null> {
    if (this.#stopped) return Promise.resolve(null);
    this.#round ??= this.leaseHeld()
      .then((held) => (held ? this.poller.pollDue() : null))
      .catch((err: unknown) => {
        // The sources' health could not even be read (the store is down): the next tick tries again.
        this.logger.error('ingestion round failed', { err, note: 'tried again at the next tick' });
        return null;
      })
      .finally(() => (this.#round = null));
    return this.#round;
  }

  /** Whether this process may poll now; a store that cannot answer counts as no (the next tick asks again). */
  private async leaseHeld(): Promise<boolean> {
    const lease = this.options.lease;
    if (!lease) return true;
    const held = await lease().catch((err: unknown) => {
      this.logger.warn('ingestion lease unknown', { err, note: 'no poll this round; asked again at the next tick' });
      return false;
    });
    if (held !== this.#holding) {
      if (held) this.logger.info('ingestion lease taken', { note: 'this process polls the sources' });
      else this.logger.info('ingestion lease held elsewhere', { note: 'another process polls the sources; this one stands by' });
    }
    this.#holding = held;
    return held;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.poller.stop();
    const round = this.#round;
    if (!round) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.#graceMs)));
    const outcome = await Promise.race([round, late]).finally(() => clearTimeout(timer));
    if (outcome === 'late')
      this.logger.warn('ingestion stopped mid-poll', {
        note: 'a request was still under way; that source is polled again at the next start',
      });
  }
}
