// Ingestion throughput (issue #12): 200 feeds × 50 items on a loopback news site, each item without its
// text, so every page is fetched, read (Readability on linkedom) and written as an article. The pages are
// the bench corpus's articles, one each, so none is a duplicate of another. Each feed has a host name of
// its own (all resolving to 127.0.0.1), and the fetcher's spacing between two requests to one host is 0:
// the figure is Attaché's own work per item, not the 2 s a real site gets between requests.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openIngestion } from '../src/ingestion/index.js';
import { createLogger } from '../src/log.js';
import { readSourcesSettings } from '../src/sources/index.js';
import { openStore } from '../src/store/index.js';

export interface IngestionThroughput {
  readonly feeds: number;
  readonly items: number;
  readonly written: number;
  readonly seconds: number;
  readonly itemsPerS: number;
  /** RSS after the round (the process also holds the bench's other work, if any). */
  readonly rssMB: number;
}

const FEEDS = 200;
const ITEMS = 50;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Article i of the corpus as a news page: title, date in a meta tag, paragraphs in an <article>. */
function page(text: string, i: number): string {
  const [, date = '2024-05-01'] = /^\s*date (\S+)/.exec(text) ?? [];
  const paragraphs = text.replace(/^\s*date \S+\s*/, '').split(/\n\s*\n/);
  const title = `Story ${i}: ${paragraphs[0]!.slice(0, 60)}`;
  return `<!doctype html><html><head><title>${escape(title)}</title><meta property="article:published_time" content="${date}"></head><body><nav>Home · World · Politics</nav><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article><footer>© Bench News</footer></body></html>`;
}

function feed(host: number, port: number): string {
  const items = Array.from({ length: ITEMS }, (_, k) => {
    const i = host * ITEMS + k;
    return `<item><title>Story ${i}</title><link>http://feed-${host}.test:${port}/story/${i}</link><guid>bench-${i}</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${host}</title><link>http://feed-${host}.test:${port}/</link><description>bench</description>${items.join('')}</channel></rss>`;
}

export async function measureIngestionThroughput(corpusDir: string): Promise<IngestionThroughput> {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, FEEDS * ITEMS);
  if (files.length < FEEDS * ITEMS) throw new Error(`the corpus has ${files.length} articles; ${FEEDS * ITEMS} are needed`);
  let port = 0;
  const server: Server = createServer((req, res) => {
    const host = Number(/^feed-(\d+)\.test/.exec(req.headers.host ?? '')?.[1] ?? -1);
    const story = /^\/story\/(\d+)$/.exec(req.url ?? '');
    if (req.url === '/feed.xml' && host >= 0) {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(host, port));
    } else if (story) {
      const i = Number(story[1]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(readFileSync(join(corpusDir, files[i]!), 'utf8'), i));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'attache-ingest-bench-'));
  const seedsDir = join(dir, 'seeds');
  const sourcesFile = join(dir, 'sources.json');
  const store = await openStore('sqlite://:memory:');
  try {
    const sources = Array.from({ length: FEEDS }, (_, h) => ({
      id: `feed-${h}`,
      name: `Bench News ${h}`,
      url: `http://feed-${h}.test:${port}/feed.xml`,
      language: 'en',
      interval: 60,
    }));
    writeFileSync(sourcesFile, JSON.stringify(sources));
    const { settings } = readSourcesSettings({ SOURCES_FILE: sourcesFile, SOURCES_ALLOW_PRIVATE: 'true' }, dir);
    mkdirSync(seedsDir);
    const { poller } = await openIngestion({
      settings,
      seedsDir,
      store,
      logger: createLogger({ level: 'silent' }),
      fetcher: { hostSpacingMs: 0, resolve: () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]) },
    });
    const t0 = performance.now();
    const round = await poller.pollAll();
    const seconds = (performance.now() - t0) / 1000;
    const items = FEEDS * ITEMS;
    return {
      feeds: FEEDS,
      items,
      written: round.written,
      seconds,
      itemsPerS: items / seconds,
      rssMB: process.memoryUsage().rss / 2 ** 20,
    };
  } finally {
    await store.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
}
