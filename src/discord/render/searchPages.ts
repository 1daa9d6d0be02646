// /search as pages: the hits in rank order, each with its speaker, date, article and words.
import type { SearchHit } from '../../index/api.js';
import type { IndexLookup } from '../../format/formatBrief.js';
import { plural } from '../../views/text.js';
import { COLORS } from './colors.js';
import { inlineText } from './inline.js';
import type { RenderedPage } from './page.js';
import { paginate, type Block } from './paginate.js';
import { statementField } from './statementField.js';
import { STATEMENTS_PER_PAGE } from './briefPages.js';

const QUERY_MAX = 100;

export function renderSearchPages(query: string, hits: readonly SearchHit[], index: IndexLookup): RenderedPage[] {
  const asked = `“${inlineText(query, QUERY_MAX)}”`;
  const head = {
    title: `Search: ${asked}`,
    description: hits.length ? `${plural(hits.length, 'statement')}, best match first.` : `No statement matches ${asked}.`,
    color: COLORS.brand,
  };
  const blocks = hits.map((hit, i): Block => ({
    field: statementField(hit.statement, hit.article, index, { rank: i + 1, withSpeaker: true }),
    weight: 1,
  }));
  return paginate({ head, maxWeight: STATEMENTS_PER_PAGE }, blocks);
}
