// Every actor the index knows: the dictionary's, then those the extractor discovered in articles. A
// discovered actor comes once per article that names it, with the same id: the copies merge into one.
import type { Actor, ActorId, StoredExtraction } from '../model.js';
import type { Dictionary } from '../extract/dictionary.js';

export interface ActorUniverse {
  readonly actors: Actor[];
  readonly indexOf: Map<ActorId, number>;
}

export function collectActors(dictionary: Dictionary, extractions: readonly StoredExtraction[]): ActorUniverse {
  const actors: Actor[] = [...dictionary.actors];
  const indexOf = new Map<ActorId, number>();
  actors.forEach((a, i) => indexOf.set(a.id, i));
  // Copies of a discovered actor beyond the first, merged at the end in one go (each once: decoded from
  // the cache, the same copy found in many articles is one object, and merging it again changes nothing).
  const copies = new Map<ActorId, Set<Actor>>();
  for (const extraction of extractions) {
    for (const found of extraction.discovered) {
      const at = indexOf.get(found.id);
      if (at === undefined) {
        indexOf.set(found.id, actors.length);
        actors.push(found);
        continue;
      }
      const first = actors[at]!;
      // The dictionary's entry is authoritative; identical copies need no merging.
      if (first.origin === 'dictionary' || first === found) continue;
      const list = copies.get(found.id);
      if (list) list.add(found);
      else copies.set(found.id, new Set([found]));
    }
  }
  for (const [id, more] of copies) {
    const at = indexOf.get(id)!;
    actors[at] = mergeDiscovered(actors[at]!, [...more]);
  }
  return { actors, indexOf };
}

/** The index of actor `id`, adding a bare stand-in when no dictionary entry or discovery names it. */
export function ensureActor(universe: ActorUniverse, id: ActorId): number {
  let at = universe.indexOf.get(id);
  if (at === undefined) {
    at = universe.actors.length;
    universe.actors.push(standIn(id));
    universe.indexOf.set(id, at);
  }
  return at;
}

export function mergeDiscovered(first: Actor, more: readonly Actor[]): Actor {
  const aliases = new Set(first.aliases);
  const nominals = new Set(first.nominals);
  const metonyms = new Set(first.metonyms);
  const roles = new Map(first.roles.map((r) => [`${r.title}|${r.from}|${r.to}`, r]));
  let { country, description } = first;
  for (const a of more) {
    for (const x of a.aliases) aliases.add(x);
    for (const x of a.nominals) nominals.add(x);
    for (const x of a.metonyms) metonyms.add(x);
    for (const r of a.roles) roles.set(`${r.title}|${r.from}|${r.to}`, r);
    country ??= a.country;
    description ??= a.description;
  }
  const unchanged =
    aliases.size === first.aliases.length &&
    nominals.size === first.nominals.length &&
    metonyms.size === first.metonyms.length &&
    roles.size === first.roles.length &&
    country === first.country &&
    description === first.description;
  if (unchanged) return first;
  return {
    ...first,
    aliases: [...aliases],
    nominals: [...nominals],
    metonyms: [...metonyms],
    roles: [...roles.values()],
    ...(country !== undefined ? { country } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * The index's actors in the order every build gives them, whatever the order of the files: the
 * dictionary's as written, then every other actor (discovered, or a bare stand-in for an id nothing
 * names) by id. Discovered copies merge in file order (`extractions` sorted by file). A layered index
 * (layered.ts) derives the same table from another route, so nothing a query answers depends on how
 * the index got its articles.
 */
export function indexUniverse(dictionary: Dictionary, extractionsInFileOrder: readonly StoredExtraction[]): ActorUniverse {
  const collected = collectActors(dictionary, extractionsInFileOrder);
  for (const e of extractionsInFileOrder) {
    for (const id of e.actors) ensureActor(collected, id);
    for (const s of e.statements) if (s.speaker !== null) ensureActor(collected, s.speaker);
    for (const c of e.contacts) {
      ensureActor(collected, c.a);
      ensureActor(collected, c.b);
    }
  }
  return canonicalOrder(dictionary.actors.length, collected.actors);
}

/** The first `dictionaryCount` actors as they are, the rest by id. */
export function canonicalOrder(dictionaryCount: number, actors: readonly Actor[]): ActorUniverse {
  const rest = actors.slice(dictionaryCount).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ordered = [...actors.slice(0, dictionaryCount), ...rest];
  const indexOf = new Map<ActorId, number>();
  ordered.forEach((a, i) => indexOf.set(a.id, i));
  return { actors: ordered, indexOf };
}

/** A bare stand-in for an id that no dictionary entry or discovery names. */
export function standIn(id: ActorId): Actor {
  return { id, kind: 'person', name: id, aliases: [id], nominals: [], metonyms: [], roles: [], origin: 'discovered' };
}
