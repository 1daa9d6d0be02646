// What a digest reads of the index: the articles, and each one's statements and contacts.
import type { ArticleRef, AttacheIndex } from '../index/api.js';
import type { Contact, Statement } from '../model.js';

export interface ArticleContent {
  readonly article: ArticleRef;
  readonly statements: readonly Statement[];
  readonly contacts: readonly Contact[];
}

/** An article with its statements and contacts, or undefined when the index no longer has it. */
export function articleContent(index: AttacheIndex, id: string): ArticleContent | undefined {
  const a = index.article(id);
  if (!a) return undefined;
  return {
    article: { id: a.id, file: a.file, date: a.date },
    statements: index.statementsOfArticle(id),
    contacts: index.contactsOfArticle(id),
  };
}

/** The ids of the articles of the newest article date: what a new subscription's first digest covers. */
export function newestDateArticles(index: AttacheIndex): string[] {
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
