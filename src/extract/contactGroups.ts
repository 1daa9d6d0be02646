// Groups a contact names by a noun instead of by names: "the five leaders met", "the meeting of the 3 FMs", and the
// people of the contact just told ("Welcoming his counterparts, X …"). A group is the latest earlier sentence's
// contact parties whose titles fit the noun.
import type { ActorId } from '../model.js';
import { isPerson, type ContactScene } from './contactParties.js';
import type { Sentence } from './sentences.js';

const GROUP_ANAPHOR =
  /\b(?:the|both|all)\s+(?:(two|three|four|five|six|seven)\s+)?(?:[\w-]+\s+)?(?:leaders|ministers|presidents|premiers|diplomats|sides|parties|officials|counterparts|envoys|men|women|heads\s+of\s+state)\b[^,;]{0,50}$/i;
const GROUP_NOUN = /\b(?:leaders|ministers|presidents|premiers|diplomats|sides|parties|officials|counterparts|envoys|men|women|heads)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "The five leaders already met in this format in June", "both ministers met again": the parties of the
 * latest earlier contact of that many people.
 */
export function groupAnaphor(cx: ContactScene, at: number, s: Sentence): ActorId[] {
  const before = cx.text.slice(s.start, at);
  if (!GROUP_NOUN.test(before)) return [];
  const lead = GROUP_ANAPHOR.exec(before);
  if (!lead) return [];
  const want = lead[1] ? (NUMBER_WORDS[lead[1].toLowerCase()] ?? 0) : lead[0].toLowerCase().startsWith('both') ? 2 : 0;
  return latestGroup(cx, s, want, GROUP_NOUN.exec(lead[0])![0].toLowerCase());
}

// "the meeting of the 3 FMs", "the meeting of the two foreign ministers"
const GROUP_AFTER =
  /^\s*(?:the\s+|all\s+)?(\d|two|three|four|five|six|seven)\s+(?:[\w-]+\s+)?(FMs|ministers|leaders|presidents|premiers|heads\s+of\s+state)\b/i;

/** "during the meeting of the 3 FMs": the latest group of that many, named after the event's noun. */
export function groupAfter(cx: ContactScene, from: number, s: Sentence): ActorId[] {
  const lead = GROUP_AFTER.exec(cx.text.slice(from, Math.min(s.end, from + 60)));
  if (!lead) return [];
  const n = NUMBER_WORDS[lead[1]!.toLowerCase()] ?? Number(lead[1]);
  const noun = lead[2]!.toLowerCase();
  return latestGroup(cx, s, n, noun === 'fms' ? 'ministers' : noun.startsWith('heads') ? 'presidents' : noun);
}

/**
 * The persons of the latest earlier sentence's contacts, `want` of them (0: any number, two or more) whose titles fit
 * the group's noun: "the presidents" are heads of state or government, "the ministers" ministers, "the leaders" either
 * (news calls two foreign ministers "the two leaders"), never mediators or envoys.
 */
function latestGroup(cx: ContactScene, s: Sentence, want: number, noun: string): ActorId[] {
  const fits =
    noun === 'presidents' || noun === 'premiers'
      ? LEADER
      : noun === 'ministers'
        ? MINISTER
        : noun === 'leaders'
          ? LEADER_OR_MINISTER
          : null;
  // (the contacts are found in sentence order: walked back one sentence's contacts at a time)
  const found = cx.found;
  let k = found.length - 1;
  while (k >= 0 && found[k]!.sentence >= s.index) k--;
  while (k >= 0) {
    const sentence = found[k]!.sentence;
    const seen = new Set<ActorId>();
    for (; k >= 0 && found[k]!.sentence === sentence; k--) seen.add(found[k]!.a).add(found[k]!.b);
    const parties = [...seen].filter((id) => isPerson(cx, id) && (!fits || holds(cx, id, fits)));
    if (parties.length >= 2 && (!want || parties.length === want)) return parties;
  }
  return [];
}

const LEADER = /\b(?:president|prime\s+minister|premier|chancellor|king|emir|sultan|leader|head\s+of\s+(?:state|government))\b/i;
const MINISTER = /\bminister\b|\bsecretary\s+of\s+state\b/i;
const LEADER_OR_MINISTER =
  /\b(?:president|prime\s+minister|premier|chancellor|king|emir|sultan|leader|head\s+of\s+(?:state|government)|minister|secretary\s+of\s+state)\b/i;

/** Whether a person's title, in the dictionary or as the text gave it, says what `office` asks (or says nothing). */
function holds(cx: ContactScene, id: ActorId, office: RegExp): boolean {
  const a = cx.actorOf(id);
  if (!a) return false;
  // ("Deputy Prime Minister", "Vice President" and "Press Secretary of the President" are no leaders)
  const fit = (title: string) =>
    office.test(title) && !(office !== MINISTER && /\b(?:deputy|vice|press\s+secretary|spokes\w*|adviser|advisor|aide)\b/i.test(title));
  // (a person whose office the article and the dictionary do not give may be meant)
  if (!a.description && a.roles.length === 0) return true;
  return fit(a.description ?? '') || a.roles.some((r) => fit(r.title));
}

/** The people of the latest contact found, in this sentence or the one before. */
export function latestParties(cx: ContactScene, s: Sentence): ActorId[] {
  const last = cx.found[cx.found.length - 1];
  if (!last || last.sentence < s.index - 1) return [];
  return [...new Set(cx.found.filter((c) => c.sentence === last.sentence && c.kind === last.kind).flatMap((c) => [c.a, c.b]))].filter(
    (id) => isPerson(cx, id),
  );
}
