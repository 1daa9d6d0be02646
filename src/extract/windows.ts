// A very long article read as consecutive windows of a bounded size, so that its extraction costs time
// in proportion to its length. Several rules look back over everything read so far (the last person
// who fits "he", an earlier spelling of a surname, the quotation a contact sits in): fine within a news
// article, quadratic over a 4 MB file (1 MB took 2.5 s, 4 MB 32 s). News articles are 2–50 kB, far
// below one window, so they are read whole exactly as before; only a file of many articles' length is
// cut, at paragraph breaks where it can, and a pronoun at the top of a window cannot reach back into
// the window before.
import type { Actor, ActorId, Article, ArticleExtraction, Contact, Mention, Span, Statement, StoredExtraction } from '../model.js';

/** Characters a window holds at most: above any real news article, small enough to stay cheap. */
export const WINDOW_CHARS = 32 * 1024;

/** A window: an article of its own over a slice of the text, `offset` characters into the original. */
export interface ArticleWindow {
  readonly article: Article;
  readonly offset: number;
}

/** Whether the article is read whole: its body is no longer than one window. */
export function fitsOneWindow(article: Article, maxChars = WINDOW_CHARS): boolean {
  const first = article.paragraphs[0];
  const last = article.paragraphs[article.paragraphs.length - 1];
  return !first || !last || last.end - first.start <= maxChars;
}

/** The article itself when it fits one window, else consecutive windows covering its paragraphs. */
export function articleWindows(article: Article, maxChars = WINDOW_CHARS): readonly ArticleWindow[] {
  if (fitsOneWindow(article, maxChars)) return [{ article, offset: 0 }];
  const { paragraphs, text } = article;
  const windows: ArticleWindow[] = [];
  let group: Span[] = [];
  const close = () => {
    if (!group.length) return;
    const offset = group[0]!.start;
    const end = group[group.length - 1]!.end;
    windows.push({
      offset,
      article: {
        ...article,
        text: text.slice(offset, end),
        paragraphs: group.map((p) => ({ start: p.start - offset, end: p.end - offset })),
      },
    });
    group = [];
  };
  for (const paragraph of paragraphs.flatMap((p) => splitLongParagraph(text, p, maxChars))) {
    if (group.length && paragraph.end - group[0]!.start > maxChars) close();
    group.push(paragraph);
  }
  close();
  return windows;
}

/**
 * A paragraph longer than a window (a file with no blank lines) in pieces: each ends after a sentence
 * when one ends in its second half, else at a space, else where the window is full.
 */
function splitLongParagraph(text: string, p: Span, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = p.start;
  while (p.end - start > maxChars) {
    const limit = start + maxChars;
    const cut = lastBreak(text, start + Math.floor(maxChars / 2), limit);
    pieces.push({ start, end: cut });
    start = cut;
    while (start < p.end && /\s/.test(text[start]!)) start++;
  }
  if (start < p.end) pieces.push({ start, end: p.end });
  return pieces;
}

/** The end of the last sentence between `from` and `limit`, else the last space, else `limit`. */
function lastBreak(text: string, from: number, limit: number): number {
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\t') continue;
    if (/[.!?]["”’)]?$/.test(text.slice(Math.max(from, i - 2), i))) return i;
    if (space < 0) space = i;
  }
  return space > 0 ? space : limit;
}

/**
 * One extraction from the windows' own, with every offset back in the whole text: with the mentions when
 * the windows were just extracted, without when they come from workers as stored (StoredExtraction).
 */
export function mergeWindowExtractions(
  article: Article,
  parts: readonly { readonly offset: number; readonly extraction: ArticleExtraction }[],
): ArticleExtraction;
export function mergeWindowExtractions(
  article: Article,
  parts: readonly { readonly offset: number; readonly extraction: StoredExtraction }[],
): StoredExtraction;
export function mergeWindowExtractions(
  article: Article,
  parts: readonly { readonly offset: number; readonly extraction: StoredExtraction & { readonly mentions?: readonly Mention[] } }[],
): StoredExtraction & { readonly mentions?: readonly Mention[] } {
  if (parts.length === 1 && parts[0]!.offset === 0) return parts[0]!.extraction;
  const actors: ActorId[] = [];
  const seenActors = new Set<ActorId>();
  const discovered = new Map<ActorId, Actor>();
  const mentions: Mention[] = [];
  const statements: Statement[] = [];
  const contacts: Contact[] = [];
  for (const { offset, extraction } of parts) {
    const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
    for (const id of extraction.actors) {
      if (seenActors.has(id)) continue;
      seenActors.add(id);
      actors.push(id);
    }
    for (const a of extraction.discovered) if (!discovered.has(a.id)) discovered.set(a.id, a);
    for (const m of extraction.mentions ?? []) mentions.push(shift(m));
    // Statement ids number the article's statements in order, whichever window found them.
    for (const s of extraction.statements) statements.push({ ...shift(s), id: `${article.id}#${statements.length + 1}` });
    for (const c of extraction.contacts) contacts.push(shift(c));
  }
  const merged = { article: article.id, actors, discovered: [...discovered.values()], statements, contacts };
  return parts.every((p) => p.extraction.mentions) ? { ...merged, mentions } : merged;
}
