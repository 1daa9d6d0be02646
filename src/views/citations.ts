// Where a statement or contact comes from, as a reader can follow it: the outlet and the article's title,
// with its address when the article's metadata gives one (src/pipeline/articleMeta.ts), else a short title
// made from the article's first words. Never a file id: a reader can neither open nor judge one.
import type { Article, IsoDate } from '../model.js';
import { oneLine } from './text.js';

export interface Citation {
  /** The article it names (for ordering and grouping; renderers never show it). */
  readonly article: string;
  readonly date: IsoDate;
  /** "Armenpress"; null for an article without metadata (a hand-written folder). */
  readonly outlet: string | null;
  /** The headline from the metadata, else the article's first words ("Karen Donfried, US Assistant…"). One line, not escaped. */
  readonly title: string;
  /** An http(s) address to open; null when none is known. */
  readonly url: string | null;
}

/** A short title: the first words of an article, at a word, within this many characters. */
export const SHORT_TITLE_MAX = 72;

/** The first words of the article's body as a title, "…" where they were cut. */
export function shortTitle(article: Pick<Article, 'text' | 'paragraphs'>): string {
  const first = article.paragraphs[0];
  const words = first ? oneLine(article.text.slice(first.start, Math.min(first.end, first.start + SHORT_TITLE_MAX * 4))) : '';
  if (words.length <= SHORT_TITLE_MAX) return words || 'untitled article';
  const head = words.slice(0, SHORT_TITLE_MAX);
  const space = head.lastIndexOf(' ');
  return `${(space > SHORT_TITLE_MAX / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Every citation of an article: its own outlet first, then the reprints its metadata lists. `fallback`
 * (an article the index no longer has) keeps a citation readable without the article.
 */
export function citationsOf(article: Article | undefined, fallback: { readonly id: string; readonly date: IsoDate }): Citation[] {
  if (!article) return [{ article: fallback.id, date: fallback.date, outlet: null, title: `article ${fallback.id}`, url: null }];
  const own = article.source;
  const short = shortTitle(article);
  if (!own) return [{ article: article.id, date: article.date, outlet: null, title: short, url: null }];
  const title = oneLine(own.title ?? '') || short;
  const first: Citation = { article: article.id, date: article.date, outlet: oneLine(own.outlet), title, url: own.url };
  const others = (own.others ?? []).map((o): Citation => ({
    article: article.id,
    date: article.date,
    outlet: oneLine(o.outlet),
    title: oneLine(o.title ?? '') || title,
    url: o.url,
  }));
  return [first, ...others];
}

/** Several articles' citations as one list: earliest first, each outlet's article once. */
export function mergeCitations(lists: readonly (readonly Citation[])[]): Citation[] {
  const all = lists.flat();
  const seen = new Set<string>();
  const out: Citation[] = [];
  // A stable sort: for one date, the order the lists came in.
  for (const c of [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const key = c.outlet === null ? `article ${c.article}` : `${c.outlet}\n${c.url ?? c.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** How a citation is named in a list of several: its outlet, else its title. */
export function citationLabel(c: Citation): string {
  return c.outlet ?? c.title;
}

/** How many sources are named in a list before "and N more". */
export const NAMED_SOURCES = 2;

/** "Armenpress, News.am and 2 more" (for text renderers; Discord links each name). */
export function sourcesText(list: readonly Citation[], named = NAMED_SOURCES): string {
  const names = list.slice(0, named).map(citationLabel);
  const more = list.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${more} more`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}

/** As plain text (the terminal): "Armenpress: Mirzoyan met Donfried <https://…>"; the title alone without metadata. */
export function citationPlain(c: Citation): string {
  const named = c.outlet === null ? c.title : `${c.outlet}: ${c.title}`;
  return c.url ? `${named} <${c.url}>` : named;
}
