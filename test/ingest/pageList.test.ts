// Press-release list pages (sources of kind "page-list"): which links are releases, the date beside each,
// and the releases read into the archive like a feed's items. Templates in fixtures/lists/ are shaped like
// a ministry's list, the EEAS's press material and the OSCE's press releases, furniture and all.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleArchive, MAX_LIST_LINKS, ingestPageList, isItemAddress, parsePageList, type ParsedList } from '../../src/ingest/index.js';
import { dateInText } from '../../src/ingest/listDates.js';
import { FIXTURES, fixtureFetcher } from './fixtures.js';

const MINISTRY = 'https://www.ministry.example/en/press';
const EEAS = 'https://www.eeas.europa.eu/eeas/press-material_en';
const OSCE = 'https://www.osce.org/press-releases';

const listHtml = async (name: string) => readFile(join(FIXTURES, 'lists', name), 'utf8');

function parsed(html: string, url: string): ParsedList {
  const result = parsePageList(html, url);
  if (!result.ok) throw new Error(`not a list: ${result.detail}`);
  return result;
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('the releases of a list page', () => {
  it('takes a ministry list’s three releases in page order, cleaned, titled and dated, and none of its furniture', async () => {
    const list = parsed(await listHtml('ministry-press.html'), MINISTRY);
    expect(list.items.map(({ link, title, date }) => ({ link, title, date }))).toEqual([
      {
        link: 'https://www.ministry.example/en/press/1189',
        title: 'Prime Minister Pashinyan on the peace agenda in parliament',
        date: '2026-03-11',
      },
      {
        link: 'https://www.ministry.example/en/press/1188',
        title: 'Minister Mirzoyan on the crossings and the border',
        date: '2026-03-10',
      },
      {
        link: 'https://www.ministry.example/en/press/1187',
        title: 'Bayramov and Mirzoyan discuss the agreement in Geneva',
        date: '2026-03-10',
      },
    ]);
    expect(list.items.every((i) => i.guid === i.link && i.content === null)).toBe(true);
    expect(list.language).toBe('en');
  });

  it('never runs the page’s script: the release it would have written is not there', async () => {
    const html = await listHtml('ministry-press.html');
    expect(html).toContain('/en/press/9999');
    expect(parsed(html, MINISTRY).items.map((i) => i.link)).not.toContain('https://www.ministry.example/en/press/9999');
  });

  it('takes the EEAS list’s releases beside the list (same depth, a slug of words), not its country page, badge, PDF or pager', async () => {
    const list = parsed(await listHtml('eu-press.html'), EEAS);
    expect(list.items.map(({ link, date }) => [new URL(link!).pathname, date])).toEqual([
      ['/eeas/armenia-azerbaijan-statement-by-the-spokesperson-on-the-peace-agenda_en', '2026-03-11'],
      ['/eeas/south-caucasus-high-representative-meets-the-foreign-minister-of-armenia_en', '2026-03-10'],
      ['/eeas/azerbaijan-high-representative-holds-a-phone-call-with-minister-bayramov_en', '2026-03-09'],
    ]);
    // The headline sits in the article's own <header>, which is no page furniture.
    expect(list.items[0]!.title).toBe('Armenia/Azerbaijan: Statement by the Spokesperson on the peace agenda');
  });

  it('reads an OSCE list without a <main>: nav, tags, pager and the page’s footer left out', async () => {
    const list = parsed(await listHtml('osce-press.html'), OSCE);
    expect(list.items.map(({ link, date }) => [link, date])).toEqual([
      ['https://www.osce.org/chairpersonship/588123', '2026-03-03'],
      ['https://www.osce.org/odihr/588001', '2026-03-02'],
    ]);
  });

  it('leaves out links in nav, header, footer, aside and furniture named so, when nothing marks the main content', () => {
    const link = (path: string, words: string) => `<a href="${path}">${words} of the ministry today</a>`;
    const html = page(
      `<header>${link('/en/press/1', 'Header banner')}</header><nav>${link('/en/press/2', 'Navigation item')}</nav>` +
        `<div class="main-menu">${link('/en/press/3', 'Menu entry')}</div><aside>${link('/en/press/4', 'Sidebar teaser')}</aside>` +
        `<div role="navigation">${link('/en/press/5', 'Role navigation')}</div><div class="social-share">${link('/en/press/6', 'Share button')}</div>` +
        `<div class="list">${link('/en/press/7', 'The one release')}</div><footer>${link('/en/press/8', 'Footer link')}</footer>`,
    );
    expect(parsed(html, MINISTRY).items.map((i) => i.link)).toEqual(['https://www.ministry.example/en/press/7']);
  });

  it('keeps only anchor text of a headline’s length', () => {
    const html = page(
      `<ul><li><a href="/en/press/11">Read more</a></li><li><a href="/en/press/12">Minister receives the ambassador of France</a></li>` +
        `<li><a href="/en/press/13">${'A paragraph that is far too long to be a headline. '.repeat(8)}</a></li>` +
        `<li><a href="/en/press/14">Minister-receives-ambassador</a></li></ul>`,
    );
    expect(parsed(html, MINISTRY).items.map((i) => i.title)).toEqual(['Minister receives the ambassador of France']);
  });

  it('titles a card (an anchor around picture, heading, teaser and date) by its heading, dates it by the card, and skips the years’ archives', () => {
    const teaser =
      'The Minister of Foreign Affairs received the delegation and discussed the agenda of the coming talks at length. '.repeat(3);
    const html = page(
      `<div class="cards"><a class="card" href="/en/press/31"><img src="/i.jpg" alt=""><h3>Minister receives the delegation of Japan</h3>` +
        `<p>${teaser}</p><span class="date">05.03.2026</span></a>` +
        `<a class="card" href="/en/press/32"><h3>Minister meets the ambassador of Italy</h3><span>04.03.2026</span></a></div>` +
        `<div class="years"><a href="/en/press/2025">Press releases of 2025</a> <a href="/en/press/2024">Press releases of 2024</a></div>`,
    );
    expect(parsed(html, MINISTRY).items.map(({ title, date }) => [title, date])).toEqual([
      ['Minister receives the delegation of Japan', '2026-03-05'],
      ['Minister meets the ambassador of Italy', '2026-03-04'],
    ]);
  });

  it('takes each release once, in page order, and at most 50 of a long list', () => {
    const rows = Array.from({ length: 70 }, (_, i) => {
      const href = `/en/press/${2000 - i}`;
      return `<li><a href="${href}?utm_campaign=list">Press release number ${i} of the ministry</a> <a href="${href}#top">Same release again, another link</a></li>`;
    });
    const items = parsed(page(`<ul>${rows.join('')}</ul>`), MINISTRY).items;
    expect(items).toHaveLength(MAX_LIST_LINKS);
    expect(items.map((i) => i.link)).toEqual(Array.from({ length: 50 }, (_, i) => `https://www.ministry.example/en/press/${2000 - i}`));
    expect(items[49]!.title).toBe('Press release number 49 of the ministry');
  });

  it('takes a date from the release’s own block, never a neighbour’s nor the headline’s', () => {
    const html = page(
      `<div class="item"><span>04.03.2026</span><div><a href="/en/press/21">Statement on the events of 1 March 2026 in the city</a></div></div>` +
        `<div class="item"><a href="/en/press/22">Minister meets the delegation of the parliament</a></div>`,
    );
    expect(parsed(html, MINISTRY).items.map((i) => i.date)).toEqual(['2026-03-04', null]);
  });

  it('says why a page with no releases is no list, and that a feed wants kind "feed"', () => {
    expect(
      parsePageList(page('<nav><a href="/en/press/1">A release only in the menu of the site</a></nav><p>Nothing here.</p>'), MINISTRY),
    ).toEqual({
      ok: false,
      reason: 'not a list page',
      detail: 'no article links found',
    });
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>';
    expect(parsePageList(rss, MINISTRY)).toMatchObject({ ok: false, detail: expect.stringContaining('set its kind to "feed"') });
  });
});

describe('an address that names one release', () => {
  const list = new URL(MINISTRY);
  const item = (href: string) => isItemAddress(new URL(href, list), list);

  it.each([
    ['/en/press/1187', true, 'under the list'],
    ['https://ministry.example/en/press/1187', true, 'the same site without www.'],
    ['/en/press/2026/03/10/minister-meets-envoy', true, 'deeper under the list'],
    ['/en/news/12345', true, 'beside the list, a number'],
    ['/en/statements/minister-meets-the-envoy', true, 'beside the list, a slug of words'],
    ['https://other.example/en/press/1187', false, 'another site'],
    ['/en/press', false, 'the list itself'],
    ['/en/press/', false, 'the list itself, with a slash'],
    ['/en/press?page=2', false, 'a page of the list'],
    ['/en/press/page/2', false, 'a page of the list, as a path'],
    ['/en/press/category/statements', false, 'a category'],
    ['/en/press/tags/armenia', false, 'a tag'],
    ['/en/search?q=armenia', false, 'a search'],
    ['/en/login', false, 'a login page'],
    ['/en/press/1187.pdf', false, 'a PDF'],
    ['/en/press/photo-of-the-meeting.jpg', false, 'a picture'],
    ['/en', false, 'an ancestor of the list'],
    ['/en/ministry', false, 'a section beside the list'],
    ['/en/press/2024/05', false, 'the releases of a month'],
    ['/en/press/2024/05/03', false, 'the releases of a day'],
    ['/en/press/12', true, 'a short number under the list'],
    ['/', false, 'the home page'],
  ])('%s → %s (%s)', (href, expected) => {
    expect(item(href)).toBe(expected);
  });
});

describe('a date written beside a release', () => {
  it.each([
    ['03.05.2024', '2024-05-03'],
    ['3/5/2024 · Press release', '2024-05-03'],
    ['Published 3 May 2024', '2024-05-03'],
    ['3rd Sept. 2024', '2024-09-03'],
    ['May 3, 2024', '2024-05-03'],
    ['2024-05-03T10:00', '2024-05-03'],
    ['31.02.2024', null],
    ['no date here, release 1187', null],
  ])('%s → %s', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });
});

describe('a list page into the archive', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'attache-list-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('fetches each release’s page and writes it, dated by the page, else by the list; a second read writes nothing', async () => {
    const fetchPage = fixtureFetcher({
      'https://www.ministry.example/en/press/1189': 'scripts.html',
      'https://www.ministry.example/en/press/1187': 'ministry.html',
    });
    const archive = await ArticleArchive.open(dir);
    const ctx = { source: { id: 'mfa', name: 'Ministry', language: 'en' }, fetchPage, now: new Date('2026-03-12T08:00:00Z') };
    const result = await ingestPageList(archive, await listHtml('ministry-press.html'), MINISTRY, ctx);
    if (!result.ok) throw new Error(result.detail);
    expect(result.outcomes.map((o) => o.outcome)).toEqual(['written', 'skipped', 'written']);
    expect(result.outcomes[1]).toMatchObject({ reason: expect.stringContaining('HTTP 404') });
    const metas = await Promise.all(
      (await readdir(dir)).filter((f) => f.endsWith('.meta.json')).map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8'))),
    );
    const byGuid = (n: number) => metas.find((m) => m.guid === `https://www.ministry.example/en/press/${n}`);
    // ministry.html carries <time datetime="2024-05-03…">, trusted over the list's 10.03.2026; scripts.html
    // has no date of its own, so the list's 11.03.2026 stands in for a feed's.
    expect(byGuid(1187)).toMatchObject({ date: '2024-05-03', dateFrom: 'time', url: 'https://www.ministry.example/en/press/1187' });
    expect(byGuid(1189)).toMatchObject({
      date: '2026-03-11',
      dateFrom: 'feed',
      title: 'Prime Minister Pashinyan on the peace agenda in parliament',
      sourceId: 'mfa',
      textFrom: 'page',
    });
    expect(fetchPage.calls).toHaveLength(3);

    const again = await ingestPageList(await ArticleArchive.open(dir), await listHtml('ministry-press.html'), MINISTRY, ctx);
    expect(again.ok && again.outcomes.map((o) => o.outcome)).toEqual(['duplicate', 'skipped', 'duplicate']);
    expect(fetchPage.calls).toHaveLength(4); // only the page that failed is asked again
  });
});
