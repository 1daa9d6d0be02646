// What a digest reads of the index: the articles, and each one's statements and contacts. AttacheIndex
// answers questions about actors (briefs, search); a digest asks about articles ("what did these new
// ones say?"), which needs three more methods. They are declared here, as the digest's needs, and are
// meant to become part of AttacheIndex (see docs/digests.md); until an index has them, a digest
// cannot be composed and says exactly why.
import type { ArticleRef, AttacheIndex } from '../index/api.js';
import type { Contact, Statement } from '../model.js';

export interface ArticleListing {
  /** Every article id in index order: newest date first. */
  articleIds(): readonly string[];
  /** The article's statements in text order; none for an unknown id. */
  statementsOfArticle(id: string): readonly Statement[];
  /** The article's contacts in text order; none for an unknown id. */
  contactsOfArticle(id: string): readonly Contact[];
}

export type DigestIndex = AttacheIndex & ArticleListing;

export class IndexLacksArticlesError extends Error {
  constructor(missing: readonly string[]) {
    super(`the index cannot list articles for digests: it lacks ${missing.join(', ')} (see docs/digests.md, "What the index must provide")`);
    this.name = 'IndexLacksArticlesError';
  }
}

const METHODS = ['articleIds', 'statementsOfArticle', 'contactsOfArticle'] as const;

export function hasArticleListing(index: AttacheIndex): index is DigestIndex {
  const candidate = index as Partial<ArticleListing>;
  return METHODS.every((m) => typeof candidate[m] === 'function');
}

/** The index as a digest reads it; throws IndexLacksArticlesError when it cannot list articles. */
export function digestIndex(index: AttacheIndex): DigestIndex {
  if (hasArticleListing(index)) return index;
  const candidate = index as Partial<ArticleListing>;
  throw new IndexLacksArticlesError(METHODS.filter((m) => typeof candidate[m] !== 'function'));
}

export interface ArticleContent {
  readonly article: ArticleRef;
  readonly statements: readonly Statement[];
  readonly contacts: readonly Contact[];
}

/** An article with its statements and contacts, or undefined when the index no longer has it. */
export function articleContent(index: DigestIndex, id: string): ArticleContent | undefined {
  const a = index.article(id);
  if (!a) return undefined;
  return { article: { id: a.id, file: a.file, date: a.date }, statements: index.statementsOfArticle(id), contacts: index.contactsOfArticle(id) };
}

/** The ids of the articles of the newest article date: what a new subscription's first digest covers. */
export function newestDateArticles(index: DigestIndex): string[] {
  const ids = index.articleIds();
  const first = ids[0] === undefined ? undefined : index.article(ids[0]);
  if (!first) return [];
  const out: string[] = [];
  for (const id of ids) {
    if (index.article(id)?.date !== first.date) break;
    out.push(id);
  }
  return out;
}
