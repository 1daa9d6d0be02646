// A brief as plain data for `--json`: the Brief itself, each statement with its words beside its span.
import type { Brief, BriefArticle } from '../index/api.js';
import type { Statement } from '../model.js';
import type { IndexLookup } from '../views/actors.js';

export interface BriefJson extends Omit<Brief, 'articles'> {
  readonly articles: readonly (Omit<BriefArticle, 'statements'> & {
    readonly statements: readonly (Statement & { readonly text: string })[];
  })[];
}

export function briefJson(brief: Brief, index: IndexLookup): BriefJson {
  return {
    ...brief,
    articles: brief.articles.map((a) => ({
      ...a,
      statements: a.statements.map((s) => ({ ...s, text: index.statementText(s) })),
    })),
  };
}
