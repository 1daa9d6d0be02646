// Documents and bodies as speakers where the mention scan names no one: a document's issuer ("a statement released by
// X", "… a press release was issued by X:"), a body the dictionary lacks before a verb, a country's body after
// "according to".
import type { ActorId } from '../model.js';
import type { AttributionScene } from './attributionScene.js';
import type { Cue } from './cues.js';
import { documentVoice, issuerOf, organisationBefore } from './organisations.js';
import type { Sentence } from './sentences.js';
import { resolveSubject } from './subjects.js';

const DOCUMENT_BY =
  /^\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:(?:readout|statement|release|communiqu[eé]|report|post|tweet)\s+(?:(?:issued|released|published|posted|put\s+out)\s+)?(?:by|from)|(?:post|tweet|message)\s+on)\s+/i;
const COUNTRYS_BODY =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:ministry|office|presidency|government|embassy|administration|cabinet)$/iu;
const ISSUED_BY_FRAME =
  /\b(?:statement|readout|release|communiqu[eé]|message)\s+(?:was|has\s+been|had\s+been|is)\s+(?:issued|released|published|posted|circulated)\s+by\s+/i;
const ISSUED_FRAME =
  /\b(?:issued|released|published|posted|circulated|put\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|readout|release|communiqu[eé]|message)\b/i;

/**
 * "… the press release has been issued by the EEAS:", "The ministry issued a statement:": a sentence with no speech
 * cue that announces the document quoted in the paragraphs after it speaks for the document's issuer.
 */
export function documentFrameVoice(cx: AttributionScene, s: Sentence): ActorId | null {
  const text = cx.masked.slice(s.start, s.end);
  const colon = s.start + text.lastIndexOf(':');
  const by = ISSUED_BY_FRAME.exec(text);
  if (by) {
    const from = s.start + by.index + by[0].length;
    const subj = cx.reader.subjectAfter(from, colon);
    return (subj ? resolveSubject(cx, subj)[0] : undefined) ?? organisationBefore(cx, colon, from);
  }
  const issued = ISSUED_FRAME.exec(text);
  if (!issued) return null;
  const at = s.start + issued.index;
  const subj = cx.reader.subjectBefore(at, s.start);
  return (subj ? resolveSubject(cx, subj)[0] : undefined) ?? organisationBefore(cx, at, s.start);
}

const ASIDE_AT_END = /\s*,\s*(?:in|on|at|via|through|according|known|also\s+known)\s[^,;:∎“”"]{1,60},\s*(?:\p{Ll}+ly\s+)?$/u;
const UNNAMED_DOCUMENT_AT_END =
  /\b(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?(?:press[\s-]release|release|communiqu[eé]|statement|readout)\s*$/iu;
const UNNAMED_MESSAGE_AT_END = /\b(?:the|this|that|his|her)\s+(?:[\p{L}-]+\s+)?(?:message|letter)\s*$/iu;
const POSSESSED_DOCUMENT = /(\S)[’']s\s+(?:[\p{L}-]+\s+)?(?:statement|readout|message|letter|post|tweet|address|speech|remarks)\s*$/u;
/** A word one of the documents below holds (a first look, before any expression). */
const DOCUMENT_WORDS = [
  'statement',
  'readout',
  'release',
  'communiqu',
  'message',
  'letter',
  'post',
  'tweet',
  'address',
  'speech',
  'remarks',
];
const ISSUED_DOCUMENT =
  /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|readout|release|communiqu[eé]|message)\s+(?:(?:issued|released|published|posted|sent|put\s+out)\s+)?(?:by|from)\s+/giu;

/**
 * A body the dictionary lacks named right before a verb ("the Kenyan foreign ministry said"), or a document the
 * mentions do not hold ("the press release noted"), which speaks for its issuer or the body last heard.
 */
export function speakingBodyBefore(cx: AttributionScene, at: number, from: number): ActorId | null {
  const org = organisationBefore(cx, at, from);
  if (org) return org;
  // (each look below is tried only where the clause's end has what it needs: a comma, a document's word, a possessive)
  const near = cx.masked.slice(Math.max(from, at - 80), at);
  const trimmed = near.trimEnd();
  // ("Pashinyan’s office, in a statement, merely said", "the Brazilian foreign ministry, known as Itamaraty, said": the body
  // before an aside set off by commas)
  const aside = trimmed.endsWith(',') || trimmed.endsWith('ly') ? ASIDE_AT_END.exec(near) : null;
  if (aside) {
    const body = organisationBefore(cx, at - aside[0].length, from);
    if (body) return body;
  }
  const tail = cx.masked.slice(Math.max(from, at - 160), at);
  if (!holdsDocumentWord(tail)) return null;
  // "A statement issued by Armenia’s foreign ministry after the meeting said": the issuer
  ISSUED_DOCUMENT.lastIndex = 0;
  let issued: RegExpExecArray | null = null;
  for (let m = ISSUED_DOCUMENT.exec(tail); m; m = ISSUED_DOCUMENT.exec(tail)) issued = m;
  if (issued) {
    const by = at - tail.length + issued.index + issued[0].length;
    const rest = /\s+(?:on|after|following|at|in|during|earlier|last|this|late|which|that)\b|,/.exec(cx.masked.slice(by, at));
    const end = rest ? by + rest.index : at;
    const subj = cx.reader.subjectAfter(by, end);
    const who = organisationBefore(cx, end, by) ?? (subj ? resolveSubject(cx, subj)[0] : undefined);
    if (who) return who;
  }
  const end = tail.slice(-60).replace(/\s+(?:also|again|further|later|earlier)\s*$/, '');
  // "Pashinyan's statement reads:", "The Armenian Foreign Ministry's statement said": the owner of the document
  const owned = end.includes("'s") || end.includes('’s') ? POSSESSED_DOCUMENT.exec(end) : null;
  if (owned) {
    const ownerEnd = at - Math.min(60, tail.length) + owned.index + owned[1]!.length;
    for (let i = cx.narration.length - 1; i >= 0; i--) {
      const x = cx.narration[i]!;
      if (x.end < ownerEnd - 200) break;
      if (x.end === ownerEnd && x.actor) return x.actor;
    }
  }
  // ("The congratulatory message highlighted …": a message or letter speaks for the person who sent it, the last heard)
  if (UNNAMED_MESSAGE_AT_END.test(end)) return cx.lastSpeaker && cx.actorOf(cx.lastSpeaker)?.kind === 'person' ? cx.lastSpeaker : null;
  if (!UNNAMED_DOCUMENT_AT_END.test(end)) return null;
  return issuerOf(cx, at) ?? documentVoice(cx, at);
}

function holdsDocumentWord(tail: string): boolean {
  for (const w of DOCUMENT_WORDS) if (tail.includes(w)) return true;
  return false;
}

/** "according to Azerbaijan's Foreign Ministry": the country's body (its name closes the phrase), not the country. */
export function countrysBody(cx: AttributionScene, cue: Cue, s: Sentence): ActorId | null {
  const comma = cx.masked.indexOf(',', cue.end);
  let end = comma >= 0 && comma < s.end ? comma : s.end;
  while (end > cue.end && /[\s.]/.test(cx.masked[end - 1]!)) end--;
  if (end - cue.end > 60 || !COUNTRYS_BODY.test(cx.masked.slice(cue.end, end))) return null;
  return organisationBefore(cx, end, cue.end);
}

/** "“…,” read a statement released by the Armenian Foreign Ministry": the issuer of the document named right after `at`. */
export function issuerAfter(cx: AttributionScene, at: number, limit: number): ActorId | undefined {
  const issued = DOCUMENT_BY.exec(cx.masked.slice(at, Math.min(limit, at + 80)));
  if (!issued) return undefined;
  const by = at + issued[0].length;
  const rest = /\s+(?:on|after|following|at|during|earlier|last|this|late|which|that)\b|[,;:]/.exec(cx.masked.slice(by, limit));
  let end = rest ? by + rest.index : limit;
  while (end > by && /[\s.]/.test(cx.masked[end - 1]!)) end--;
  const subj = cx.reader.subjectAfter(by, end);
  const first = subj?.mentions[0];
  // ("a statement from Armenia’s foreign ministry": the country's body, not the country)
  if (first && !(first.kind === 'metonym' && /^[’']s\s/.test(cx.masked.slice(first.end, first.end + 3)))) {
    const who = resolveSubject(cx, subj)[0];
    if (who) return who;
  }
  return organisationBefore(cx, end, by) ?? undefined;
}
