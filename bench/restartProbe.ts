// A restart, measured in a process of its own (cold JIT, nothing in memory): load an unchanged seeds
// folder through the cache and print what it took as one JSON line. Run by bench.ts.
import { loadIndex } from '../src/pipeline/loadIndex.js';
import { returnFreedMemory } from '../src/runtime/freedMemory.js';

const [seedsDir, cacheDir] = process.argv.slice(2);
if (!seedsDir || !cacheDir) {
  console.error('usage: restartProbe.ts <seedsDir> <cacheDir>');
  process.exit(2);
}
const loaded = await loadIndex({ seedsDir, cacheDir });
const stats = loaded.index.stats();
// As the bot does once a load is in service (servedIndex.ts): the load's garbage is not its footprint.
returnFreedMemory();
console.log(
  JSON.stringify({
    timings: loaded.timings,
    hits: loaded.cache.hits,
    extracted: loaded.cache.extracted,
    index: loaded.cache.index,
    articlesFrom: loaded.cache.articlesFrom,
    statements: stats.statements,
    articles: stats.articles,
    rssMB: process.memoryUsage().rss / 2 ** 20,
  }),
);
