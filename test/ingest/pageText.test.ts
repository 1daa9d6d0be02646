import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decodeText.js';
import { htmlToParagraphs } from '../../src/ingest/htmlText.js';
import { jsdomDocument, extractPageText, readMainText } from '../../src/ingest/pageText.js';
import { pageBytes, pageText } from './fixtures.js';

describe('extractPageText', () => {
  it("reads a news agency's article: its paragraphs, not the menu, related links, caption or footer", () => {
    const page = extractPageText(pageText('agency.html'), 'https://wire.example/politics/2024/05/01/geneva-talks?utm_source=rss');
    expect(page.via).toBe('linkedom');
    expect(page.paragraphs).toHaveLength(7);
    expect(page.paragraphs[0]).toMatch(/^Foreign Minister of Armenia Ararat Mirzoyan and Foreign Minister of Azerbaijan/);
    expect(page.paragraphs[3]).toContain('including the provisions on the delimitation of the border and the opening');
    expect(page.paragraphs.at(-1)).toMatch(/stood ready to support the process\.$/);
    const all = page.paragraphs.join('\n');
    for (const noise of ['Politics', 'Related', 'Border commissions to meet', 'Photo: Caucasus Wire', '©', 'dataLayer']) {
      expect(all).not.toContain(noise);
    }
    expect(page.title).toBe('Mirzoyan and Bayramov meet in Geneva');
    expect(page.canonicalUrl).toBe('https://wire.example/politics/2024/05/01/geneva-talks?id=884');
    expect(page.signals.dates).toEqual({ jsonLd: '2024-05-01T09:30:00+04:00', meta: '2024-04-30T22:10:00+00:00', time: '2024-04-29' });
    expect(page.signals.language).toBe('en');
  });

  it("reads a ministry's press release written with <br><br> between paragraphs, its <time> and relative canonical", () => {
    const page = extractPageText(pageText('ministry.html'), 'https://mfa.example/en/press/1187?utm_source=feed');
    expect(page.paragraphs).toHaveLength(4);
    expect(page.paragraphs[0]).toMatch(/^On 3 May, Minister of Foreign Affairs of Georgia Ilia Darchiashvili received/);
    expect(page.paragraphs.join(' ')).not.toMatch(/Share|Consular|Chitadze/);
    expect(page.canonicalUrl).toBe('https://mfa.example/en/press/1187');
    expect(page.signals.dates).toEqual({ jsonLd: null, meta: null, time: '2024-05-03T08:15:00+04:00' });
    // Readability takes the site's name off <title>.
    expect(page.title).toBe('Minister receives the OSCE Chairperson-in-Office');
  });

  it('reads a wire reprint: og:url cleaned of fbclid and gclid as its address, a meta pubdate, the dateline paragraph kept', () => {
    const page = extractPageText(pageText('wire-reprint.html'), 'https://desk.example/a/777?fbclid=IwAR3xyz');
    expect(page.canonicalUrl).toBe('https://desk.example/a/777');
    expect(page.signals.dates.meta).toBe('20240501');
    expect(page.paragraphs[0]).toMatch(/^GENEVA, May 1 \(Regional Desk\) —/);
    expect(page.paragraphs).toHaveLength(8);
    expect(page.title).toBe('Armenia, Azerbaijan FMs hold talks in Geneva');
  });

  it('never runs the page scripts: no inline script, document.write, onload or onerror leaves a mark, in linkedom or jsdom', () => {
    const html = pageText('scripts.html');
    const page = extractPageText(html, 'https://mfa.example/statements/12');
    // Short enough that jsdom read it too.
    expect(page.paragraphs.join('').length).toBeLessThan(500);
    const viaJsdom = readMainText(jsdomDocument(html, 'https://mfa.example/statements/12'));
    for (const paragraphs of [page.paragraphs, viaJsdom!.paragraphs]) {
      expect(paragraphs).toHaveLength(3);
      expect(paragraphs.join('\n')).not.toMatch(/INJECTED|REPLACED|REWRITTEN|enable JavaScript/);
    }
    expect(page.title).toBe('Statement by the Spokesperson on the border incident');
    const g = globalThis as Record<string, unknown>;
    expect([g.__attachePageScriptRan, g.__attacheOnloadRan, g.__attacheOnerrorRan]).toEqual([undefined, undefined, undefined]);
  });

  it('falls back to jsdom for markup without <html> and <body>, where linkedom finds no body to read', () => {
    const p = `<p>${'The ministers met in Geneva and agreed to continue the talks on the peace treaty next month. '.repeat(3)}</p>`;
    const page = extractPageText(`<title>Talks</title>${p}${p}${p}`, 'https://x.example/a');
    expect(page.via).toBe('jsdom');
    expect(page.paragraphs).toHaveLength(3);
  });

  it('finds no text on a page that has only a menu', () => {
    expect(extractPageText('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/')).toMatchObject({
      paragraphs: [],
      via: 'none',
    });
  });
});

describe('decodeText', () => {
  it('decodes a windows-1251 page by its <meta http-equiv> when the header names no charset', () => {
    const decoded = decodeText(pageBytes('windows-1251.html.bin'), 'text/html');
    expect(decoded).toMatchObject({ encoding: 'windows-1251', from: 'markup' });
    const page = extractPageText(decoded.text, 'https://mid.example/1');
    expect(page.title).toBe('Лавров провёл переговоры с Мирзояном');
    expect(page.paragraphs).toContain(
      '«Мы подтвердили готовность и дальше содействовать нормализации отношений между Баку и Ереваном», — заявил Лавров журналистам по итогам встречи.',
    );
    expect(page.signals.language).toBe('ru');
  });

  it('takes the header over the markup, a byte-order mark over both, and UTF-8 when nothing says', () => {
    const bytes = pageBytes('windows-1251.html.bin');
    expect(decodeText(bytes, 'text/html; charset=koi8-r')).toMatchObject({ encoding: 'koi8-r', from: 'header' });
    expect(decodeText(bytes, 'text/html; charset=nonsense')).toMatchObject({ encoding: 'windows-1251', from: 'markup' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Привет</p>')]);
    expect(decodeText(bom, 'text/html; charset=windows-1251')).toEqual({ text: '<p>Привет</p>', encoding: 'utf-8', from: 'bom' });
    expect(decodeText(new TextEncoder().encode('<p>ok</p>'))).toMatchObject({ encoding: 'utf-8', from: 'default' });
    const xml = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe9,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(decodeText(xml).text).toContain('<a>é</a>');
  });
});

describe('htmlToParagraphs', () => {
  it('makes a paragraph of each block and of each <br><br>, folds whitespace, keeps inline text together', () => {
    expect(htmlToParagraphs('<p>One <em>two</em>\n three.</p><ul><li>Four</li><li>Five</li></ul>Six<br>seven<br><br>Eight')).toEqual([
      'One two three.',
      'Four',
      'Five',
      'Six seven',
      'Eight',
    ]);
    expect(htmlToParagraphs('<script>alert(1)</script><style>p{}</style><p>&amp; &lt;b&gt; &#8212;</p>')).toEqual(['& <b> —']);
  });
});
