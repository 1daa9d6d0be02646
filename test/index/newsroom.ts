// A small newsroom for the utterance and citation rules (issue #13): one reported sentence with two quotes
// inside it, the same quote carried by three outlets (one of them reprinted by a fourth), and a folder
// article without metadata. Hand-made extractions: the index is tested without the extractor.
import type { Article, ArticleExtraction, ArticleSource, Statement } from '../../src/model.js';
import { makeArticle, makeExtraction } from './fixtures.js';

export const MIXED = 'Mirzoyan told Donfried that Azerbaijan “grossly violated the commitments” and “endangered *peace*”.';
export const READY = 'We are ready for talks';

const withSource = (article: Article, source: ArticleSource): Article => ({ ...article, source });

export const ARMENPRESS: ArticleSource = {
  outlet: 'Armenpress',
  title: 'Mirzoyan [briefs] Donfried',
  url: 'https://armenpress.am/eng/news/(1071)',
};
export const NEWS_AM: ArticleSource = { outlet: 'News.am', title: 'Talks ahead', url: 'https://news.am/eng/news/2' };
export const ASBAREZ: ArticleSource = {
  outlet: 'Asbarez',
  title: null,
  url: 'https://asbarez.com/3',
  others: [{ outlet: 'Azatutyun', title: 'Ready for talks', url: 'https://azatutyun.am/4' }],
};

export function newsroom(): { articles: Article[]; extractions: ArticleExtraction[] } {
  const n1 = withSource(makeArticle('n1', '2022-03-25', ['Mirzoyan [briefs] Donfried', MIXED, `“${READY},” Mirzoyan said.`]), ARMENPRESS);
  const n2 = withSource(makeArticle('n2', '2022-03-26', ['Talks ahead', `“${READY},” Mirzoyan said on Friday.`]), NEWS_AM);
  const n3 = withSource(makeArticle('n3', '2022-03-27', [`The minister was clear. “${READY}!” Mirzoyan said.`]), ASBAREZ);
  const f1 = makeArticle('f1', '2022-03-24', [
    'Karen Donfried, US Assistant Secretary of State for European and Eurasian Affairs, called.',
    '“Peace needs work,” Mirzoyan said.',
  ]);
  const e1 = makeExtraction(n1, [
    { speaker: 'mirzoyan', words: MIXED.slice(0, -1) + '.' },
    { speaker: 'mirzoyan', words: 'grossly violated the commitments' },
    { speaker: 'mirzoyan', words: 'endangered *peace*' },
    { speaker: 'mirzoyan', words: READY },
  ]);
  const reported = (e: ArticleExtraction, n: number, extra: Partial<Statement>): ArticleExtraction => ({
    ...e,
    statements: e.statements.map((s, i) => (i === n ? { ...s, ...extra } : s)),
  });
  return {
    articles: [n1, n2, n3, f1],
    extractions: [
      reported(reported(e1, 0, { kind: 'reported', cue: 'told', addressee: 'donfried' }), 1, { cue: 'told' }),
      makeExtraction(n2, [{ speaker: 'mirzoyan', words: READY }]),
      makeExtraction(n3, [{ speaker: 'mirzoyan', words: `${READY}!` }]),
      makeExtraction(f1, [{ speaker: 'mirzoyan', words: 'Peace needs work' }]),
    ],
  };
}
