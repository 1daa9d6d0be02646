// What several source tests share: a store in memory (as JSON would keep it), a fetcher for the loopback
// news site, and small feeds.
import type { KeyValueStore } from '../../src/store/index.js';
import { SourceFetcher, type FetcherOptions } from '../../src/sources/fetcher.js';
import type { Source } from '../../src/sources/sourcesFile.js';
import { JumpingClock } from './newsServer.js';

export const TEST_USER_AGENT = 'AttacheBot/0.1 (+https://example.org/attache-operator; diplomatic news briefings)';

export function memoryStore(): KeyValueStore & { readonly values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    kind: 'sqlite',
    values,
    get: async <T>(key: string) => (values.has(key) ? (JSON.parse(JSON.stringify(values.get(key))) as T) : undefined),
    set: async (key, value) => void values.set(key, JSON.parse(JSON.stringify(value))),
    delete: async (key) => void values.delete(key),
    close: async () => undefined,
  };
}

/** A fetcher allowed onto loopback, with a jumping clock and no spacing unless the test asks for it. */
export function testFetcher(options: Partial<FetcherOptions> = {}): { fetcher: SourceFetcher; clock: JumpingClock; store: KeyValueStore } {
  const clock = (options.clock as JumpingClock | undefined) ?? new JumpingClock();
  const store = options.store ?? memoryStore();
  const fetcher = new SourceFetcher({
    store,
    userAgent: TEST_USER_AGENT,
    allowPrivate: true,
    clock,
    hostSpacingMs: 0,
    timeoutMs: 5_000,
    ...options,
  });
  return { fetcher, clock, store };
}

export function source(id: string, url: string, overrides: Partial<Source> = {}): Source {
  return { id, name: id, url, language: 'en', interval: 15, kind: 'feed', fullText: false, enabled: true, ...overrides };
}

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Agency</title><link>https://agency.example/</link>
<item><title>Minister meets envoy</title><link>https://agency.example/news/1</link><pubDate>Thu, 15 Jan 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`;
