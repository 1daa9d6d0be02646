// A feed's text → its items, whatever the format (RSS 2.0, Atom, RDF, JSON Feed). Pure.
// feedsmith parses with fast-xml-parser's `processEntities: false`: a DOCTYPE's entities are never expanded,
// so a "billion laughs" feed yields its items with `&lol9;` left as written (docs/ingest.md compares it
// with rss-parser).
import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { feedsmith } from './libraries.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** One item of a feed, in the terms every format shares. */
export interface FeedItem {
  /** The item's link (the page to fetch when the item carries no full text); null when it has none. */
  readonly link: string | null;
  readonly title: string | null;
  /** The date as the feed wrote it (RFC 822, ISO 8601 …): `publicationDate` reads it. */
  readonly date: string | null;
  /**
   * The full text when the item carries it: RSS/RDF `content:encoded`, Atom `content`, JSON Feed
   * `content_html` / `content_text`. Summaries and descriptions are not full text.
   */
  readonly content: { readonly text: string; readonly type: 'html' | 'text' } | null;
  /** A teaser (RSS description, Atom summary, JSON Feed summary), kept for the record only. */
  readonly summary: string | null;
  /** RSS guid, Atom id, JSON Feed id, RDF rdf:about. */
  readonly guid: string | null;
  /** The item's own language (JSON Feed `language`, `dc:language`), lower case; null when it names none. */
  readonly language: string | null;
}

export interface ParsedFeed {
  readonly ok: true;
  readonly format: FeedFormat;
  readonly title: string | null;
  /** The feed's language (RSS `language`, Atom `xml:lang`, RDF `dc:language`, JSON Feed `language`), lower case. */
  readonly language: string | null;
  readonly items: readonly FeedItem[];
}

export interface FeedProblem {
  readonly ok: false;
  /** `not a feed` (HTML, some other JSON …) or `malformed feed` (broken XML or JSON); the reason in words. */
  readonly reason: 'not a feed' | 'malformed feed';
  readonly detail: string;
}

/**
 * The items of a feed's (already decoded) text, or why it is not a feed. Never throws. `feedUrl`, when
 * given, resolves relative item links.
 */
export function parseFeedItems(body: string, feedUrl?: string): ParsedFeed | FeedProblem {
  let input: unknown = body;
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      input = JSON.parse(trimmed);
    } catch (err) {
      return { ok: false, reason: 'malformed feed', detail: `JSON: ${(err as Error).message}` };
    }
  }
  try {
    return fromFeed(feedsmith().parseFeed<string>(input), feedUrl);
  } catch (err) {
    if (err instanceof feedsmith().MalformedError) return { ok: false, reason: 'malformed feed', detail: err.message };
    if (err instanceof feedsmith().DetectError) return { ok: false, reason: 'not a feed', detail: err.message };
    return { ok: false, reason: 'malformed feed', detail: (err as Error).message };
  }
}

function fromFeed(parsed: AnyFeed<string>, base: string | undefined): ParsedFeed {
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      const language = lang(f.language ?? f.dc?.languages?.[0]);
      return { ok: true, format: 'rss', title: text(f.title), language, items: (f.items ?? []).map((i) => rssItem(i, base)) };
    }
    case 'atom': {
      const f = parsed.feed;
      const language = lang(f.xml?.lang);
      return { ok: true, format: 'atom', title: text(f.title?.value), language, items: (f.entries ?? []).map((i) => atomEntry(i, base)) };
    }
    case 'rdf': {
      const f = parsed.feed;
      const language = lang(f.dc?.languages?.[0]);
      return { ok: true, format: 'rdf', title: text(f.title), language, items: (f.items ?? []).map((i) => rdfItem(i, base)) };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        ok: true,
        format: 'json',
        title: text(f.title),
        language: lang(f.language),
        items: (f.items ?? []).map((i) => jsonItem(i, base)),
      };
    }
  }
}

function rssItem(item: RssFeed.Item<string>, base: string | undefined): FeedItem {
  return {
    link: url(item.link, base) ?? (item.guid?.isPermaLink !== false ? url(item.guid?.value, undefined) : null),
    title: title(item.title),
    date: text(item.pubDate) ?? text(item.dc?.dates?.[0]),
    content: html(item.content?.encoded),
    summary: text(item.description),
    guid: text(item.guid?.value),
    language: lang(item.dc?.languages?.[0]),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, base: string | undefined): FeedItem {
  const links = entry.links ?? [];
  const alternate = links.find((l) => (l.rel ?? 'alternate') === 'alternate') ?? links[0];
  const content = entry.content && !entry.content.src ? entry.content : undefined;
  return {
    link: url(alternate?.href, base),
    title: title(entry.title?.value),
    date: text(entry.published) ?? text(entry.updated),
    content: content?.value?.trim() ? { text: content.value, type: content.type === 'text' ? 'text' : 'html' } : null,
    summary: text(entry.summary?.value),
    guid: text(entry.id),
    language: lang(entry.xml?.lang),
  };
}

function rdfItem(item: RdfFeed.Item<string>, base: string | undefined): FeedItem {
  return {
    link: url(item.link, base) ?? url(item.rdf?.about, base),
    title: title(item.title),
    date: text(item.dc?.dates?.[0]),
    content: html(item.content?.encoded),
    summary: text(item.description),
    guid: text(item.rdf?.about) ?? text(item.link),
    language: lang(item.dc?.languages?.[0]),
  };
}

function jsonItem(item: JsonFeed.Item<string>, base: string | undefined): FeedItem {
  const content = item.content_html?.trim()
    ? { text: item.content_html, type: 'html' as const }
    : item.content_text?.trim()
      ? { text: item.content_text, type: 'text' as const }
      : null;
  return {
    link: url(item.url, base) ?? url(item.external_url, base),
    title: title(item.title),
    date: text(item.date_published) ?? text(item.date_modified),
    content,
    summary: text(item.summary),
    guid: text(item.id),
    language: lang(item.language),
  };
}

function text(value: string | undefined | null): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** A title as plain text: some feeds put markup in it (`<em>`, an Atom title of type html). */
function title(value: string | undefined | null): string | null {
  return text(value?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' '));
}

function html(value: string | undefined): FeedItem['content'] {
  const t = text(value);
  return t ? { text: t, type: 'html' } : null;
}

/** Only absolute http(s) links: a relative or javascript: link is no page to fetch. */
function url(value: string | undefined | null, base: string | undefined): string | null {
  const t = text(value);
  if (!t) return null;
  try {
    const u = new URL(t, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function lang(value: string | undefined | null): string | null {
  const t = text(value);
  return t ? t.toLowerCase() : null;
}
