// The bench's measures taken in processes of their own (a restart, one 4 MB article, ingestion): each
// prints one JSON line, read here. A process of its own gives a cold start and a memory figure that is
// the measure's alone.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IngestionFigures, LargeArticle, Restart } from './benchModel.js';

const log = (message: string) => process.stderr.write(`${message}\n`);

export function runChild(argv: string[], inherit = true): Promise<{ stdout: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...argv], { stdio: ['ignore', 'pipe', inherit ? 'inherit' : 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve({ stdout, ms: performance.now() - started });
      else reject(new Error(`${argv.join(' ')} exited with ${code}\n${stderr}`));
    });
  });
}

export async function probe(seedsDir: string, cacheDir: string): Promise<Restart | null> {
  try {
    const child = await runChild([fileURLToPath(new URL('./restartProbe.ts', import.meta.url)), seedsDir, cacheDir], false);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      timings: { totalMs: number } & Record<string, number>;
      hits: number;
      extracted: number;
      statements: number;
      rssMB: number;
      index: 'built' | 'snapshot';
    };
    return {
      loadS: r.timings.totalMs / 1000,
      processS: child.ms / 1000,
      hits: r.hits,
      extracted: r.extracted,
      statements: r.statements,
      rssMB: r.rssMB,
      index: r.index,
      timings: r.timings,
    };
  } catch (err) {
    log(`  restart failed: ${(err as Error).message}`);
    return null;
  }
}

export async function probeIngestion(corpusDir: string): Promise<IngestionFigures | null> {
  try {
    const child = await runChild([fileURLToPath(new URL('./ingestionProbe.ts', import.meta.url)), corpusDir], false);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as IngestionFigures;
  } catch (err) {
    log(`  ingestion failed: ${(err as Error).message}`);
    return null;
  }
}

export async function probeLargeArticle(corpusDir: string): Promise<LargeArticle | null> {
  try {
    const child = await runChild([fileURLToPath(new URL('./largeArticleProbe.ts', import.meta.url)), corpusDir], false);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as LargeArticle;
  } catch (err) {
    log(`  the large article failed: ${(err as Error).message}`);
    return null;
  }
}
