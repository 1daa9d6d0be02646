// A news site for the ingestion tests, served by test/sources/newsServer.ts: an RSS feed of three items
// (summaries only, so each page is fetched and read) with an ETag, answering 304 when it is sent back, and
// the three article pages, each a statement of a minister the dictionary knows.
import type { IncomingMessage } from 'node:http';
import type { Route, RouteSpec } from '../sources/newsServer.js';

export interface Story {
  readonly slug: string;
  readonly title: string;
  readonly date: string;
  readonly paragraphs: readonly string[];
}

export const STORIES: readonly Story[] = [
  {
    slug: 'mirzoyan-crossings',
    title: 'Mirzoyan on the crossings',
    date: '2026-03-10',
    paragraphs: [
      '“We will open the crossings once the border is delimited,” Foreign Minister Ararat Mirzoyan said on Tuesday.',
      'He spoke after a meeting of the government in Yerevan.',
    ],
  },
  {
    slug: 'bayramov-agreement',
    title: 'Bayramov on the agreement',
    date: '2026-03-10',
    paragraphs: [
      '“Baku is ready to sign the agreement this year,” Foreign Minister Jeyhun Bayramov told reporters on Tuesday.',
      'The talks are to resume in Geneva next month.',
    ],
  },
  {
    slug: 'pashinyan-agenda',
    title: 'Pashinyan on the peace agenda',
    date: '2026-03-11',
    paragraphs: [
      '“The peace agenda has no alternative for our region,” Prime Minister Nikol Pashinyan said in parliament on Wednesday.',
      'The opposition left the hall during his speech.',
    ],
  },
];

const ETAG = '"three-items-v1"';

export function feedXml(origin: string, language = 'en', stories: readonly Story[] = STORIES): string {
  const items = stories.map(
    (s) =>
      `<item><title>${s.title}</title><link>${origin}/news/${s.slug}.html</link><guid>${origin}/news/${s.slug}.html</guid>` +
      `<pubDate>${new Date(`${s.date}T08:00:00Z`).toUTCString()}</pubDate><description>${s.title}.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${origin}/</link><language>${language}</language>
${items.join('\n')}
</channel></rss>`;
}

export function pageHtml(story: Story): string {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: story.title, datePublished: `${story.date}T08:00:00Z` });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title}</title>
<script type="application/ld+json">${ld}</script></head>
<body><nav>Test Wire · Politics · World</nav><article><h1>${story.title}</h1>
${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© Test Wire</footer></body></html>`;
}

/** The feed (conditional: 304 for its own ETag) and the pages, as newsServer routes; `origin` is read late. */
export function siteRoutes(origin: () => string, language = 'en'): Record<string, RouteSpec> {
  const feed = (request: IncomingMessage): Route =>
    request.headers['if-none-match'] === ETAG
      ? { status: 304, headers: { etag: ETAG } }
      : { headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: ETAG }, body: feedXml(origin(), language) };
  const routes: Record<string, RouteSpec> = { '/feed.xml': feed };
  for (const story of STORIES)
    routes[`/news/${story.slug}.html`] = { headers: { 'content-type': 'text/html; charset=utf-8' }, body: pageHtml(story) };
  return routes;
}
