// The entry the wiring calls: a feed's items (or a feed's text) into the archive, one at a time, each with
// its outcome. A known item (same address or guid) is never fetched again, so a second run over the same
// feed fetches nothing and writes nothing.
import type { AddOutcome, ArticleArchive } from './archive.js';
import { otherSource } from './archive.js';
import { cleanUrl } from './canonicalUrl.js';
import { parseFeedItems, type FeedItem, type FeedProblem } from './feedItems.js';
import { itemToArticle, type ItemContext } from './itemToArticle.js';

export type ItemOutcome =
  | (AddOutcome & { readonly item: FeedItem })
  /** No article: the reason in words (no text, a failed page, no address). */
  | { readonly outcome: 'skipped'; readonly item: FeedItem; readonly reason: string };

/** Each item of a feed into `archive`, in order. Never throws for one item's fault; a failed write does throw. */
export async function ingestItems(archive: ArticleArchive, items: readonly FeedItem[], ctx: ItemContext): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = [];
  for (const item of items) outcomes.push(await ingestItem(archive, item, ctx));
  return outcomes;
}

export async function ingestItem(archive: ArticleArchive, item: FeedItem, ctx: ItemContext): Promise<ItemOutcome> {
  const link = item.link ? cleanUrl(item.link) : null;
  const known = archive.knows([link], ctx.source.id, item.guid);
  if (known) {
    const now = (ctx.now ?? new Date()).toISOString();
    const draft = { url: link ?? item.guid ?? '', title: item.title, fetchedAt: now, source: ctx.source };
    return { ...(await archive.addSource(known.id, otherSource(draft, known))), item };
  }
  const result = await itemToArticle(item, ctx);
  if (!result.ok) return { outcome: 'skipped', item, reason: result.reason };
  return { ...(await archive.add(result.draft)), item };
}

/** A feed's text into `archive`: its items' outcomes, or why it is not a feed. */
export async function ingestFeed(
  archive: ArticleArchive,
  body: string,
  feedUrl: string,
  ctx: Omit<ItemContext, 'feedLanguage'>,
): Promise<{ readonly ok: true; readonly outcomes: ItemOutcome[] } | FeedProblem> {
  const feed = parseFeedItems(body, feedUrl);
  if (!feed.ok) return feed;
  return { ok: true, outcomes: await ingestItems(archive, feed.items, { ...ctx, feedLanguage: feed.language }) };
}
