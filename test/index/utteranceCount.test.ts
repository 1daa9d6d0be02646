// A brief's utterance count in any period (issue #13's header counts utterances): the same words said
// in several articles count once in a period, in every period that holds one of them, and a quotation
// inside a sentence never counts on its own. Checked against counting the distinct words outright.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { Article, ArticleExtraction, IsoDate } from '../../src/model.js';
import { makeArticle, makeDictionary, makeExtraction } from './fixtures.js';

const SAYINGS = ['We are ready for talks', 'The border must be delimited', 'Peace needs work', 'We will not give up'];

/** 40 articles over 40 days, each with two of the four sayings, picked by a fixed pseudo-random walk. */
function archive(): { articles: Article[]; extractions: ArticleExtraction[]; said: { day: number; words: string }[] } {
  const articles: Article[] = [];
  const extractions: ArticleExtraction[] = [];
  const said: { day: number; words: string }[] = [];
  let x = 7;
  for (let d = 0; d < 40; d++) {
    const picked = [0, 1].map(() => SAYINGS[(x = (x * 1103515245 + 12345) % 2147483648) % SAYINGS.length]!);
    const date = new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10);
    const article = makeArticle(
      `a${d}`,
      date,
      picked.map((w) => `“${w},” Mirzoyan said.`),
    );
    articles.push(article);
    // The second paragraph's words are found at its own place: search from the first one's end.
    const first = makeExtraction(article, [{ speaker: 'mirzoyan', words: picked[0]! }]);
    const at = article.text.indexOf(picked[1]!, first.statements[0]!.end);
    extractions.push({
      ...first,
      statements: [...first.statements, { ...first.statements[0]!, id: `a${d}#1`, start: at, end: at + picked[1]!.length }],
    });
    for (const w of picked) said.push({ day: d, words: w });
  }
  return { articles, extractions, said };
}

describe('utterance counts', () => {
  const { articles, extractions, said } = archive();
  const index = buildIndex({ articles, extractions, dictionary: makeDictionary(), builtAt: 0 });
  const dayOf = (d: number) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10) as IsoDate;

  it('count each distinct saying once in every period, as counting them outright does', () => {
    for (let from = 0; from < 40; from += 3)
      for (let to = from; to < 40; to += 5) {
        const brief = index.brief('mirzoyan', { since: dayOf(from), until: dayOf(to) });
        const distinct = new Set(said.filter((s) => s.day >= from && s.day <= to).map((s) => s.words));
        expect(brief.statementCount, `${from}..${to}`).toBe(said.filter((s) => s.day >= from && s.day <= to).length);
        expect(brief.utteranceCount, `${from}..${to}`).toBe(distinct.size);
      }
    expect(index.brief('mirzoyan').utteranceCount).toBe(new Set(said.map((s) => s.words)).size);
  });
});
