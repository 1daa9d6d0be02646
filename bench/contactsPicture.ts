// The picture of /contacts for a busy actor: 500 contacts with 30 counterparts over three years, every
// kind and status, some undated; drawn (SVG) and rasterised (PNG) several times, the median reported.
// bench.ts calls it once per run (not per size; --no-picture skips it); `npx tsx bench/contactsPicture.ts
// [FILE]` runs it alone and writes the picture to FILE.
import type { ContactKind, ContactStatus, IsoDate } from '../src/model.js';
import type { ContactMark, ContactsPictureView, CounterpartRow } from '../src/picture/index.js';
import { drawContactsSvg, rasterise } from '../src/picture/index.js';

export interface ContactsPictureResult {
  readonly contacts: number;
  readonly rows: number;
  /** Median of `runs`: the SVG drawn and rasterised to PNG, in ms. */
  readonly renderMs: number;
  /**
   * The same runs in CPU time of this process (user + system): what the render costs a machine whatever
   * else runs on it, where `renderMs` grows with every process that shares the cores.
   */
  readonly renderCpuMs: number;
  readonly svgMs: number;
  readonly width: number;
  readonly height: number;
  readonly pngBytes: number;
}

const KINDS: readonly ContactKind[] = ['meeting', 'meeting', 'call', 'call', 'call', 'letter', 'other'];
const STATUSES: readonly ContactStatus[] = ['held', 'held', 'held', 'held', 'held', 'planned', 'cancelled'];

/** A deterministic view of `contacts` contacts with `counterparts` counterparts (a few with most of them). */
export function syntheticContactsView(contacts = 500, counterparts = 30): ContactsPictureView {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2020, 0, 1);
  const rows: { id: string; name: string; marks: ContactMark[] }[] = Array.from({ length: counterparts }, (_, i) => ({
    id: `counterpart-${i}`,
    name: `Counterpart Number ${i + 1} of the Ministry of Foreign Affairs`,
    marks: [],
  }));
  for (let c = 0; c < contacts; c++) {
    // Skewed: the first counterparts get most contacts, as in the news.
    const row = rows[Math.min(counterparts - 1, Math.floor(counterparts * next() ** 2))]!;
    const date = new Date(start + Math.floor(next() * 3 * 365) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
    row.marks.push({
      date,
      dated: next() > 0.2,
      kind: KINDS[Math.floor(next() * KINDS.length)]!,
      status: STATUSES[Math.floor(next() * STATUSES.length)]!,
      article: `article-${c}`,
    });
  }
  const used: CounterpartRow[] = rows
    .filter((r) => r.marks.length > 0)
    .map((r) => ({ ...r, marks: r.marks.sort((a, b) => a.date.localeCompare(b.date)) }))
    .sort((a, b) => b.marks.length - a.marks.length);
  const dates = used.flatMap((r) => r.marks.map((m) => m.date)).sort();
  return {
    actor: { id: 'busy-actor', name: 'A Busy Foreign Minister', about: 'Foreign Minister · Somewhere' },
    range: {},
    rows: used,
    hidden: { counterparts: 0, contacts: 0 },
    total: contacts,
    read: contacts,
    span: { from: dates[0]!, to: dates.at(-1)! },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function measureContactsPicture(options: { contacts?: number; runs?: number } = {}): ContactsPictureResult & { png: Buffer } {
  const view = syntheticContactsView(options.contacts ?? 500);
  const runs = Math.max(1, options.runs ?? 7);
  const total: number[] = [];
  const cpu: number[] = [];
  const svgOnly: number[] = [];
  let last: ReturnType<typeof rasterise> | undefined;
  // One run first to load the native module and the fonts, as the bot's first /contacts does.
  rasterise(drawContactsSvg(view).svg);
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { svg } = drawContactsSvg(view);
    const t1 = performance.now();
    last = rasterise(svg);
    total.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    svgOnly.push(t1 - t0);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    contacts: view.total,
    rows: view.rows.length,
    renderMs: round(median(total)),
    renderCpuMs: round(median(cpu)),
    svgMs: round(median(svgOnly)),
    width: last!.width,
    height: last!.height,
    pngBytes: last!.png.length,
    png: last!.png,
  };
}

/** For bench.ts: the figures under `contactsPicture` in its JSON, measured once per `npm run bench`. */
export function contactsPictureFigures(log: (line: string) => void): { contactsPicture: ContactsPictureResult } {
  log('— the picture of /contacts, 500 contacts —');
  const { png: _png, ...figures } = measureContactsPicture();
  return { contactsPicture: figures };
}

/** Its line under bench.ts's table; none when it was not measured (--no-picture). */
export function printContactsPicture(figures: { contactsPicture?: ContactsPictureResult }): void {
  const f = figures.contactsPicture;
  if (!f) return;
  console.log(
    `\n/contacts picture, ${f.contacts} contacts in ${f.rows} rows: ${f.renderMs} ms to draw and rasterise (median; ${f.renderCpuMs} ms of CPU; SVG alone ${f.svgMs} ms), ${f.width}×${f.height} px, ${Math.round(f.pngBytes / 1024)} kB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { png, ...result } = measureContactsPicture();
  const { writeFileSync } = await import('node:fs');
  const file = process.argv[2] ?? 'contacts-bench.png';
  writeFileSync(file, png);
  console.log(JSON.stringify({ contactsPicture: result, file }));
}
