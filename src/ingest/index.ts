// Ingestion's public face, for the wiring (src/runtime, the CLI's `ingest`): from a feed's items (or a
// press-release list page's links) to article files with their metadata. See docs/ingest.md.
export { ArticleArchive, type AddOutcome } from './archive.js';
export {
  EXTRACTED_LANGUAGES,
  META_SUFFIX,
  isArticleMetaFile,
  isExtractable,
  metaFileOf,
  type ArticleMeta,
  type OtherSource,
} from './articleFile.js';
export { cleanUrl, isTrackingParameter } from './canonicalUrl.js';
export { decodeText, type DecodedText } from './decodeText.js';
export { parseFeedItems, type FeedFormat, type FeedItem, type FeedProblem, type ParsedFeed } from './feedItems.js';
export { ingestFeed, ingestItem, ingestItems, type ItemOutcome } from './ingestItems.js';
export { itemToArticle, type ArticleDraft, type FetchPage, type FetchedPage, type ItemContext, type ItemSource } from './itemToArticle.js';
export { extractPageText, type PageText } from './pageText.js';
export { ingestPageList, parsePageList, type ListProblem, type ParsedList } from './pageList.js';
export { isItemAddress, MAX_LIST_LINKS, pickListLinks, type ListLink } from './listLinks.js';
