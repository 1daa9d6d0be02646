// One very long article (4 MB, issue #11), loaded in a process of its own as a reload would take it:
// read, extracted on a worker (cold), indexed. Its text is the bench corpus's articles run together, so
// it reads like the rest of the bench. Prints one JSON line; run by bench.ts.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndex } from '../src/pipeline/loadIndex.js';

export const LARGE_ARTICLE_BYTES = 4 * 1024 * 1024;

const [corpusDir] = process.argv.slice(2);
if (!corpusDir) {
  console.error('usage: largeArticleProbe.ts <corpusDir>');
  process.exit(2);
}
const bodies: string[] = [];
let size = 0;
for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
  const body = readFileSync(join(corpusDir, file), 'utf8').replace(/^\s*date \S+\s*/, '');
  bodies.push(body.trim());
  size += Buffer.byteLength(body) + 2;
  if (size >= LARGE_ARTICLE_BYTES) break;
}
const seedsDir = mkdtempSync(join(tmpdir(), 'attache-large-'));
try {
  copyFileSync(join(corpusDir, 'actors.json'), join(seedsDir, 'actors.json'));
  const text = ` date 2024-05-01\n\n${bodies.join('\n\n')}\n`;
  writeFileSync(join(seedsDir, 'large.txt'), text);
  const loaded = await loadIndex({ seedsDir, cacheDir: null, maxArticleBytes: 2 * LARGE_ARTICLE_BYTES });
  const stats = loaded.index.stats();
  if (stats.articles !== 1) throw new Error(`the article was not indexed: ${JSON.stringify(loaded.problems)}`);
  console.log(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      statements: stats.statements,
      readMs: loaded.timings.readMs,
      extractMs: loaded.timings.extractMs,
      indexMs: loaded.timings.indexMs,
      totalMs: loaded.timings.totalMs,
    }),
  );
} finally {
  rmSync(seedsDir, { recursive: true, force: true });
}
