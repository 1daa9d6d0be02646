// The bench's figures and bars: what one run at one size measures, and the bars set for 100,000 articles.
import type { Freshness } from './freshness.js';
import type { DigestDeliveryResult } from './digestDelivery.js';

/** The machine a bench ran on, printed beside its figures. */
export interface Machine {
  readonly node: string;
  readonly cpus: number;
  readonly cpu: string;
  readonly memoryGB: number;
  readonly gc: boolean;
  readonly loadAverage: number;
}

export const SIZES = [1_000, 10_000, 100_000];
export const BARS = {
  resolveP99: 5,
  briefP99: 5,
  actorsP99: 10,
  searchP99: 50,
  coldS: 60,
  warmS: 5,
  rssMB: 1536,
  /** One 4 MB article, read, extracted and indexed (issue #11). */
  largeArticleS: 2,
  /** A new article file → an answering index, p99 (issue #12). */
  freshnessP99Ms: 1000,
  /** …and the CPU it costs. */
  freshnessCpuMs: 100,
};

/** One very long article arriving in a running bot (bench/largeArticleProbe.ts). */
export interface LargeArticle {
  readonly bytes: number;
  readonly statements: number;
  readonly readMs: number;
  readonly extractMs: number;
  readonly indexMs: number;
  /** Read, extracted on the bot's warm workers and indexed (the bar). */
  readonly totalMs: number;
  /** From the file written to the index answering from it: the watcher's 300 ms quiet time included. */
  readonly answerMs: number;
  /** The same article in a one-off load with workers started for it (the CLI; a bot's first load). */
  readonly coldMs: number;
  /** What the bot's two warm workers add to its RSS. */
  readonly poolRssMB: number;
}

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

export interface Restart {
  readonly loadS: number;
  /** From spawning the process to its answer: Node and module loading included. */
  readonly processS: number;
  readonly hits: number;
  readonly extracted: number;
  readonly statements: number;
  /** RSS of the restarted process once loaded: the bot's footprint, nothing of the bench's in it. */
  readonly rssMB: number;
  readonly index: 'built' | 'snapshot';
  readonly timings: Record<string, number>;
}

/** 200 feeds × 50 items from a loopback site, every page fetched and read (bench/ingestionThroughput.ts). */
export interface IngestionFigures {
  readonly items: number;
  readonly written: number;
  readonly seconds: number;
  readonly itemsPerS: number;
  readonly rssMB: number;
}

export interface RunResult {
  readonly articles: number;
  readonly files: { readonly reused: boolean; readonly dir: string; readonly generateS: number };
  readonly source: 'extractor' | 'ground truth';
  readonly statements: number;
  readonly extractorStatements: number;
  readonly actors: number;
  readonly contacts: number;
  readonly cold: {
    readonly readMs: number;
    readonly extractMs: number;
    readonly articlesPerS: number;
    readonly workers: number;
    readonly cacheWriteMs: number;
    readonly indexMs: number;
    readonly totalS: number;
  };
  /** A restart with the extraction cache only: the index is rebuilt. */
  readonly rebuild: Restart | null;
  /** A plain restart: extraction cache and index snapshot. */
  readonly warm: Restart | null;
  /** A new article file → the served index answers from it (bench/freshness.ts). */
  readonly freshness: Freshness;
  readonly memory: { readonly rssMB: number; readonly heapMB: number; readonly gc: boolean };
  readonly latency: { readonly resolveActor: Latency; readonly brief: Latency; readonly search: Latency; readonly actors: Latency };
  readonly baseline: {
    readonly buildMs: number;
    readonly search: Latency;
    readonly ratioP50: number;
    readonly ratioP99: number;
    readonly note: string;
  } | null;
  /** What a Discord user feels: an injected interaction → the reply recorded by the loopback emulator. */
  readonly interaction: { readonly brief: Latency; readonly autocomplete: Latency; readonly unanswered: number } | null;
  /** 1,000 guilds' digests due at the same minute: composed, then delivered to the emulator. */
  readonly digests: DigestDeliveryResult | null;
  readonly largeArticle: LargeArticle | null;
  /** Measured where the corpus has 10,000 articles or more (one page each); null elsewhere or with --no-ingest. */
  readonly ingestion: IngestionFigures | null;
  readonly misses: readonly string[];
}
