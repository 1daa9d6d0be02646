// Who called, met or wrote to whom, when, and whether it happened or is planned.
import type { Actor, ActorId, ContactKind, ContactStatus, IsoDate, Span } from '../model.js';
import { ClauseReader } from './clauses.js';
import type { ResolvedMention } from './coreference.js';
import { findDate } from './dates.js';
import type { Sentence } from './sentences.js';

export interface FoundContact extends Span {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly kind: ContactKind;
  readonly date: IsoDate | null;
  readonly status: ContactStatus;
}

interface ContactCue {
  readonly re: RegExp;
  readonly kind: ContactKind;
  /** The cue names the parties before it as a group ("X and Y met"). */
  readonly mutual?: boolean;
}

// Each cue ends where its object (the other party) begins.
const CUES: ContactCue[] = [
  { re: /\b(?:held|had|holds|has|hold|have)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:tele)?phone\s+(?:conversations?|calls?|talks)\s+with\s+/gi, kind: 'call' },
  { re: /\b(?:spoke|speaks|talked|talks|spoken|speak|talk)\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?(?:with|to)\s+/gi, kind: 'call' },
  { re: /(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:\w+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+with\s+/gi, kind: 'call' },
  { re: /\b(?:called|phoned|calls|phones|will\s+call|to\s+call)\s+(?!for\b|on\b|upon\b|off\b|it\b|them\b|the\b|a\b|an\b|this\b|that\b|his\b|her\b)/gi, kind: 'call' },
  { re: /\b(?:received|receives|got|had)\s+a\s+(?:(?:tele)?phone\s+)?call\s+from\s+/gi, kind: 'call' },
  { re: /\b(?:met|meets|meet|meeting|to\s+meet|will\s+meet)\s+(?:with\s+)?/gi, kind: 'meeting' },
  { re: /\b(?:held|holds|hold|had|has|have|will\s+hold)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:talks|meetings?|consultations|negotiations|discussions)\s+with\s+/gi, kind: 'meeting' },
  { re: /(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:\w+\s+){0,2}(?:talks|meeting|negotiations|consultations|summit|visit)\s+(?:(?:on\s+)?\w+\s+\d{1,2}\s+)?with\s+/gi, kind: 'meeting' },
  { re: /\b(?:hosted|hosts|host|received|receives|welcomed)\s+(?!a\s|an\s|the\s|calls?\b|letters?\b)/gi, kind: 'meeting' },
  { re: /\b(?:sent|wrote|addressed|delivered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:letter|message)\s+to\s+/gi, kind: 'letter' },
  { re: /\b(?:wrote|writes)\s+to\s+/gi, kind: 'letter' },
  { re: /\b(?:received|receives)\s+a\s+(?:\w+\s+)?(?:letter|message)\s+from\s+/gi, kind: 'letter' },
  { re: /\bin\s+a\s+(?:\w+\s+)?letter\s+to\s+/gi, kind: 'letter' },
  // parties before the cue, together: "X and Y met", "X and Y decided to meet", "the meeting between X and Y"
  { re: /\b(?:met|meet|will\s+meet|to\s+meet|held\s+talks|hold\s+talks|will\s+hold\s+talks)\b/gi, kind: 'meeting', mutual: true },
  { re: /\b(?:spoke|talked|held\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call|talks))\b(?!\s+(?:with|to)\b)/gi, kind: 'call', mutual: true },
  { re: /\b(?:meeting|talks|summit|negotiations)\s+between\s+/gi, kind: 'meeting' },
];

const PLANNED = /\b(?:will|would|shall|to\s+meet|to\s+hold|to\s+visit|to\s+call|plans?\s+to|planned|planning|scheduled|expected\s+to|is\s+due|are\s+due|upcoming|decided\s+to|agreed\s+to\s+meet|set\s+to|next\s+week|invited)\b/i;
const CANCELLED = /\b(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|cancel(?:l)?ation)\b/i;
// Between two parties of one list: "and", commas, and the titles of the next one.
const PARTY_JOIN = /^(?:\s*,\s*|\s+)(?:and\s+|as\s+well\s+as\s+|&\s+)?(?:the\s+)?$/;

/**
 * Reads the text unmasked: a spokesperson's quoted readout ("…the leaders’ planned meeting with X…")
 * reports contacts as facts, and they count as much as narration's.
 */
export function findContacts(
  masked: string,
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  date: IsoDate,
  actorOf: (id: ActorId) => Actor | undefined,
): FoundContact[] {
  const narration = mentions.filter((m) => m.actor);
  const reader = new ClauseReader(masked, narration);
  const found: FoundContact[] = [];
  const isParty = (m: ResolvedMention) => {
    const a = actorOf(m.actor!);
    return !!a && (a.kind === 'person' || (m.kind !== 'metonym' && !/^government of/i.test(a.name)));
  };

  for (const s of sentences) {
    const body = masked.slice(s.start, s.end);
    if (!/(?:met|meet|call|phone|spoke|speak|talk|host|receiv|welcom|letter|wrote|conversation|summit|visit|negotiat|consultation|between)/i.test(body)) continue;
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(body); m; m = cue.re.exec(body)) {
        const at = s.start + m.index;
        const objectStart = s.start + m.index + m[0].length;
        let parties: ActorId[];
        if (cue.mutual || /between\s+$/.test(m[0])) {
          parties = cue.mutual ? groupBefore(at, s) : objectList(objectStart, s);
          if (!cue.mutual) parties = parties.slice(0, 4);
          if (parties.length < 2) continue;
        } else {
          const objects = objectList(objectStart, s);
          if (objects.length === 0) continue;
          const subjects = subjectsOf(at, s, m[0]);
          if (subjects.length === 0) continue;
          parties = [...new Set([...subjects, ...objects])];
          if (parties.length < 2) continue;
          if (subjects.length === 1) {
            for (const o of objects) if (o !== subjects[0]) push(subjects[0]!, o);
            continue;
          }
        }
        for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) push(parties[i]!, parties[j]!);

        function push(a: ActorId, b: ActorId) {
          const clause = masked.slice(s.start, s.end);
          const status: ContactStatus = CANCELLED.test(clause) ? 'cancelled' : PLANNED.test(body.slice(Math.max(0, m!.index - 40), m!.index + m![0].length + 20)) ? 'planned' : 'held';
          const when = findDate(clause, date, status === 'planned' ? 'future' : 'past');
          found.push({ start: s.start, end: s.end, a, b, kind: cue.kind, date: when?.date ?? null, status });
        }
      }
    }
  }
  return merge(found);

  /** The parties right after a cue: "with Foreign Minister X and Azerbaijani Foreign Minister Y". */
  function objectList(from: number, s: Sentence): ActorId[] {
    const ids: ActorId[] = [];
    let cursor = from;
    for (const m of narration) {
      if (m.end <= from || m.start >= s.end) continue;
      const start = m.titleStart ?? m.start;
      const gap = masked.slice(cursor, start);
      const first = ids.length === 0;
      if (first ? !/^(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}.-]*\s+)*$/u.test(gap) : !PARTY_JOIN.test(gap)) break;
      if (/^[’']s\b/.test(masked.slice(m.end, m.end + 3))) break; // "with Azerbaijan’s president": the possessor is no party
      if (isParty(m) && !ids.includes(m.actor!)) ids.push(m.actor!);
      cursor = m.end;
    }
    return ids;
  }

  /** Who initiates: the subject of the cue, or the possessors before a noun ("Pashinian’s and Aliyev’s planned meeting"). */
  function subjectsOf(at: number, s: Sentence, cueText: string): ActorId[] {
    if (/^(?:the|a|his|her|their|its)\s/i.test(cueText) || /^[’']s\s/.test(cueText)) {
      // "Pashinian’s and Aliyev’s planned meeting with X"
      const possessors = possessorsBefore(at + (/^[’']s/.test(cueText) ? 2 : 0), s);
      if (possessors.length) return possessors;
      // "In a phone call with X, Y stressed …": the sentence's subject after the phrase
      if (/^\s*(?:in|during|after|following|at|on)\s*$/i.test(masked.slice(s.start, at))) {
        const comma = masked.indexOf(',', at);
        const after = comma > 0 && comma < s.end ? reader.mainSubject({ start: comma + 1, end: s.end }, s.end) : null;
        return after ? after.mentions.map((m) => m.actor!).filter(Boolean) : [];
      }
      // "the call with X", "his conversation with X": the other party is not named here
      return [];
    }
    const subj = reader.subjectBefore(at, s.start) ?? reader.mainSubject(s, at);
    return subj ? subj.mentions.map((m) => m.actor!).filter((id) => id && actorOf(id)) : [];
  }

  function possessorsBefore(at: number, s: Sentence): ActorId[] {
    const window = masked.slice(s.start, at);
    const m = /((?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*[’']s?\s*(?:,\s*|\s*and\s+)?)+)$/u.exec(window);
    if (!m) return [];
    const from = s.start + m.index;
    return narration.filter((x) => x.start >= from && x.end <= at && isParty(x)).map((x) => x.actor!);
  }

  function groupBefore(at: number, s: Sentence): ActorId[] {
    const subj = reader.subjectBefore(at, s.start);
    if (subj && subj.mentions.length >= 2) return subj.mentions.map((m) => m.actor!).filter(Boolean);
    const main = reader.mainSubject(s, at);
    return main && main.mentions.length >= 2 && /^\s*(?:\w+\s+){0,3}$/.test(masked.slice(main.mentions[main.mentions.length - 1]!.end, at))
      ? main.mentions.map((m) => m.actor!).filter(Boolean)
      : [];
  }
}

/** One contact per pair and kind: a dated mention of it beats an undated one. */
function merge(found: FoundContact[]): FoundContact[] {
  const byPair = new Map<string, FoundContact>();
  for (const c of found) {
    if (c.a === c.b) continue;
    const key = [c.a, c.b].sort().join('|') + `|${c.kind}`;
    const seen = byPair.get(key);
    if (!seen) byPair.set(key, c);
    else if (seen.date === null && c.date !== null) byPair.set(key, { ...seen, date: c.date, status: seen.status === 'held' ? c.status : seen.status });
  }
  return [...byPair.values()];
}
