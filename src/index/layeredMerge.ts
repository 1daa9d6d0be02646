// The lists of a layered index (layered.ts) merged from its two layers in the whole's index order: an
// actor's statements (newest article first, text order within) and contacts (newest first), and
// search hits (best first, as one build's top-k would rank them).
import type { ActorId, Contact } from '../model.js';
import type { ArticleRef } from './api.js';
import type { ActorContacts, ActorStatements } from './brief.js';
import type { SearchHit } from './api.js';
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

const none = { ids: new Int32Array(0), day: new Int32Array(0), article: new Int32Array(0) };

export function mergedStatements(layers: Lists, actor: ActorId): ActorStatements {
  const { base, top, basePos, topPos } = layers;
  const bi = base.actorIndex.get(actor);
  const ti = top.actorIndex.get(actor);
  const b = bi === undefined ? none : base.briefs.statementsOf(bi);
  const t = ti === undefined ? none : top.briefs.statementsOf(ti);
  const total = b.ids.length + t.ids.length;
  const day = new Int32Array(total);
  const article = new Int32Array(total);
  const stmt = new Int32Array(total);
  const layer = new Uint8Array(total);
  let m = 0;
  let i = 0;
  let j = 0;
  while (i < b.ids.length || j < t.ids.length) {
    const bs = b.ids[i];
    if (bs !== undefined && basePos[b.article[bs]!]! < 0) {
      i++;
      continue;
    }
    const ts = t.ids[j];
    const bp = bs === undefined ? Infinity : basePos[b.article[bs]!]!;
    const tp = ts === undefined ? Infinity : topPos[t.article[ts]!]!;
    const fromBase = bp < tp;
    const s = fromBase ? bs! : ts!;
    day[m] = (fromBase ? b : t).day[s]!;
    article[m] = fromBase ? bp : tp;
    stmt[m] = s;
    layer[m] = fromBase ? 0 : 1;
    m++;
    if (fromBase) i++;
    else j++;
  }
  return {
    ids: identity(m),
    day,
    article,
    statement: (k) => (layer[k] === 0 ? base : top).records.statement(stmt[k]!),
  };
}

export function mergedContacts(layers: Lists, actor: ActorId): ActorContacts {
  const { base, top, basePos, topPos } = layers;
  const bi = base.actorIndex.get(actor);
  const ti = top.actorIndex.get(actor);
  const b = bi === undefined ? none : base.briefs.contactsOf(bi);
  const t = ti === undefined ? none : top.briefs.contactsOf(ti);
  const total = b.ids.length + t.ids.length;
  const day = new Int32Array(total);
  const article = new Int32Array(total);
  const contact = new Int32Array(total);
  const layer = new Uint8Array(total);
  let m = 0;
  let i = 0;
  let j = 0;
  while (i < b.ids.length || j < t.ids.length) {
    const bc = b.ids[i];
    if (bc !== undefined && basePos[b.article[bc]!]! < 0) {
      i++;
      continue;
    }
    const tc = t.ids[j];
    // Newest first, then the article's place, as a build sorts them (the same article is never in both).
    const fromBase =
      tc === undefined ||
      (bc !== undefined && (b.day[bc]! > t.day[tc]! || (b.day[bc] === t.day[tc] && basePos[b.article[bc]!]! < topPos[t.article[tc]!]!)));
    const c = fromBase ? bc! : tc;
    day[m] = (fromBase ? b : t).day[c]!;
    article[m] = fromBase ? basePos[b.article[c]!]! : topPos[t.article[c]!]!;
    contact[m] = c;
    layer[m] = fromBase ? 0 : 1;
    m++;
    if (fromBase) i++;
    else j++;
  }
  return {
    ids: identity(m),
    day,
    article,
    contact: (k): Contact => (layer[k] === 0 ? base : top).records.contact(contact[k]!),
  };
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
