// /about's line on the news sources: the same SourcesView /sources shows, counted by state, so that a
// source that keeps failing is seen where people look first (issue #12: "nothing fails silently").
// Counts only: the operator's names and the sites' reasons stay in /sources.
import type { SourceRow, SourcesView } from './sources.js';

export interface AboutSources {
  /** "9 ok, 1 failing, 1 paused — see /sources", "no sources: …", "not available here: …". */
  readonly line: string;
  /** Some source is failing or paused: /about takes the attention colour. */
  readonly troubled: boolean;
}

/** What the sources' health could not be had as: none kept here (null view), or the store did not answer. */
export type SourcesUnknown = 'none' | 'unreadable';

const ORDER: readonly [SourceRow['state'], string][] = [
  ['ok', 'ok'],
  ['failing', 'failing'],
  ['paused', 'paused'],
  ['new', 'not polled yet'],
  ['disabled', 'disabled'],
];

export function aboutSources(view: SourcesView | SourcesUnknown): AboutSources {
  if (view === 'none') return { line: 'not available here: no store keeps their health, or ingestion is still starting', troubled: false };
  if (view === 'unreadable') return { line: 'unavailable right now: their health could not be read in time', troubled: false };
  const off = view.ingesting === false ? '; ingestion is off in this bot' : '';
  if (view.sources.length === 0) return { line: `no sources: the archive grows only by hand${off}`, troubled: false };
  const counts = ORDER.flatMap(([state, words]) => {
    const n = view.sources.filter((s) => s.state === state).length;
    return n ? [`${n} ${words}`] : [];
  });
  const troubled = view.sources.some((s) => s.state === 'failing' || s.state === 'paused');
  return { line: `${counts.join(', ')}${off} — see /sources`, troubled };
}
