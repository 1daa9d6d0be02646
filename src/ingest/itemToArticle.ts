// One feed item → an article draft: its full text from the feed when the item carries it, else the linked
// page's main text; its date, title, canonical URL and language. The page is fetched through the function
// the caller hands in (the polite fetcher of src/sources in the bot, a map of fixtures in the tests).
import type { IsoDate } from '../model.js';
import { isoDateOf } from '../model.js';
import { cleanUrl } from './canonicalUrl.js';
import { decodeText } from './decodeText.js';
import type { FeedItem } from './feedItems.js';
import { htmlToParagraphs, textToParagraphs } from './htmlText.js';
import { primaryLanguage } from './pageSignals.js';
import { extractPageText } from './pageText.js';
import { publicationDate, type DateSource } from './publicationDate.js';

/** The outlet an item came from, as the sources file names it. */
export interface ItemSource {
  readonly id: string;
  /** The outlet's name (`name` in the sources file). */
  readonly name: string;
  /** The language the operator declared for the source, if any. */
  readonly language?: string | null;
}

/** A fetched page: its final URL (after redirects), its body, and its Content-Type header. */
export interface FetchedPage {
  readonly url: string;
  readonly body: Uint8Array | string;
  readonly contentType?: string | null;
}

/** Fetches a page, or throws with the reason in words (the polite fetcher's errors pass through). */
export type FetchPage = (url: string) => Promise<FetchedPage>;

/**
 * Below this many characters, a feed's `content` is taken for a teaser ("Read more…"), not the article, and
 * the page is read too (the longer text wins; the feed's stays if the page fails).
 */
export const MIN_FEED_TEXT_CHARS = 200;

export interface ArticleDraft {
  readonly date: IsoDate;
  readonly dateFrom: DateSource;
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  /** Canonical URL, cleaned. */
  readonly url: string;
  /** The other cleaned addresses it was reached by (the item's link, the page's final URL). */
  readonly links: readonly string[];
  readonly guid: string | null;
  readonly source: ItemSource;
  readonly language: string;
  readonly textFrom: 'feed' | 'page';
  readonly fetchedAt: string;
}

export type DraftResult = { readonly ok: true; readonly draft: ArticleDraft } | { readonly ok: false; readonly reason: string };

export interface ItemContext {
  readonly source: ItemSource;
  /** The feed's own language, if it names one. */
  readonly feedLanguage?: string | null;
  readonly fetchPage: FetchPage;
  readonly now?: Date;
}

/** The article an item stands for, or why there is none (no link and no text, no readable text, a failed fetch). */
export async function itemToArticle(item: FeedItem, ctx: ItemContext): Promise<DraftResult> {
  const now = ctx.now ?? new Date();
  const link = item.link ? cleanUrl(item.link) : null;
  const feedParagraphs = item.content
    ? item.content.type === 'html'
      ? htmlToParagraphs(item.content.text)
      : textToParagraphs(item.content.text)
    : [];
  let paragraphs: readonly string[] = feedParagraphs;
  let textFrom: ArticleDraft['textFrom'] = 'feed';
  let url = link;
  let title = item.title;
  let page: ReturnType<typeof extractPageText> | null = null;
  const links = new Set<string>(link ? [link] : []);

  if (chars(feedParagraphs) < MIN_FEED_TEXT_CHARS) {
    if (!item.link) {
      if (feedParagraphs.length === 0) return { ok: false, reason: 'the item has neither text nor a link' };
    } else {
      let fetched: FetchedPage;
      try {
        fetched = await ctx.fetchPage(item.link);
      } catch (err) {
        if (feedParagraphs.length === 0) return { ok: false, reason: `the page could not be fetched: ${(err as Error).message}` };
        fetched = { url: item.link, body: '' };
      }
      if (fetched.body.length > 0) {
        const html = typeof fetched.body === 'string' ? fetched.body : decodeText(fetched.body, fetched.contentType).text;
        page = extractPageText(html, fetched.url);
        const finalUrl = cleanUrl(fetched.url);
        if (finalUrl) links.add(finalUrl);
        url = page.canonicalUrl ?? url;
        if (chars(page.paragraphs) > chars(feedParagraphs)) {
          paragraphs = page.paragraphs;
          textFrom = 'page';
        }
        title ??= page.title;
      }
    }
  }
  if (paragraphs.length === 0) return { ok: false, reason: 'no readable text on the page' };
  if (!url) return { ok: false, reason: 'the item has no usable address' };
  links.delete(url);

  const date = publicationDate({ ...(page?.signals.dates ?? {}), feed: item.date, url: item.link ?? url }, now) ?? {
    date: isoDateOf(now),
    from: 'fetched' as const,
  };
  const language =
    primaryLanguage(item.language) ??
    primaryLanguage(ctx.feedLanguage) ??
    primaryLanguage(ctx.source.language) ??
    page?.signals.language ??
    'und';
  return {
    ok: true,
    draft: {
      date: date.date,
      dateFrom: date.from,
      title,
      paragraphs,
      url,
      links: [...links],
      guid: item.guid,
      source: ctx.source,
      language,
      textFrom,
      fetchedAt: now.toISOString(),
    },
  };
}

function chars(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}
