// Placeholder until the sieves land: the signature is the contract the index and CLI build on.
import type { Article, ArticleExtraction } from '../model.js';
import type { Dictionary } from './dictionary.js';

export function extractArticle(article: Article, dictionary: Dictionary): ArticleExtraction {
  void dictionary;
  return { article: article.id, actors: [], discovered: [], mentions: [], statements: [], contacts: [] };
}
