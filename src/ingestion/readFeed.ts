// The bridge between a fetched feed or press-release list (src/sources) and the articles folder (src/ingest):
// the `ReadDocument` that pollSource hands each new document to, read as the source's `kind` says. Pages go
// through the same polite fetcher as the feed.
import { ingestFeed, ingestPageList, type ArticleArchive, type FetchPage, type ItemOutcome } from '../ingest/index.js';
import { decodeText, describeFailure, EncodingError, type ReadDocument, type ReadResult, type SourceFetcher } from '../sources/index.js';

export interface FeedReaderOptions {
  /** Each item's outcome, for the caller's log (a skipped item says why). */
  readonly onItem?: (sourceId: string, outcome: ItemOutcome) => void;
  /** True once the process is stopping: the items left are not fetched (see IngestionLoop.stop). */
  readonly stopping?: () => boolean;
  readonly now?: () => Date;
}

/** Thrown by fetchPage once stopping; the poll then counts as interrupted, not as the site's failure. */
class Interrupted extends Error {}

export function feedReader(archive: ArticleArchive, fetcher: SourceFetcher, options: FeedReaderOptions = {}): ReadDocument {
  const stopping = options.stopping ?? (() => false);
  const fetchPage: FetchPage = async (url) => {
    if (stopping()) throw new Interrupted('the bot is stopping');
    const outcome = await fetcher.fetchUrl(url);
    if (outcome.kind === 'fetched') {
      const { url: finalUrl, bytes, contentType } = outcome.document;
      return { url: finalUrl, body: bytes, contentType };
    }
    throw new Error(outcome.kind === 'failed' ? describeFailure(outcome.failure) : `not modified: ${outcome.url}`);
  };

  return async (document, source): Promise<ReadResult> => {
    let text: string;
    try {
      text = decodeText(document.bytes, document.contentType);
    } catch (err) {
      if (err instanceof EncodingError) return { ok: false, failure: { kind: 'bad-encoding', detail: err.message } };
      throw err;
    }
    const ctx = {
      source: { id: source.id, name: source.name, language: source.language },
      fetchPage,
      ...(options.now ? { now: options.now() } : {}),
    };
    const result =
      source.kind === 'page-list'
        ? await ingestPageList(archive, text, document.url, ctx)
        : await ingestFeed(archive, text, document.url, ctx);
    if (!result.ok) {
      const kind = result.reason === 'not a feed' ? 'not-a-feed' : result.reason === 'not a list page' ? 'not-a-list-page' : 'malformed';
      return { ok: false, failure: { kind, detail: result.detail } };
    }
    // Stopped half-way: the validators are not kept, so the next poll reads the whole feed again (the items
    // written are known by then and not fetched twice).
    if (stopping()) return { ok: false, failure: { kind: 'network', code: 'interrupted', detail: 'the bot stopped during the poll' } };
    for (const outcome of result.outcomes) options.onItem?.(source.id, outcome);
    const newItems = result.outcomes.filter((o) => o.outcome === 'written').length;
    return { ok: true, items: result.outcomes.length, newItems };
  };
}
