// Who a subject's mentions are: pronouns the person last spoken of, documents their issuer, and what the dictionary
// cannot resolve from the text itself (a body named by its kind alone, a role noun of someone named before).
import type { ActorId } from '../model.js';
import type { AttributionScene } from './attributionScene.js';
import type { Subject } from './clauses.js';
import { documentVoice, issuerOf, register } from './organisations.js';
import { lastPersonFor } from './people.js';

/** Actor ids for a subject; pronouns take the person last spoken of (gender permitting), documents their issuer. */
export function resolveSubject(cx: AttributionScene, subj: Subject): ActorId[] {
  const ids: ActorId[] = [];
  for (const m of subj.mentions) {
    let id = m.actor;
    if (!id && m.kind === 'pronoun') id = lastPersonFor(cx, m.gender);
    if (!id && m.kind === 'document') id = issuerOf(cx, m.start) ?? documentVoice(cx, m.start);
    if (!id && m.kind === 'nominal') id = bodyOfKind(cx, m.start, m.end);
    if (!id && m.kind === 'roleNoun') id = lastOfRole(cx, m.start, m.end);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * "… received the Turkmen ambassador, Ahmet Gurbanov. The ambassador conveyed …": a role noun the dictionary cannot
 * resolve is the person last named with that role (by the role noun set off before the name, or a title).
 */
function lastOfRole(cx: AttributionScene, start: number, end: number): ActorId | null {
  const phrase = cx.masked.slice(start, end).toLowerCase();
  const noun = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (noun.length < 4) return null;
  let seen = 0;
  for (let i = cx.narration.length - 1; i >= 0 && seen < 40; i--) {
    const x = cx.narration[i]!;
    if (x.start >= start) continue;
    seen++;
    if (!x.actor || cx.actorOf(x.actor)?.kind !== 'person') continue;
    const named = (x.kind === 'roleNoun' || x.kind === 'nominal' ? cx.masked.slice(x.start, x.end) : (x.title ?? '')).toLowerCase();
    if (named.endsWith(noun) && !/\p{L}/u.test(named.charAt(named.length - noun.length - 1))) return x.actor;
  }
  return null;
}

const BODY_KINDS = new Set([
  'ministry',
  'department',
  'embassy',
  'agency',
  'presidency',
  'commission',
  'mission',
  'secretariat',
  'delegation',
  'directorate',
  'office',
  'service',
  'council',
  'committee',
  'administration',
]);

/**
 * "The Austrian foreign ministry said in a statement … . “…,” the ministry said": a body the dictionary lacks,
 * named by its kind alone, is the last body of that kind that spoke (or was named as speaking) in the article.
 */
function bodyOfKind(cx: AttributionScene, start: number, end: number): ActorId | null {
  const phrase = cx.masked.slice(start, end).toLowerCase();
  const kind = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (!BODY_KINDS.has(kind)) return null;
  for (let i = cx.results.length - 1; i >= 0 && i >= cx.results.length - 12; i--) {
    const r = cx.results[i]!;
    for (const id of [r.speaker, r.via]) {
      const actor = id ? cx.actorOf(id) : undefined;
      if (actor?.kind === 'org' && actor.name.toLowerCase().includes(kind)) return actor.id;
    }
  }
  // "Mexican Foreign Minister X … , the foreign ministry said": the ministry of the country of the person last spoken of
  if (!FOREIGN_MINISTRY.test(phrase)) return null;
  const country = firstCountryOfSentence(cx, start) ?? cx.actorOf(lastPersonFor(cx) ?? '')?.country;
  if (!country) return null;
  const name = `Ministry of Foreign Affairs of ${country}`;
  return cx.lexicon.dictionary.actors.find((a) => a.name === name)?.id ?? register(cx, { name, country });
}

const FOREIGN_MINISTRY = /^the\s+foreign\s+(?:ministry|office)$/;

/** The country of the first person named in the sentence before `at` (the one its account is about). */
function firstCountryOfSentence(cx: AttributionScene, at: number): string | undefined {
  let country: string | undefined;
  for (let i = cx.narration.length - 1, seen = 0; i >= 0 && seen < 12; i--) {
    const x = cx.narration[i]!;
    if (x.start >= at) continue;
    seen++;
    if (/[.!?]\s/.test(cx.masked.slice(x.end, at))) break;
    const actor = x.actor ? cx.actorOf(x.actor) : undefined;
    if (actor?.kind === 'person' && actor.country) country = actor.country;
  }
  return country;
}
