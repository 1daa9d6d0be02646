// Bounded work per article (issue #11): a file over the size limit is reported and skipped on both
// reading paths; an article longer than an extraction window is extracted on a worker with a time budget.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { storedExtraction } from '../../src/model.js';
import { extractArticles } from '../../src/pipeline/extractInParallel.js';
import { readArticles } from '../../src/pipeline/readArticles.js';
import { makeArticle, makeDictionary } from '../index/fixtures.js';
import { articleText, tempDir } from './helpers.js';

const saying = (i: number) => `“Round ${i} of the talks went well,” Foreign Minister Ararat Mirzoyan said on Monday.`;
const longArticle = (id: string, paragraphs: number) =>
  makeArticle(
    id,
    '2022-05-01',
    Array.from({ length: paragraphs }, (_, i) => saying(i)),
  );

describe('the size limit (MAX_ARTICLE_BYTES)', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await remove?.();
    remove = undefined;
  });

  it.each([
    ['on the event loop', Infinity],
    ['on the reading workers', 0],
  ])('reports a larger file by name and size and reads the rest (%s)', async (_, parallelAbove) => {
    const tmp = await tempDir('limit');
    remove = tmp.remove;
    await writeFile(join(tmp.dir, 'a-small.txt'), articleText('2022-05-01', saying(1)));
    await writeFile(join(tmp.dir, 'b-large.txt'), articleText('2022-05-01', saying(2).repeat(100)));
    await writeFile(join(tmp.dir, 'c-exact.txt'), articleText('2022-05-01', 'x'.repeat(4000)).slice(0, 4096));
    const read = await readArticles(tmp.dir, 'p', { maxBytes: 4096, parallelAbove });
    expect(read.articles.map((a) => a.file)).toEqual(['a-small.txt', 'c-exact.txt']);
    expect(read.problems).toEqual([
      { file: 'b-large.txt', line: 1, message: 'too large: 9 kB, over the 4 kB an article may have (MAX_ARTICLE_BYTES); skipped' },
    ]);
  });

  it('reads a file above the read buffer (1 MB) when the limit allows it', async () => {
    const tmp = await tempDir('limit');
    remove = tmp.remove;
    const body = Array.from({ length: 15_000 }, (_, i) => saying(i)).join('\n\n');
    await writeFile(join(tmp.dir, 'big.txt'), articleText('2022-05-01', body));
    const within = await readArticles(tmp.dir, 'p', { maxBytes: 4 * 1024 * 1024 });
    expect(within.problems).toEqual([]);
    expect(within.articles[0]!.paragraphs).toHaveLength(15_001);
    const over = await readArticles(tmp.dir, 'p');
    expect(over.articles).toEqual([]);
    expect(over.problems[0]!.message).toMatch(/^too large: 1,\d{3} kB, over the 1,024 kB/);
  });
});

describe('long articles', () => {
  it('are shared out to the worker threads, with the same result as extractArticle on the main thread', async () => {
    const long = longArticle('long', 600);
    const short = makeArticle('short', '2022-05-01', [saying(1)]);
    const outcome = await extractArticles([short, long], makeDictionary(), { workers: 2 });
    expect(outcome.workers).toBe(2);
    expect(outcome.failures).toEqual([]);
    // (what is kept of each: StoredExtraction)
    expect(outcome.extractions).toEqual([short, long].map((a) => storedExtraction(extractArticle(a, makeDictionary()))));
    expect(outcome.extractions[1]!.statements).toHaveLength(600);
  });

  it('are reported and skipped when they run over the time budget; the next one gets a fresh worker', async () => {
    const outcome = await extractArticles(
      // ~5M characters cannot be extracted in 100 ms on any machine; the next article has all the time it needs.
      [longArticle('slow', 60_000), makeArticle('short', '2022-05-01', [saying(1)]), longArticle('next', 300)],
      makeDictionary(),
      { budgetMs: (chars) => (chars > 1_000_000 ? 100 : 30_000) },
    );
    expect(outcome.failures).toEqual([
      {
        file: 'slow.txt',
        message: expect.stringMatching(/^extraction took longer than 100 ms, so the article was skipped \(5,\d{3},\d{3} characters\)$/),
      },
    ]);
    expect(outcome.extractions[0]).toBeNull();
    expect(outcome.extractions[1]!.statements).toHaveLength(1);
    expect(outcome.extractions[2]!.statements).toHaveLength(300);
    expect(outcome.workers).toBe(2);
  });
});
