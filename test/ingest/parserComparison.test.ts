// The measurement behind docs/ingest.md's "Choosing the feed parser": feedsmith (the one src/ingest uses)
// and rss-parser (a devDependency, for this test only) on the same fixtures. If either library changes its
// behaviour, this test and the table in the doc change together.
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { parseFeedItems } from '../../src/ingest/feedItems.js';
import { feedText } from './fixtures.js';

async function viaRssParser(name: string): Promise<{ ok: true; items: Parser.Item[] } | { ok: false; error: string }> {
  try {
    // A new parser each time: a reused one, after a failed parse, accepted the entity bomb it refuses fresh.
    const feed = await new Parser().parseString(feedText(name));
    return { ok: true, items: feed.items };
  } catch (err) {
    return { ok: false, error: (err as Error).message.split('\n')[0]! };
  }
}

describe('feedsmith against rss-parser on the fixtures', () => {
  it('RSS 2.0: both read links, titles, dates and content:encoded', async () => {
    const ours = parseFeedItems(feedText('rss2.xml'));
    const theirs = await viaRssParser('rss2.xml');
    expect(ours.ok && ours.items.map((i) => i.link)).toEqual(theirs.ok && theirs.items.map((i) => i.link ?? null));
    expect(ours.ok && ours.items[0]!.content?.text).toBe(theirs.ok && (theirs.items[0] as Record<string, unknown>)['content:encoded']);
    expect(theirs.ok && theirs.items.map((i) => i.guid ?? null)).toEqual(ours.ok && ours.items.map((i) => i.guid));
  });

  it('Atom: both read the entries; rss-parser rewrites the published time in UTC, losing the local day', async () => {
    const theirs = await viaRssParser('atom.xml');
    expect(theirs.ok && theirs.items[0]!.pubDate).toBe('2024-05-03T04:15:00.000Z');
    const ours = parseFeedItems(feedText('atom.xml'));
    expect(ours.ok && ours.items[0]!.date).toBe('2024-05-03T08:15:00+04:00');
  });

  it('RDF: both read the items and dc:date', async () => {
    const theirs = await viaRssParser('rdf.xml');
    expect(theirs.ok && theirs.items.map((i) => i.link)).toEqual(['https://desk.example/a/501', 'https://desk.example/a/502']);
    expect(parseFeedItems(feedText('rdf.xml'))).toMatchObject({ ok: true, format: 'rdf' });
  });

  it('JSON Feed: feedsmith reads it; rss-parser does not support it', async () => {
    expect(await viaRssParser('feed.json')).toMatchObject({ ok: false, error: 'Non-whitespace before first tag.' });
    expect(parseFeedItems(feedText('feed.json'))).toMatchObject({ ok: true, format: 'json' });
  });

  it('the entity bomb: neither expands it; feedsmith keeps the items, rss-parser rejects the whole feed', async () => {
    expect(await viaRssParser('entity-bomb.xml')).toMatchObject({ ok: false, error: 'Invalid character entity' });
    const ours = parseFeedItems(feedText('entity-bomb.xml'));
    expect(ours.ok && ours.items.map((i) => i.link)).toEqual(['https://bomb.example/1']);
  });

  it('malformed XML: both refuse it', async () => {
    expect(await viaRssParser('malformed.xml')).toMatchObject({ ok: false });
    expect(parseFeedItems(feedText('malformed.xml'))).toMatchObject({ ok: false, reason: 'malformed feed' });
  });
});
