// A press-release list page (a source of `kind: "page-list"`) → its releases as feed items, which then go
// through the same pipeline as a feed's: each page fetched, its text, date and canonical URL read, nothing
// stored twice (ingestItems.ts). The page is parsed by linkedom, which has no script engine: its scripts
// never run, and a link a script would have written is not there.
import type { FeedItem } from './feedItems.js';
import { ingestItems, type ItemOutcome } from './ingestItems.js';
import type { ItemContext } from './itemToArticle.js';
import { linkedom } from './libraries.js';
import { dateBeside } from './listDates.js';
import { pickListLinks, type ListDocument } from './listLinks.js';
import { primaryLanguage } from './pageSignals.js';

export interface ParsedList {
  readonly ok: true;
  /** The page's `<html lang>`, primary subtag, lower case; null when it names none. */
  readonly language: string | null;
  /** In page order (newest first on every list seen), at most MAX_LIST_LINKS. */
  readonly items: readonly FeedItem[];
}

export interface ListProblem {
  readonly ok: false;
  readonly reason: 'not a list page';
  /** In words, for /sources: "no article links found", and what the page looks like instead. */
  readonly detail: string;
}

/** The releases a list page links to, or why it is no list. Never throws. */
export function parsePageList(html: string, pageUrl: string): ParsedList | ListProblem {
  const trimmed = html.trimStart();
  // A feed given as a page: say so, rather than "no links" (linkedom would read its XML as text).
  if (/^(?:<\?xml|<rss\b|<feed\b|<rdf:RDF\b)/i.test(trimmed) || /^[[{]/.test(trimmed)) {
    return { ok: false, reason: 'not a list page', detail: 'no article links found: it is a feed or JSON, so set its kind to "feed"' };
  }
  let document: ListDocument;
  try {
    document = linkedom().parseHTML(html).document as unknown as ListDocument;
  } catch (err) {
    return {
      ok: false,
      reason: 'not a list page',
      detail: `no article links found: the page could not be parsed (${(err as Error).message})`,
    };
  }
  const links = pickListLinks(document, pageUrl);
  if (links.length === 0) return { ok: false, reason: 'not a list page', detail: 'no article links found' };
  const items = links.map((link): FeedItem => ({
    link: link.url,
    title: link.title,
    date: dateBeside(link, links),
    content: null,
    summary: null,
    guid: link.url,
    language: null,
  }));
  return { ok: true, language: primaryLanguage(document.documentElement?.getAttribute('lang')), items };
}

/** A list page's text into `archive`: its releases' outcomes, or why it is no list. */
export async function ingestPageList(
  archive: Parameters<typeof ingestItems>[0],
  html: string,
  pageUrl: string,
  ctx: Omit<ItemContext, 'feedLanguage'>,
): Promise<{ readonly ok: true; readonly outcomes: ItemOutcome[] } | ListProblem> {
  const list = parsePageList(html, pageUrl);
  if (!list.ok) return list;
  return { ok: true, outcomes: await ingestItems(archive, list.items, { ...ctx, feedLanguage: list.language }) };
}
