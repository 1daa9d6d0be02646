// Worker threads of the pipeline, started from their file next to this one with this one's extension:
// `.js` after a tsc build, `.ts` when run through tsx. A `.ts` worker needs tsx's loader registered in
// the worker thread first: passing `--import tsx` in execArgv is not enough on Node 20 (the entry is
// resolved before the loader applies).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The young generation each worker may use. Node 22+ sizes it from the machine's memory (tens of MB a
 * semi-space): two extraction workers then held ~300 MB more RSS after a 10,000-article build than on Node
 * 20, for no speed gained (`npm run bench`), and at 100,000 articles the bot went past its 1.5 GB bar.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

export function startWorker(name: 'extractWorker' | 'readWorker', options: WorkerOptions = {}): Worker {
  options = { ...options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...options.resourceLimits } };
  const here = import.meta.url;
  const ext = /\.[cm]?ts$/.test(new URL(here).pathname) ? '.ts' : '.js';
  const entry = new URL(`./${name}${ext}`, here);
  if (ext === '.js') return new Worker(entry, options);
  const tsxApi = resolveTsxApi(here);
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then((m) => (m.register ?? m.default.register)())` +
    `.then(() => import(${JSON.stringify(entry.href)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ESM registration API as a URL (its CommonJS twin does not work from an eval'd worker). */
function resolveTsxApi(from: string): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // Under a runner without import.meta.resolve (vitest): read the export map by hand.
    const require = createRequire(from);
    const manifest = require.resolve('tsx/package.json');
    const exported = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
    return pathToFileURL(join(dirname(manifest), exported?.import.default ?? 'dist/esm/api/index.mjs')).href;
  }
}
