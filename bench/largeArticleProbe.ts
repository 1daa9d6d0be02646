// One very long article (4 MB, issue #11), in a process of its own, taken two ways. As a running bot
// takes it: a LiveIndex watching its folder of 500 articles, with the bot's warm extraction workers (warmExtractors.ts),
// a 4 MB file written into the folder, timed until the index answers from it. And as a one-off load
// takes it (the CLI, or a bot's first load): fresh workers, cold. Its text is the bench corpus's articles
// run together, so it reads like the rest of the bench. Prints one JSON line; run by bench.ts.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDictionary } from '../src/extract/loadDictionary.js';
import { LiveIndex, type ReloadedEvent } from '../src/pipeline/liveIndex.js';
import { loadIndex } from '../src/pipeline/loadIndex.js';
import { WarmExtractors, warmUpSample } from '../src/pipeline/warmExtractors.js';

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
const text = ` date 2024-05-01\n\n${bodies.join('\n\n')}\n`;
const maxArticleBytes = 2 * LARGE_ARTICLE_BYTES;
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-large-'));
  copyFileSync(join(corpusDir, 'actors.json'), join(dir, 'actors.json'));
  return dir;
};

// Cold: a one-off load of a folder holding the article, with workers started for it.
const coldDir = folder();
let coldMs: number;
try {
  await writeFile(join(coldDir, 'large.txt'), text);
  const loaded = await loadIndex({ seedsDir: coldDir, cacheDir: null, maxArticleBytes });
  if (loaded.index.stats().articles !== 1) throw new Error(`the article was not indexed: ${JSON.stringify(loaded.problems)}`);
  coldMs = loaded.timings.totalMs;
} finally {
  rmSync(coldDir, { recursive: true, force: true });
}

// In a running bot: an archive of its own (the corpus's last 500 articles, none of those in the long
// one), its workers warmed on it as servedIndex.ts warms them, then the file arrives in the watched folder.
const seedsDir = folder();
const archive = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .slice(-500);
for (const file of archive) copyFileSync(join(corpusDir, file), join(seedsDir, file));
const extractors = new WarmExtractors(2);
const live = await LiveIndex.open({ seedsDir, cacheDir: null, maxArticleBytes, extract: { extractors } });
try {
  const rssBefore = process.memoryUsage().rss;
  await extractors.warm((await loadDictionary(join(seedsDir, 'actors.json'))).dictionary, warmUpSample(live.index));
  const poolRssMB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const archiveStatements = live.index.stats().statements;
  live.watch();
  const reloaded = new Promise<ReloadedEvent>((resolve) => live.onReloaded(resolve));
  const t0 = performance.now();
  await writeFile(join(seedsDir, 'large.txt'), text);
  const event = await reloaded;
  const answerMs = performance.now() - t0;
  if (event.stats.articles !== archive.length + 1) throw new Error(`the article was not indexed: ${JSON.stringify(event.problems)}`);
  console.log(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      statements: event.stats.statements - archiveStatements,
      readMs: event.timings.readMs,
      extractMs: event.timings.extractMs,
      indexMs: event.timings.indexMs,
      totalMs: event.timings.totalMs,
      answerMs,
      coldMs,
      poolRssMB,
    }),
  );
} finally {
  live.close();
  await live.settled();
  await extractors.close();
  rmSync(seedsDir, { recursive: true, force: true });
}
