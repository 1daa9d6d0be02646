// Sentence boundaries over the body, never inside a quotation: a quotation that runs past a full stop
// belongs to the sentence it opened in (the span of a reported statement runs to its end).
import type { Article, Span } from '../model.js';
import type { Quotation } from './quotations.js';

export interface Sentence extends Span {
  readonly paragraph: number;
  readonly index: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen lt col sgt gov sen rep prof amb adm capt maj jr sr messrs no nos vs jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig pp rev hon'.split(
    ' ',
  ),
);
// After an acronym such as "U.S.", these words start a new sentence; any other capitalised word goes on it.
const SENTENCE_OPENERS = new Set(
  'The He She It They We I In On At But However Meanwhile This That These Those A An According During After Before Earlier Later Also Both Yet Still Then There Its His Her Their Our'.split(
    ' ',
  ),
);

const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,30}(?:,\s*[\p{L}.]+\s*\d{0,2})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+/u;

const CANDIDATES = /[.!?”’"»›]/g;
const TAG_AFTER =
  /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|replied|exclaimed|wondered|insisted|stressed|noted|declared|quipped)\b/u;

export function splitSentences(article: Pick<Article, 'text' | 'paragraphs'>, quotations: readonly Quotation[]): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [];
  let q = 0;
  article.paragraphs.forEach((para, p) => {
    // "YEREVAN — …", "BAKU, March 3 (Reuters) - …": a dateline is no part of the first sentence
    const dateline = DATELINE.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    let start = para.start + (dateline ? dateline[0].length : 0);
    // Only full stops and closing marks can end a sentence: jump from one to the next.
    CANDIDATES.lastIndex = para.start;
    for (let found = CANDIDATES.exec(text); found && found.index < para.end; found = CANDIDATES.exec(text)) {
      const i = found.index;
      while (q < quotations.length && regionEnd(quotations[q]!) < i) q++;
      const quote = quotations[q];
      let ch = text[i]!;
      if (quote && i >= quote.open && i < regionEnd(quote)) continue;
      // a quotation that ends its sentence inside the marks: “… we will.” The next sentence …
      if (quote && i === quote.close && /[.!?]/.test(text[i - 1] ?? '')) ch = text[i - 1]!;
      else if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let end = i + 1;
      while (end < para.end && /[”’"»)\]]/.test(text[end]!)) end++;
      let next = end;
      while (next < para.end && /\s/.test(text[next]!)) next++;
      if (next === end || next >= para.end) continue; // no space after, or paragraph end (handled below)
      // (a straight ' opens a sentence only where it opens a quotation: "… the plan. 'It is too late,' said X")
      if (!/[\p{Lu}\p{N}“‘"«(]/u.test(text[next]!) && !(text[next] === "'" && quotations[q]?.open === next)) continue;
      if (ch === '.' && text[i] === '.' && !endsSentence(text, para.start, i, next)) continue;
      // "“Why now?” Mammadli asked.": a question or exclamation in marks, then its speaker's tag, is one sentence
      if (ch !== '.' && i === quote?.close && TAG_AFTER.test(text.slice(next, Math.min(para.end, next + 60)))) continue;
      sentences.push({ start, end, paragraph: p, index: sentences.length });
      start = next;
      CANDIDATES.lastIndex = next;
    }
    if (para.end > start) sentences.push({ start, end: para.end, paragraph: p, index: sentences.length });
  });
  return sentences;
}

function regionEnd(q: Quotation): number {
  return q.close >= 0 ? q.close : q.end;
}

function endsSentence(text: string, paraStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > paraStart && isLetterOrDot(text, w - 1)) w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "A. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // an acronym with dots ("U.S."): a sentence ends only when a sentence-opening word follows
    const following = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    return SENTENCE_OPENERS.has(following);
  }
  return true;
}

const LETTER_OR_DOT = /[\p{L}.]/u;

/** As LETTER_OR_DOT tests the code unit at `i` (ASCII answered without the expression). */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(text[i]!);
}
