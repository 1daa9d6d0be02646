// Which links of a press-release list page are its press releases. Pure over a parsed document (linkedom's,
// which runs no script). A ministry's or the EU's list page is mostly menus, language switches, share
// buttons, category filters, pagination and PDFs; the releases are the links, in the page's main content,
// to pages of the same site whose address names one item and whose text is a headline.
import { cleanUrl } from './canonicalUrl.js';
import type { PageElement } from './pageSignals.js';

/** What the walk needs of a DOM element (linkedom's and jsdom's both fit). */
export interface ListElement extends PageElement {
  readonly tagName: string;
  readonly parentElement: ListElement | null;
  querySelector(selector: string): ListElement | null;
  querySelectorAll(selector: string): ArrayLike<ListElement>;
}

export interface ListDocument extends ListElement {
  readonly body: ListElement | null;
  readonly documentElement: ListElement | null;
}

/** One press release as the list shows it. */
export interface ListLink {
  /** Absolute, cleaned (tracking parameters and fragment removed). */
  readonly url: string;
  /** The anchor's text, one line. */
  readonly title: string;
  /** The anchor itself, for the date shown beside it (listDates.ts). */
  readonly element: ListElement;
}

/** A list page names at most this many releases; the rest are older and were read on earlier polls. */
export const MAX_LIST_LINKS = 50;

/** A headline is a few words: "Read more" and an icon's label are not; a paragraph is not either. */
export const HEADLINE_CHARS = { min: 15, max: 300 } as const;
const HEADLINE_MIN_WORDS = 3;

/** Where a list's own content is, most specific first; the whole body when none is found. */
const MAIN_SELECTORS = ['main', '[role="main"]', '#main-content', '#content', '#main', '.main-content', '#page-content'];

/** Elements never part of the list, whatever their place. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'BUTTON']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);
/**
 * A class or id naming page furniture (`main-menu`, `breadcrumb`, `pager`, `social-share`…). Matched as a whole
 * word between `-`, `_` or spaces, so `menu-item` matches but `commentary` does not.
 */
const CHROME_NAME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|pager|pagination|paging|share|sharing|social|tags?|language|lang-switch|skip|cookies?|topbar|top-bar|toolbar)(?:$|[\s_-])/i;

/** Path segments of pages that are not one item: listings by category, tag or author, search, accounts, feeds. */
const NOT_ITEM_SEGMENTS = new Set([
  'category', 'categories', 'tag', 'tags', 'topic', 'topics', 'taxonomy', 'term', 'author', 'authors', 'search', 'login',
  'logout', 'signin', 'sign-in', 'signup', 'register', 'user', 'users', 'account', 'subscribe', 'rss', 'feed', 'feeds',
  'sitemap', 'contact', 'contacts', 'page', 'print', 'share', 'cdn-cgi', 'wp-login.php',
]); // prettier-ignore
/** Query parameters of pagination, search and filters: `?page=2`, `?start=20`, `?q=…` (never `?p=123` or `?id=…`, an item's). */
const NOT_ITEM_QUERY = /^(?:page|pg|start|offset|q|query|search|keys|s|sort|order|tag|tags|category|cat)$/i;
/** Files, not pages: a PDF of the statement, a photo, a document to download. */
const FILE_EXTENSION =
  /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|zip|rar|7z|gz|jpe?g|png|gif|webp|svg|bmp|tiff?|mp3|mp4|m4a|wav|avi|mov|webm|xml|json|ics)$/i;

/**
 * The press releases `document` lists, in page order, de-duplicated by address, at most `MAX_LIST_LINKS`:
 * links inside its main content (never in nav, header, footer, aside or furniture named so), to the same
 * site (`www.` aside), whose address looks like one item of the list (`isItemAddress`) and whose text
 * reads as a headline.
 */
export function pickListLinks(document: ListDocument, pageUrl: string): ListLink[] {
  const list = safeUrl(pageUrl);
  if (!list) return [];
  const root = mainContent(document);
  if (!root) return [];
  const seen = new Set<string>();
  const picked: ListLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (picked.length >= MAX_LIST_LINKS) break;
    const url = cleanUrl(a.getAttribute('href') ?? '', list.href);
    if (!url || seen.has(url)) continue;
    if (!isItemAddress(new URL(url), list) || inChrome(a, root)) continue;
    const title = headline(a);
    if (!title) continue;
    // "Press releases of 2024" at `/press/2024`: the year's archive.
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
    if (YEAR.test(last) && title.includes(last)) continue;
    seen.add(url);
    picked.push({ url, title, element: a });
  }
  return picked;
}

/** The list's own content: `<main>` and its kin when the page marks it, else the body. */
export function mainContent(document: ListDocument): ListElement | null {
  for (const selector of MAIN_SELECTORS) {
    const found = document.querySelector(selector);
    // A `#content` wrapping a single link is a skip link's target or a template's mistake: look further.
    if (found && found.querySelectorAll('a[href]').length > 1) return found;
  }
  return document.body ?? document.documentElement;
}

/**
 * Whether `url` names one item of the list at `list`: the same site (`www.` aside), not a file, not the list
 * itself or a page of it (`?page=2`, `/page/2`), not a category, tag, search or login page; and either
 * under the list's path (`/en/press` → `/en/press/1187`) or beside it at its depth or deeper with a last
 * segment that names one item (a number, or a slug of at least three words: EEAS's
 * `/eeas/armenia-statement-by-the-spokesperson_en` beside `/eeas/press-material_en`).
 */
export function isItemAddress(url: URL, list: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (siteOf(url.hostname) !== siteOf(list.hostname)) return false;
  const path = segments(url.pathname);
  const listPath = segments(list.pathname);
  if (path.length === 0) return false;
  const last = decodeSegment(path[path.length - 1]!);
  if (FILE_EXTENSION.test(last)) return false;
  if (path.some((s) => NOT_ITEM_SEGMENTS.has(decodeSegment(s).toLowerCase()))) return false;
  if ([...url.searchParams.keys()].some((k) => NOT_ITEM_QUERY.test(k))) return false;
  if (/^page[-_]?\d+$/i.test(last)) return false;
  if (isDateArchive(path)) return false;
  const under = listPath.every((s, i) => path[i] === s);
  if (under) return path.length > listPath.length;
  // An ancestor of the list (its section, the site's home) is no item.
  if (path.length < listPath.length) return false;
  return namesOneItem(last);
}

/**
 * `/2024/05`, `/2024/05/03` at the end of a path: the releases of a month or a day, not one. A lone `/2024`
 * may be release 2024 as well as the year's archive: pickListLinks tells them by the link's words.
 */
function isDateArchive(path: readonly string[]): boolean {
  let start = path.length;
  while (start > 0 && /^\d+$/.test(path[start - 1]!)) start--;
  const tail = path.slice(start);
  return tail.length >= 2 && tail.length <= 3 && YEAR.test(tail[0]!) && tail.slice(1).every((s) => /^\d{1,2}$/.test(s));
}

const YEAR = /^(?:19|20)\d{2}$/;

/** A number (`1187`, `12345-statement`) or a slug of three words or more (`fm-meets-osce-chair`). */
function namesOneItem(segment: string): boolean {
  const stem = segment.replace(/\.(?:html?|php|aspx?|jsp)$/i, '').replace(/_[a-z]{2}$/i, '');
  if (/\d{3,}/.test(stem)) return true;
  return stem.split(/[-_+\s]+/).filter((w) => /[\p{L}\d]/u.test(w)).length >= 3;
}

/** Whether `element` sits in page furniture between itself and `root`. */
function inChrome(element: ListElement, root: ListElement): boolean {
  for (let e: ListElement | null = element; e && e !== root; e = e.parentElement) {
    if (CHROME_TAGS.has(e.tagName.toUpperCase())) return true;
    const tag = e.tagName.toUpperCase();
    // A page's header and footer are furniture; an item's own `<header>` (inside an `<article>`) holds its headline.
    if ((tag === 'HEADER' || tag === 'FOOTER') && !insideItem(e, root)) return true;
    const role = e.getAttribute('role')?.toLowerCase();
    if (role && CHROME_ROLES.has(role)) return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (CHROME_NAME.test(names)) return true;
  }
  return false;
}

function insideItem(element: ListElement, root: ListElement): boolean {
  for (let e = element.parentElement; e && e !== root; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'LI') return true;
  }
  return false;
}

/**
 * The anchor's text as one line, when it reads as a headline: 15 to 300 characters and three words or more.
 * An anchor wrapping a whole card (picture, heading, teaser, date) is titled by its heading.
 */
function headline(a: ListElement): string | null {
  const heading = a.querySelector('h1, h2, h3, h4, h5, h6');
  const text = ((heading ?? a).textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < HEADLINE_CHARS.min || text.length > HEADLINE_CHARS.max) return null;
  if (text.split(' ').filter((w) => /[\p{L}\d]/u.test(w)).length < HEADLINE_MIN_WORDS) return null;
  return text;
}

function segments(pathname: string): string[] {
  return pathname.split('/').filter((s) => s.length > 0);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `www.mfa.am` and `mfa.am` are one site. */
function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\d*\./, '');
}

function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}
