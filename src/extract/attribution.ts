// Who said what. Quotations first, through sieves ordered from the most to the least reliable;
// then reported speech, sentence by sentence. Both read narration only (quotation words masked),
// so a name inside someone's words is never taken for the speaker. The sieves live in quotationVoices.ts,
// reportedSpeech.ts and voices.ts; this walk keeps their state (attributionScene.ts).
import { definedAcronyms } from './acronyms.js';
import type { ActorId } from '../model.js';
import type { Attribution, AttributionInput, AttributionScene } from './attributionScene.js';
import { ClauseReader } from './clauses.js';
import { ATTRIBUTING_VERBS, findCues, type Cue } from './cues.js';
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import { attributeQuote, opensWithQuotation, REMARKS_MADE, WITH_THESE_WORDS, WORDS_OF } from './quotationVoices.js';
import { reportedIn } from './reportedSpeech.js';
import { isPerson, notePerson } from './people.js';
import { documentFrameVoice } from './documentVoices.js';
import { resolveSubject } from './subjects.js';
import { speakerOfCue } from './voices.js';

export type { Attribution, AttributionInput } from './attributionScene.js';
export { hasNarrationWords } from './reportedSpeech.js';

const ISSUED_IN =
  /\b(?:said|says|stated|announced|noted|added|reported|wrote)\s+(?:\w+\s+)?in\s+(?:a|its|their|his|her)\s+(?:joint\s+|written\s+|separate\s+|brief\s+)?(?:statement|readout|release|press\s+release|communiqu[eé])\b/i;

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

  const cx: AttributionScene = {
    text,
    masked,
    date: input.date,
    sentences,
    quotations,
    lexicon,
    actorOf,
    discover: input.discover,
    narration,
    issuers,
    reader,
    results,
    recentPeople,
    quotesBySentence,
    lastSpeaker: null,
    lastQuote: null,
    previous: null,
    frame: null,
    acronyms: definedAcronyms(text),
  };
  // Quotations left without a voice, for a second look once the whole article is read.
  const pending: Quotation[] = [];

  const headline = headlineSentence(text, sentences);
  // ("Xi says … ¶ Foreign ministry says the two ministers discussed … ¶ BEIJING — …": a deck under the headline too)
  const deck = headline ? headlineSentence(text, sentences, 1) : undefined;
  for (const s of sentences) {
    // a headline sums up the article in the editor's words: the body tells the same statements
    if (s === headline || s === deck) continue;
    const quotes = quotesBySentence.get(s.index) ?? [];
    const cues = findCues(masked, s.start, s.end);
    const quoteResults: Attribution[] = [];
    let unvoiced: Quotation[] | undefined;
    if (quotes.length === 0 && cues.length > 0 && /:\s*$/.test(masked.slice(s.start, s.end)) && opensWithQuotation(cx, s.index + 1)) {
      const cue = cues[cues.length - 1]!;
      const found = speakerOfCue(cx, s, cue, cues.slice(0, -1));
      if (found?.speaker) {
        cx.frame = { speaker: found.speaker, sentence: s.index };
        if (isPerson(cx, found.speaker)) notePerson(cx, found.speaker);
        cx.previous = { sentence: s, subject: found.speaker, asked: true, addressed: false };
        continue;
      }
    }
    // "… a press release has been issued by X:" with the release quoted after it
    if (quotes.length === 0 && cues.length === 0 && endsWithColon(masked, s) && opensWithQuotation(cx, s.index + 1)) {
      const issuer = documentFrameVoice(cx, s);
      if (issuer) cx.frame = { speaker: issuer, sentence: s.index };
    }
    for (const q of quotes) {
      const a = attributeQuote(cx, s, q, cues);
      if (a === null) (unvoiced ??= []).push(q);
      else if (a) {
        quoteResults.push(a);
        cx.lastQuote = { speaker: a.speaker, paragraph: q.paragraph, end: q.end };
        if (a.speaker && isPerson(cx, a.speaker)) notePerson(cx, a.speaker);
      }
    }
    const reported = reportedIn(cx, s, quotes, cues);
    if (reported) results.push(reported);
    for (const q of unvoiced ?? []) {
      const owned = reported?.speaker ? ownedByClosingVoice(cx, s, q, reported, cues) : undefined;
      if (owned) quoteResults.push(owned);
      else pending.push(q);
    }
    results.push(...quoteResults);
    // Narration subjects feed pronoun resolution for what follows.
    // "He"/"she" next refers to the person this sentence was about: its voice, else its subject.
    const spoke = reported ?? quoteResults[quoteResults.length - 1];
    const main = reader.mainSubject(s, s.end);
    const mainActor = main ? resolveSubject(cx, main)[0] : undefined;
    const voice = spoke?.speaker && isPerson(cx, spoke.speaker) ? spoke.speaker : mainActor;
    if (voice && actorOf(voice)?.kind === 'person') notePerson(cx, voice);
    if (spoke?.speaker) cx.lastSpeaker = spoke.speaker;
    // "…, the Kremlin said in a statement. … the statement added": the statement is the Kremlin's
    const issued = spoke?.speaker ? ISSUED_IN.exec(masked.slice(s.start, s.end)) : null;
    // ("X briefed Y …, the embassy said in a statement": the statement is the embassy's, which relays X)
    if (issued) issuers.push({ at: s.start + issued.index, actor: spoke!.via ?? spoke!.speaker! });
    const spokeNow = spoke?.speaker && isPerson(cx, spoke.speaker) ? spoke.speaker : undefined;
    cx.previous = {
      sentence: s,
      subject: voice ?? null,
      asked: cues.length > 0 || /\b(?:asked|questioned|interviewed|interview)\b/.test(masked.slice(s.start, s.end)),
      // ("X addressed the summit on Monday. ¶ “…”": a speech, a briefing or an interview the next quotation comes from)
      // (looked at only where the next sentence opens with a quotation)
      addressed:
        opensWithQuotation(cx, s.index + 1) &&
        /\b(?:addressed|spoke|speech|remarks|interview|interviewed|press\s+conference|news\s+conference|briefing)\b/.test(
          masked.slice(s.start, s.end),
        ),
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
    // "Those were the words of X", "So said X": the one named after them
    const wordsOf = WORDS_OF.exec(lead);
    if (wordsOf) {
      const subj = reader.subjectAfter(next.start + wordsOf[0].length, next.end);
      const who = subj ? resolveSubject(cx, subj)[0] : undefined;
      if (who && actorOf(who)?.kind === 'person') speaker = who;
    } else if (WITH_THESE_WORDS.test(lead)) {
      const main = reader.mainSubject(next, next.end);
      const who = main ? resolveSubject(cx, main)[0] : undefined;
      if (who && actorOf(who)?.kind === 'person') speaker = who;
    } else if (REMARKS_MADE.test(lead)) {
      // "“…” Turkish President X said this in a press statement …", "X made the remarks at a rally": the one who did
      const main = reader.mainSubject(next, next.end);
      const who = main?.mentions.length === 1 ? resolveSubject(cx, main)[0] : undefined;
      if (who && actorOf(who)?.kind === 'person') speaker = who;
    } else if (s.index === 0 || (s.index === 1 && headline === sentences[0])) {
      // the article's opening quotation: the voice of the lead's statement
      const voiced = results.find((r) => r.kind === 'reported' && r.start === next.start);
      if (voiced?.speaker && (isPerson(cx, voiced.speaker) || !voiced.via)) speaker = voiced.speaker;
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
}

function endsWithColon(masked: string, s: Sentence): boolean {
  let i = s.end - 1;
  while (i > s.start && (masked[i] === ' ' || masked[i] === '\n')) i--;
  return masked[i] === ':';
}

/**
 * "Pashinyan and Aliyev will meet “by the end of November,” …, Michel said": a quotation with no voice of its own,
 * inside a sentence whose closing tag speaks for all of it, is that voice's.
 */
function ownedByClosingVoice(
  cx: AttributionScene,
  s: Sentence,
  q: Quotation,
  reported: Attribution,
  cues: readonly Cue[],
): Attribution | undefined {
  const closeAt = q.close >= 0 ? q.close + 1 : q.end;
  const tag = cues[cues.length - 1];
  // (or a closing "…, according to X": "The talks were “constructive”, according to the ministry")
  const closing =
    tag?.kind === 'verb'
      ? tag.word === reported.cue && ATTRIBUTING_VERBS.has(tag.word)
      : tag?.kind === 'according' && reported.cue === 'according to';
  if (!tag || tag.start < closeAt || !closing) return undefined;
  // ("X thanked Y for his “warm welcome”, the government said": a body's tag after a person's deed may be relaying
  // the person's words; the quotation stays unvoiced)
  if (!isPerson(cx, reported.speaker!)) {
    const main = cx.reader.mainSubject(s, q.open);
    if (main?.mentions.some((m) => m.actor && isPerson(cx, m.actor))) return undefined;
  }
  return { ...reported, kind: 'quote', start: q.start, end: q.end, coSpeakers: [] };
}

/**
 * The article's headline, if it opens with one: a first paragraph of one short sentence with no full stop at its
 * end ("Xi says China, Azerbaijan upgrade relations"), with more paragraphs after it.
 */
function headlineSentence(text: string, sentences: readonly Sentence[], at = 0): Sentence | undefined {
  const first = sentences[at];
  if (!first || !sentences[at + 1] || sentences[at + 1]!.paragraph === first.paragraph) return undefined;
  const body = text.slice(first.start, first.end).trim();
  if (/[.!?:;][”"’'»]?$/.test(body) || body.split(/\s+/).length > 25) return undefined;
  return first;
}
