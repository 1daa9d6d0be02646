// IndexData + the articles it was built from → the AttacheIndex the rest of Attaché queries. Opening
// builds only what is quick to rebuild and cheaper than storing: the name matchers and the per-actor
// lists (~0.2 s at 100k articles).
import type { Actor, ActorId, Article, Contact, Statement } from '../model.js';
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
import { BriefIndex } from './brief.js';
import type { IndexData } from './indexData.js';
import { lowerBound } from './lowerBound.js';
import { Records } from './records.js';
import { SearchIndex } from './searchIndex.js';
import { foldWords, sameWords } from './utterances.js';

export const DEFAULT_SEARCH_LIMIT = 25;
const MAX_SEARCH_LIMIT = 1000;

/**
 * Opens the index over `articles`, which must hold every article `data` names (the pipeline makes sure
 * of it: a snapshot is only used for the very files it was built from). Throws when one is missing.
 */
export function* openIndexSteps(data: IndexData, articles: readonly Article[]): Generator<void, OpenedIndex, void> {
  const index = yield* openLayerSteps(data, articles);
  index.resolveActor('');
  return index;
}

/** Like openIndexSteps, the name matchers made on first use only (a layer of a layered index never uses its own). */
export function* openLayerSteps(data: IndexData, articles: readonly Article[]): Generator<void, OpenedIndex, void> {
  const byId = new Map<string, Article>();
  for (const a of articles) if (!byId.has(a.id)) byId.set(a.id, a);
  const articleRefs: ArticleRef[] = data.articleIds.map((id) => {
    const a = byId.get(id);
    if (!a) throw new Error(`the index names an article that is not loaded: ${id}`);
    return { id: a.id, file: a.file, date: a.date };
  });
  // Only the articles the index covers: an extra one given here is not part of it.
  const covered = byId.size === articleRefs.length ? byId : new Map(articleRefs.map((r) => [r.id, byId.get(r.id)!]));
  yield;
  const latestDate = articleRefs[0]?.date ?? null;
  // Made on first use: a layered index's small top layer is queried through the layered index's own.
  const directory = () =>
    new ActorDirectory({
      actors: data.actors,
      appearances: data.appearances,
      statementCounts: data.statementCounts,
      contactCounts: data.contactCounts,
      latestDate,
    });
  yield;
  const records = new Records(data);
  const { article: articleOf, start, end } = data.statements;
  const articleTexts = articleRefs.map((r) => covered.get(r.id)!.text);
  const briefs = new BriefIndex(
    data,
    records,
    articleRefs,
    (i) => foldWords(articleTexts[articleOf[i]!]!, start[i], end[i]),
    (i, j) => sameWords(articleTexts[articleOf[i]!]!, start[i]!, end[i]!, articleTexts[articleOf[j]!]!, start[j]!, end[j]!),
  );
  yield;
  const search = new SearchIndex(data.search, data.statements.day);
  const stats: IndexStats = {
    articles: articleRefs.length,
    actors: data.actors.length,
    statements: data.statements.start.length,
    contacts: data.contacts.start.length,
    firstDate: articleRefs.at(-1)?.date ?? null,
    lastDate: latestDate,
    builtAt: data.builtAt,
  };
  return new OpenedIndex(data, covered, articleRefs, directory, records, briefs, search, stats);
}

/** An index opened over its data; a layered index reads its layers' parts (layered.ts). */
export class OpenedIndex implements AttacheIndex {
  readonly actorIndex: ReadonlyMap<ActorId, number>;
  private ordinals: Map<string, number> | undefined;
  private contactsByArticle: Map<number, number[]> | undefined;
  private actorDirectory: ActorDirectory | undefined;

  constructor(
    readonly data: IndexData,
    readonly articlesById: ReadonlyMap<string, Article>,
    readonly articleRefs: readonly ArticleRef[],
    private readonly makeDirectory: () => ActorDirectory,
    readonly records: Records,
    readonly briefs: BriefIndex,
    readonly searchIndex: SearchIndex,
    private readonly statistics: IndexStats,
  ) {
    this.actorIndex = new Map(data.actors.map((a, i) => [a.id, i]));
  }

  private get directory(): ActorDirectory {
    return (this.actorDirectory ??= this.makeDirectory());
  }

  /** Its name matchers, for a layered index over it to share when its actors are the same. */
  nameDirectory(): ActorDirectory {
    return this.directory;
  }

  resolveActor(text: string): ActorResolution {
    return this.directory.resolve(text);
  }

  brief(actor: ActorId, range?: DateRange, options?: BriefOptions): Brief {
    const i = this.actorIndex.get(actor);
    // An id nothing knows gets an empty brief rather than an exception: ids can come from user input.
    if (i === undefined) return strangerBrief(actor);
    return this.briefs.brief(this.data.actors[i]!, i, range, options?.limit);
  }

  search(text: string, options?: { limit?: number }): readonly SearchHit[] {
    const limit = Math.max(0, Math.min(MAX_SEARCH_LIMIT, Math.floor(options?.limit ?? DEFAULT_SEARCH_LIMIT)));
    return this.searchIndex.search(text, limit).map((m) => ({
      statement: this.records.statement(m.stmt),
      article: this.articleRefs[this.data.statements.article[m.stmt]!]!,
      score: m.score,
    }));
  }

  actors(prefix = '', limit: number = MAX_CHOICES): readonly ActorSummary[] {
    return this.directory.complete(prefix, limit);
  }

  listActors(query = '', limit: number = MAX_LISTED): readonly ActorSummary[] {
    return this.directory.complete(query, limit, MAX_LISTED);
  }

  actor(id: ActorId): Actor | undefined {
    const i = this.actorIndex.get(id);
    return i === undefined ? undefined : this.data.actors[i];
  }

  article(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  statementText(statement: Statement): string {
    const article = this.articlesById.get(statement.article);
    return article ? article.text.slice(statement.start, statement.end) : '';
  }

  stats(): IndexStats {
    return this.statistics;
  }

  articleIds(): readonly string[] {
    return this.data.articleIds;
  }

  statementsOfArticle(id: string): readonly Statement[] {
    const a = this.ordinalOf(id);
    if (a === undefined) return [];
    const [from, to] = this.statementRange(a);
    const out: Statement[] = [];
    for (let i = from; i < to; i++) out.push(this.records.statement(i));
    return out;
  }

  /** Statements are stored in article order (newest first, text order within): one range per article. */
  statementRange(ordinal: number): [number, number] {
    const column = this.data.statements.article;
    return [lowerBound(column, ordinal), lowerBound(column, ordinal + 1)];
  }

  contactsOfArticle(id: string): readonly Contact[] {
    const a = this.ordinalOf(id);
    if (a === undefined) return [];
    return this.contactIdsOf(a).map((i) => this.records.contact(i));
  }

  /** The article's contacts in text order. */
  contactIdsOf(a: number): number[] {
    // Contacts are sorted by date, not article: group them once, on first use.
    if (!this.contactsByArticle) {
      const groups = new Map<number, number[]>();
      const column = this.data.contacts.article;
      for (let i = 0; i < column.length; i++) {
        const list = groups.get(column[i]!);
        if (list) list.push(i);
        else groups.set(column[i]!, [i]);
      }
      this.contactsByArticle = groups;
    }
    const start = this.data.contacts.start;
    return (this.contactsByArticle.get(a) ?? []).slice().sort((x, y) => start[x]! - start[y]!);
  }

  ordinalOf(id: string): number | undefined {
    this.ordinals ??= new Map(this.data.articleIds.map((articleId, i) => [articleId, i]));
    return this.ordinals.get(id);
  }
}

/** The brief of an id nothing knows: empty, for a stand-in, rather than an exception (ids can come from user input). */
export function strangerBrief(id: ActorId): Brief {
  const stranger: Actor = { id, kind: 'person', name: id, aliases: [id], nominals: [], metonyms: [], roles: [], origin: 'discovered' };
  return { actor: stranger, articles: [], contacts: [], statementCount: 0, utteranceCount: 0, articleCount: 0, contactCount: 0 };
}
