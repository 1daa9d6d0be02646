// The sources of the archive and how they are fetched: the sources file, the polite fetcher, each source's
// health. What the wiring (src/runtime, src/cli) and src/ingest use; see docs/sources.md.
export {
  DEFAULT_SOURCES_FILE,
  formatSourcesProblem,
  loadSourcesFile,
  parseSourcesFile,
  validateSources,
  type Source,
  type SourceKind,
  type SourcesFileResult,
  type SourcesProblem,
} from './sourcesFile.js';
export { readSourcesSettings, userAgentFor, ROBOTS_TOKEN, type SourcesSettings, type SourcesSettingsValues } from './settings.js';
export {
  FETCHER_DEFAULTS,
  SourceFetcher,
  parseRetryAfter,
  type FetchedDocument,
  type FetcherOptions,
  type FetchOutcome,
  type Validators,
} from './fetcher.js';
export { decodeText, decodeTextDetailed, charsetFromContentType, EncodingError, type DecodedText } from './encoding.js';
export { describeFailure, isPermanentFailure, type SourceFailure, type SourceFailureKind } from './failures.js';
export {
  backoffMs,
  DEFAULT_HEALTH_POLICY,
  healthAfterPoll,
  initialHealth,
  sourceHealthView,
  type HealthPolicy,
  type PollEvent,
  type SourceHealth,
  type SourceHealthView,
  type SourceState,
} from './health.js';
export { pollSource, SourceHealthBook, type PollReport, type ReadDocument, type ReadResult } from './poll.js';
export { isPublicAddress } from './addresses.js';
export { systemClock, type Clock } from './clock.js';
