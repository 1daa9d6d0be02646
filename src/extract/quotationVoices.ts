// Whose words a quotation holds: a trailing tag, the cue whose clause holds it, or the voice beside it (a
// colon frame, the subject right before it, a statement ending the paragraph before, the quotation it goes on).
import type { Attribution, AttributionScene, Found } from './attributionScene.js';
import { ATTRIBUTING_VERBS, type Cue } from './cues.js';
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import { bodySpokenLast } from './organisations.js';
import { isPerson } from './people.js';
import { issuerAfter, speakingBodyBefore } from './documentVoices.js';
import { resolveSubject } from './subjects.js';
import { speakerOfCue, statementOf, whoAfter } from './voices.js';

const SENTENCE_END_PUNCT = /[.!?]/;
const TITLE_DOTS = /\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Amb|Adm|Sgt|Hon|Jr|Sr)\./g;
const BODY_AT_END =
  /\b(?:ministry|office|government|agency|embassy|department|service|council|commission|presidency|administration|cabinet|mission|delegation|secretariat|committee|authorities)\s*$/i;
/** What a sentence after a quotation standing alone says of it (see attribution.ts). */
export const WORDS_OF = /^\s*(?:(?:these|those|such)\s+(?:were|are)\s+the\s+words\s+of|so\s+said)\s+/i;
export const WITH_THESE_WORDS = /^\s*(?:(?:with|in)\s+(?:these|those|such)\s+words\b|(?:this|that)\s+(?:was|is)\s+(?:how|what)\b)/i;
export const REMARKS_MADE =
  /^[^,;:∎]{0,120}?\b(?:(?:made|delivered|gave)\s+(?:the|these|those|his|her|such)\s+(?:remarks|comments|statement)|was\s+speaking|(?:said|stated|wrote|declared)\s+(?:this|so)\b)/i;

const NAME_ONLY = /^[\s,—–-]*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}\s*$/u;
const POSSESSED_ROLE = /^[\s,—–-]*(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*$/u;
const GROUP_AT_END =
  /\b(?:two|both|three|four|all|the)\s+(?:\p{L}+\s+)?(?:ministers|leaders|presidents|premiers|sides|parties|officials|diplomats|countries|governments|delegations|co-chairs|mediators|heads)\s*$/iu;
/** Speech cues that tell an attitude rather than words: under a said-clause they never govern a quotation. */
const ATTITUDE_VERBS = new Set([
  'regret',
  'regrets',
  'regretted',
  'welcomed',
  'welcomes',
  'assessed',
  'assesses',
  'encouraged',
  'encourages',
  'instructed',
  'instructs',
  'commended',
  'commends',
  'hail',
  'praised',
  'praises',
]);

// ---- quotations -------------------------------------------------------------------------------

/** `null`: no voice yet (maybe later); `undefined`: no voice, and none to be looked for. */
export function attributeQuote(cx: AttributionScene, s: Sentence, q: Quotation, cues: readonly Cue[]): Attribution | null | undefined {
  const words = cx.text.slice(q.start, q.end);
  const wordCount = words.trim().split(/\s+/).length;
  const opensSentence = cx.masked.slice(s.start, q.open).trim() === '';
  const fragment = wordCount <= 4 && !SENTENCE_END_PUNCT.test(words) && !opensSentence;
  // Names of things ("the “Eastern Partnership” format") and scare quotes never speak.
  // ("the “Crossroads of Peace” project": short words between the capitalised ones)
  if (
    fragment &&
    /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|for|in|on|to|a|an|de|du|la))*$/u.test(words.trim()) &&
    /\p{Lu}[\p{L}’'-]*$/u.test(words.trim())
  )
    return undefined;
  if (/\bso-called\s*$/i.test(cx.masked.slice(Math.max(s.start, q.open - 12), q.open))) return undefined;
  // ("“Georgian Dream” has accused …", the “One Belt, One Way” initiative, a medal “75 Years of Victory in the Great
  // Patriotic War”: a name in Title Case, with no punctuation of speech at its end, wherever it stands)
  if (wordCount <= 12 && isTitleCaseName(words.trim())) return undefined;

  const closeAt = q.close >= 0 ? q.close + 1 : q.end;
  const before = cues.filter((c) => c.end <= q.open);
  const after = cues.filter((c) => c.start >= closeAt);
  let found: Found | null = null;
  if (opensSentence || fragment === false) found = trailing(cx, s, q, closeAt, after);
  // ("He urged the sides to “…,” according to the State Department": the cue before holds the quotation, the source
  // closing the sentence relays it)
  if (found?.cue === 'according to' && !opensSentence && found.speaker) {
    const held = governing(cx, s, before);
    if (held?.speaker && held.speaker !== found.speaker) found = { ...held, via: found.speaker };
  }
  if (!found) found = governing(cx, s, before);
  if (!found && !opensSentence) found = trailing(cx, s, q, closeAt, after);
  // a short phrase in quotation marks with no one saying it: a scare quote, unless the voice that closes its
  // sentence owns it ("… the “need for mutual respect” in fostering relations, the ministry said"; see attribution.ts)
  if (!found && fragment) return null;
  // "«Armenia is committed to peace» — Mirzoyan.": a name after a dash closing the sentence signs the quotation
  if (!found) found = signedByDash(cx, s, closeAt);
  // "“…,” said one European diplomat": a voice is given, but not a name; it is no one's we know
  if (!found && after[0] && ATTRIBUTING_VERBS.has(after[0].word) && /^[\s,—–-]*$/.test(cx.masked.slice(closeAt, after[0].start)))
    return undefined;
  // "“…,” the ministry said" with a ministry no one can name: the quotation has its own voice, so none is taken from
  // a statement before it (only one the same paragraph carries on)
  const tag =
    !found &&
    opensSentence &&
    after[0]?.kind === 'verb' &&
    ATTRIBUTING_VERBS.has(after[0].word) &&
    /^[\s,—–-]*(?:the|a|an|one|his|her|its|their|both|all)?\s*[\p{L}’' -]{1,60}$/u.test(cx.masked.slice(closeAt, after[0].start))
      ? cx.masked.slice(closeAt, after[0].start)
      : '';
  // (a body, where the voice before was a person's: "the minister said" may well be the minister who just spoke)
  const ownTag = tag !== '' && BODY_AT_END.test(tag);
  if (!found) found = adjacent(cx, s, q);
  if (
    ownTag &&
    found?.speaker &&
    isPerson(cx, found.speaker) &&
    !(found.cue === 'continued quotation' && cx.lastQuote?.paragraph === q.paragraph)
  )
    return undefined;
  // "“…,” the two ministers said in a joint statement": a group's words, not the last voice's alone; "“…,” Dlamini-Zuma
  // said" with a name no one resolved: someone else's, not the voice before
  // ("“…,” Kalin's deputy told reporters": someone of X's, unnamed)
  if (tag !== '' && found && (GROUP_AT_END.test(tag) || NAME_ONLY.test(tag) || POSSESSED_ROLE.test(tag))) return undefined;
  if (!found) return null;
  // "It is emphasized that the “blockade” …": a short phrase in marks with no one's voice is a scare quote
  if (found.speaker === null && fragment) return undefined;
  return statementOf(cx, s, 'quote', q, found);
}

/** "“…,” said X" · "“…,” X, the spokesman, said" · "“…,” according to X". */
export function trailing(cx: AttributionScene, s: Sentence, q: Quotation, closeAt: number, after: readonly Cue[]): Found | null {
  const next = quotationsAfter(cx, q, s);
  const limit = next ? next.open : s.end;
  const first = after.find((c) => c.start < limit);
  if (!first) return null;
  // "“…,” Azerbaijani media reported, citing the press service": the cited source's words
  const citing = after.find((c) => c.kind === 'citing' && c.start < limit);
  if (citing && citing.start - closeAt <= 100 && !/[.!?;]/.test(cx.masked.slice(closeAt, citing.start))) {
    const found = speakerOfCue(cx, s, citing, []);
    if (found) return found;
  }
  const between = cx.masked.slice(closeAt, first.start);
  if (first.kind === 'according' && /^[\s,—–-]*$/.test(between)) {
    const who = whoAfter(cx, first, { ...s, end: limit });
    return who ? { speaker: who, cue: 'according to', cueAt: first } : null;
  }
  // "“…,” the agency quoted X as saying": X's words
  if (first.kind === 'cited') return speakerOfCue(cx, s, first, []);
  if (first.kind !== 'verb' || !ATTRIBUTING_VERBS.has(first.word)) return null;
  if (/^[\s,—–-]*$/.test(between)) {
    const subj = cx.reader.subjectAfter(first.end, limit);
    // ("“…,” read a statement released by the Armenian Foreign Ministry": the document's issuer)
    const who = (subj ? resolveSubject(cx, subj)[0] : undefined) ?? issuerAfter(cx, first.end, limit);
    return who ? { speaker: who, cue: first.word, cueAt: first } : null;
  }
  // subject between the quotation and the verb, with nothing but its appositive
  // (initials and titles keep their full stops: "“…,” Mr. Tanaka said", "“…,” U.S. envoy X said")
  if (between.length > 160 || /[.!?;]/.test(between.replace(TITLE_DOTS, ''))) return null;
  const subj = cx.reader.subjectBefore(first.start, closeAt);
  const who = subj ? resolveSubject(cx, subj) : [];
  // "“…,” the DFA said": a body the dictionary lacks, by the initials the article spelled out
  // (right after the quotation only: "X thanked Y for his “warm welcome” and …, the administration said" is X's)
  if (!who[0] && /^[\s,—–-]*[^,]{0,80}$/.test(between)) {
    const org = speakingBodyBefore(cx, first.start, closeAt);
    if (org) who.push(org);
  }
  // "“…”, it said in a statement": the body that spoke last
  if (!who[0] && /^[\s,—–-]*it\s+(?:also\s+)?$/i.test(between)) {
    const body = bodySpokenLast(cx, first.start);
    if (body) who.push(body);
  }
  return who[0] ? { speaker: who[0], cue: first.word, cueAt: first } : null;
}

function signedByDash(cx: AttributionScene, s: Sentence, closeAt: number): Found | null {
  const dash = /^\s*,?\s*[—–-]{1,2}\s*/.exec(cx.masked.slice(closeAt, Math.min(s.end, closeAt + 6)));
  if (!dash) return null;
  const subj = cx.reader.subjectAfter(closeAt + dash[0].length, s.end);
  const last = subj?.mentions[subj.mentions.length - 1];
  if (!subj || !last || !/^[\s.,;!?]*$/.test(cx.masked.slice(last.end, s.end))) return null;
  const who = resolveSubject(cx, subj);
  return who.length === 1 ? { speaker: who[0]!, cue: 'signed' } : null;
}

/** The cue whose clause holds the quotation: "X said: “…”", "X told Y that “…”", "…, calling them “…”". */
export function governing(cx: AttributionScene, s: Sentence, before: readonly Cue[]): Found | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const cue = before[i]!;
    // "Miller said Washington regretted the decision and remained ready “…”": an attitude verb inside a
    // said-clause reports no words of its own; the clause's speaker owns the quotation
    if (ATTITUDE_VERBS.has(cue.word) && before.slice(0, i).some((c) => c.kind === 'verb' && ATTRIBUTING_VERBS.has(c.word))) continue;
    const found = speakerOfCue(cx, s, cue, before.slice(0, i));
    if (found) return found;
  }
  return null;
}

/** Whether sentence `k` starts with a quotation mark (the quotation a colon frame announces). */
export function opensWithQuotation(cx: AttributionScene, k: number): boolean {
  const next = cx.sentences[k];
  if (!next) return false;
  const first = cx.quotesBySentence.get(k)?.[0];
  return !!first && cx.masked.slice(next.start, first.open).trim() === '';
}

/** A quotation with no cue of its own goes on the voice of the quotation next to it. */
export function adjacent(cx: AttributionScene, s: Sentence, q: Quotation): Found | null {
  const lead = cx.masked.slice(s.start, q.open);
  if (cx.frame && cx.frame.sentence === s.index - 1 && lead.trim() === '')
    return { speaker: cx.frame.speaker, cue: 'quotation after its cx.frame' };
  // "Pashinyan supported him: “…”", "According to the release, Macron “condemned …”": the person the
  // clause before the quotation is about, when the quotation follows a colon or its subject directly
  if (/:\s*$/.test(lead) || /[\p{L}.]\s*$/u.test(lead)) {
    const main = cx.reader.mainSubject(s, q.open);
    const who = main ? resolveSubject(cx, main) : [];
    const adjoins = main && main.mentions.length === 1 && /^\s*$/.test(cx.masked.slice(main.mentions[0]!.end, q.open));
    if (who.length === 1 && isPerson(cx, who[0]!) && (/:\s*$/.test(lead) || adjoins))
      return { speaker: who[0]!, cue: 'quotation after its speaker' };
  }
  // a quotation opening a paragraph, after a paragraph whose last sentence is a person's statement
  // ("… , Lavrov said at the meeting. ¶ “It is a good opportunity …”")
  if (
    lead.trim() === '' &&
    cx.previous?.spoke &&
    cx.previous.sentence.index === s.index - 1 &&
    s.start === paragraphStartOf(cx, s) &&
    (!cx.lastQuote || cx.lastQuote.end < cx.previous.sentence.start)
  ) {
    return { speaker: cx.previous.spoke, cue: 'quotation after its speaker' };
  }
  // "X was asked whether … . “…”": the person the previous sentence is about, when it spoke or was asked
  const opensSentence = cx.masked.slice(s.start, q.open).trim() === '';
  // (unless the sentence after names the quotation's speaker: "“…” Sargsian said this at …")
  if (opensSentence && namedAfter(cx, s)) return null;
  if (
    opensSentence &&
    cx.previous &&
    cx.previous.subject &&
    ((cx.previous.asked && cx.previous.sentence.paragraph === s.paragraph) ||
      // (or a speech the paragraph before told, when the quotation opens this one: "X addressed the summit. ¶ “…”")
      (cx.previous.addressed &&
        cx.previous.sentence.index === s.index - 1 &&
        s.start === paragraphStartOf(cx, s) &&
        isPerson(cx, cx.previous.subject))) &&
    (!cx.lastQuote || cx.lastQuote.end < cx.previous.sentence.start)
  ) {
    return { speaker: cx.previous.subject, cue: 'quotation after its speaker' };
  }
  if (!cx.lastQuote) return null;
  const sameParagraph = cx.lastQuote.paragraph === q.paragraph;
  const carriedOn =
    q.continues ||
    (cx.lastQuote.paragraph === q.paragraph - 1 && cx.masked.slice(s.start, q.open).trim() === '' && s.start === paragraphStartOf(cx, s));
  if (!sameParagraph && !carriedOn) return null;
  return { speaker: cx.lastQuote.speaker, cue: 'continued quotation' };
}

/** Whether the sentence after `s` opens by naming the speaker of the quotation before it ("Those were the words of X"). */
function namedAfter(cx: AttributionScene, s: Sentence): boolean {
  const next = cx.sentences[s.index + 1];
  if (!next) return false;
  const lead = cx.masked.slice(next.start, Math.min(next.end, next.start + 160));
  return WORDS_OF.test(lead) || WITH_THESE_WORDS.test(lead) || REMARKS_MADE.test(lead);
}

export function quotationsAfter(cx: AttributionScene, q: Quotation, s: Sentence): Quotation | undefined {
  return cx.quotesBySentence.get(s.index)?.find((x) => x.open > q.open);
}

export function paragraphStartOf(cx: AttributionScene, s: Sentence): number {
  let k = s.index;
  while (k > 0 && cx.sentences[k - 1]!.paragraph === s.paragraph) k--;
  return cx.sentences[k]!.start;
}

const NAME_FUNCTION_WORDS = /^(?:of|the|and|for|in|on|to|a|an|de|du|la|years?)$/;

/** A name in Title Case ("Georgian Dream", "One Belt, One Way"): two or more capitalised words, nothing said. */
function isTitleCaseName(text: string): boolean {
  if (/[.!?;:…,]$/.test(text)) return false;
  const content = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !NAME_FUNCTION_WORDS.test(w));
  return content.length >= 2 && content.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
