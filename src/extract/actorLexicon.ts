// The dictionary compiled for matching: token sequences keyed by their first word. Built once per
// dictionary (a WeakMap keeps it), so extracting an article costs lookups, not regex compilation.
import type { Actor, ActorId, RoleTerm } from '../model.js';
import type { Dictionary } from './dictionary.js';
import { COUNTRY_NAMES } from './lexicon.js';
import { tokenize } from './tokens.js';

export interface NameEntry {
  readonly words: readonly string[];
  readonly actor: ActorId;
  /** A lone surname of a person whose full name has more words. */
  readonly surnameOnly: boolean;
}

export interface NominalEntry {
  /** Lower-case words. */
  readonly words: readonly string[];
  readonly actor: ActorId;
  /** For a role's nominal: the role it names (its dates decide who holds it on the article's date). */
  readonly role?: RoleTerm;
}

export interface ActorLexicon {
  readonly dictionary: Dictionary;
  /** Proper names and aliases, matched case-sensitively. */
  readonly names: ReadonlyMap<string, readonly NameEntry[]>;
  /** Generic noun phrases ("the foreign ministry", "the secretary"), matched case-insensitively. */
  readonly nominals: ReadonlyMap<string, readonly NominalEntry[]>;
  /** Places that stand for governments ("Baku"). */
  readonly metonyms: ReadonlyMap<string, readonly NameEntry[]>;
  /** The government organisation of a country, when the dictionary has one. */
  readonly governments: ReadonlyMap<string, ActorId>;
  /**
   * People's full names (two words or more) folded to lower-case ASCII ("mevlut cavusoglu"), when only one
   * person answers to the folded form: a name spelt with other diacritics ("Mevlüt Çavuşoglu") is still theirs.
   */
  readonly foldedNames: ReadonlyMap<string, ActorId>;
}

/** A name without case or diacritics: "Çavuşoğlu" and "Cavusoglu" fold alike. */
export function foldName(name: string): string {
  // Most names are printable ASCII, where the folding below is only the lower case (Unicode normalisation
  // per name was a fifth of extraction time at 100k).
  if (!NOT_ASCII.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

const NOT_ASCII = /[^ -~]/;

/**
 * A word without its diacritics ("Lenarčič" → "Lenarcic", "Kılıç" → "Kilic"), the same string for a word all in
 * ASCII (most words, told by one pass over its letters).
 */
export function plainLetters(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  return ascii
    ? word
    : word
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i');
}

const compiled = new WeakMap<Dictionary, ActorLexicon>();

export function actorLexicon(dictionary: Dictionary): ActorLexicon {
  let lexicon = compiled.get(dictionary);
  if (!lexicon) {
    lexicon = compile(dictionary);
    compiled.set(dictionary, lexicon);
  }
  return lexicon;
}

const wordsOf = (phrase: string): string[] => tokenize(phrase).map((t) => t.text);

function compile(dictionary: Dictionary): ActorLexicon {
  const names = new Map<string, NameEntry[]>();
  const nominals = new Map<string, NominalEntry[]>();
  const metonyms = new Map<string, NameEntry[]>();
  const governments = new Map<string, ActorId>();
  const foldedNames = new Map<string, ActorId | null>();
  const push = <T extends { words: readonly string[] }>(map: Map<string, T[]>, entry: T, key: string) => {
    const list = map.get(key) ?? [];
    if (!list.some((e) => sameEntry(e, entry))) list.push(entry);
    map.set(key, list);
  };
  for (const actor of dictionary.actors) {
    const fullLength = wordsOf(actor.name).length;
    if (actor.kind === 'person')
      for (const full of [actor.name, ...actor.aliases]) {
        if (!/\s/.test(full.trim())) continue;
        const folded = foldName(wordsOf(full).join(' '));
        const other = foldedNames.get(folded);
        foldedNames.set(folded, other === undefined || other === actor.id ? actor.id : null);
      }
    for (const alias of actor.aliases) {
      const words = wordsOf(alias.replace(/^the\s+/i, ''));
      if (words.length === 0) continue;
      push(names, { words, actor: actor.id, surnameOnly: actor.kind === 'person' && words.length === 1 && fullLength > 1 }, words[0]!);
    }
    for (const nominal of actor.nominals) addNominal(nominal, actor, undefined);
    for (const role of actor.roles) for (const nominal of role.nominals) addNominal(nominal, actor, role);
    for (const metonym of actor.metonyms) {
      const words = wordsOf(metonym.replace(/^the\s+/i, ''));
      if (words.length) push(metonyms, { words, actor: actor.id, surnameOnly: false }, words[0]!);
    }
    if (actor.kind === 'org' && actor.country && /^(the )?government\b/i.test(actor.name)) governments.set(actor.country, actor.id);
  }
  // A country whose government has no entry still gets one through its name: "Government of X".
  for (const actor of dictionary.actors) {
    const m = /^Government of (?:the )?(.+)$/i.exec(actor.name);
    const country = m ? (COUNTRY_NAMES[m[1]!] ?? m[1]!) : undefined;
    if (country && !governments.has(country)) governments.set(country, actor.id);
  }
  for (const list of [...names.values(), ...nominals.values(), ...metonyms.values()]) list.sort((a, b) => b.words.length - a.words.length);
  const unique = new Map([...foldedNames].filter((e): e is [string, ActorId] => e[1] !== null));
  return { dictionary, names, nominals, metonyms, governments, foldedNames: unique };

  function addNominal(phrase: string, actor: Actor, role: RoleTerm | undefined) {
    const lower = phrase.toLowerCase().replace(/^the\s+/, '');
    // "the secretary-general" is also written "the secretary general"
    for (const form of lower.includes('-') ? [lower, lower.replace(/-/g, ' ')] : [lower]) {
      const words = wordsOf(form);
      if (words.length === 0) continue;
      push(nominals, role ? { words, actor: actor.id, role } : { words, actor: actor.id }, words[0]!);
    }
  }
}

function sameEntry(
  a: { words: readonly string[]; actor?: string; role?: RoleTerm },
  b: { words: readonly string[]; actor?: string; role?: RoleTerm },
) {
  return a.actor === b.actor && a.role === b.role && a.words.join(' ') === b.words.join(' ');
}
