// The sources' health as a terminal table (`npm run cli -- sources`), the reasons beneath it.
import { plural } from '../views/text.js';
import { itemsText, relativeTime, sourcesSummary, type PollRow, type SourcesView } from '../views/sources.js';
import { table } from './text.js';

export function formatSources(view: SourcesView): string {
  if (view.sources.length === 0) return 'No sources configured (SOURCES_FILE): nothing is ingested.\n';
  const { now } = view;
  const rows = view.sources.map((s) => [
    s.id,
    s.status,
    relativeTime(s.lastFetchAt, now),
    itemsText(s),
    String(s.failures),
    s.nextPollAt === null ? '—' : s.nextPollAt <= now ? 'due' : relativeTime(s.nextPollAt, now),
  ]);
  const lines = table([['Source', 'Status', 'Last fetch', 'Items', 'Failures', 'Next poll'], ...rows]);
  const notes = view.sources.flatMap((s) => [...(s.reason ? [`${s.id}: ${s.reason}`] : []), ...(s.note ? [`${s.id}: ${s.note}`] : [])]);
  const head = `${sourcesSummary(view)}${view.ingesting === false ? ' (ingestion is off in this bot)' : ''}`;
  return `${[head, '', ...lines, ...(notes.length ? ['', ...notes] : [])].join('\n')}\n`;
}

/** `ingest --once`: one line per source polled, then what was written. */
export function formatRound(rows: readonly PollRow[]): string {
  if (rows.length === 0) return 'No source was due.\n';
  const lines = table([
    ['Source', 'Result', 'Items', 'New', 'Reason'],
    ...rows.map((r) => [
      r.source,
      r.result === 'failed' ? `failed (${r.state})` : r.result,
      r.items === null ? '—' : String(r.items),
      String(r.newItems),
      r.reason ?? '',
    ]),
  ]);
  const written = rows.reduce((n, r) => n + r.newItems, 0);
  const failed = rows.filter((r) => r.result === 'failed').length;
  const tail = `${plural(written, 'new article')} written${failed ? `; ${plural(failed, 'source')} failed` : ''}.`;
  return `${[...lines, '', tail].join('\n')}\n`;
}
