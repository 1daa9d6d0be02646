// A fetched page → its main text as paragraphs, with its title, canonical URL, date signals and language.
// Readability on linkedom first (fast, and no browser to emulate); jsdom when that finds nothing or too
// little. Neither runs a script: linkedom has no script engine, and jsdom runs none unless `runScripts` is
// set, which it never is here (nor are resources loaded).
import { Readability } from '@mozilla/readability';
import { canonicalUrl } from './canonicalUrl.js';
import { nodeParagraphs, type TextNodeLike } from './htmlText.js';
import { jsdom, linkedom } from './libraries.js';
import { pageSignals, type PageDocument, type PageSignals } from './pageSignals.js';

/** Below this many characters of main text, linkedom's reading is taken as failed and jsdom tries. */
export const SHORT_TEXT_CHARS = 300;

/** Less than this is no article at all (a menu, a cookie notice Readability took for the content). */
export const MIN_TEXT_CHARS = 80;

export interface PageText {
  /** The main text's paragraphs (empty when the page has no readable text). */
  readonly paragraphs: readonly string[];
  readonly title: string | null;
  /** Canonical URL, tracking parameters removed (see canonicalUrl.ts). */
  readonly canonicalUrl: string | null;
  readonly signals: PageSignals;
  /** Which DOM gave the text: `linkedom`, `jsdom`, or `none` when neither found any. */
  readonly via: 'linkedom' | 'jsdom' | 'none';
}

/** The main text of `html`, fetched from `pageUrl` (its final URL after redirects). Never runs the page's code. */
export function extractPageText(html: string, pageUrl: string): PageText {
  const { document } = linkedom().parseHTML(html) as unknown as { document: PageDocument };
  const signals = pageSignals(document);
  const canonical = canonicalUrl(pageUrl, signals.canonical);
  let best = readMainText(document);
  let via: PageText['via'] = best ? 'linkedom' : 'none';
  if (!best || length(best.paragraphs) < SHORT_TEXT_CHARS) {
    const second = readMainText(jsdomDocument(html, pageUrl));
    if (second && length(second.paragraphs) > (best ? length(best.paragraphs) : 0)) {
      best = second;
      via = 'jsdom';
    }
  }
  if (best && length(best.paragraphs) < MIN_TEXT_CHARS) {
    best = null;
    via = 'none';
  }
  return {
    paragraphs: best?.paragraphs ?? [],
    title: signals.title ?? best?.title ?? signals.documentTitle,
    canonicalUrl: canonical,
    signals,
    via,
  };
}

/** Readability's main text of a document (which it rewrites), as paragraphs; null when it finds none. */
export function readMainText(document: PageDocument): { paragraphs: string[]; title: string | null } | null {
  // The serializer hands back Readability's content element itself, so its paragraphs are read from the
  // DOM rather than from HTML written out and parsed again.
  const reader = new Readability<TextNodeLike>(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node,
  });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    return null;
  }
  if (!result?.content) return null;
  const paragraphs = nodeParagraphs(result.content);
  return paragraphs.length > 0 ? { paragraphs, title: result.title?.trim() || null } : null;
}

/** jsdom's document for a page: no script runs, no resource loads. */
export function jsdomDocument(html: string, pageUrl: string): PageDocument {
  // A page's broken CSS or markup is reported to jsdom's console: keep it out of the bot's log.
  const { JSDOM, VirtualConsole } = jsdom();
  const dom = new JSDOM(html, { url: safeUrl(pageUrl), virtualConsole: new VirtualConsole() });
  return dom.window.document as unknown as PageDocument;
}

function safeUrl(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function length(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}
