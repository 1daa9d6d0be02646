// `npm run bench`: a synthetic archive at 1,000, 10,000 and 100,000 articles, loaded through the real
// pipeline (files on disk, extraction on worker threads, extraction cache, index snapshot), then timed:
// cold build, restarts, memory, and the latency of resolveActor, brief, search and actors(prefix); plus
// the naive baseline (fuse.js over every statement) on the same corpus, for the ratio.
//
//   npm run bench                      all three sizes, each in a fresh process, as a table
//   npm run bench -- --articles 10000  one size
//   npm run bench -- --json            the figures as one JSON object
//   other flags: --seed N, --queries N (default 300), --fresh (rewrite the corpus files),
//                --truth (index the generator's ground truth instead of what the extractor finds),
//                --no-baseline, --no-discord (skip the Discord figures), --no-sharded (skip start:sharded's), --no-ingest (skip the ingestion throughput), --digests (digest delivery at every size), --no-picture (skip the /contacts picture), --slowest (log the five slowest queries of each kind)
//
// When the extractor finds no statements at all (it was a stub at first), the index is built from the
// generator's ground truth instead (what a perfect extractor would find), and the extraction cache is
// filled with it so that the restarts load real data. The report says which.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { AttacheIndex } from '../src/index/api.js';
import { buildIndexSteps } from '../src/index/buildIndex.js';
import type { ArticleExtraction, StoredExtraction } from '../src/model.js';
import { runCooperatively } from '../src/pipeline/cooperative.js';
import { articleKey, cacheFileFor, encodeChunk, keyPrefix, writeExtractionCache } from '../src/pipeline/extractionCache.js';
import { snapshotFileFor } from '../src/pipeline/indexSnapshot.js';
import { loadIndex, prepareCorpus } from '../src/pipeline/loadIndex.js';
import { returnFreedMemory } from '../src/runtime/freedMemory.js';
import { BRIEF_LIMITS } from '../src/discord/render/index.js';
import { contactsPictureFigures, printContactsPicture } from './contactsPicture.js';
import { measureDigestDelivery } from './digestDelivery.js';
import { measureFreshness } from './freshness.js';
import { measureInteractionLatency } from './interactionLatency.js';
import { formatShardedLatency, measureShardedLatency } from './shardedLatency.js';
import { FALLBACK_DICTIONARY } from './realActors.js';
import { GENERATOR_VERSION, SyntheticCorpus } from './syntheticCorpus.js';
import { benchArgs } from './args.js';
import { makeQueries } from './benchQueries.js';
import { SIZES, type IngestionFigures, type Latency, type RunResult, type Machine } from './benchModel.js';
import { probe, probeIngestion, probeLargeArticle, runChild } from './probes.js';
import { missedBars, printTable, ms } from './benchReport.js';

// ---------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const { flag, option } = benchArgs(args);
const json = flag('json');
const seed = Number(option('seed') ?? 20240501);
const queryCount = Number(option('queries') ?? 300);
const log = (message: string) => process.stderr.write(`${message}\n`);
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  // The picture of /contacts (bench/contactsPicture.ts): measured once here, not in each size's process.
  const picture = flag('no-picture') ? {} : contactsPictureFigures(log);
  const one = option('articles');
  if (one !== undefined) {
    const n = Number(one);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--articles needs a positive integer, not ${one}`);
    const result = await runSize(n);
    if (json) console.log(JSON.stringify({ machine: machine(), seed, runs: [result], ...picture }));
    else printTable([result], { machine: machine(), seed, queryCount });
    if (!json) printContactsPicture(picture);
    return;
  }
  // Every size in a process of its own: memory figures are then not polluted by the previous size.
  const runs: RunResult[] = [];
  for (const n of SIZES) {
    log(`— ${n.toLocaleString('en')} articles —`);
    const passthrough = [...args.filter((a) => a !== '--json'), '--no-picture'];
    const out = await runChild([fileURLToPath(import.meta.url), ...passthrough, '--articles', String(n), '--json']);
    const parsed = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as { runs: RunResult[] };
    runs.push(...parsed.runs);
  }
  // Sharded figures (bench/shardedLatency.ts), once for all sizes: the real shard manager and processes.
  const sharded = flag('no-discord') || flag('no-sharded') ? null : await measureShardedLatency({ log });
  if (json) console.log(JSON.stringify({ machine: machine(), seed, runs, ...(sharded ? { sharded } : {}), ...picture }));
  else {
    printTable(runs, { machine: machine(), seed, queryCount });
    if (sharded) console.log(['', ...formatShardedLatency(sharded)].join('\n'));
    printContactsPicture(picture);
  }
}

function machine(): Machine {
  return {
    node: process.version,
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? '?',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    gc: !!gc,
    loadAverage: loadavg()[0]!,
  };
}

// ---------------------------------------------------------------------------------------------------

function loadDictionaryJson(): unknown {
  const real = join(process.cwd(), 'seeds', 'actors.json');
  if (existsSync(real)) return JSON.parse(readFileSync(real, 'utf8'));
  return FALLBACK_DICTIONARY;
}

/** Writes the corpus files once per size, seed and generator version; later runs reuse them. */
function ensureCorpusFiles(corpus: SyntheticCorpus, n: number): { dir: string; reused: boolean; generateS: number } {
  const dictionaryText = JSON.stringify(corpus.dictionaryJson);
  const tag = createHash('sha1').update(dictionaryText).digest('hex').slice(0, 8);
  const dir = join(tmpdir(), 'attache-bench', `corpus-${n}-s${seed}-g${GENERATOR_VERSION}-${tag}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker) && !flag('fresh')) return { dir, reused: true, generateS: 0 };
  const t = performance.now();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'actors.json'), dictionaryText);
  let count = 0;
  for (const a of corpus.articles()) {
    writeFileSync(join(dir, a.file), a.text);
    if (++count % 10_000 === 0) log(`  wrote ${count.toLocaleString('en')} articles`);
  }
  writeFileSync(marker, new Date().toISOString());
  return { dir, reused: false, generateS: (performance.now() - t) / 1000 };
}

function truthOf(corpus: SyntheticCorpus): ArticleExtraction[] {
  const truth: ArticleExtraction[] = [];
  for (const a of corpus.articles()) truth.push(a.truth);
  return truth;
}

/** The process's memory once its garbage is collected and the pooled pages returned, as the bot does after a load. */
function memory() {
  const collected = returnFreedMemory();
  const m = process.memoryUsage();
  return { rssMB: m.rss / 2 ** 20, heapMB: m.heapUsed / 2 ** 20, gc: collected };
}

async function runSize(n: number): Promise<RunResult> {
  const corpus = new SyntheticCorpus({ articles: n, seed, dictionary: loadDictionaryJson() });
  log(`corpus: ${n.toLocaleString('en')} articles, ${corpus.actors.length.toLocaleString('en')} actors`);
  const files = ensureCorpusFiles(corpus, n);
  log(`  files in ${files.dir}${files.reused ? ' (reused)' : ` (written in ${files.generateS.toFixed(1)} s)`}`);
  const cacheDir = await mkdtemp(join(tmpdir(), 'attache-bench-cache-'));
  try {
    return await measure(n, corpus, files, cacheDir);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function measure(n: number, corpus: SyntheticCorpus, files: RunResult['files'], cacheDir: string): Promise<RunResult> {
  // Cold: nothing cached, the real start-up path. Files may be in the OS page cache (just written).
  memory();
  log('  cold build (read, extract, index; then the cache and snapshot written, as the bot does)…');
  const t0 = performance.now();
  const loaded = await loadIndex({ seedsDir: files.dir, cacheDir, persist: 'background' });
  const t1 = performance.now();
  const persisted = await loaded.persisted;
  let index: AttacheIndex = loaded.index;
  const extractorStatements = index.stats().statements;
  const { timings } = loaded;
  const cold = {
    readMs: timings.readMs + timings.cacheReadMs,
    extractMs: timings.extractMs,
    articlesPerS: loaded.cache.extracted / Math.max(timings.extractMs / 1000, 1e-9),
    workers: loaded.cache.workers,
    /** After the index was ready (the bot serves meanwhile): not part of the cold build. */
    cacheWriteMs: persisted.cacheWriteMs + persisted.snapshotMs,
    indexMs: timings.indexMs,
    /** Until the index can answer: what the 60 s bar is about. */
    totalS: (t1 - t0) / 1000,
  };
  const snapshotFile = snapshotFileFor(cacheDir, files.dir);
  let source: RunResult['source'] = 'extractor';
  if (extractorStatements === 0 || flag('truth')) {
    source = 'ground truth';
    log(`  the extractor found ${extractorStatements} statements: indexing the generator's ground truth instead`);
    const { articles, dictionary } = await prepareCorpus({ seedsDir: files.dir, cacheDir });
    const truth = truthOf(corpus);
    index = null as unknown as AttacheIndex;
    memory();
    const b0 = performance.now();
    index = (await runCooperatively(buildIndexSteps({ articles, extractions: truth, dictionary }))).index;
    cold.indexMs = performance.now() - b0;
    cold.totalS = (timings.readMs + timings.cacheReadMs + timings.extractMs + cold.indexMs) / 1000;
    // Put the truth where the extractor's results would be, so the restarts below load real data.
    const prefix = keyPrefix(dictionary);
    const byId = new Map(truth.map((e) => [e.article, e]));
    await writeExtractionCache(cacheFileFor(cacheDir, files.dir), [
      await encodeChunk(
        articles.map((a) => ({ key: articleKey(prefix, a.file, readFileSync(join(files.dir, a.file))), extraction: byId.get(a.id)! })),
      ),
    ]);
    rmSync(snapshotFile, { force: true });
  }
  const stats = index.stats();
  const mem = memory();
  log(`  ${stats.statements.toLocaleString('en')} statements indexed; RSS ${mem.rssMB.toFixed(0)} MB`);

  log('  queries…');
  // Warm-up on other queries of the same mix: the JIT compiles every path (fuzzy, phrases) first, as
  // it has in a bot that has been up a while; the timed queries themselves are seen once.
  const warmup = makeQueries(corpus, queryCount, 1, seed);
  const queries = makeQueries(corpus, queryCount, 0, seed);
  const latency = {
    resolveActor: time('resolveActor', warmup.resolve, queries.resolve, (q) => index.resolveActor(q)),
    // A brief as /brief asks for it (the newest BRIEF_LIMITS.statements materialised) and what a
    // reply's first page shows: the first five articles' statements and the contact count.
    brief: time('brief', warmup.brief, queries.brief, (q) => {
      const b = index.brief(q.id, q.range, { limit: BRIEF_LIMITS.statements });
      for (const a of b.articles.slice(0, 5)) void a.statements.length;
      return b.contactCount + b.contacts.length;
    }),
    search: time('search', warmup.search, queries.search, (q) => index.search(q)),
    actors: time('actors', warmup.prefixes, queries.prefixes, (q) => index.actors(q)),
  };

  // The real bot and discord.js client over the loopback emulator, on this index (not at 1,000: the
  // figure matters where the archive is large).
  let interaction: RunResult['interaction'] = null;
  let digests: RunResult['digests'] = null;
  if (n >= 10_000 && !flag('no-discord')) {
    log('  Discord: /brief and autocomplete through the real client and the emulator…');
    interaction = await measureInteractionLatency(index, { count: queryCount, seed });
    if (n === 10_000 || flag('digests')) {
      // Once is enough: it measures the store and Discord's 50 requests/s, not the archive's size.
      log('  Discord: the digests of 1,000 guilds due at the same minute…');
      digests = await measureDigestDelivery({ guilds: 1000, index });
    }
  }

  // Restarts, each in a new process: first with the extraction cache alone (the index rebuilt, as
  // after an upgrade of the index), then with the index snapshot that run leaves (a plain restart).
  log('  restarts (new processes): extraction cache only, then with the index snapshot…');
  rmSync(snapshotFile, { force: true });
  const rebuild = await probe(files.dir, cacheDir);
  const warm = await probe(files.dir, cacheDir);
  log('  freshness: 50 new article files, each until the served index answers from it…');
  const freshness = await measureFreshness(files.dir, cacheDir, corpus.actors.find((a) => a.name.includes(' '))!.name);
  log('  one 4 MB article (a new process: read, extracted on a worker, indexed)…');
  const largeArticle = await probeLargeArticle(files.dir);
  let ingestion: IngestionFigures | null = null;
  if (n >= 10_000 && !flag('no-ingest')) {
    log('  ingestion: 200 feeds × 50 items from a loopback site, every page fetched and read (a new process)…');
    ingestion = await probeIngestion(files.dir);
  }
  let baseline: RunResult['baseline'] = null;
  if (!flag('no-baseline')) {
    log('  naive baseline: fuse.js over every statement’s text and speaker…');
    // The statements again (not kept above, so as not to count them in the memory figure).
    const again = source === 'ground truth' ? truthOf(corpus) : (await prepareCorpus({ seedsDir: files.dir, cacheDir })).extractions;
    baseline = runBaseline(index, again, queries.search, latency.search, n);
  }

  const result: RunResult = {
    articles: n,
    files,
    source,
    statements: stats.statements,
    extractorStatements,
    actors: stats.actors,
    contacts: stats.contacts,
    cold,
    rebuild,
    warm,
    freshness,
    memory: mem,
    latency,
    baseline,
    interaction,
    digests,
    largeArticle,
    ingestion,
    misses: [],
  };
  return { ...result, misses: missedBars(result) };
}

// ---------------------------------------------------------------------------------------------------
// Queries

function time<T>(kind: string, warmup: readonly T[], queries: readonly T[], run: (q: T) => unknown): Latency {
  for (const q of warmup) run(q);
  // The build's garbage (gigabytes at 100k) is collected long before a running bot's first query; left
  // here, its collection would land in whichever timed query comes first and measure the build instead.
  (globalThis as { gc?: () => void }).gc?.();
  const durations: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    run(q);
    durations.push(performance.now() - t);
  }
  if (flag('slowest')) {
    const worst = durations
      .map((d, i) => ({ d, q: queries[i] }))
      .sort((a, b) => b.d - a.d)
      .slice(0, 5);
    log(`  slowest ${kind}: ${worst.map((w) => `${JSON.stringify(w.q)} ${ms(w.d)}`).join(', ')}`);
  }
  return summarize(durations);
}

function summarize(durations: number[]): Latency {
  const d = [...durations].sort((a, b) => a - b);
  const at = (p: number) => d[Math.max(0, Math.ceil(p * d.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), n: d.length };
}

// ---------------------------------------------------------------------------------------------------
// Baseline: what PERFORMANCE.md measured, fuse.js (default options) over every statement.

function runBaseline(
  index: AttacheIndex,
  extractions: readonly StoredExtraction[],
  queries: readonly string[],
  ours: Latency,
  n: number,
): NonNullable<RunResult['baseline']> {
  const items: { text: string; speaker: string }[] = [];
  for (const e of extractions) {
    for (const s of e.statements)
      items.push({ text: index.statementText(s), speaker: s.speaker === null ? '' : (index.actor(s.speaker)?.name ?? s.speaker) });
  }
  const b0 = performance.now();
  const fuse = new Fuse(items, { keys: ['text', 'speaker'] });
  const buildMs = performance.now() - b0;
  const cap = n <= 1_000 ? 100 : n <= 10_000 ? 40 : 20;
  const budgetMs = 120_000;
  const durations: number[] = [];
  const started = performance.now();
  for (const q of queries.slice(0, cap)) {
    const t = performance.now();
    fuse.search(q, { limit: 25 });
    durations.push(performance.now() - t);
    if (performance.now() - started > budgetMs && durations.length >= 5) break;
  }
  const search = summarize(durations);
  const note =
    durations.length < queries.length
      ? `first ${durations.length} of ${queries.length} search queries (capped: it is slow)`
      : `all ${durations.length} search queries`;
  return {
    buildMs,
    search,
    ratioP50: search.p50 / Math.max(ours.p50, 1e-6),
    ratioP99: search.p99 / Math.max(ours.p99, 1e-6),
    note: `${note}; ${items.length.toLocaleString('en')} statements`,
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
