// An index that takes one article at a time: an immutable base index, a small top layer built from the
// articles added or replaced since, and the base articles those replaced or that were removed (gone).
// Each change makes a new LayeredIndex, whole, that the pipeline swaps in as one reference: a query
// holds either the old one or the new one, never a mix. Every answer is the one a build of the whole
// would give (test/index/layered.test.ts checks it against fresh builds): the actors and their counts
// are re-derived for the whole (layeredActors.ts), search scores with the whole's statistics, and
// briefs and lists merge the two layers in index order. Folding the top layer into a new base is a
// build of the whole (`wholeInput`), done in the background when the layer grows.
import type { Dictionary } from '../extract/dictionary.js';
import type { Actor, ActorId, Article, StoredExtraction, Contact, Statement } from '../model.js';
import type {
  ActorResolution,
  ActorSummary,
  ArticleRef,
  AttacheIndex,
  Brief,
  BriefOptions,
  DateRange,
  IndexStats,
  SearchHit,
} from './api.js';
import { ActorDirectory, MAX_CHOICES, MAX_LISTED } from './actorDirectory.js';
import { makeBrief, type ActorContacts, type ActorStatements } from './brief.js';
import { RecentlyUsed } from './recentlyUsed.js';
import { buildIndexData, type IndexInput } from './indexData.js';
import { wholeActors, type ActorTable } from './layeredActors.js';
import { mergedContacts, mergedStatements, mergedSearch, type Layers } from './layeredMerge.js';
import { DEFAULT_SEARCH_LIMIT, openLayerSteps, strangerBrief, type OpenedIndex } from './openIndex.js';
import { averageLength, normsOf } from './searchIndex.js';

/** An article as the top layer holds it: its extraction, or `null` when extraction failed (indexed without statements). */
export interface LayerArticle {
  readonly article: Article;
  readonly extraction: StoredExtraction | null;
}

/** Changes since the base, by article id: the article as it is now, or `null` for one removed. */
export type Changes = ReadonlyMap<string, LayerArticle | null>;

const MAX_SEARCH_LIMIT = 1000;
const RECENT_BRIEFS = 16;
/** Actors whose merged lists are kept: ~2 MB each for the busiest at 100,000 articles. */
const MERGED_LISTS = 8;

/** The base with `changes` applied: builds the small top layer, yielding between slices. */
export function* layeredSteps(
  base: OpenedIndex,
  changes: Changes,
  dictionary: Dictionary,
  builtAt: number = Date.now(),
  /** The index served before: its name matchers are shared when the actors are the same. */
  previous?: OpenedIndex | LayeredIndex,
): Generator<void, LayeredIndex, void> {
  const present = [...changes.values()].filter((c): c is LayerArticle => c !== null);
  const data = yield* buildIndexData({
    articles: present.map((c) => c.article),
    extractions: present.flatMap((c) => (c.extraction ? [c.extraction] : [])),
    dictionary,
    builtAt,
  });
  const top = yield* openLayerSteps(
    data,
    present.map((c) => c.article),
  );
  const gone = new Set<number>();
  for (const id of changes.keys()) {
    const ordinal = base.ordinalOf(id);
    if (ordinal !== undefined) gone.add(ordinal);
  }
  yield;
  return new LayeredIndex(base, top, gone, changes, dictionary, builtAt, previous);
}

export class LayeredIndex implements AttacheIndex {
  private readonly layers: Omit<Layers, 'scope'>;
  private readonly table: ActorTable;
  private readonly directory: ActorDirectory;
  private readonly statistics: IndexStats;
  private readonly recent = new RecentlyUsed<string, Brief>(RECENT_BRIEFS);
  private readonly merged = new RecentlyUsed<ActorId, { statements: ActorStatements; contacts: ActorContacts }>(MERGED_LISTS);
  private ids: readonly string[] | undefined;
  private scope: Layers['scope'] | undefined;

  constructor(
    readonly base: OpenedIndex,
    readonly top: OpenedIndex,
    /** Base article ordinals replaced or removed. */
    readonly gone: ReadonlySet<number>,
    readonly changes: Changes,
    readonly dictionary: Dictionary,
    builtAt: number,
    previous?: OpenedIndex | LayeredIndex,
  ) {
    this.layers = placeArticles(base, top, gone);
    this.table = wholeActors(base, gone, top, dictionary.actors.length);
    const refs = this.layers.refs;
    const names = previous?.nameDirectory();
    const facts = { ...this.table, latestDate: refs[0]?.date ?? null };
    this.directory = new ActorDirectory(facts, names?.sameActorsAs(this.table.actors) ? names : undefined);
    let goneStatements = 0;
    let goneContacts = 0;
    for (const a of gone) {
      const [from, to] = base.statementRange(a);
      goneStatements += to - from;
      goneContacts += base.contactIdsOf(a).length;
    }
    this.statistics = {
      articles: refs.length,
      actors: this.table.actors.length,
      statements: base.data.statements.start.length - goneStatements + top.data.statements.start.length,
      contacts: base.data.contacts.start.length - goneContacts + top.data.contacts.start.length,
      firstDate: refs.at(-1)?.date ?? null,
      lastDate: refs[0]?.date ?? null,
      builtAt,
    };
  }

  /** Its name matchers, for the next layered index to share when its actors are the same. */
  nameDirectory(): ActorDirectory {
    return this.directory;
  }

  /** Articles in the top layer, and base articles gone: how far the layers are from one build. */
  get overlaySize(): number {
    return this.changes.size;
  }

  resolveActor(text: string): ActorResolution {
    return this.directory.resolve(text);
  }

  brief(actor: ActorId, range: DateRange = {}, options?: BriefOptions): Brief {
    const known = this.actor(actor);
    if (!known) return strangerBrief(actor);
    const limit = options?.limit ?? Infinity;
    const key = `${actor}|${range.since ?? ''}|${range.until ?? ''}|${limit}`;
    return this.recent.get(key, () => {
      // The actor's merged lists are kept for its next briefs (another period, another limit): merging them
      // and finding their twins is most of a layered brief of a busy actor, and the layers never change.
      const lists = this.merged.get(actor, () => ({
        statements: mergedStatements(this.layers, actor),
        contacts: mergedContacts(this.layers, actor),
      }));
      return makeBrief(known, lists.statements, lists.contacts, (position) => this.layers.refs[position]!, range, limit);
    });
  }

  search(text: string, options?: { limit?: number }): readonly SearchHit[] {
    const limit = Math.max(0, Math.min(MAX_SEARCH_LIMIT, Math.floor(options?.limit ?? DEFAULT_SEARCH_LIMIT)));
    this.scope ??= searchScope(this.layers, this.statistics.statements);
    return mergedSearch({ ...this.layers, scope: this.scope }, text, limit);
  }

  actors(prefix = '', limit: number = MAX_CHOICES): readonly ActorSummary[] {
    return this.directory.complete(prefix, limit);
  }

  listActors(query = '', limit: number = MAX_LISTED): readonly ActorSummary[] {
    return this.directory.complete(query, limit, MAX_LISTED);
  }

  actor(id: ActorId): Actor | undefined {
    const i = this.table.indexOf.get(id);
    return i === undefined ? undefined : this.table.actors[i];
  }

  article(id: string): Article | undefined {
    if (this.changes.has(id)) return this.top.article(id);
    return this.base.article(id);
  }

  statementText(statement: Statement): string {
    const article = this.article(statement.article);
    return article ? article.text.slice(statement.start, statement.end) : '';
  }

  articleIds(): readonly string[] {
    return (this.ids ??= this.layers.refs.map((r) => r.id));
  }

  statementsOfArticle(id: string): readonly Statement[] {
    return this.changes.has(id) ? this.top.statementsOfArticle(id) : this.base.statementsOfArticle(id);
  }

  contactsOfArticle(id: string): readonly Contact[] {
    return this.changes.has(id) ? this.top.contactsOfArticle(id) : this.base.contactsOfArticle(id);
  }

  stats(): IndexStats {
    return this.statistics;
  }

  /** Everything a build of the whole takes: the base's articles as its data holds them, and the top layer's. */
  wholeInput(): IndexInput {
    return wholeInput(this);
  }
}

/**
 * Where each article of either layer stands in the whole's index order (newest first, then id
 * descending): the base's that remain keep their order, the top layer's go in between.
 */
function placeArticles(base: OpenedIndex, top: OpenedIndex, gone: ReadonlySet<number>): Omit<Layers, 'scope'> {
  const baseRefs = base.articleRefs;
  const topRefs = top.articleRefs;
  const before = (x: ArticleRef, y: ArticleRef) => x.date > y.date || (x.date === y.date && x.id > y.id);
  const basePos = new Int32Array(baseRefs.length).fill(-1);
  const topPos = new Int32Array(topRefs.length);
  const refs: ArticleRef[] = [];
  let i = 0;
  for (let j = 0; j <= topRefs.length; j++) {
    const next = topRefs[j];
    while (i < baseRefs.length && (!next || before(baseRefs[i]!, next))) {
      if (!gone.has(i)) {
        basePos[i] = refs.length;
        refs.push(baseRefs[i]!);
      }
      i++;
    }
    if (next) {
      topPos[j] = refs.length;
      refs.push(next);
    }
  }
  return { base, top, basePos, topPos, refs };
}

/** The whole's search statistics: its statement count and average length, each layer's norms and gone statements. */
function searchScope(layers: Omit<Layers, 'scope'>, n: number): Layers['scope'] {
  const { base, top, basePos } = layers;
  const baseLen = base.data.search.stmtLen;
  const topLen = top.data.search.stmtLen;
  const goneRanges: number[] = [];
  let gone: Uint8Array | null = null;
  let lengthSum = 0;
  for (let s = 0; s < baseLen.length; s++) lengthSum += baseLen[s]!;
  for (let s = 0; s < topLen.length; s++) lengthSum += topLen[s]!;
  const ordinals = [...Array(base.articleRefs.length).keys()].filter((a) => basePos[a]! < 0);
  for (const a of ordinals) {
    const [from, to] = base.statementRange(a);
    if (from === to) continue;
    gone ??= new Uint8Array(baseLen.length);
    gone.fill(1, from, to);
    for (let s = from; s < to; s++) lengthSum -= baseLen[s]!;
    goneRanges.push(from, to);
  }
  const avgLen = averageLength(lengthSum, n);
  return {
    n,
    gone,
    baseNorms: normsOf(baseLen, avgLen),
    topNorms: normsOf(topLen, avgLen),
    docFreq: (term) =>
      base.searchIndex.docFreqOf(term) -
      (goneRanges.length ? base.searchIndex.docFreqWithin(term, goneRanges) : 0) +
      top.searchIndex.docFreqOf(term),
  };
}

/** The base's articles and extractions (rebuilt from its data) with the top layer's: the whole, for a new base. */
function wholeInput(index: LayeredIndex): IndexInput {
  const { base, gone, changes, dictionary } = index;
  const articles: Article[] = [];
  const extractions: StoredExtraction[] = [];
  const b = base.data;
  base.articleRefs.forEach((ref, a) => {
    if (gone.has(a)) return;
    articles.push(base.article(ref.id)!);
    const [from, to] = base.statementRange(a);
    const statements: Statement[] = [];
    for (let s = from; s < to; s++) statements.push(base.records.statement(s));
    const actorIds: ActorId[] = [];
    for (let k = b.articleActors.offsets[a]!; k < b.articleActors.offsets[a + 1]!; k++)
      actorIds.push(b.actors[b.articleActors.actors[k]!]!.id);
    extractions.push({
      article: ref.id,
      actors: actorIds,
      discovered: b.discovered.actors.slice(b.discovered.offsets[a], b.discovered.offsets[a + 1]),
      statements,
      contacts: base.contactIdsOf(a).map((c) => base.records.contact(c)),
    });
  });
  for (const change of changes.values()) {
    if (!change) continue;
    articles.push(change.article);
    if (change.extraction) extractions.push(change.extraction);
  }
  return { articles, extractions, dictionary };
}
