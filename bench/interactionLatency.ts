// The figure a Discord user feels: from the moment an interaction is injected into the gateway to the
// moment the emulator has recorded the bot's answer. The real discord.js client and the real bot run
// against the loopback emulator, so the time includes gateway decoding, discord.js, the router, the
// index query, rendering and the REST callback, but no internet (add Discord's own round trip, typically
// 50–150 ms, for what a user in the client sees).
//
//   measureInteractionLatency(index, { count: 300 })   from bench.ts, on the index it has built
//   tsx bench/interactionLatency.ts --articles 10000   standalone: synthetic corpus, index, measure
//   options: --count N (default 300), --seed N, --json, --seeds DIR (a real seeds folder instead)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.js';
import { parseArticle } from '../src/corpus/parseArticle.js';
import { createBot } from '../src/discord/bot.js';
import { syncCommands } from '../src/discord/commandSync.js';
import { DiscordEmulator } from '@attache/discord-emulator';
import { parseDictionary } from '../src/extract/dictionary.js';
import type { AttacheIndex } from '../src/index/api.js';
import { buildIndexSteps } from '../src/index/buildIndex.js';
import { silentLogger } from '../src/log.js';
import type { Article, ArticleExtraction } from '../src/model.js';
import { runCooperatively } from '../src/pipeline/cooperative.js';
import { loadIndex } from '../src/pipeline/loadIndex.js';
import { FALLBACK_DICTIONARY } from './realActors.js';
import { SyntheticCorpus, prng } from './syntheticCorpus.js';
import { benchArgs } from './args.js';

export interface InteractionLatency {
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly n: number;
}

export interface InteractionLatencyResult {
  /** /brief actor:<name or picked id> → the reply message recorded by the emulator. */
  readonly brief: InteractionLatency;
  /** Autocomplete on /brief actor:<prefix> → the choices recorded. */
  readonly autocomplete: InteractionLatency;
  /** Interactions that got no answer in time (each one a user who saw "The application did not respond"). */
  readonly unanswered: number;
}

export interface InteractionLatencyOptions {
  /** Timed interactions of each kind; default 300. */
  readonly count?: number;
  /** Untimed ones first, so that the JIT has compiled every path; default 50. */
  readonly warmup?: number;
  readonly seed?: number;
}

/**
 * Starts an emulator and the bot over `index`, registers the commands, then injects `count` /brief
 * commands and `count` autocompletes one after the other (a user at a time: this is latency, not
 * throughput) and reports p50/p99 of each. Everything is stopped again before it resolves.
 */
export async function measureInteractionLatency(
  index: AttacheIndex,
  options: InteractionLatencyOptions = {},
): Promise<InteractionLatencyResult> {
  const count = options.count ?? 300;
  const warmup = options.warmup ?? 50;
  const emulator = new DiscordEmulator();
  await emulator.start();
  const { guild, channel, user } = emulator.seedDefaultWorld();
  const bot = createBot({
    commands,
    token: emulator.token,
    apiUrl: emulator.restUrl,
    index: () => index,
    freshness: () => ({ lastReload: Date.now(), problems: 0 }),
    logger: silentLogger,
    clientOptions: { ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) } },
  });
  try {
    await bot.start();
    await syncCommands(
      bot.client.rest,
      { applicationId: bot.client.application!.id, guildId: guild.id },
      commands.map((c) => c.data.toJSON()),
    );
    const where = { guildId: guild.id, channelId: channel.id, userId: user.id };
    const queries = makeQueries(index, count + warmup, options.seed ?? 20240501);
    let unanswered = 0;

    const time = async (run: () => Promise<unknown>): Promise<number | null> => {
      const t = performance.now();
      try {
        await run();
        return performance.now() - t;
      } catch {
        unanswered++;
        return null;
      }
    };
    const brief: number[] = [];
    const autocomplete: number[] = [];
    for (let i = 0; i < count + warmup; i++) {
      const q = queries[i]!;
      const b = await time(() => emulator.sendCommand({ ...where, name: 'brief', options: { actor: q.actor } }).waitForReply(5000));
      const a = await time(() =>
        emulator.sendAutocomplete({ ...where, name: 'brief', options: { actor: q.prefix }, focused: 'actor' }).waitForChoices(5000),
      );
      if (i >= warmup) {
        if (b !== null) brief.push(b);
        if (a !== null) autocomplete.push(a);
      }
      // The emulator keeps every message and request; a bench of hundreds does not need them.
      if (i % 50 === 49) emulator.clearRequests();
    }
    return { brief: summarize(brief), autocomplete: summarize(autocomplete), unanswered };
  } finally {
    await bot.stop();
    await emulator.stop();
  }
}

/** What users type: names and picked ids for /brief (active actors more often), 1–5 letters for autocomplete. */
function makeQueries(index: AttacheIndex, n: number, seed: number): { actor: string; prefix: string }[] {
  const rand = prng(seed ^ 0x2545f491);
  const pool = new Map<string, { id: string; name: string }>();
  for (const first of ['', ...'abcdefghijklmnopqrstuvwxyz']) {
    for (const s of index.actors(first, 25)) pool.set(s.actor.id, { id: s.actor.id, name: s.actor.name });
  }
  const actors = [...pool.values()];
  if (!actors.length) throw new Error('the index has no actors to ask about');
  const out: { actor: string; prefix: string }[] = [];
  for (let i = 0; i < n; i++) {
    const a = actors[Math.floor(Math.pow(rand(), 2) * actors.length)]!;
    // Half pick a suggestion (the value sent is the id), half type the name and press enter.
    const actor = rand() < 0.5 ? a.id : a.name;
    const surname = a.name.split(' ').at(-1) ?? a.name;
    out.push({ actor, prefix: surname.slice(0, 1 + Math.floor(rand() * 5)) });
  }
  return out;
}

function summarize(durations: readonly number[]): InteractionLatency {
  const d = [...durations].sort((a, b) => a - b);
  const at = (p: number) => d[Math.max(0, Math.ceil(p * d.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: d.at(-1) ?? 0, n: d.length };
}

// ---------------------------------------------------------------------------------------------------
// Standalone: build an index of N synthetic articles and measure it.

/**
 * The bench's synthetic corpus (same generator, seed and dictionary as bench.ts) indexed in memory from
 * the generator's ground truth: what bench.ts indexes too when the extractor finds nothing or with
 * --truth. No files are written; extraction speed is bench.ts's business, not this figure's.
 */
export async function syntheticIndex(articles: number, seed = 20240501): Promise<AttacheIndex> {
  const real = join(process.cwd(), 'seeds', 'actors.json');
  const dictionaryJson: unknown = existsSync(real) ? JSON.parse(readFileSync(real, 'utf8')) : FALLBACK_DICTIONARY;
  const corpus = new SyntheticCorpus({ articles, seed, dictionary: dictionaryJson });
  const parsed: Article[] = [];
  const truth: ArticleExtraction[] = [];
  const encoder = new TextEncoder();
  for (const a of corpus.articles()) {
    const result = parseArticle(a.file, encoder.encode(a.text));
    if (!result.ok) throw new Error(`generated ${a.file} does not parse: ${result.problem.message}`);
    parsed.push(result.article);
    truth.push(a.truth);
  }
  const { dictionary } = parseDictionary(dictionaryJson);
  return (await runCooperatively(buildIndexSteps({ articles: parsed, extractions: truth, dictionary }))).index;
}

async function main(): Promise<void> {
  const { option, flag } = benchArgs();
  const count = Number(option('count') ?? 300);
  const seed = Number(option('seed') ?? 20240501);
  const seedsDir = option('seeds');
  const sizes = seedsDir ? [null] : (option('articles') ?? '10000,100000').split(',').map(Number);
  if (!Number.isInteger(count) || count <= 0) throw new Error('--count needs a positive integer');
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const rows: { articles: number; statements: number; result: InteractionLatencyResult }[] = [];
  for (const n of sizes) {
    if (n !== null && (!Number.isInteger(n) || n <= 0)) throw new Error('--articles needs positive integers, e.g. 10000 or 10000,100000');
    const t = performance.now();
    log(n === null ? `loading ${seedsDir}…` : `indexing ${n.toLocaleString('en')} synthetic articles (ground truth)…`);
    const index = n === null ? (await loadIndex({ seedsDir: seedsDir!, cacheDir: null })).index : await syntheticIndex(n, seed);
    const stats = index.stats();
    log(
      `  ${stats.articles.toLocaleString('en')} articles, ${stats.statements.toLocaleString('en')} statements in ${((performance.now() - t) / 1000).toFixed(1)} s; ${count} interactions of each kind…`,
    );
    rows.push({ articles: stats.articles, statements: stats.statements, result: await measureInteractionLatency(index, { count, seed }) });
  }
  if (flag('json')) {
    console.log(JSON.stringify({ count, seed, runs: rows }));
    return;
  }
  const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
  console.log(
    `interaction → reply recorded by the emulator (real discord.js client and bot over loopback), ${count} of each, one at a time`,
  );
  for (const r of rows) {
    const { brief, autocomplete, unanswered } = r.result;
    console.log(
      `${r.articles.toLocaleString('en').padStart(9)} articles   /brief p50 ${ms(brief.p50)}  p99 ${ms(brief.p99)}   autocomplete p50 ${ms(autocomplete.p50)}  p99 ${ms(autocomplete.p99)}${unanswered ? `   UNANSWERED ${unanswered}` : ''}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
