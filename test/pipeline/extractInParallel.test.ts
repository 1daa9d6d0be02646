import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/pipeline/extractInParallel.js';
import { makeArticle, makeDictionary } from '../index/fixtures.js';

describe('extractArticles', () => {
  const articles = Array.from({ length: 30 }, (_, i) => makeArticle(`p${i}`, '2022-05-01', [`“Talks go on,” Mirzoyan said (${i}).`]));

  it('extracts on two worker threads (the .ts worker under tsx) with the same result as on the main thread', async () => {
    const parallel = await extractArticles(articles, makeDictionary(), { workers: 2, parallelAbove: 0 });
    expect(parallel.workerError).toBeUndefined();
    expect(parallel.workers).toBe(2);
    const serial = await extractArticles(articles, makeDictionary(), { workers: 1 });
    expect(serial.workers).toBe(0);
    expect(parallel.extractions).toEqual(serial.extractions);
    expect(parallel.extractions.map((e) => e?.article)).toEqual(articles.map((a) => a.id));
  });
});
