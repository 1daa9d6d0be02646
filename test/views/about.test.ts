// /about's line on the news sources, from the same view /sources renders: counts by state in the order a
// reader cares about, whether ingestion runs here, and what it says when the health cannot be had.
import { describe, expect, it } from 'vitest';
import { aboutSources } from '../../src/views/about.js';
import type { SourceRow, SourcesView } from '../../src/views/sources.js';

const row = (id: string, state: SourceRow['state']): SourceRow => ({
  id,
  name: `Outlet *${id}* @everyone`,
  state,
  status: state,
  reason: state === 'failing' || state === 'paused' ? 'HTTP 404 Not Found' : null,
  lastFetchAt: null,
  lastSuccessAt: null,
  items: null,
  newItems: 0,
  failures: state === 'failing' ? 2 : 0,
  nextPollAt: null,
  note: null,
});

const view = (states: SourceRow['state'][], ingesting: boolean | null = true): SourcesView => ({
  ingesting,
  now: 0,
  sources: states.map((s, i) => row(`s${i}`, s)),
});

describe('the sources line of /about', () => {
  it('counts the sources by state, the healthy first, and points to /sources', () => {
    const states: SourceRow['state'][] = ['paused', 'ok', 'failing', 'ok', 'disabled', 'new', ...Array<'ok'>(7).fill('ok')];
    expect(aboutSources(view(states))).toEqual({
      line: '9 ok, 1 failing, 1 paused, 1 not polled yet, 1 disabled — see /sources',
      troubled: true,
    });
  });

  it('is not troubled when every source is ok, new or disabled', () => {
    expect(aboutSources(view(['ok', 'new', 'disabled']))).toEqual({
      line: '1 ok, 1 not polled yet, 1 disabled — see /sources',
      troubled: false,
    });
  });

  it('says when this bot does not ingest, and when there are no sources', () => {
    expect(aboutSources(view(['ok', 'failing'], false)).line).toBe('1 ok, 1 failing; ingestion is off in this bot — see /sources');
    expect(aboutSources(view([]))).toEqual({ line: 'no sources: the archive grows only by hand', troubled: false });
    expect(aboutSources(view([], false)).line).toBe('no sources: the archive grows only by hand; ingestion is off in this bot');
  });

  it('says why it cannot tell: no health kept here, or not read in time', () => {
    expect(aboutSources('none').line).toMatch(/^not available here: no store keeps their health/);
    expect(aboutSources('unreadable').line).toBe('unavailable right now: their health could not be read in time');
  });

  it('never carries an operator’s outlet name (those are /sources’, escaped there)', () => {
    expect(aboutSources(view(['ok', 'failing'])).line).not.toMatch(/Outlet|@everyone/);
  });
});
