// Who said what. Quotations first, through sieves ordered from the most to the least reliable;
// then reported speech, sentence by sentence. Both read narration only (quotation words masked),
// so a name inside someone's words is never taken for the speaker.
import type { Actor, ActorId, IsoDate, Span } from '../model.js';
import type { ActorLexicon } from './actorLexicon.js';
import { ClauseReader, type Subject } from './clauses.js';
import type { ResolvedMention } from './coreference.js';
import { ADDRESSEE_VERBS } from './lexicon.js';
import { ATTRIBUTING_VERBS, findCues, type Cue } from './cues.js';
import { findDate } from './dates.js';
import { discoveredId } from './mentions.js';
import { roleOn } from './dictionary.js';
import { COUNTRY_NAMES, ORG_WORDS } from './lexicon.js';
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';

export interface Attribution extends Span {
  readonly kind: 'quote' | 'reported';
  /** `null` for agentless readout sentences ("It was noted that …"): kept, but given to nobody. */
  readonly speaker: ActorId | null;
  readonly coSpeakers: readonly ActorId[];
  readonly cue: string;
  readonly addressee?: ActorId;
  readonly via?: ActorId;
  readonly date: IsoDate | null;
}

export interface AttributionInput {
  readonly text: string;
  readonly masked: string;
  readonly date: IsoDate;
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
  /** All mentions, in order. */
  readonly mentions: readonly ResolvedMention[];
  readonly lexicon: ActorLexicon;
  readonly actorOf: (id: ActorId) => Actor | undefined;
  /** Registers an organisation found only in speaker position ("the Armenian Defense Ministry said"). */
  readonly discover: (actor: Actor) => void;
}

const ORG_TAIL = new RegExp(
  `((?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){1,4}(?:${[...ORG_WORDS].map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+(?:and\\s+)?[\\p{Lu}][\\p{L}-]*)+)?)$`,
  'u',
);
const COUNTRY_TAIL = new RegExp(
  `\\b(${Object.keys(COUNTRY_NAMES)
    .map((c) => c.replace(/\./g, '\\.'))
    .join('|')})$`,
);
const SENTENCE_END_PUNCT = /[.!?]/;
/** What may follow the verb of a closing "…, the ministry said": where, when and how, nothing said. */
const TRAILING_TAG_REST =
  /^\s*(?:(?:on|in|at|during|after|via|through|to|from|late|early|earlier|later|yesterday|today|last|this|also|again|separately)\b[^,;:∎“”"]{0,80})?[.!?]?\s*$/i;

export function attribute(input: AttributionInput): Attribution[] {
  const { text, masked, sentences, quotations, lexicon, actorOf } = input;
  const narration = input.mentions.filter((m) => !m.inQuote);
  // "the statement by the OSCE Minsk Group Co-Chairs", "the readout of the Armenian government": who issued
  // each document the narration names with its issuer; a later "the statement" without one is the last of them
  const issuers: { at: number; actor: ActorId }[] = [];
  for (let i = 0; i < narration.length; i++) {
    const m = narration[i]!;
    if (m.kind !== 'document') continue;
    const next = narration[i + 1];
    if (next?.actor && /^\s+(?:issued\s+)?(?:by|of|from)\s+(?:the\s+)?$/i.test(masked.slice(m.end, next.titleStart ?? next.start)))
      issuers.push({ at: m.start, actor: next.actor });
  }
  const reader = new ClauseReader(masked, narration);
  const results: Attribution[] = [];

  // What the article has said so far, for pronouns, documents and agentless passives.
  // People the article spoke of, most recent first: "he"/"she" is the first whose gender fits.
  const recentPeople: ActorId[] = [];
  let lastSpeaker: ActorId | null = null;
  let lastQuote: { speaker: ActorId | null; paragraph: number; end: number } | null = null;

  const quotesBySentence = new Map<number, Quotation[]>();
  let qi = 0;
  for (const s of sentences) {
    const list: Quotation[] = [];
    while (qi < quotations.length && quotations[qi]!.open < s.end) {
      if (quotations[qi]!.open >= s.start) list.push(quotations[qi]!);
      qi++;
    }
    quotesBySentence.set(s.index, list);
  }

  // Quotations left without a voice, for a second look once the whole article is read.
  const pending: Quotation[] = [];
  // The sentence before: whom it was about, whether someone was asked or spoke there, and the person who spoke.
  let previous: { sentence: Sentence; subject: ActorId | null; asked: boolean; spoke?: ActorId } | null = null;

  // "He added:" / "X told reporters before the meeting:" closing a paragraph: the voice of the quotation that follows.
  let frame: { speaker: ActorId; sentence: number } | null = null;

  for (const s of sentences) {
    const quotes = quotesBySentence.get(s.index) ?? [];
    const cues = findCues(masked, s.start, s.end);
    const quoteResults: Attribution[] = [];
    if (quotes.length === 0 && cues.length > 0 && /:\s*$/.test(masked.slice(s.start, s.end)) && opensWithQuotation(s.index + 1)) {
      const cue = cues[cues.length - 1]!;
      const found = speakerOfCue(s, cue, cues.slice(0, -1));
      if (found?.speaker) {
        frame = { speaker: found.speaker, sentence: s.index };
        if (isPerson(found.speaker)) notePerson(found.speaker);
        previous = { sentence: s, subject: found.speaker, asked: true };
        continue;
      }
    }
    for (const q of quotes) {
      const a = attributeQuote(s, q, cues);
      if (a === null) pending.push(q);
      else if (a) {
        quoteResults.push(a);
        lastQuote = { speaker: a.speaker, paragraph: q.paragraph, end: q.end };
        if (a.speaker && isPerson(a.speaker)) notePerson(a.speaker);
      }
    }
    const reported = reportedIn(s, quotes, cues);
    if (reported) results.push(reported);
    results.push(...quoteResults);
    // Narration subjects feed pronoun resolution for what follows.
    // "He"/"she" next refers to the person this sentence was about: its voice, else its subject.
    const spoke = reported ?? quoteResults[quoteResults.length - 1];
    const main = reader.mainSubject(s, s.end);
    const mainActor = main ? resolveSubject(main)[0] : undefined;
    const voice = spoke?.speaker && isPerson(spoke.speaker) ? spoke.speaker : mainActor;
    if (voice && actorOf(voice)?.kind === 'person') notePerson(voice);
    if (spoke?.speaker) lastSpeaker = spoke.speaker;
    const spokeNow = spoke?.speaker && isPerson(spoke.speaker) ? spoke.speaker : undefined;
    previous = {
      sentence: s,
      subject: voice ?? null,
      asked: cues.length > 0 || /\b(?:asked|questioned|interviewed|interview)\b/.test(masked.slice(s.start, s.end)),
      ...(spokeNow ? { spoke: spokeNow } : {}),
    };
  }
  // A quotation standing alone before the sentence that names its speaker: the article's opening quotation
  // (above the dateline, or a statement-first lead), or one followed by "With these words X …".
  for (const q of pending) {
    if (q.close < 0) continue;
    const s = sentences.find((x) => x.start <= q.open && q.open < x.end);
    if (!s || masked.slice(s.start, s.end).replace(/[∎“”"«»‘’'\s.,]/g, '') !== '') continue;
    const next = sentences[s.index + 1];
    if (!next) continue;
    const lead = masked.slice(next.start, next.end);
    let speaker: ActorId | undefined;
    if (
      /^\s*(?:(?:with|in)\s+(?:these|those|such)\s+words\b|(?:these|those)\s+(?:were|are)\s+the\s+words\b|so\s+said\b|(?:this|that)\s+(?:was|is)\s+(?:how|what)\b)/i.test(
        lead,
      )
    ) {
      const main = reader.mainSubject(next, next.end);
      const who = main ? resolveSubject(main)[0] : undefined;
      if (who && actorOf(who)?.kind === 'person') speaker = who;
    } else if (s.index === 0) {
      const voiced = results.find((r) => r.kind === 'reported' && r.start === next.start);
      if (voiced?.speaker && isPerson(voiced.speaker)) speaker = voiced.speaker;
    }
    if (speaker)
      results.push({ kind: 'quote', start: q.start, end: q.end, speaker, coSpeakers: [], cue: 'quotation before its speaker', date: null });
  }
  // A quotation left open at a paragraph's end takes the voice of the quotation that carries it on.
  for (const q of pending) {
    if (q.close >= 0) continue;
    let next = quotations.indexOf(q) + 1;
    while (quotations[next]?.continues) {
      const voiced = results.find((r) => r.kind === 'quote' && r.start === quotations[next]!.start);
      if (voiced) {
        results.push({ ...voiced, start: q.start, end: q.end, cue: 'continued quotation', date: voiced.date });
        break;
      }
      next++;
    }
  }
  return results.sort((a, b) => a.start - b.start || (a.kind === 'reported' ? -1 : 1));

  // (Helpers are function declarations down here, not arrows in consts: under tsx, esbuild's
  // keepNames renames each such arrow with Object.defineProperty every time it is made.)

  function isPerson(id: ActorId): boolean {
    return actorOf(id)?.kind === 'person';
  }

  function notePerson(id: ActorId): void {
    const at = recentPeople.indexOf(id);
    if (at >= 0) recentPeople.splice(at, 1);
    recentPeople.unshift(id);
  }

  function lastPersonFor(gender?: 'f' | 'm'): ActorId | null {
    return recentPeople.find((id) => !gender || !actorOf(id)?.gender || actorOf(id)!.gender === gender) ?? null;
  }

  // ---- quotations -------------------------------------------------------------------------------

  /** `null`: no voice yet (maybe later); `undefined`: no voice, and none to be looked for. */
  function attributeQuote(s: Sentence, q: Quotation, cues: readonly Cue[]): Attribution | null | undefined {
    const words = text.slice(q.start, q.end);
    const wordCount = words.trim().split(/\s+/).length;
    const opensSentence = masked.slice(s.start, q.open).trim() === '';
    const fragment = wordCount <= 4 && !SENTENCE_END_PUNCT.test(words) && !opensSentence;
    // Names of things ("the “Eastern Partnership” format") and scare quotes never speak.
    if (fragment && /^(?:\p{Lu}[\p{L}’'-]*\s*)+$/u.test(words.trim())) return undefined;
    if (/\bso-called\s*$/i.test(masked.slice(Math.max(s.start, q.open - 12), q.open))) return undefined;

    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const before = cues.filter((c) => c.end <= q.open);
    const after = cues.filter((c) => c.start >= closeAt);
    let found: Found | null = null;
    if (opensSentence || fragment === false) found = trailing(s, q, closeAt, after);
    if (!found) found = governing(s, before);
    if (!found && !opensSentence) found = trailing(s, q, closeAt, after);
    if (!found && fragment) return undefined; // a short phrase in quotation marks with no one saying it
    // "“…,” said one European diplomat": a voice is given, but not a name; it is no one's we know
    if (!found && after[0] && ATTRIBUTING_VERBS.has(after[0].word) && /^[\s,—–-]*$/.test(masked.slice(closeAt, after[0].start)))
      return undefined;
    if (!found) found = adjacent(s, q);
    if (!found) return null;
    // "It is emphasized that the “blockade” …": a short phrase in marks with no one's voice is a scare quote
    if (found.speaker === null && fragment) return undefined;
    return {
      kind: 'quote',
      start: q.start,
      end: q.end,
      speaker: found.speaker,
      coSpeakers: found.others ?? [],
      cue: found.cue,
      ...(found.addressee ? { addressee: found.addressee } : {}),
      ...(found.via && found.via !== found.speaker ? { via: found.via } : {}),
      date: dateNear(s, found.cueAt),
    };
  }

  /** "“…,” said X" · "“…,” X, the spokesman, said" · "“…,” according to X". */
  function trailing(s: Sentence, q: Quotation, closeAt: number, after: readonly Cue[]): Found | null {
    const next = quotationsAfter(q, s);
    const limit = next ? next.open : s.end;
    const first = after.find((c) => c.start < limit);
    if (!first) return null;
    const between = masked.slice(closeAt, first.start);
    if (first.kind === 'according' && /^[\s,—–-]*$/.test(between)) {
      const who = whoAfter(first, { ...s, end: limit });
      return who ? { speaker: who, cue: 'according to', cueAt: first } : null;
    }
    // "“…,” the agency quoted X as saying": X's words
    if (first.kind === 'cited') return speakerOfCue(s, first, []);
    if (first.kind !== 'verb' || !ATTRIBUTING_VERBS.has(first.word)) return null;
    if (/^[\s,—–-]*$/.test(between)) {
      const subj = reader.subjectAfter(first.end, limit);
      const who = subj ? resolveSubject(subj) : [];
      return who[0] ? { speaker: who[0], cue: first.word, cueAt: first } : null;
    }
    // subject between the quotation and the verb, with nothing but its appositive
    if (between.length > 160 || /[.!?;]/.test(between.replace(/\b(?:[A-Z]\.)+/g, ''))) return null;
    const subj = reader.subjectBefore(first.start, closeAt);
    const who = subj ? resolveSubject(subj) : [];
    return who[0] ? { speaker: who[0], cue: first.word, cueAt: first } : null;
  }

  /** The cue whose clause holds the quotation: "X said: “…”", "X told Y that “…”", "…, calling them “…”". */
  function governing(s: Sentence, before: readonly Cue[]): Found | null {
    for (let i = before.length - 1; i >= 0; i--) {
      const cue = before[i]!;
      // "Miller said Washington regretted the decision and remained ready “…”": an attitude verb inside a
      // said-clause reports no words of its own; the clause's speaker owns the quotation
      if (ATTITUDE_VERBS.has(cue.word) && before.slice(0, i).some((c) => c.kind === 'verb' && ATTRIBUTING_VERBS.has(c.word))) continue;
      const found = speakerOfCue(s, cue, before.slice(0, i));
      if (found) return found;
    }
    return null;
  }

  /** Whether sentence `k` starts with a quotation mark (the quotation a colon frame announces). */
  function opensWithQuotation(k: number): boolean {
    const next = sentences[k];
    if (!next) return false;
    const first = quotesBySentence.get(k)?.[0];
    return !!first && masked.slice(next.start, first.open).trim() === '';
  }

  /** A quotation with no cue of its own goes on the voice of the quotation next to it. */
  function adjacent(s: Sentence, q: Quotation): Found | null {
    const lead = masked.slice(s.start, q.open);
    if (frame && frame.sentence === s.index - 1 && lead.trim() === '') return { speaker: frame.speaker, cue: 'quotation after its frame' };
    // "Pashinyan supported him: “…”", "According to the release, Macron “condemned …”": the person the
    // clause before the quotation is about, when the quotation follows a colon or its subject directly
    if (/:\s*$/.test(lead) || /[\p{L}.]\s*$/u.test(lead)) {
      const main = reader.mainSubject(s, q.open);
      const who = main ? resolveSubject(main) : [];
      const adjoins = main && main.mentions.length === 1 && /^\s*$/.test(masked.slice(main.mentions[0]!.end, q.open));
      if (who.length === 1 && isPerson(who[0]!) && (/:\s*$/.test(lead) || adjoins))
        return { speaker: who[0]!, cue: 'quotation after its speaker' };
    }
    // a quotation opening a paragraph, after a paragraph whose last sentence is a person's statement
    // ("… , Lavrov said at the meeting. ¶ “It is a good opportunity …”")
    if (
      lead.trim() === '' &&
      previous?.spoke &&
      previous.sentence.index === s.index - 1 &&
      s.start === paragraphStartOf(s) &&
      (!lastQuote || lastQuote.end < previous.sentence.start)
    ) {
      return { speaker: previous.spoke, cue: 'quotation after its speaker' };
    }
    // "X was asked whether … . “…”": the person the previous sentence is about, when it spoke or was asked
    const opensSentence = masked.slice(s.start, q.open).trim() === '';
    if (
      opensSentence &&
      previous &&
      previous.subject &&
      previous.asked &&
      previous.sentence.paragraph === s.paragraph &&
      (!lastQuote || lastQuote.end < previous.sentence.start)
    ) {
      return { speaker: previous.subject, cue: 'quotation after its speaker' };
    }
    if (!lastQuote) return null;
    const sameParagraph = lastQuote.paragraph === q.paragraph;
    const carriedOn =
      q.continues ||
      (lastQuote.paragraph === q.paragraph - 1 && masked.slice(s.start, q.open).trim() === '' && s.start === paragraphStartOf(s));
    if (!sameParagraph && !carriedOn) return null;
    return { speaker: lastQuote.speaker, cue: 'continued quotation' };
  }

  // ---- reported speech --------------------------------------------------------------------------

  function reportedIn(s: Sentence, quotes: readonly Quotation[], cues: readonly Cue[]): Attribution | null {
    if (cues.length === 0) return null;
    // Sentences that only frame a quotation ("“…,” said X." / "X said: “…”") are quotations, not reported speech.
    const usable = cues.filter((c) => !framesQuoteOnly(s, c, quotes));
    if (usable.length === 0) return null;
    if (!hasNarrationWords(masked, s.start, s.end, 3)) return null;
    // The outermost voice wins: a trailing "…, the ministry said." owns the whole sentence.
    const last = usable[usable.length - 1]!;
    if (
      last.kind === 'verb' &&
      ATTRIBUTING_VERBS.has(last.word) &&
      TRAILING_TAG_REST.test(masked.slice(last.end, s.end)) &&
      /,\s*[^,]*$/.test(masked.slice(s.start, last.start))
    ) {
      const subj = reader.subjectBefore(last.start, s.start);
      const who = subj ? resolveSubject(subj) : [];
      if (who[0] && subj!.start > s.start) {
        // "X told Y that …, the ministry said": X's words, relayed by the ministry; an event it reports is its own
        const inner = usable.filter((c) => c.start < subj!.start && c.kind !== 'according' && c.kind !== 'passive');
        for (const cue of inner) {
          const found = speakerOfCue(
            s,
            cue,
            usable.filter((c) => c.start < cue.start),
          );
          if (found && found.speaker !== who[0]) return reported(s, { ...found, via: found.via ?? who[0] });
        }
        return reported(s, { speaker: who[0], cue: last.word, cueAt: last, others: who.slice(1) });
      }
    }
    if (last.kind === 'verb' && ATTRIBUTING_VERBS.has(last.word)) {
      // "…, said the foreign ministry."
      const subj = reader.subjectAfter(last.end, s.end);
      // (not "X, quoted by the media, said Tehran “was ready …”": there the subject after the verb is the content's)
      const restAfter = masked.slice(subj?.mentions[0]!.end ?? s.end, s.end).trim();
      if (
        subj &&
        /,\s*$/.test(masked.slice(s.start, last.start)) &&
        /^[^,;∎]*[.!?]?$/.test(restAfter || '.') &&
        restAfter.split(/\s+/).length <= 12
      ) {
        const who = resolveSubject(subj);
        if (who[0]) return reported(s, { speaker: who[0], cue: last.word, cueAt: last });
      }
    }
    // "According to X, Y told …": the voice is Y's, relayed by X; X's own only when no one else speaks.
    const ordered = [...usable.filter((c) => c.kind !== 'according'), ...usable.filter((c) => c.kind === 'according')];
    for (const cue of ordered) {
      const found = speakerOfCue(
        s,
        cue,
        usable.filter((c) => c.start < cue.start),
      );
      if (found) return reported(s, found);
    }
    return null;
  }

  function framesQuoteOnly(s: Sentence, cue: Cue, quotes: readonly Quotation[]): boolean {
    if (quotes.length === 0) return false;
    const first = quotes[0]!;
    const lastQ = quotes[quotes.length - 1]!;
    const lastClose = lastQ.close >= 0 ? lastQ.close + 1 : lastQ.end;
    const narration = masked.slice(s.start, s.end).replace(/∎+/g, '');
    // “…,” said X (in a statement on …).  /  “…,” X said on Saturday, “…”
    if (masked.slice(s.start, first.open).trim() === '' && cue.start >= (first.close >= 0 ? first.close : first.end)) {
      const after = masked.slice(cue.end, cue.end + 40);
      return (
        !/^\s+(?:\S+\s+){0,2}?that\b/.test(after) &&
        !/\b(?:adding|saying|noting|stressing|and (?:also )?(?:stressed|said|noted|added|called|warned))\b/.test(narration)
      );
    }
    // X said: “…”  /  The ministry said in a readout: “…”
    if (cue.end <= first.open && masked.slice(lastClose, s.end).trim().length <= 2) {
      const gap = masked.slice(cue.end, first.open);
      return (
        !/\bthat\b/i.test(gap) && /^\s*(?:(?:on|in|to|at|during|after|before|via|through|with)\s+[^:,“”"∎]{0,60}?)?\s*[:,]?\s*$/i.test(gap)
      );
    }
    return false;
  }

  function reported(s: Sentence, found: Found): Attribution {
    return {
      kind: 'reported',
      start: s.start,
      end: s.end,
      speaker: found.speaker,
      coSpeakers: found.others ?? [],
      cue: found.cue,
      ...(found.addressee ? { addressee: found.addressee } : {}),
      ...(found.via && found.via !== found.speaker ? { via: found.via } : {}),
      date: dateNear(s, found.cueAt),
    };
  }

  // ---- shared ----------------------------------------------------------------------------------

  /** Who speaks through `cue` (earlier cues of the sentence given for "according to X, Y said"). */
  function speakerOfCue(s: Sentence, cue: Cue, earlier: readonly Cue[]): Found | null {
    const according = earlier.find((c) => c.kind === 'according');
    const relay = according ? whoAfter(according, s) : undefined;
    switch (cue.kind) {
      case 'according': {
        const who = whoAfter(cue, s);
        // "According to the release, Macron “condemned …”": the words are Macron's, relayed by the source
        const quoted = quotedSubjectAfter(cue, s);
        if (quoted && quoted !== who) return { speaker: quoted, cue: 'according to', cueAt: cue, ...(who ? { via: who } : {}) };
        return who ? { speaker: who, cue: 'according to', cueAt: cue } : null;
      }
      case 'cited': {
        // "X cited Y as condemning …"
        const m = /^\s+(.{1,80}?)\s+as\b/.exec(masked.slice(cue.end, s.end));
        if (!m) return null;
        const ySubj = reader.subjectAfter(cue.end, cue.end + m[0].length);
        const y = ySubj ? resolveSubject(ySubj)[0] : undefined;
        const xSubj = reader.subjectBefore(cue.start, s.start);
        const x = xSubj ? resolveSubject(xSubj)[0] : undefined;
        return y ? { speaker: y, cue: 'cited as', cueAt: cue, ...(x ? { via: x } : {}) } : null;
      }
      case 'participle': {
        // "X cited Y as condemning … and reaffirming …": the participles are Y's
        const cited = [...earlier].reverse().find((c) => c.kind === 'cited');
        if (cited)
          return speakerOfCue(
            s,
            cited,
            earlier.filter((c) => c.start < cited.start),
          );
        const subj = reader.mainSubject(s, cue.start);
        const who = subj ? resolveSubject(subj) : [];
        if (!who[0]) return null;
        return {
          speaker: who[0],
          others: who.slice(1),
          cue: cue.word,
          cueAt: cue,
          ...addresseeOf(cue, s),
          ...(relay ? { via: relay } : {}),
        };
      }
      case 'passive': {
        // "This was announced by X": the agent speaks
        const agent = /^\s+by\s+/i.exec(masked.slice(cue.end, s.end));
        const by = agent ? reader.subjectAfter(cue.end + agent[0].length, s.end) : null;
        const named = by ? resolveSubject(by)[0] : undefined;
        if (named) return { speaker: named, cue: cue.word, cueAt: cue };
        // "X briefed Y about … . The need to … was underlined.": right after a person's statement in the same
        // paragraph, the passive carries on that person's account; anywhere else ("It was noted that …" in a
        // readout) it names no one, and guessing its last voice misattributes as often as not
        const carriesOn =
          previous && previous.spoke && previous.sentence.index === s.index - 1 && previous.sentence.paragraph === s.paragraph;
        if (carriesOn) return { speaker: previous!.spoke!, cue: cue.word, cueAt: cue };
        // "The necessity of … was emphasized.": a point of the account under way, the last voice's
        const impersonal = /\bit\s+$/i.test(masked.slice(Math.max(s.start, cue.start - 4), cue.start));
        return { speaker: impersonal ? null : (lastSpeaker ?? lastPersonFor()), cue: cue.word, cueAt: cue };
      }
      case 'verb': {
        let subj = reader.subjectBefore(cue.start, according ? according.end : s.start);
        let who = subj ? resolveSubject(subj) : [];
        if (!who[0]) {
          const org = organisationBefore(cue.start, s.start);
          if (org) who = [org];
        }
        if (!who[0] && /^(?:said|says|added|stated|wrote|announced|declared)$/.test(cue.word)) {
          subj = reader.subjectAfter(cue.end, s.end);
          who = subj ? resolveSubject(subj) : [];
        }
        // "X provided an overview of … and stated that …": the second verb shares the clause's subject
        if (!who[0] && /\band\s+(?:also\s+)?$/i.test(masked.slice(Math.max(s.start, cue.start - 12), cue.start))) {
          subj = reader.mainSubject(s, cue.start);
          who = subj ? resolveSubject(subj) : [];
        }
        if (!who[0]) return null;
        return {
          speaker: who[0],
          others: who.slice(1),
          cue: cue.word,
          cueAt: cue,
          ...addresseeOf(cue, s),
          ...(relay ? { via: relay } : {}),
        };
      }
    }
  }

  /** An organisation named by its kind after "according to", up to the comma: registered as discovered. */
  function bodyNamedAfter(cue: Cue, s: Sentence): ActorId | undefined {
    const comma = masked.indexOf(',', cue.end);
    const phrase = masked.slice(cue.end, comma > 0 && comma < s.end ? comma : s.end).trim();
    if (phrase.length > 80 || /[∎“”"]/.test(phrase)) return undefined;
    const owned = /^(?:the\s+)?(.+?)[’']s\s+(?:official\s+)?(?:press\s+release|statement|readout|website|report|communiqu[eé])$/i.exec(
      phrase,
    );
    const named =
      owned?.[1] ??
      /^(?:the\s+)?((?:[\p{L}’'.-]+\s+){0,5}(?:service|ministry|office|cabinet|government|committee|council|agency|presidency|administration|embassy|party|delegation|department|mission|secretariat|press\s+service)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)?)$/iu.exec(
        phrase,
      )?.[1];
    if (!named || /^(?:his|her|their|its)\b/i.test(named)) return undefined;
    // "according to the press service": the body of that kind the article named before
    if (!owned && /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(phrase))
      return (lastSpeaker && actorOf(lastSpeaker)?.kind === 'org' ? lastSpeaker : lastOrganisation(cue.start)) ?? undefined;
    const title = named.replace(/\b\p{Ll}/gu, (c, at: number) =>
      at > 0 && /^(?:of|the|and|for)\b/.test(named.slice(at)) ? c : c.toUpperCase(),
    );
    return register({ name: title });
  }

  /** After "According to X,": a person whose quoted words follow right after their name ("Y “…”"). */
  function quotedSubjectAfter(cue: Cue, s: Sentence): ActorId | undefined {
    const comma = masked.indexOf(',', cue.end);
    if (comma < 0 || comma >= s.end) return undefined;
    const subj = reader.subjectAfter(comma + 1, s.end);
    const m = subj?.mentions[0];
    if (!m || !/^\s*[“"«‘]/.test(text.slice(m.end, m.end + 3))) return undefined;
    const who = resolveSubject(subj)[0];
    return who && isPerson(who) ? who : undefined;
  }

  function whoAfter(cue: Cue, s: Sentence): ActorId | undefined {
    const subj = reader.subjectAfter(cue.end, s.end);
    if (subj) return resolveSubject(subj)[0];
    // "According to the de facto foreign minister of the region, Tamaz Kvarchia, …": the name set off by commas
    const comma = masked.indexOf(',', cue.end);
    if (comma > 0 && comma < s.end && comma - cue.end <= 100) {
      const named = reader.subjectAfter(comma + 1, s.end);
      const m = named?.mentions[0];
      if (m && (m.kind === 'name' || m.kind === 'discovered') && /^\s*,/.test(masked.slice(m.end, m.end + 2)))
        return resolveSubject(named)[0];
    }
    // "According to the emergency management service, …", "According to the GD party’s press release, …": a
    // body the dictionary does not know speaks all the same
    if (cue.kind === 'according') {
      const body = bodyNamedAfter(cue, s);
      if (body) return body;
    }
    // "According to him, …": the one who was speaking (gender permitting), not the last name mentioned
    const pronoun = /^\s+(him|her)\b/i.exec(masked.slice(cue.end, cue.end + 6));
    if (!pronoun) return undefined;
    const gender = pronoun[1]!.toLowerCase() === 'him' ? 'm' : 'f';
    const speaker = lastSpeaker ? actorOf(lastSpeaker) : undefined;
    if (speaker?.kind === 'person' && (!speaker.gender || speaker.gender === gender)) return speaker.id;
    return lastPersonFor(gender) ?? undefined;
  }

  function addresseeOf(cue: Cue, s: Sentence): { addressee?: ActorId } {
    if (!ADDRESSEE_VERBS.has(cue.word)) return {};
    const subj = reader.subjectAfter(cue.end, s.end);
    const who = subj ? resolveSubject(subj)[0] : undefined;
    return who ? { addressee: who } : {};
  }

  /** Actor ids for a subject; pronouns take the person last spoken of (gender permitting), documents their issuer. */
  function resolveSubject(subj: Subject): ActorId[] {
    const ids: ActorId[] = [];
    for (const m of subj.mentions) {
      let id = m.actor;
      if (!id && m.kind === 'pronoun') id = lastPersonFor(m.gender);
      if (!id && m.kind === 'document') id = issuerOf(m.start) ?? lastSpeaker ?? lastOrganisation(m.start);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** The issuer of the document named at `at`, or of the last document named with its issuer before it. */
  function issuerOf(at: number): ActorId | undefined {
    let found: ActorId | undefined;
    for (const x of issuers) if (x.at <= at) found = x.actor;
    return found;
  }

  function lastOrganisation(before: number): ActorId | null {
    for (let i = narration.length - 1; i >= 0; i--) {
      const m = narration[i]!;
      if (m.start < before && m.actor && actorOf(m.actor)?.kind === 'org') return m.actor;
    }
    return null;
  }

  /** An organisation or a country named right before a verb but absent from the dictionary. */
  function organisationBefore(at: number, from: number): ActorId | null {
    const pre = masked
      .slice(from, at)
      .replace(/\s+(?:also|again|on \w+|later|earlier)?\s*$/, '')
      .trimEnd();
    // "his office said", "Pashinyan’s government says": the organisation of a person
    const owned = /(?:\b(his|her)|(\S+?)[’']s)\s+(government|office|administration|cabinet|press\s+service|press\s+office)$/i.exec(pre);
    if (owned) {
      const owner = owned[1]
        ? lastPersonFor(owned[1].toLowerCase() === 'her' ? 'f' : 'm')
        : (narration.find((m) => m.end === from + owned.index + owned[2]!.length && m.actor)?.actor ?? null);
      const person = owner ? actorOf(owner) : undefined;
      if (person) {
        if (/government|cabinet/i.test(owned[3]!) && person.country) {
          return lexicon.governments.get(person.country) ?? register({ name: `Government of ${person.country}`, country: person.country });
        }
        const role = roleOn(person, input.date)?.title ?? person.description;
        return register({
          name: `Office of ${role ? `the ${role}` : person.name}`,
          ...(person.country ? { country: person.country } : {}),
        });
      }
    }
    // "The CSTO secretariat said": a generic body of an organisation the dictionary knows is that organisation
    const body = /(\S+)\s+(?:secretariat|press\s+service|press\s+office|spokesperson|headquarters|leadership)$/i.exec(pre);
    if (body) {
      const org = narration.find((m) => m.end === from + body.index + body[1]!.length && m.actor && actorOf(m.actor)?.kind === 'org');
      if (org) return org.actor;
    }
    const country = COUNTRY_TAIL.exec(pre);
    if (country) {
      const name = COUNTRY_NAMES[country[1]!]!;
      const known = lexicon.governments.get(name);
      if (known) return known;
      return register({ name: `Government of ${name}`, country: name });
    }
    const org = ORG_TAIL.exec(pre);
    if (!org) return null;
    const name = org[1]!.replace(/^the\s+/i, '');
    if (name.split(/\s+/).length < 2) return null;
    return register({ name });
  }

  function register({ name, country }: { name: string; country?: string }): ActorId {
    const id = discoveredId(name);
    if (!actorOf(id)) {
      input.discover({
        id,
        kind: 'org',
        name,
        aliases: [name],
        nominals: [],
        metonyms: [],
        roles: [],
        origin: 'discovered',
        ...(country ? { country } : {}),
      });
    }
    return id;
  }

  /** The day a statement was made: a time phrase next to its cue ("said on Wednesday", "X on Monday called for"). */
  function dateNear(s: Sentence, cueAt: Span | undefined): IsoDate | null {
    if (!cueAt) return null;
    const after = masked.slice(cueAt.end, Math.min(s.end, cueAt.end + 30));
    const afterMatch = /^\s+(?:(?:also|again|publicly|separately)\s+)?(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|last\s+\w+)/i.exec(after);
    if (afterMatch) return findDate(afterMatch[0], input.date, 'past')?.date ?? null;
    const before = masked.slice(Math.max(s.start, cueAt.start - 30), cueAt.start);
    const beforeMatch = /(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|last\s+\w+)(?:\s+(?:also|again))?\s*$/i.exec(before);
    if (beforeMatch) return findDate(beforeMatch[0], input.date, 'past')?.date ?? null;
    return null;
  }

  function quotationsAfter(q: Quotation, s: Sentence): Quotation | undefined {
    return quotesBySentence.get(s.index)?.find((x) => x.open > q.open);
  }

  function paragraphStartOf(s: Sentence): number {
    let k = s.index;
    while (k > 0 && sentences[k - 1]!.paragraph === s.paragraph) k--;
    return sentences[k]!.start;
  }
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
]);

interface Found {
  readonly speaker: ActorId | null;
  /** Where the cue sits, for the statement's date. */
  readonly cueAt?: Span;
  readonly others?: readonly ActorId[];
  readonly cue: string;
  readonly addressee?: ActorId;
  readonly via?: ActorId;
}
