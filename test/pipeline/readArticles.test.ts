import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { articleKey } from '../../src/pipeline/cacheKey.js';
import { readArticles } from '../../src/pipeline/readArticles.js';
import { seedsWith, tempDir } from './helpers.js';

describe('readArticles', () => {
  it('gives the same articles, order and problems as loadCorpus, with a key per article', async () => {
    const seeds = await tempDir('read');
    try {
      await seedsWith(seeds.dir, 4);
      await writeFile(join(seeds.dir, 'broken.txt'), 'no date\n');
      // Not ASCII: decoded as UTF-8 after the worker hands it back (ASCII files go as latin1).
      await writeFile(join(seeds.dir, 'utf8.txt'), ' date 2022-03-20 «Ça va», dit Mirzoyan — 𝐀.\n\nSecond paragraph.\n');
      await writeFile(join(seeds.dir, 'latin1.txt'), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9]));
      const theirs = await loadCorpus(seeds.dir);
      const keys = theirs.articles.map((a) => articleKey('p', a.file, new TextEncoder().encode(a.text)));
      // On the main thread alone, and shared with a worker thread (from 2 files up, for the test).
      for (const parallelAbove of [Infinity, 1]) {
        const ours = await readArticles(seeds.dir, 'p', { parallelAbove });
        expect(ours.articles).toEqual(theirs.articles);
        expect(ours.problems).toEqual(theirs.problems);
        expect(ours.keys).toEqual(keys);
      }
    } finally {
      await seeds.remove();
    }
  });
});
