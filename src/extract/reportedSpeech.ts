// Reported speech: a sentence whose narration has a speech cue, given to the outermost voice
// ("…, the ministry said"), or to the voice a ministry relays ("X told Y …, the ministry said").
import type { Attribution, AttributionScene, Found } from './attributionScene.js';
import { ATTRIBUTING_VERBS, type Cue } from './cues.js';
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import { isPerson } from './people.js';
import { speakingBodyBefore } from './documentVoices.js';
import { resolveSubject } from './subjects.js';
import { speakerOfCue, statementOf, whoAfter } from './voices.js';

/** What may follow the verb of a closing "…, the ministry said": where, when and how, nothing said. */
const TRAILING_TAG_REST =
  /^\s*(?:(?:on|in|at|during|after|via|through|to|from|late|early|earlier|later|yesterday|today|last|this|also|again|separately)\b[^,;:∎“”"]{0,80})?[.!?]?\s*$/i;

const FRAME_BEFORE_COLON =
  /\b(?:said|says|added|adds|stated|states|noted|notes|stressed|continued|explained|declared|wrote|writes|told\s+(?:reporters|journalists|the\s+press))\s*:\s*$/;
const ASKED_CLAUSE = /^\s*(?:when\s+|after\s+being\s+|being\s+)?asked\s+(?:whether|if|about|how|why|what|when|who|to)\b[^,;:∎“”"]*,/i;

// ---- reported speech --------------------------------------------------------------------------

export function reportedIn(cx: AttributionScene, s: Sentence, quotes: readonly Quotation[], cues: readonly Cue[]): Attribution | null {
  if (cues.length === 0) return null;
  // ("On what he attributes the hostility to, Prime Minister X said:" and the quotation in the next paragraph: the
  // sentence frames it and tells nothing itself; "X said that … and added:" does)
  if (FRAME_BEFORE_COLON.test(cx.masked.slice(Math.max(s.start, s.end - 40), s.end)) && !/\bthat\b/i.test(cx.masked.slice(s.start, s.end)))
    return null;
  // Sentences that only frame a quotation ("“…,” said X." / "X said: “…”") are quotations, not reported speech.
  // ("Asked whether China had been discussed, X replied …": the question put to X is no one's statement)
  const first = cx.masked.charCodeAt(s.start) | 0x20;
  const asked =
    first === 0x61 || first === 0x77 || first === 0x62 ? ASKED_CLAUSE.exec(cx.masked.slice(s.start, Math.min(s.end, s.start + 200))) : null;
  const askedEnd = asked ? s.start + asked[0].length : s.start;
  const usable = cues.filter((c) => c.start >= askedEnd && !framesQuoteOnly(cx, s, c, quotes) && !welcomesAGuest(cx, s, c));
  if (usable.length === 0) return null;
  if (!hasNarrationWords(cx.masked, s.start, s.end, 3)) return null;
  // "What did X and Y talk about?": a question in narration tells no one's words
  if (/\?\s*$/.test(cx.masked.slice(Math.max(s.start, s.end - 4), s.end))) return null;
  // "…, Trend reports with reference to X": the source a reporter cites owns the sentence
  for (const citing of usable) {
    if (citing.kind !== 'citing') continue;
    const found = speakerOfCue(
      cx,
      s,
      citing,
      usable.filter((c) => c.start < citing.start),
    );
    if (found) return reported(cx, s, found);
  }
  // The outermost voice wins: a trailing "…, the ministry said." owns the whole sentence.
  const last = usable[usable.length - 1]!;
  if (
    last.kind === 'verb' &&
    ATTRIBUTING_VERBS.has(last.word) &&
    TRAILING_TAG_REST.test(cx.masked.slice(last.end, s.end)) &&
    /,\s*[^,]*$/.test(cx.masked.slice(s.start, last.start))
  ) {
    const subj = cx.reader.subjectBefore(last.start, s.start);
    const who = subj ? resolveSubject(cx, subj) : [];
    let tagStart = who[0] && subj!.start > s.start ? subj!.start : -1;
    let personsOnly = false;
    // "…, the Department of Foreign Affairs (DFA) said": a body the dictionary lacks owns it all the same
    if (!who[0]) {
      const org = speakingBodyBefore(cx, last.start, s.start);
      if (org) {
        who.push(org);
        tagStart = s.start + cx.masked.slice(s.start, last.start).lastIndexOf(',');
        // (a body the text names: what it says countries "discussed" is its own account, a person's words are relayed)
        personsOnly = true;
      }
    }
    if (tagStart >= 0) {
      // "X told Y that …, the ministry said": X's words, relayed by the ministry; an event it reports is its own
      const inner = usable.filter((c) => c.start < tagStart && c.kind !== 'according' && c.kind !== 'passive' && c.kind !== 'citing');
      for (const cue of inner) {
        const found = speakerOfCue(
          cx,
          s,
          cue,
          usable.filter((c) => c.start < cue.start),
        );
        // ("X and Y discussed …, the ministry said": what two parties discussed is the body's account, as with
        // "according to the statement" below)
        if (found?.speaker && found.others?.length) break;
        if (found?.speaker && found.speaker !== who[0] && (!personsOnly || isPerson(cx, found.speaker)))
          return reported(cx, s, { ...found, via: found.via ?? who[0] });
      }
      return reported(cx, s, { speaker: who[0]!, cue: last.word, cueAt: last, others: who.slice(1) });
    }
  }
  if (last.kind === 'verb' && ATTRIBUTING_VERBS.has(last.word)) {
    // "…, said the foreign ministry."
    const subj = cx.reader.subjectAfter(last.end, s.end);
    // (not "X, quoted by the media, said Tehran “was ready …”": there the subject after the verb is the content's)
    const restAfter = cx.masked.slice(subj?.mentions[0]!.end ?? s.end, s.end).trim();
    if (
      subj &&
      // ("…, and in turn, noted Azerbaijan's support for …": a possessive after the verb opens its object)
      !/^[’']s\b/.test(restAfter) &&
      // (the comma may close a quotation: "… resettle the talks “to another city,” said X")
      /,[”"’»]?\s*$/.test(cx.text.slice(Math.max(s.start, last.start - 4), last.start)) &&
      /^[^,;∎]*[.!?]?$/.test(restAfter || '.') &&
      restAfter.split(/\s+/).length <= 12 &&
      !appositiveSubject(cx, s, last)
    ) {
      const who = resolveSubject(cx, subj);
      if (who[0]) return reported(cx, s, { speaker: who[0], cue: last.word, cueAt: last });
    }
  }
  // "According to X, Y told …": the voice is Y's, relayed by X; X's own only when no one else speaks. An agentless
  // passive speaks last ("… was emphasized, according to a statement from the ministry" is the ministry's).
  const ordered =
    usable.length === 1
      ? usable
      : [
          ...usable.filter((c) => c.kind !== 'according' && c.kind !== 'passive'),
          ...usable.filter((c) => c.kind === 'according'),
          ...usable.filter((c) => c.kind === 'passive'),
        ];
  for (const cue of ordered) {
    const found = speakerOfCue(
      cx,
      s,
      cue,
      usable.filter((c) => c.start < cue.start),
    );
    if (!found) continue;
    // "Y briefed Z …, according to the ministry": Y's words, relayed by the source that closes the sentence
    const closing = found.via || cue.kind === 'according' ? undefined : trailingAccording(cx, s, cue, usable);
    const via = closing ? whoAfter(cx, closing, s) : undefined;
    // ("X and Y talked about …, according to the statement": what two parties discussed is the source's account)
    if (via && found.others?.length) return reported(cx, s, { speaker: via, cue: 'according to', cueAt: closing! });
    return reported(cx, s, via && via !== found.speaker ? { ...found, via } : found);
  }
  return null;
}

function trailingAccording(cx: AttributionScene, s: Sentence, cue: Cue, usable: readonly Cue[]): Cue | undefined {
  // (the comma may close a quotation: "He urged them to “…,” according to the ministry")
  return usable.find((c) => c.kind === 'according' && c.start > cue.end && /,[”"’»]?\s*$/.test(cx.text.slice(cue.end, c.start)));
}

export function framesQuoteOnly(cx: AttributionScene, s: Sentence, cue: Cue, quotes: readonly Quotation[]): boolean {
  if (quotes.length === 0) return false;
  const first = quotes[0]!;
  const lastQ = quotes[quotes.length - 1]!;
  const lastClose = lastQ.close >= 0 ? lastQ.close + 1 : lastQ.end;
  const narrationText = cx.masked.slice(s.start, s.end).replace(/∎+/g, '');
  // “…,” said X (in a statement on …).  /  “…,” X said on Saturday, “…”
  if (cx.masked.slice(s.start, first.open).trim() === '' && cue.start >= (first.close >= 0 ? first.close : first.end)) {
    const after = cx.masked.slice(cue.end, cue.end + 40);
    return (
      !/^\s+(?:\S+\s+){0,2}?that\b/.test(after) &&
      // ("X was quoted as saying by TASS" adds nothing: that "saying" is the frame's own)
      !/\b(?:adding|(?<!\bas\s)saying|noting|stressing|and (?:also )?(?:stressed|said|noted|added|called|warned))\b/.test(narrationText) &&
      // ("“…,” he said, calling on the other side to …": a participle tells more than who spoke)
      !(cue.kind === 'participle' && /,\s*$/.test(cx.masked.slice(Math.max(s.start, cue.start - 3), cue.start)))
    );
  }
  // X said: “…”  /  The ministry said in a readout: “…”  (but "Recalling that …, X said, “…”" tells more than who
  // spoke; "In his remarks, X said" and "Speaking to reporters, X said" do not)
  const leadClause = /^(?!Speaking|Addressing|Talking|Writing)\p{Lu}\p{Ll}+ing\b[^,∎“”"]{12,},\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,6}$/u.test(
    cx.masked.slice(s.start, cue.start),
  );
  // ("X called the ties a valuable capital and stated, “…”": a verb joined to a predicate before it tells more too)
  const joinedPredicate = /\s(?:and|but)\s+(?:also\s+)?$/.test(cx.masked.slice(Math.max(s.start, cue.start - 12), cue.start));
  if (cue.end <= first.open && cx.masked.slice(lastClose, s.end).trim().length <= 2 && !leadClause && !joinedPredicate) {
    const gap = cx.masked.slice(cue.end, first.open);
    return (
      !/\bthat\b/i.test(gap) && /^\s*(?:(?:on|in|to|at|during|after|before|via|through|with)\s+[^:,“”"∎]{0,60}?)?\s*[:,]?\s*$/i.test(gap)
    );
  }
  return false;
}

export function reported(cx: AttributionScene, s: Sentence, found: Found): Attribution {
  return statementOf(cx, s, 'reported', s, found);
}

/**
 * Whether `masked.slice(from, to)` holds at least `n` words of narration: runs of characters that
 * are neither white space (as \s) nor masked quotation (∎) nor quotation marks. Counted in place,
 * for what replacing the marks, trimming and splitting on /\s+/ said, without building the strings.
 */
export function hasNarrationWords(masked: string, from: number, to: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    if (isSpaceOrQuoting(masked.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= n) return true;
    }
  }
  return false;
}

function isSpaceOrQuoting(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x22;
  return (
    c === 0x220e ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** "X welcomed Y to Abu Dhabi": a reception, not words; "X welcomed the decision" is words. */
function welcomesAGuest(cx: AttributionScene, s: Sentence, cue: Cue): boolean {
  if (!/^welcom/i.test(cue.word)) return false;
  const object = cx.reader.subjectAfter(cue.end, s.end)?.mentions[0];
  return !!object?.actor && isPerson(cx, object.actor);
}

/**
 * "Hikmet Hajiyev, the presidential aide, said Baku wanted …": the comma before the verb closes an
 * appositive of the sentence's subject, not a statement a trailing "said X" owns; what follows the verb is
 * what was said. The same when the name is the appositive: "Lavrov's deputy, Mikhail Galuzin, said Moscow
 * was ready …".
 */
function appositiveSubject(cx: AttributionScene, s: Sentence, cue: Cue): boolean {
  const subject = cx.reader.subjectBefore(cue.start, s.start);
  const head = subject?.mentions[subject.mentions.length - 1];
  if (!subject || !head) return false;
  const opening = cx.masked.slice(s.start, subject.start);
  const between = cx.masked.slice(head.end, cue.start);
  if (/^[\s“"‘'«]*$/.test(opening)) return /^,\s*[^,;:∎“”"]{1,120},\s*$/.test(between);
  return /^[\s“"‘'«]*[^,;:∎“”"]{1,80},\s*$/.test(opening) && /^,\s*$/.test(between);
}
