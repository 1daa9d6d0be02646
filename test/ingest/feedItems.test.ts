import { describe, expect, it } from 'vitest';
import { parseFeedItems, type ParsedFeed } from '../../src/ingest/feedItems.js';
import { feedText } from './fixtures.js';

function parsed(name: string, url?: string): ParsedFeed {
  const feed = parseFeedItems(feedText(name), url);
  if (!feed.ok) throw new Error(`${name}: ${feed.detail}`);
  return feed;
}

describe('parseFeedItems', () => {
  it('reads RSS 2.0: link, title with its entity decoded, pubDate, content:encoded as full text, guid, language', () => {
    const feed = parsed('rss2.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Caucasus Wire & Agency', language: 'en-us' });
    expect(feed.items).toHaveLength(3);
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      link: 'https://wire.example/politics/2024/05/01/geneva-talks?utm_source=rss&utm_medium=feed',
      title: 'Mirzoyan and Bayramov meet in Geneva & agree on next round',
      date: 'Wed, 01 May 2024 09:30:00 +0400',
      guid: 'wire-2024-0501-geneva',
      summary: 'The foreign ministers met in Geneva.',
    });
    expect(first!.content?.type).toBe('html');
    expect(first!.content?.text).toContain('<p>“We agreed to continue the work on the text of the peace treaty,”');
    // A description is a teaser, not the article: the page will be read.
    expect(second).toMatchObject({ content: null, summary: 'The EU Special Representative for the South Caucasus arrived in Tbilisi…' });
    expect(third).toMatchObject({ link: null, title: 'Item without a link' });
  });

  it('reads Atom: the alternate link, published before updated, content with type html, id', () => {
    const feed = parsed('atom.xml');
    expect(feed).toMatchObject({ format: 'atom', title: 'Ministry of Foreign Affairs: press releases', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      link: 'https://mfa.example/en/press/1187',
      title: 'Minister receives the OSCE Chairperson-in-Office',
      date: '2024-05-03T08:15:00+04:00',
      guid: 'tag:mfa.example,2024:press/1187',
      content: { type: 'html', text: expect.stringContaining('<p>On 3 May, Minister of Foreign Affairs Ilia Darchiashvili') },
    });
    expect(feed.items[1]).toMatchObject({ date: '2024-05-04T12:00:00Z', content: null, summary: 'The Ministry issued a statement.' });
  });

  it('reads RDF (RSS 1.0): dc:date, content:encoded, rdf:about as guid, dc:language', () => {
    const feed = parsed('rdf.xml');
    expect(feed).toMatchObject({ format: 'rdf', title: 'Regional Desk', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      link: 'https://desk.example/a/501',
      date: '2024-05-05T18:40:00+04:00',
      guid: 'https://desk.example/a/501',
      content: { type: 'html', text: expect.stringContaining('spoke on the phone on Sunday') },
    });
    expect(feed.items[1]).toMatchObject({ title: 'Border commissions meet', date: '2024-05-06', content: null });
  });

  it('reads JSON Feed: content_html, else content_text, date_published, an item language', () => {
    const feed = parsed('feed.json');
    expect(feed).toMatchObject({ format: 'json', title: 'Eurasia Desk', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      link: 'https://eurasia.example/news/7781?gclid=xyz&ref=home',
      guid: 'eurasia-7781',
      date: '2024-05-07T15:00:00Z',
      content: { type: 'html' },
      language: null,
    });
    expect(feed.items[1]).toMatchObject({ content: { type: 'text' }, language: 'ru', title: 'Заявление МИД' });
  });

  it('leaves an entity bomb unexpanded: the billion laughs stay one reference, parsed in milliseconds', () => {
    const started = performance.now();
    const feed = parsed('entity-bomb.xml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.title).toBe('&lol9;');
    expect(feed.items[0]!.summary).toBe('&lol9;');
  });

  it('says a broken feed is malformed and a web page or other JSON is not a feed, without throwing', () => {
    expect(parseFeedItems(feedText('malformed.xml'))).toMatchObject({ ok: false, reason: 'malformed feed' });
    expect(parseFeedItems('{"items": [')).toMatchObject({ ok: false, reason: 'malformed feed' });
    expect(parseFeedItems('<!doctype html><html><body><p>Hello</p></body></html>')).toMatchObject({ ok: false, reason: 'not a feed' });
    expect(parseFeedItems('{"hello": "world"}')).toMatchObject({ ok: false, reason: 'not a feed' });
    expect(parseFeedItems('')).toMatchObject({ ok: false });
  });

  it('resolves relative links against the feed URL and refuses links that are not http(s)', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
      <item><title>a</title><link>/news/1</link></item>
      <item><title>b</title><link>javascript:alert(1)</link></item></channel></rss>`;
    const feed = parseFeedItems(rss, 'https://x.example/feed.xml');
    expect(feed.ok && feed.items.map((i) => i.link)).toEqual(['https://x.example/news/1', null]);
  });

  it('gives titles as plain text, markup taken out', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
      <item><title>Minister &lt;em&gt;receives&lt;/em&gt;
        envoy</title><link>https://x.example/1</link></item></channel></rss>`;
    const feed = parseFeedItems(rss);
    expect(feed.ok && feed.items[0]!.title).toBe('Minister receives envoy');
  });
});
