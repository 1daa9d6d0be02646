// Finding quotations: which marks open and close a quoted span, across the many ways articles write them.
import type { Article, Span } from '../model.js';

export interface Quotation extends Span {
  /** Index of the opening mark (the quoted words start right after it). */
  readonly open: number;
  /** Index of the closing mark, or -1 when the paragraph ended with the quote still open. */
  readonly close: number;
  readonly paragraph: number;
  /** True when this quotation carries on the previous paragraph's unclosed quotation. */
  readonly continues: boolean;
}

const OPENERS = new Set(['“', '«', '‘', '"', '„', '‹', "'"]);
const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"', '„': '“', '‹': '›', "'": "'" };
const LETTER = /[\p{L}\p{N}]/u;
const MARKS = /[“”«»‘’"„‹›']/g;

/**
 * Scans each paragraph once. Rules, in order:
 * - ’ between letters (Azerbaijan’s, don’t) is an apostrophe, never a mark;
 * - a straight " opens when it starts a word and closes when it ends one;
 * - a double quotation may close with a mismatched mark (“…’), as sloppy copy does;
 * - ‘…’ inside “…” is a nested quotation and does not end the outer one, and so is “…” opened after a space;
 * - a quotation still open at the end of a paragraph runs to the paragraph's end, and the next
 *   paragraph's quotation continues it when that paragraph opens with a mark (newspaper style).
 */
export function findQuotations(article: Pick<Article, 'text' | 'paragraphs'>): Quotation[] {
  const { text } = article;
  const found: Quotation[] = [];
  let previousUnclosed = false;
  const turns = transcriptTurns(article);
  article.paragraphs.forEach((para, p) => {
    const turn = turns?.get(p);
    if (turn !== undefined) {
      // a turn of an interview transcript: its words are one quotation, marks inside it nested
      found.push({ open: turn - 1, close: para.end, start: turn, end: para.end, paragraph: p, continues: false });
      previousUnclosed = false;
      return;
    }
    let open = -1;
    let opener = '';
    let nested = false;
    // “…“…”…”: a double quotation inside a double quotation, opened after a space
    let nestedDouble = false;
    let nestedAt = -1;
    // (a nested “ after which the outer quotation never closes was a sloppy new opening: read again without it)
    let flat: Set<number> | undefined;
    let unclosedAtEnd = false;
    // A straight ' that never closes in its paragraph was no mark ("Tupouto'a 'Ulukalala, who chaired the
    // meeting, told reporters"): the scan goes back to it and reads on with it as an apostrophe.
    let notOpeners: Set<number> | undefined;
    // Only quotation marks and apostrophes can change the state: jump from one to the next.
    MARKS.lastIndex = para.start;
    for (let mark = MARKS.exec(text); ; mark = MARKS.exec(text)) {
      if (!mark || mark.index >= para.end) {
        if (open >= 0 && nestedAt >= 0 && !flat?.has(nestedAt)) {
          (flat ??= new Set()).add(nestedAt);
          MARKS.lastIndex = open + 1;
          nestedDouble = false;
          nestedAt = -1;
          continue;
        }
        if (open < 0 || opener !== "'") break;
        (notOpeners ??= new Set()).add(open);
        MARKS.lastIndex = open + 1;
        open = -1;
        continue;
      }
      const i = mark.index;
      const ch = text[i]!;
      const before = i > para.start ? text[i - 1]! : ' ';
      const after = i + 1 < para.end ? text[i + 1]! : ' ';
      if (open < 0) {
        if (!OPENERS.has(ch) || notOpeners?.has(i)) continue;
        if (ch === '‘' && LETTER.test(before)) continue; // a reversed apostrophe inside a word
        // a straight ' opens only before a letter, after a space or an opening bracket or dash (never "EU's", "'90s")
        if (ch === "'" && (!/[\s([—–-]/.test(before) || !/\p{L}/u.test(after))) continue;
        if (ch === '"' && (LETTER.test(before) || /\s/.test(after))) continue;
        if (/\s/.test(after) && ch !== '«') continue; // a mark followed by a space opens nothing
        open = i;
        opener = ch;
        nested = false;
        nestedDouble = false;
        nestedAt = -1;
        continue;
      }
      // inside a quotation
      if (opener === '“' && ch === '“' && !nestedDouble && !flat?.has(i) && /\s/.test(before) && /[\p{L}\p{N}]/u.test(after)) {
        nestedDouble = true;
        nestedAt = i;
        continue;
      }
      if (nestedDouble && ch === '”') {
        nestedDouble = false;
        continue;
      }
      if (
        opener !== '‘' &&
        opener !== "'" &&
        (ch === '‘' || (ch === "'" && /\s/.test(before) && /\p{L}/u.test(after))) &&
        !LETTER.test(before)
      ) {
        nested = true;
        continue;
      }
      if ((ch === '’' || ch === "'") && LETTER.test(before) && LETTER.test(after)) continue; // apostrophe
      if (nested && (ch === '’' || ch === "'")) {
        nested = false;
        continue;
      }
      if (isCloser(ch, opener, before, after)) {
        if (i > open + 1) found.push(make(open, i, p, previousUnclosed && found.length > 0 && isFirstIn(text, para, open)));
        previousUnclosed = false;
        open = -1;
      }
    }
    if (open >= 0 && para.end > open + 1) {
      found.push(make(open, -1, p, previousUnclosed && isFirstIn(text, para, open), para.end));
      unclosedAtEnd = true;
    }
    previousUnclosed = unclosedAtEnd;
  });
  return found;

  function make(open: number, close: number, paragraph: number, continues: boolean, paraEnd = 0): Quotation {
    const end = close >= 0 ? close : paraEnd;
    return { open, close, start: open + 1, end, paragraph, continues };
  }
}

// "Ararat Mirzoyan: The text is agreed …", "Question: When …?": a speaker's label opening a paragraph
const TURN_LABEL = /^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,5}):[ \t]+(?=[\p{Lu}“"«‘])/u;
const NOT_A_SPEAKER =
  /^(?:Photo|Photos|Source|Sources|Read|Read also|Read more|See also|Also read|Note|Related|Update|Updated|Editor|Video|Tags|Reporting|Comment|Comments|Share|Follow|Image|Credit|Subscribe|Contact|Disclaimer|Advertisement|Title|Subject|Topic|Date|Time|Place|Location|Venue|Agenda)$/i;

/**
 * An interview transcript: paragraphs that open with a speaker's label and a colon ("Question: …", "Rubinyan: …"),
 * at least three of them, with at least two labels. Paragraph index → where the turn's words start.
 */
function transcriptTurns(article: Pick<Article, 'text' | 'paragraphs'>): Map<number, number> | undefined {
  let turns: Map<number, number> | undefined;
  const labels = new Set<string>();
  // (a quick look first: most paragraphs hold no colon near their start; the next colon of the text is found once
  // for all the paragraphs before it)
  let colon = -1;
  article.paragraphs.forEach((para, p) => {
    if (colon < para.start) {
      colon = article.text.indexOf(':', para.start);
      if (colon < 0) colon = article.text.length;
    }
    if (colon - para.start > 60 || colon >= para.end) return;
    const m = TURN_LABEL.exec(article.text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m || NOT_A_SPEAKER.test(m[1]!) || /^\p{Lu}{3,}$/u.test(m[1]!)) return;
    labels.add(m[1]!);
    (turns ??= new Map()).set(p, para.start + m[0].length);
  });
  return turns && turns.size >= 3 && labels.size >= 2 ? turns : undefined;
}

function isCloser(ch: string, opener: string, before: string, after: string): boolean {
  // a straight ' closes after a word or its punctuation, before no letter; "ministers' meeting" is a plural possessive
  if (opener === "'")
    return (
      ch === "'" &&
      !LETTER.test(after) &&
      /[\p{L}\p{N}.,!?;:)]/u.test(before) &&
      !(before === 's' && /\s/.test(after) && /^\s*$/.test(after))
    );
  if (ch === "'") return false;
  if (ch === CLOSER_OF[opener]) {
    // a ’ that closes ‘…’ must not be an apostrophe (checked by the caller) nor start a word
    if (opener === '"') return !/\s/.test(before);
    return true;
  }
  if (opener === '‘') return false;
  // tolerated mismatches for double quotations: ”, ", “ after a word or its punctuation and before no word
  // ("… out-of-tolerance,“ said the President"), and a closing ’ that is not an apostrophe
  if (ch === '”' || ch === '»') return true;
  if (ch === '“') return !/\s/.test(before) && !LETTER.test(after);
  if (ch === '"') return !/\s/.test(before);
  if (ch === '’') return !LETTER.test(after) && /[\p{L}\p{N}.,!?;:)]/u.test(before) && !/s/i.test(before);
  return false;
}

function isFirstIn(text: string, para: Span, open: number): boolean {
  return text.slice(para.start, open).trim() === '';
}

/**
 * The article text with every quotation's words replaced by a filler letter of the same length,
 * so that patterns run over narration only and every offset still points into the real text.
 */
export function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  if (quotations.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of quotations) {
    parts.push(text.slice(at, q.start), '∎'.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
