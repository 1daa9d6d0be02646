// Ingestion wired: the sources of src/sources polled into the articles folder through src/ingest, on a
// timer inside the bot or once from the CLI. No Discord here; see docs/sources.md ("Ingestion in the bot").
export { IngestionLoop, LOOP_DEFAULTS, type LoopOptions } from './loop.js';
export { SourcePoller, type PollerServices, type RoundResult } from './poller.js';
export { feedReader, type FeedReaderOptions } from './readFeed.js';
export { loadCatalog, openIngestion, type Ingestion, type IngestionOptions, type SourcesCatalog } from './setup.js';
export { ArticleFollower, articleLogOf, publishArchive, type FollowerOptions } from './articleLog.js';
