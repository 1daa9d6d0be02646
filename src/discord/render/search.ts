// /search as pages: the hits in rank order, each with its speaker, date, article and words.
import type { SearchView } from '../../views/statements.js';
import { plural } from '../../views/text.js';
import { STATEMENTS_PER_PAGE } from './brief.js';
import { COLORS } from './embeds.js';
import { inlineText } from './markdown.js';
import { paginate, type Block, type Page } from './pages.js';
import { statementField } from './statements.js';

const QUERY_MAX = 100;

export function renderSearchPages({ query, hits }: SearchView): Page[] {
  const asked = `“${inlineText(query, QUERY_MAX)}”`;
  const head = {
    title: `Search: ${asked}`,
    description: hits.length ? `${plural(hits.length, 'statement')}, best match first.` : `No statement matches ${asked}.`,
    color: COLORS.brand,
  };
  const blocks = hits.map((hit, i): Block => ({ field: statementField(hit, { rank: i + 1, withSpeaker: true }), weight: 1 }));
  return paginate({ head, maxWeight: STATEMENTS_PER_PAGE }, blocks);
}
