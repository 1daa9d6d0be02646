// The lists of a layered index (layered.ts) merged from its two layers in the whole's index order: an
// actor's statements (newest article first, text order within) and contacts (newest first), and
// search hits (best first, as one build's top-k would rank them).
import type { ActorId, Contact } from '../model.js';
import type { ArticleRef } from './api.js';
import { twinsOf, type ActorContacts, type ActorStatements } from './brief.js';
import type { SearchHit } from './api.js';
import { markRepeatedKeys, smallCodes } from './contactRepeats.js';
import { NONE } from './indexColumns.js';
import { lowerBound } from './lowerBound.js';
import type { OpenedIndex } from './openIndex.js';

export interface Layers {
  readonly base: OpenedIndex;
  readonly top: OpenedIndex;
  /** Per base article ordinal: its place in the whole's index order, or -1 when gone. */
  readonly basePos: Int32Array;
  readonly topPos: Int32Array;
  /** The whole's articles in index order. */
  readonly refs: readonly ArticleRef[];
  readonly scope: {
    readonly n: number;
    readonly gone: Uint8Array | null;
    readonly baseNorms: Float32Array;
    readonly topNorms: Float32Array;
    readonly docFreq: (term: string) => number;
  };
}

type Lists = Omit<Layers, 'scope'>;

const none = {
  ids: new Int32Array(0),
  day: new Int32Array(0),
  article: new Int32Array(0),
  inside: new Int32Array(0),
  words: new Int32Array(0),
  repeat: new Int32Array(0),
};

/** One layer's list of an actor: positions into its records, each with its day and article ordinal. */
interface LayerList {
  readonly ids: ArrayLike<number>;
  readonly day: ArrayLike<number>;
  readonly article: ArrayLike<number>;
}

/** Two layers' lists as one, in the whole's order: `baseFirst` says which of the two heads goes first. */
interface Merged {
  readonly ids: Int32Array;
  readonly day: Int32Array;
  readonly article: Int32Array;
  /** The k-th entry's record number in its layer, and its layer (0 base, 1 top). */
  readonly item: Int32Array;
  readonly layer: Uint8Array;
}

function merge(layers: Lists, b: LayerList, t: LayerList, baseFirst: (bs: number, bp: number, ts: number, tp: number) => boolean): Merged {
  const { basePos, topPos } = layers;
  const total = b.ids.length + t.ids.length;
  const day = new Int32Array(total);
  const article = new Int32Array(total);
  const item = new Int32Array(total);
  const layer = new Uint8Array(total);
  let m = 0;
  let i = 0;
  let j = 0;
  while (i < b.ids.length || j < t.ids.length) {
    const bs = b.ids[i];
    // A base article replaced or removed since is no longer part of the whole.
    if (bs !== undefined && basePos[b.article[bs]!]! < 0) {
      i++;
      continue;
    }
    const ts = t.ids[j];
    const fromBase = ts === undefined || (bs !== undefined && baseFirst(bs, basePos[b.article[bs]!]!, ts, topPos[t.article[ts]!]!));
    const s = fromBase ? bs! : ts;
    day[m] = (fromBase ? b : t).day[s]!;
    article[m] = fromBase ? basePos[b.article[s]!]! : topPos[t.article[s]!]!;
    item[m] = s;
    layer[m] = fromBase ? 0 : 1;
    m++;
    if (fromBase) i++;
    else j++;
  }
  return { ids: identity(m), day, article, item, layer };
}

export function mergedStatements(layers: Lists, actor: ActorId): ActorStatements {
  const { base, top } = layers;
  const bi = base.actorIndex.get(actor);
  const ti = top.actorIndex.get(actor);
  const b = bi === undefined ? none : base.briefs.statementsOf(bi);
  const t = ti === undefined ? none : top.briefs.statementsOf(ti);
  // The whole's article order, text order within an article (the same article is never in both).
  const { ids, day, article, item, layer } = merge(layers, b, t, (_bs, bp, _ts, tp) => bp < tp);
  const inside = new Int32Array(ids.length);
  const words = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const from = layer[k] === 0 ? b : t;
    inside[k] = from.inside[item[k]!]!;
    words[k] = from.words[item[k]!]!;
  }
  const list = {
    ids,
    day,
    article,
    inside,
    words,
    statement: (k: number) => (layer[k] === 0 ? base : top).records.statement(item[k]!),
    foldedWords: (k: number) => (layer[k] === 0 ? base : top).briefs.foldedWordsOf(item[k]!),
  };
  let twins: Int32Array | undefined;
  // Merged anew for each brief of a layered index (the top layer is small and short-lived).
  return { ...list, twins: () => (twins ??= mergedTwins(base.data.statements.twin, b.ids, { item, layer }, list)) };
}

/**
 * `twinsOf` the merged list, from the base's `twin` column where the top layer cannot change the answer:
 * a base statement whose words no top statement has (its hash differs) keeps its base twin, or the next
 * newer one in the base's chain when that one's article is gone. The top's statements and the base's
 * that share a hash with one of them are found again together, by `twinsOf` over just those. Finding
 * every twin anew cost a brief of the busiest actors 30–140 ms at 100,000 articles.
 */
function mergedTwins(
  baseTwin: Int32Array,
  /** The actor's base statements, ascending. */
  baseIds: Int32Array,
  merged: Pick<Merged, 'item' | 'layer'>,
  list: Omit<ActorStatements, 'twins'>,
): Int32Array {
  const { item, layer } = merged;
  const { inside, words } = list;
  // The merge's columns are as long as both lists; the whole is `ids` long (gone statements left out).
  const n = list.ids.length;
  const twins = new Int32Array(n);
  const contested = new Set<number>();
  for (let k = 0; k < n; k++) if (layer[k] === 1 && !inside[k]) contested.add(words[k]!);
  // Each base place's position in the merged list, -1 for a statement whose article is gone.
  const position = new Int32Array(baseIds.length).fill(-1);
  for (let k = 0, p = 0; k < n; k++) {
    if (layer[k] !== 0) continue;
    while (baseIds[p] !== item[k]) p++;
    position[p++] = k;
  }
  const again: number[] = [];
  for (let k = 0; k < n; k++) {
    if (inside[k]) twins[k] = -2;
    else if (layer[k] === 1 || contested.has(words[k]!)) again.push(k);
    else {
      let at = -1;
      for (let t = baseTwin[item[k]!]!; t !== NONE && at < 0; t = baseTwin[t]!) at = position[lowerBound(baseIds, t)]!;
      twins[k] = at;
    }
  }
  if (again.length) {
    const places = twinsOf({ ...list, ids: Int32Array.from(again) });
    again.forEach((k, j) => (twins[k] = places[j]! < 0 ? places[j]! : again[places[j]!]!));
  }
  return twins;
}

export function mergedContacts(layers: Lists, actor: ActorId): ActorContacts {
  const { base, top } = layers;
  const bi = base.actorIndex.get(actor);
  const ti = top.actorIndex.get(actor);
  const b = bi === undefined ? none : base.briefs.contactsOf(bi);
  const t = ti === undefined ? none : top.briefs.contactsOf(ti);
  // Newest first, then the article's place, as a build sorts them (the same article is never in both).
  const { ids, day, article, item, layer } = merge(
    layers,
    b,
    t,
    (bc, bp, tc, tp) => b.day[bc]! > t.day[tc]! || (b.day[bc] === t.day[tc] && bp < tp),
  );
  // The base's marks hold while the list is the base's alone; with a report in the top layer, or a base
  // report gone, they are marked again over the whole list (contactRepeats.ts), as a build would.
  const repeat = new Int32Array(ids.length);
  if (t.ids.length === 0 && ids.length === b.ids.length) for (let k = 0; k < ids.length; k++) repeat[k] = b.repeat[item[k]!]!;
  else markMergedRepeats(layers, actor, { day, item, layer }, repeat);
  return { ids, day, article, repeat, contact: (k): Contact => (layer[k] === 0 ? base : top).records.contact(item[k]!) };
}

/** As markRepeats, over a merged list of `self`'s contacts: the other party, kind and status on a day. */
function markMergedRepeats(layers: Lists, self: ActorId, list: Pick<Merged, 'day' | 'item' | 'layer'>, repeat: Int32Array): void {
  // Names as small numbers shared by both layers (their actor indices and string ids differ).
  const party = smallCodes<string>();
  const word = smallCodes<string>();
  markRepeatedKeys(
    list.day.subarray(0, repeat.length),
    (k) => {
      const { data } = list.layer[k] === 0 ? layers.base : layers.top;
      const c = list.item[k]!;
      const a = data.actors[data.contacts.a[c]!]!.id;
      const other = a === self ? data.actors[data.contacts.b[c]!]!.id : a;
      return party(other) * 64 + word(data.strings[data.contacts.kind[c]!]!) * 8 + word(data.strings[data.contacts.status[c]!]!);
    },
    repeat,
  );
}

interface Hit {
  readonly layer: OpenedIndex;
  readonly stmt: number;
  readonly score: number;
  readonly day: number;
  /** The article's place in the whole. */
  readonly pos: number;
}

/** Each layer's best `limit` scored over the whole, merged as one build's top-k ranks them. */
export function mergedSearch(layers: Layers, text: string, limit: number): SearchHit[] {
  const { base, top, scope } = layers;
  const hits: Hit[] = [];
  for (const [layer, norms, gone, pos] of [
    [base, scope.baseNorms, scope.gone, layers.basePos],
    [top, scope.topNorms, null, layers.topPos],
  ] as const) {
    for (const m of layer.searchIndex.search(text, limit, { n: scope.n, docFreq: scope.docFreq, norms, gone })) {
      const d = layer.data.statements;
      hits.push({ layer, stmt: m.stmt, score: m.score, day: d.day[m.stmt]!, pos: pos[d.article[m.stmt]!]! });
    }
  }
  // As TopK ranks: the score (within a rounding), then the newer, then the earlier in index order.
  const worse = (x: Hit, y: Hit): boolean => {
    if (Math.abs(x.score - y.score) > 1e-9 * Math.max(1, Math.abs(x.score), Math.abs(y.score))) return x.score < y.score;
    if (x.day !== y.day) return x.day < y.day;
    return x.pos !== y.pos ? x.pos > y.pos : x.stmt > y.stmt;
  };
  hits.sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0));
  return hits.slice(0, limit).map((h) => ({
    statement: h.layer.records.statement(h.stmt),
    article: layers.refs[h.pos]!,
    score: h.score,
  }));
}

function identity(n: number): Int32Array {
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) ids[k] = k;
  return ids;
}
