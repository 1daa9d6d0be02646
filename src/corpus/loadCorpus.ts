// The I/O edge of the corpus: read every *.txt of a folder, keep what parses, report the rest.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../model.js';
import { parseArticle, type CorpusProblem } from './parseArticle.js';

export interface LoadedCorpus {
  /** Sorted by file name, so every load of the same folder gives the same order. */
  readonly articles: readonly Article[];
  readonly problems: readonly CorpusProblem[];
}

export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // By name only: a directory or a dangling link named *.txt is read, fails, and is reported, never silently skipped.
  return entries
    .filter((e) => e.name.toLowerCase().endsWith('.txt'))
    .map((e) => e.name)
    .sort();
}

export async function readArticleFile(dir: string, file: string): Promise<Article | CorpusProblem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, file));
  } catch (err) {
    return { file, line: 1, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  const parsed = parseArticle(file, bytes);
  return parsed.ok ? parsed.article : parsed.problem;
}

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const files = await listArticleFiles(dir);
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  // Bounded parallelism: enough to keep the disk busy, few enough not to exhaust file descriptors.
  const results = new Array<Article | CorpusProblem>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readArticleFile(dir, files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker));
  for (const r of results) ('paragraphs' in r ? articles : problems).push(r as never);
  return { articles, problems };
}

export function formatProblem(p: CorpusProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
