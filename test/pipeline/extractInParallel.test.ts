import { describe, expect, it } from 'vitest';
import { extractArticles, ExtractionStream } from '../../src/pipeline/extractInParallel.js';
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

  it('takes articles in batches as they come, while its workers run, and gives what one call gives, in the order added', async () => {
    const stream = new ExtractionStream(makeDictionary(), { workers: 2, parallelAbove: 0, batch: 4 }, articles.length);
    const keys = articles.map((a) => `key-${a.id}`);
    for (let at = 0; at < articles.length; at += 7) {
      stream.add(articles.slice(at, at + 7), keys.slice(at, at + 7));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const streamed = await stream.finish();
    expect(streamed.workers).toBe(2);
    const serial = await extractArticles(articles, makeDictionary(), { workers: 1 });
    expect(streamed.extractions).toEqual(serial.extractions);
    // every article in exactly one worker chunk, under its own key
    expect(streamed.chunks.flatMap((c) => c.keys).sort()).toEqual([...keys].sort());
    expect(() => stream.add(articles.slice(0, 1), keys.slice(0, 1))).toThrow(/finished/);
  });

  it('abandoned, takes no more work and its workers end; a finished stream is not reopened', async () => {
    const stream = new ExtractionStream(makeDictionary(), { workers: 2, parallelAbove: 0, batch: 2 }, articles.length);
    stream.add(
      articles,
      articles.map((a) => a.id),
    );
    await stream.abandon();
    expect(() => stream.add(articles.slice(0, 1), ['x'])).toThrow(/finished/);
  });
});
