// Who holds a meeting or call a noun names ("Pashinian’s meeting with X", "after talks with X, Y said", "by X in
// telephone conversations with Y"): the possessors before the noun, the agent of its clause, or the sentence's subject.
import type { ActorId } from '../model.js';
import { titleStart } from './clauses.js';
import { firstEndingAfter, isParty, isPerson, relays, titleHolders, type ContactScene } from './contactParties.js';
import type { Sentence } from './sentences.js';

// "Speaking", "Speaking to reporters": a participle opening the sentence, whose subject comes after its comma
const LEADING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing(?:\s+(?:to|with|at|after|before|during)\s+(?:\p{Ll}+\s+){0,2})?\s*$/u;

/** Whether the words before a cue leave it opening its sentence: nothing, a quotation mark, or a participle ("Speaking"). */
export function opensSentence(lead: string): boolean {
  return /^\s*["“‘«]?\s*$/.test(lead) || LEADING_PARTICIPLE.test(lead);
}

/** Who holds the meeting or call a noun names. */
export function nounSubjects(cx: ContactScene, at: number, cueText: string, s: Sentence, objects: readonly ActorId[]): ActorId[] {
  // "… was discussed by X in telephone conversations with Y", "by X at talks in Moscow with Y and telephone conversation
  // with Z": the agent of the clause holds them
  const agent = agentBefore(cx, at, s, objects);
  if (agent) return [agent];
  // "Pashinian’s and Aliyev’s planned meeting with X"
  if (/^[’']s/.test(cueText) || /^(?:the|a|his|her|their|its)\s/i.test(cueText)) {
    const possessors = possessorsBefore(cx, at + (/^[’']s/.test(cueText) ? 2 : 0), s);
    if (possessors.length) return possessors;
    // "X will not fly to Granada for the meeting with Y": the subject of the clause, when it does not speak
    // ("X said that his trilateral meeting with Y and Z …": "his" is the one who speaks; but in "X said in a
    // statement on his conversation with Y" the readout is about someone else)
    // ("In his meeting with Y on Tuesday, X raised …": the subject after the opening phrase's comma)
    const comma = cx.text.indexOf(',', at);
    const opening = /^\s*(?:in|at|during|after|following|before)\s+$/i.test(cx.text.slice(s.start, at)) && comma > 0 && comma < s.end;
    const main = opening ? cx.reader.mainSubject({ start: comma + 1, end: s.end }, s.end) : cx.reader.mainSubject(s, at);
    const between = main && !opening ? cx.text.slice(main.start, at) : '';
    const speaks = /\b(?:said|says|told|tells|added|stated|noted|wrote|announced|reported)\b/i.test(between);
    const ownClause =
      /^(?:his|her)\s/i.test(cueText) &&
      /\b(?:said|says|stated|noted|added|announced)\s+(?:that\s+)?(?:his|her)$/i.test(between + cueText.split(/\s/)[0]);
    if (main && (!speaks || ownClause)) {
      const ids = main.mentions
        .map((m) => m.actor!)
        .filter(
          (id) =>
            id &&
            !objects.includes(id) &&
            isParty(
              cx,
              main.mentions.find((m) => m.actor === id)!,
            ),
        );
      if (ids.length) return ids;
    }
    // "The ministry said that X would not travel … for the meeting with Y": the subject of the clause it reports
    if (main && speaks) {
      const said = /^[^]*\b(?:said|says|stated|noted|added|announced|reported)\s+(?:that\s+)?/i.exec(between);
      const clause = said ? cx.reader.mainSubject({ start: main.start + said[0].length, end: s.end }, at) : null;
      const ids = clause ? titleHolders(cx, clause.mentions).filter((id) => !objects.includes(id) && isPerson(cx, id)) : [];
      if (ids.length === 1) return ids;
      // ("X says this issue was discussed during the meeting with Y": no one else named, the one who speaks met Y;
      // never a spokesperson, who speaks of others' meetings)
      const speaker = main.mentions.length === 1 ? main.mentions[0]!.actor! : null;
      if (!clause && speaker && isPerson(cx, speaker) && !objects.includes(speaker) && !relays(cx, speaker) && /^the\s/i.test(cueText))
        return [speaker];
    }
  }
  // "After talks with X, Y said …" / "Y said after talks with X"; "Greeting X and Y in the Kremlin, Z said";
  // "Speaking at a joint news conference with X, Y said" (a participle leads: the subject follows its comma)
  if (
    /^(?:after|following|during|before|ahead|at|in|and|when|while|for|through|via|by|went|greeting|welcoming|receiving|hosting|meeting|was|were|will|speaking|standing|appearing|sitting|seated)\b/i.test(
      cueText,
    )
  ) {
    const comma = cx.text.indexOf(',', at);
    const lead = cx.text.slice(s.start, at);
    const subject =
      opensSentence(lead) && comma > 0 && comma < s.end
        ? cx.reader.mainSubject({ start: comma + 1, end: s.end }, s.end)
        : cx.reader.mainSubject(s, at);
    return subject ? titleHolders(cx, subject.mentions).filter((id) => !objects.includes(id)) : [];
  }
  // "…,” the spokesman said in a readout of the call with X": the one the quoted readout is about
  const speakerish = cx.reader.mainSubject(s, at)?.mentions.map((m) => m.actor) ?? [];
  const inQuote = cx.mentions.find(
    (m) => m.inQuote && m.start >= s.start && m.end <= at && m.actor && isPerson(cx, m.actor) && !objects.includes(m.actor),
  );
  if (inQuote) return [inQuote.actor!];
  // (never a spokesperson: "“The Secretary General had a phone call with X,” the spokesman said" is not the spokesman's)
  for (let k = firstEndingAfter(cx.named, s.start) - 1; k >= 0; k--) {
    const m = cx.named[k]!;
    if (m.end > s.start || m.inQuote) continue;
    if (isPerson(cx, m.actor!) && !objects.includes(m.actor!) && !speakerish.includes(m.actor) && !relays(cx, m.actor!)) return [m.actor!];
  }
  return [];
}

/** The person after the nearest "by" before a noun cue, no comma or other agent between (`null` if none). */
function agentBefore(cx: ContactScene, at: number, s: Sentence, objects: readonly ActorId[]): ActorId | null {
  const before = cx.text.slice(Math.max(s.start, at - 200), at);
  const by = before.lastIndexOf(' by ');
  if (by < 0 || /[,;:]/.test(before.slice(by))) return null;
  const from = at - before.length + by + 4;
  for (let k = firstEndingAfter(cx.named, from); k < cx.named.length && cx.named[k]!.start < at; k++) {
    const m = cx.named[k]!;
    if (m.inQuote || !isPerson(cx, m.actor!) || objects.includes(m.actor!)) continue;
    return titleStart(m) <= from + 80 && /^\s*(?:(?:the|a)\s+)?(?:[\p{L}.’'-]+\s+){0,8}$/u.test(cx.text.slice(from, titleStart(m)))
      ? m.actor!
      : null;
  }
  return null;
}

export function possessorsBefore(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  const window = cx.text.slice(s.start, at);
  const m = /((?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*[’']s?\s*(?:,\s*|\s*and\s+)?)+)$/u.exec(window);
  if (!m) return [];
  const from = s.start + m.index;
  return cx.named.filter((x) => x.start >= from && x.end <= at && isParty(cx, x)).map((x) => x.actor!);
}
