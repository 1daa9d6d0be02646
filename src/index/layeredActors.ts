// The actors of a layered index (layered.ts) and their counts, as a build of the whole would give
// them: the base's, less what its replaced articles counted, plus the top layer's; a discovered actor
// merged again from its copies in every article still there, in file order; a stand-in kept while
// something still names it. The table is in the one canonical order (actorUniverse.ts), so the name
// matchers over it answer exactly as a build's would.
import type { Actor, ActorId } from '../model.js';
import { canonicalOrder, mergeDiscovered, standIn } from './actorUniverse.js';
import { compareText, NONE, type IndexData } from './indexData.js';
import type { OpenedIndex } from './openIndex.js';

export interface ActorTable {
  readonly actors: readonly Actor[];
  readonly indexOf: ReadonlyMap<ActorId, number>;
  readonly appearances: Int32Array;
  readonly statementCounts: Int32Array;
  readonly contactCounts: Int32Array;
}

interface Copy {
  readonly file: string;
  readonly seq: number;
  readonly actor: Actor;
}

/** Per discovered id: its copies in the layer (article ordinal and position in `discovered.actors`). */
const copiesOfLayer = new WeakMap<IndexData, Map<ActorId, number[]>>();

function copiesIn(data: IndexData): Map<ActorId, number[]> {
  let map = copiesOfLayer.get(data);
  if (!map) {
    map = new Map();
    const { offsets, actors } = data.discovered;
    for (let a = 0; a + 1 < offsets.length; a++) {
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        const list = map.get(actors[k]!.id);
        if (list) list.push(a, k);
        else map.set(actors[k]!.id, [a, k]);
      }
    }
    copiesOfLayer.set(data, map);
  }
  return map;
}

/**
 * The whole's actors: `base` without its articles `gone` (ordinals), with `top`. Both layers were
 * built with the same dictionary, whose `dictionaryCount` actors lead every table.
 */
export function wholeActors(base: OpenedIndex, gone: ReadonlySet<number>, top: OpenedIndex, dictionaryCount: number): ActorTable {
  const counts = new Map<ActorId, [number, number, number]>();
  const b = base.data;
  b.actors.forEach((a, i) => counts.set(a.id, [b.appearances[i]!, b.statementCounts[i]!, b.contactCounts[i]!]));
  const touched = new Set<ActorId>();
  for (const a of gone) {
    for (let k = b.articleActors.offsets[a]!; k < b.articleActors.offsets[a + 1]!; k++)
      counts.get(b.actors[b.articleActors.actors[k]!]!.id)![0]--;
    const [from, to] = base.statementRange(a);
    for (let s = from; s < to; s++) {
      const speaker = b.statements.speaker[s]!;
      if (speaker !== NONE) counts.get(b.actors[speaker]!.id)![1]--;
    }
    for (const c of base.contactIdsOf(a)) {
      counts.get(b.actors[b.contacts.a[c]!]!.id)![2]--;
      if (b.contacts.b[c] !== b.contacts.a[c]) counts.get(b.actors[b.contacts.b[c]!]!.id)![2]--;
    }
    for (let k = b.discovered.offsets[a]!; k < b.discovered.offsets[a + 1]!; k++) touched.add(b.discovered.actors[k]!.id);
  }
  const t = top.data;
  t.actors.forEach((a, i) => {
    const c = counts.get(a.id);
    if (c) {
      c[0] += t.appearances[i]!;
      c[1] += t.statementCounts[i]!;
      c[2] += t.contactCounts[i]!;
    } else counts.set(a.id, [t.appearances[i]!, t.statementCounts[i]!, t.contactCounts[i]!]);
  });
  for (const a of t.discovered.actors) touched.add(a.id);

  const dictionary = b.actors.slice(0, dictionaryCount);
  const inDictionary = new Set(dictionary.map((a) => a.id));
  const baseCopies = copiesIn(b);
  const list: Actor[] = [...dictionary];
  for (const [id, [appearances]] of counts) {
    if (inDictionary.has(id)) continue;
    let actor: Actor | null;
    if (touched.has(id)) actor = merged(id, base, gone, top);
    else actor = baseCopies.has(id) ? b.actors[base.actorIndex.get(id)!]! : null;
    if (actor) list.push(actor);
    else if (appearances > 0) list.push(standIn(id));
  }
  const { actors, indexOf } = canonicalOrder(dictionaryCount, list);
  const column = (which: 0 | 1 | 2) => Int32Array.from(actors, (a) => counts.get(a.id)![which]);
  return { actors, indexOf, appearances: column(0), statementCounts: column(1), contactCounts: column(2) };
}

/** A discovered actor from its copies in the whole, in file order; `null` when no article discovers it any more. */
function merged(id: ActorId, base: OpenedIndex, gone: ReadonlySet<number>, top: OpenedIndex): Actor | null {
  const copies: Copy[] = [];
  for (const layer of [base, top]) {
    const at = copiesIn(layer.data).get(id) ?? [];
    for (let i = 0; i < at.length; i += 2) {
      if (layer === base && gone.has(at[i]!)) continue;
      copies.push({ file: layer.articleRefs[at[i]!]!.file, seq: at[i + 1]!, actor: layer.data.discovered.actors[at[i + 1]!]! });
    }
  }
  if (!copies.length) return null;
  copies.sort((x, y) => compareText(x.file, y.file) || x.seq - y.seq);
  const [first, ...more] = copies.map((c) => c.actor);
  return mergeDiscovered(first!, more);
}
