// The sandbox's own news site: a feed and two article pages on 127.0.0.1, dated today, so that a newcomer
// sees an article go from a site to /brief without the internet. Written like a small agency's site: an
// RSS feed with summaries only (the pages are fetched and read), JSON-LD and a canonical link on each page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NewsSite {
  /** `http://127.0.0.1:<port>/feed.xml` */
  readonly feedUrl: string;
  close(): Promise<void>;
}

interface Story {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly paragraphs: readonly string[];
}

const STORIES: readonly Story[] = [
  {
    slug: 'mirzoyan-crossings',
    title: 'Mirzoyan: Armenia is ready to open the regional crossings',
    summary: 'The foreign minister spoke to reporters in Yerevan.',
    paragraphs: [
      '“Armenia is ready to open the regional crossings on the basis of sovereignty and jurisdiction of the countries,” Foreign Minister Ararat Mirzoyan said in Yerevan today.',
      'He added that the draft of the peace agreement was on the table and that the sides had agreed on most of its articles.',
      'The minister spoke to reporters after talks with a visiting European delegation.',
    ],
  },
  {
    slug: 'bayramov-border-talks',
    title: 'Bayramov expects border commissions to meet again',
    summary: 'Azerbaijan’s foreign minister on the delimitation talks.',
    paragraphs: [
      '“The commissions on delimitation will meet again before the end of the month,” Foreign Minister Jeyhun Bayramov told journalists in Baku today.',
      'The two border commissions last met in the spring, when they agreed on the regulations of their joint work.',
    ],
  },
];

export async function startNewsSite(today: string): Promise<NewsSite> {
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const story = STORIES.find((s) => path === `/news/${s.slug}.html`);
    if (path === '/feed.xml') {
      const unchanged = req.headers['if-none-match'] === `"${today}"`;
      res.writeHead(unchanged ? 304 : 200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"${today}"` });
      res.end(unchanged ? undefined : feed(origin, today));
      return;
    }
    if (story) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(origin, story, today));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrl: `${origin}/feed.xml`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function feed(origin: string, today: string): string {
  const date = new Date(`${today}T09:00:00Z`).toUTCString();
  const items = STORIES.map(
    (s) => `    <item>
      <title>${escape(s.title)}</title>
      <link>${origin}/news/${s.slug}.html</link>
      <guid>${origin}/news/${s.slug}.html</guid>
      <pubDate>${date}</pubDate>
      <description>${escape(s.summary)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Sandbox Wire</title>
    <link>${origin}/</link>
    <description>A news site of the Attaché sandbox, on this machine only</description>
    <language>en</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

function page(origin: string, story: Story, today: string): string {
  const url = `${origin}/news/${story.slug}.html`;
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    datePublished: `${today}T09:00:00Z`,
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(story.title)} | Sandbox Wire</title>
  <link rel="canonical" href="${url}">
  <script type="application/ld+json">${ld}</script>
</head>
<body>
  <nav><a href="/">Sandbox Wire</a> · <a href="/politics">Politics</a></nav>
  <article>
    <h1>${escape(story.title)}</h1>
    <time datetime="${today}">${today}</time>
${story.paragraphs.map((p) => `    <p>${escape(p)}</p>`).join('\n')}
  </article>
  <footer>© Sandbox Wire. Nothing here leaves this machine.</footer>
</body>
</html>
`;
}
