// A seeds folder's articles for a load: from the cache's article pack when the folder is as the pack
// was written, from the pack and the changed files when some changed, else file by file
// (articlePack.ts says how a change is told). Whatever the way, the same articles, keys and problems.
import { readdir } from 'node:fs/promises';
import { isArticleMetaFile } from '../ingest/articleFile.js';
import { mergeReads, readArticlePack, stampFolder, writeArticlePack, type PackTerms } from './articlePack.js';
import { readArticles, type OnBatch } from './readArticles.js';
import type { FilesRead } from './readFiles.js';

/** 'pack': nothing read; 'pack+changes': the files changed since the pack read, those gone dropped; 'files': all read. */
export type ArticlesFrom = 'pack' | 'pack+changes' | 'files';

export interface FolderRead {
  readonly read: FilesRead;
  readonly from: ArticlesFrom;
  /** Article files read one by one (0 from the pack of an unchanged folder). */
  readonly filesRead: number;
  /** When the pack does not hold the folder as it is: writes the pack for the next start (a warning if it cannot). */
  readonly writePack: (() => Promise<string | null>) | null;
}

/**
 * `packFile`: where the cache keeps this folder's pack, or null without a cache. `onBatch` is told the
 * articles as they are read when the folder is read file by file (readArticles.ts), and of none otherwise.
 */
export async function readFolder(dir: string, terms: PackTerms, packFile: string | null, onBatch?: OnBatch): Promise<FolderRead> {
  // Stamped before anything is read: a file that changes while it is read is newer than its stamp.
  const names = packFile ? await readdir(dir).catch(() => null) : null;
  const stamps = names ? await stampFolder(names, dir) : null;
  const packed = packFile && stamps ? await readArticlePack(packFile, stamps, terms) : null;
  const options = { maxBytes: terms.maxBytes };
  let read: FilesRead;
  let filesRead: number;
  if (!packed) {
    read = await readArticles(dir, terms.prefix, { ...options, ...(names ? { names } : {}), ...(onBatch ? { onBatch } : {}) });
    filesRead = read.articles.length;
  } else if (packed.reread.length === 0) {
    read = packed.read;
    filesRead = 0;
  } else {
    // Only what changed since the pack (articles a running bot took in, an edit): read, and merged in.
    const changed = await readArticles(dir, terms.prefix, { ...options, names: [...packed.reread, ...names!.filter(isArticleMetaFile)] });
    read = mergeReads(packed.read, changed);
    filesRead = packed.reread.length;
  }
  const from: ArticlesFrom = !packed ? 'files' : packed.whole ? 'pack' : 'pack+changes';
  const writePack =
    packFile && stamps && from !== 'pack'
      ? () =>
          writeArticlePack(packFile, stamps, terms, read).then(
            () => null,
            (err: unknown) => `cannot write the article pack ${packFile}: ${(err as Error).message}`,
          )
      : null;
  return { read, from, filesRead, writePack };
}
