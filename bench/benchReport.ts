// The bench's table: every figure of every size, the machine and its load, and the bars missed.
import { BARS, type Latency, type Restart, type RunResult, type Machine } from './benchModel.js';

export function missedBars(r: RunResult): string[] {
  const misses: string[] = [];
  const check = (ok: boolean, what: string) => ok || misses.push(what);
  check(r.latency.resolveActor.p99 <= BARS.resolveP99, `resolveActor p99 ${ms(r.latency.resolveActor.p99)} > ${BARS.resolveP99} ms`);
  check(r.latency.brief.p99 <= BARS.briefP99, `brief p99 ${ms(r.latency.brief.p99)} > ${BARS.briefP99} ms`);
  check(r.latency.actors.p99 <= BARS.actorsP99, `actors(prefix) p99 ${ms(r.latency.actors.p99)} > ${BARS.actorsP99} ms`);
  check(r.latency.search.p99 <= BARS.searchP99, `search p99 ${ms(r.latency.search.p99)} > ${BARS.searchP99} ms`);
  check(r.cold.totalS <= BARS.coldS, `cold build ${r.cold.totalS.toFixed(1)} s > ${BARS.coldS} s`);
  check(!!r.warm && r.warm.index === 'snapshot', `the restart did not use the index snapshot`);
  check(!r.warm || r.warm.loadS <= BARS.warmS, `restart ${r.warm?.loadS.toFixed(1)} s > ${BARS.warmS} s`);
  check(r.memory.rssMB <= BARS.rssMB, `RSS after the cold build ${r.memory.rssMB.toFixed(0)} MB > ${BARS.rssMB} MB`);
  check(!r.warm || r.warm.rssMB <= BARS.rssMB, `RSS after a restart ${r.warm?.rssMB.toFixed(0)} MB > ${BARS.rssMB} MB`);
  check(r.freshness.p99Ms <= BARS.freshnessP99Ms, `new article → answering index p99 ${ms(r.freshness.p99Ms)} > ${BARS.freshnessP99Ms} ms`);
  check(r.freshness.cpuMs <= BARS.freshnessCpuMs, `CPU per new article ${ms(r.freshness.cpuMs)} > ${BARS.freshnessCpuMs} ms`);
  const large = r.largeArticle;
  check(!!large, 'the 4 MB article was not indexed');
  check(
    !large || large.totalMs / 1000 <= BARS.largeArticleS,
    `one 4 MB article ${((large?.totalMs ?? 0) / 1000).toFixed(1)} s > ${BARS.largeArticleS} s`,
  );
  return misses;
}

export function ms(v: number): string {
  return v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`;
}

const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;
const restart = (r: Restart | null) => (r ? `${r.loadS.toFixed(2)} s (process ${r.processS.toFixed(2)} s, ${r.index})` : 'failed');
const int = (v: number) => Math.round(v).toLocaleString('en');

export function printTable(
  runs: readonly RunResult[],
  about: { readonly machine: Machine; readonly seed: number; readonly queryCount: number },
): void {
  const m = about.machine;
  const rows: [string, (r: RunResult) => string][] = [
    ['articles', (r) => int(r.articles)],
    ['statements indexed', (r) => int(r.statements)],
    ['  from', (r) => (r.source === 'extractor' ? 'extractor' : `ground truth*`)],
    ['actors / contacts', (r) => `${int(r.actors)} / ${int(r.contacts)}`],
    ['cold: read + parse', (r) => ms(r.cold.readMs)],
    ['cold: extraction', (r) => `${ms(r.cold.extractMs)} (${int(r.cold.articlesPerS)} art/s, ${r.cold.workers} workers)`],
    ['cold: index build', (r) => ms(r.cold.indexMs)],
    ['cold: total, until the index answers', (r) => `${r.cold.totalS.toFixed(1)} s`],
    ['  then cache + snapshot written', (r) => ms(r.cold.cacheWriteMs)],
    ['restart, extraction cache only', (r) => restart(r.rebuild)],
    [
      '  read / cache / index',
      (r) =>
        r.rebuild
          ? `${ms(r.rebuild.timings.readMs ?? 0)} / ${ms(r.rebuild.timings.cacheReadMs ?? 0)} / ${ms(r.rebuild.timings.indexMs ?? 0)}`
          : '—',
    ],
    ['restart with index snapshot', (r) => restart(r.warm)],
    [
      '  read / snapshot / open',
      (r) =>
        r.warm ? `${ms(r.warm.timings.readMs ?? 0)} / ${ms(r.warm.timings.snapshotMs ?? 0)} / ${ms(r.warm.timings.indexMs ?? 0)}` : '—',
    ],
    ['new article → answers p50 / p99', (r) => `${ms(r.freshness.p50Ms)} / ${ms(r.freshness.p99Ms)} (${r.freshness.arrivals} files)`],
    [
      '  CPU each; read / extract / index',
      (r) => {
        const f = r.freshness;
        return `${ms(f.cpuMs)}; ${ms(f.applyMs.readMs)} / ${ms(f.applyMs.extractMs)} / ${ms(f.applyMs.indexMs)}`;
      },
    ],
    [
      'one 4 MB article: read / extract / index',
      (r) => (r.largeArticle ? `${ms(r.largeArticle.readMs)} / ${ms(r.largeArticle.extractMs)} / ${ms(r.largeArticle.indexMs)}` : 'failed'),
    ],
    [
      '  in a running bot; from the file; cold, one-off',
      (r) => {
        const l = r.largeArticle;
        return l ? `${(l.totalMs / 1000).toFixed(2)} s; ${(l.answerMs / 1000).toFixed(2)} s; ${(l.coldMs / 1000).toFixed(2)} s` : '—';
      },
    ],
    ['  warm workers (2) add to RSS', (r) => (r.largeArticle ? `${int(r.largeArticle.poolRssMB)} MB` : '—')],
    [
      'ingestion: 200 feeds × 50 items',
      (r) =>
        r.ingestion
          ? `${int(r.ingestion.itemsPerS)} items/s (${int(r.ingestion.written)} written in ${r.ingestion.seconds.toFixed(1)} s), RSS ${int(r.ingestion.rssMB)} MB`
          : '—',
    ],
    ['RSS / heap after cold build', (r) => `${int(r.memory.rssMB)} MB / ${int(r.memory.heapMB)} MB`],
    ['RSS after restart', (r) => (r.warm ? `${int(r.warm.rssMB)} MB` : '—')],
    ['resolveActor p50 / p99', (r) => lat(r.latency.resolveActor)],
    ['brief p50 / p99', (r) => lat(r.latency.brief)],
    ['search p50 / p99', (r) => lat(r.latency.search)],
    ['actors(prefix) p50 / p99', (r) => lat(r.latency.actors)],
    ['Discord /brief → reply p50 / p99', (r) => (r.interaction ? lat(r.interaction.brief) : '—')],
    ['Discord autocomplete p50 / p99', (r) => (r.interaction ? lat(r.interaction.autocomplete) : '—')],
    [
      '1,000 digests: compose',
      (r) => (r.digests ? `${ms(r.digests.compose.totalMs)} (${r.digests.compose.perDigestMs.toFixed(2)} ms each)` : '—'),
    ],
    [
      '  deliver (messages, rate)',
      (r) =>
        r.digests
          ? `${r.digests.deliver.totalS.toFixed(1)} s (${int(r.digests.deliver.messages)} at ${r.digests.deliver.messagesPerS.toFixed(0)}/s)`
          : '—',
    ],
    [
      '  guild complete p50 / p99',
      (r) => (r.digests ? `${r.digests.deliver.guildDoneS.p50.toFixed(1)} s / ${r.digests.deliver.guildDoneS.p99.toFixed(1)} s` : '—'),
    ],
    ['baseline search p50 / p99', (r) => (r.baseline ? `${lat(r.baseline.search)} (n=${r.baseline.search.n})` : '—')],
    ['  baseline build', (r) => (r.baseline ? ms(r.baseline.buildMs) : '—')],
    ['  baseline ÷ index p50 / p99', (r) => (r.baseline ? `${int(r.baseline.ratioP50)}× / ${int(r.baseline.ratioP99)}×` : '—')],
  ];
  const cells = rows.map(([label, f]) => [label, ...runs.map(f)]);
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(
    `Attaché bench — seed ${about.seed}, ${about.queryCount} queries of each kind, node ${m.node}, ${m.cpus} cores (${m.cpu}), ${m.memoryGB} GB${m.gc ? '' : ', no --expose-gc (memory figures include garbage)'}`,
  );
  // Other processes on a 2-core machine show up in p99s first: say how busy it was.
  console.log(
    `load average at the end: ${m.loadAverage.toFixed(2)}${m.loadAverage > m.cpus * 0.75 ? ' (busy: latency tails are inflated)' : ''}`,
  );
  console.log('');
  for (const row of cells) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   '));
  console.log('');
  if (runs.some((r) => r.source === 'ground truth')) {
    console.log('* the index was built from the generator’s ground truth (--truth, or the extractor found nothing), and the');
    console.log('  extraction cache filled with it for the restarts. Extraction figures are still the extractor’s.');
  }
  for (const r of runs) if (r.baseline) console.log(`baseline at ${int(r.articles)}: ${r.baseline.note}`);
  console.log(
    `bars (set for 100,000 articles): resolveActor and brief p99 ≤ ${BARS.resolveP99} ms, actors p99 ≤ ${BARS.actorsP99} ms, search p99 ≤ ${BARS.searchP99} ms, cold ≤ ${BARS.coldS} s, restart ≤ ${BARS.warmS} s, new article → answers p99 ≤ ${BARS.freshnessP99Ms} ms at ≤ ${BARS.freshnessCpuMs} ms CPU, RSS ≤ ${(BARS.rssMB / 1024).toFixed(1)} GB; one 4 MB article ≤ ${BARS.largeArticleS} s at any size`,
  );
  let missed = false;
  for (const r of runs) {
    for (const miss of r.misses) {
      missed = true;
      console.log(`WARNING: at ${int(r.articles)} articles, ${miss}`);
    }
  }
  if (!missed) console.log('all bars met');
}
