// What a page says about itself besides its text: its dates, canonical address, title and language, read
// from the DOM before Readability rewrites it. linkedom's and jsdom's documents both fit `PageDocument`
// (the project's TypeScript has no DOM library, on purpose: the core never runs in a browser).
import type { DateSignals } from './publicationDate.js';

export interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  readonly textContent: string | null;
}

export interface PageDocument extends PageElement {
  readonly documentElement: PageElement | null;
  readonly title: string;
}

export interface PageSignals {
  readonly dates: Omit<DateSignals, 'feed' | 'url'>;
  /** The declared canonical addresses, most trusted first: `<link rel=canonical>`, `og:url`. */
  readonly canonical: readonly string[];
  /** JSON-LD `headline`, else `og:title`: what the publisher calls the article. */
  readonly title: string | null;
  /** `<title>`, often with the site's name: the last resort. */
  readonly documentTitle: string | null;
  /** `<html lang>`, `Content-Language` or `og:locale`, lower case, primary subtag only (`en`, `ru`). */
  readonly language: string | null;
}

/** Meta names (lower case, `name`, `property` or `itemprop`) that carry a publication time, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publication_date', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dcterms.created', 'dc.date', 'date',
]; // prettier-ignore

/** JSON-LD types that are the article itself (not the site, the publisher or a breadcrumb list). */
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|PressRelease|WebPage)$/;

export function pageSignals(doc: PageDocument): PageSignals {
  const meta = metaValues(doc);
  const ld = jsonLdArticle(doc);
  const canonical = [...Array.from(doc.querySelectorAll('link[rel]'))]
    .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((l) => l.getAttribute('href'));
  return {
    dates: {
      jsonLd: stringOf(ld?.datePublished),
      meta: DATE_META.map((name) => meta.get(name)).find((v) => v) ?? null,
      time: timeDatetime(doc),
    },
    canonical: [...canonical, meta.get('og:url')].filter((v): v is string => !!v?.trim()),
    title: clean(stringOf(ld?.headline)) ?? clean(meta.get('og:title')),
    documentTitle: clean(doc.title),
    language: primaryLanguage(doc.documentElement?.getAttribute('lang') ?? meta.get('content-language') ?? meta.get('og:locale') ?? null),
  };
}

/** `en-US`, `en_GB`, `RU` → `en`, `en`, `ru`; null for nothing or nonsense. */
export function primaryLanguage(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(value ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function metaValues(doc: PageDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv');
    const content = m.getAttribute('content');
    if (key && content?.trim() && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), content.trim());
  }
  return values;
}

/** The first `<time datetime>` inside the article (`<article>`, `<main>`), else in the page. */
function timeDatetime(doc: PageDocument): string | null {
  for (const selector of ['article time[datetime]', 'main time[datetime]', 'time[datetime]']) {
    const t = doc.querySelector(selector)?.getAttribute('datetime');
    if (t?.trim()) return t.trim();
  }
  return null;
}

type Json = Record<string, unknown>;

/** The page's article object in its JSON-LD, walking arrays and `@graph`; broken JSON is skipped. */
function jsonLdArticle(doc: PageDocument): Json | null {
  const found: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Json;
    found.push(obj);
    visit(obj['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {}
  }
  const isArticle = (o: Json) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  return found.find((o) => isArticle(o) && o.datePublished) ?? found.find((o) => o.datePublished) ?? found.find(isArticle) ?? null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function clean(value: string | null | undefined): string | null {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
