// Quotation marks as copy really writes them, where the pattern cases' self-check (which wants matching marks)
// cannot follow: a quotation closed with the same “ that opened it.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { findQuotations } from '../../src/extract/quotations.js';

function quoted(body: string): string[] {
  const parsed = parseArticle('marks.txt', new TextEncoder().encode(` date 2024-06-05 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return findQuotations(parsed.article).map((q) => parsed.article.text.slice(q.start, q.end));
}

describe('quotation styles', () => {
  it('a “ after a word’s punctuation and before no word closes the quotation it opened (“…,“ said X)', () => {
    expect(
      quoted(
        `“The region cannot afford another winter of closed roads,“ said Sargsian. The remark followed a long meeting with the mediators in Vienna.`,
      ),
    ).toEqual(['The region cannot afford another winter of closed roads,']);
  });

  it('a “ after a space still opens a nested quotation rather than closing', () => {
    expect(quoted(`“They told us “wait” and nothing more,” Sargsian said.`)).toEqual(['They told us “wait” and nothing more,']);
  });

  it('a “ after a space whose outer quotation never closes was a new opening, not a nested one', () => {
    expect(quoted(`“We waited all winter. “Now the road is open,” Sargsian said, smiling.`)).toEqual([
      'We waited all winter. “Now the road is open,',
    ]);
  });
});
