// Other forms of a name the dictionary knows: with middle initials ("Lloyd J. Austin"), or a body's name that opens
// a longer nominal ("the UN chief", "the EU's foreign policy chief").
import type { Actor, ActorId } from '../model.js';
import { foldName, type ActorLexicon } from './actorLexicon.js';
import type { RawMention } from './mentionKinds.js';
import type { Token } from './tokens.js';
import { isInitial } from './wordFacts.js';

const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|ogly|oglu|kyzy|qizi)$/u;

/**
 * "Lloyd J. Austin", "Abdulla Nigmatovich Aripov" are the dictionary's Lloyd Austin and Abdulla Aripov: the name from
 * `from` to `to` without its middle initials and patronymics.
 */
export function withoutMiddleNames(lexicon: ActorLexicon, words: readonly string[], from: number, to: number): ActorId | undefined {
  const kept = words.slice(from, to + 1).filter((w, k) => !isInitial(w) && !(k > 0 && k < to - from && PATRONYMIC.test(w)));
  return kept.length > 1 && kept.length <= to - from ? lexicon.foldedNames.get(foldName(kept.join(' '))) : undefined;
}

/**
 * "the UN chief": whether the mention at token `k` is a body's name that the nominal ending at token `last` runs past;
 * if so, its mention is taken out of `mentions`, to give way to the nominal.
 */
export function bodyInsideNominal(
  mentions: RawMention[],
  tokens: readonly Token[],
  lexicon: ActorLexicon,
  k: number,
  last: number,
): boolean {
  const at = mentions.findIndex((m) => m.start === tokens[k]!.start);
  const body = mentions[at];
  if (!body || body.kind !== 'name' || body.end >= tokens[last]!.end) return false;
  if (!body.entries.every((e) => lexicon.dictionary.byId.get(e.actor)?.kind === 'org')) return false;
  mentions.splice(at, 1);
  return true;
}

/**
 * "Grigory Borisovich [Karasin]": a first name and a patronymic, as Russian speakers address one another, name the
 * person of that first name the article names in full (a dictionary name or one found before).
 */
export function addressedByPatronymic(
  text: string,
  mentions: readonly RawMention[],
  discovered: ReadonlyMap<ActorId, Actor>,
  first: string,
  patronymic: string,
): ActorId | undefined {
  if (!PATRONYMIC.test(patronymic)) return undefined;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.entries.length !== 1 || m.entries[0]!.surnameOnly) continue;
    if (text.startsWith(`${first} `, m.start)) return m.entries[0]!.actor;
  }
  for (const a of discovered.values()) if (a.kind === 'person' && a.name.startsWith(`${first} `)) return a.id;
  return undefined;
}
