// The news sources' health as every renderer shows it (the CLI's `sources`, Discord's /sources): plain data
// from src/sources' SourceHealthView, the operator's names and the sites' reasons made one visible line.
import { describeFailure, type PollReport, type SourceHealthView } from '../sources/index.js';
import { oneLine, plural } from './text.js';

/**
 * One source as renderers show it: its health view (src/sources) with the operator's name and the site's
 * reason and note made one visible line each; the URL and the failure's kind are not shown.
 */
export type SourceRow = Omit<SourceHealthView, 'url' | 'reasonKind'>;

export interface SourcesView {
  readonly sources: readonly SourceRow[];
  /** Whether this bot polls them (INGEST); null where that is not known (the CLI). Health is shown either way. */
  readonly ingesting: boolean | null;
  /** When the view was made, for "3 minutes ago". */
  readonly now: number;
}

export function sourcesView(health: readonly SourceHealthView[], ingesting: boolean | null, now: number): SourcesView {
  return {
    ingesting,
    now,
    sources: health.map(({ url: _url, reasonKind: _kind, ...h }) => ({
      ...h,
      name: oneLine(h.name),
      reason: h.reason === null ? null : oneLine(h.reason),
      note: h.note === null ? null : oneLine(h.note),
    })),
  };
}

/** "ok 9, failing 1, paused 1": the sources by state, in the order a reader cares about. */
export function sourcesSummary({ sources }: SourcesView): string {
  const order: SourceRow['state'][] = ['ok', 'new', 'failing', 'paused', 'disabled'];
  const words: Record<SourceRow['state'], string> = {
    ok: 'ok',
    new: 'not polled yet',
    failing: 'failing',
    paused: 'paused',
    disabled: 'disabled',
  };
  const parts = order.flatMap((state) => {
    const n = sources.filter((s) => s.state === state).length;
    return n ? [`${words[state]} ${n}`] : [];
  });
  return `${plural(sources.length, 'source')}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** "12 (3 new)", "12", "—" before any read. */
export function itemsText(row: Pick<SourceRow, 'items' | 'newItems'>): string {
  if (row.items === null) return '—';
  return row.newItems > 0 ? `${row.items} (${row.newItems} new)` : String(row.items);
}

const UNITS: readonly [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
];

/** "5 min ago", "in 2 h", "now"; "never" for null. For text renderers (Discord shows its own timestamps). */
export function relativeTime(at: number | null, now: number): string {
  if (at === null) return 'never';
  const ms = Math.abs(at - now);
  if (ms < 1000) return 'now';
  const [unit, size] = UNITS.find(([, s]) => ms >= s)!;
  const amount = `${Math.floor(ms / size)} ${unit}`;
  return at < now ? `${amount} ago` : `in ${amount}`;
}

/** One poll of a round (`ingest --once`): what the site answered and what came of it. */
export interface PollRow {
  readonly source: string;
  readonly result: 'read' | 'not modified' | 'failed';
  /** Items the feed held (at its last read, for "not modified"); null when unknown. */
  readonly items: number | null;
  readonly newItems: number;
  readonly reason: string | null;
  /** ok, failing, paused after it. */
  readonly state: SourceRow['state'];
}

export function pollRows(reports: readonly PollReport[]): PollRow[] {
  return reports.map(({ source, event, health }) => ({
    source,
    result: event.kind === 'read' ? 'read' : event.kind === 'not-modified' ? 'not modified' : 'failed',
    items: event.kind === 'read' ? event.items : health.items,
    newItems: event.kind === 'read' ? event.newItems : 0,
    reason: event.kind === 'failed' ? oneLine(describeFailure(event.failure)) : null,
    state: health.state,
  }));
}
