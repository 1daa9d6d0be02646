// The closing line of `validate`. Problems themselves are formatted by the pipeline (formatLoadProblem).
import { plural } from '../views/text.js';

export interface ValidationCounts {
  readonly articles: number;
  readonly dictionaryActors: number;
  /** actors.json is optional: without it every actor is discovered in the text. */
  readonly dictionaryFound: boolean;
  readonly problems: number;
}

/** What loaded, and how many problems were listed above. */
export function formatValidationSummary(counts: ValidationCounts): string {
  const dictionary = `${plural(counts.dictionaryActors, 'actor')} in the dictionary${counts.dictionaryFound ? '' : ' (no actors.json)'}`;
  const loaded = `${plural(counts.articles, 'article')} and ${dictionary}`;
  return counts.problems === 0 ? `${loaded}: no problems.\n` : `${plural(counts.problems, 'problem')}; ${loaded} loaded.\n`;
}
