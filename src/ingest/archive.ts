// The articles folder as ingestion sees it: what it holds (read from the metadata files once, at open) and
// how a new article is added: written once, atomically, metadata first (so the watcher that sees the
// `.txt` appear finds its metadata already there), or recorded as another source of the article it repeats.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../pipeline/writeAtomically.js';
import {
  articleIdFor,
  formatArticle,
  isArticleMetaFile,
  isExtractable,
  META_FORMAT,
  META_SUFFIX,
  metaFileOf,
  type ArticleMeta,
  type OtherSource,
} from './articleFile.js';
import { fingerprintText } from './fingerprint.js';
import type { ArticleDraft, ItemSource } from './itemToArticle.js';
import { ArticleLedger, type Duplicate } from './ledger.js';

export type AddOutcome =
  /** A new article: `<id>.txt` and `<id>.meta.json` written. */
  | { readonly outcome: 'written'; readonly id: string; readonly file: string }
  /** The archive has it already, from this source: nothing written. */
  | { readonly outcome: 'duplicate'; readonly id: string; readonly match: Duplicate['match'] }
  /** The archive has it from another outlet: that outlet added to the kept article's `alsoFrom`. */
  | { readonly outcome: 'source-added'; readonly id: string; readonly match: Duplicate['match']; readonly similarity: number };

/** What the archive wrote: an article (its metadata and text), or a held article's metadata anew (`text` null). */
export interface ArchiveWrite {
  readonly meta: ArticleMeta;
  readonly text: string | null;
}

export class ArticleArchive {
  readonly #dir: string;
  readonly #ledger: ArticleLedger;
  readonly #writeListeners = new Set<(write: ArchiveWrite) => void>();
  /** One change at a time: two items of one story arriving together must not both be written. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, ledger: ArticleLedger, problems: string[]) {
    this.#dir = dir;
    this.#ledger = ledger;
    this.problems = problems;
  }

  /** Metadata files that could not be read (named with the reason); their articles still load as files. */
  readonly problems: readonly string[];

  /**
   * Reads the metadata of `dir` (created if absent). A metadata file without its `.txt` (a crash between
   * the two writes) is ignored, so that the next ingest writes both again.
   */
  static async open(dir: string): Promise<ArticleArchive> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      names = [];
    }
    const present = new Set(names);
    const ledger = new ArticleLedger();
    const problems: string[] = [];
    const metas = names.filter((n) => isArticleMetaFile(n) && present.has(n.slice(0, -META_SUFFIX.length) + '.txt'));
    for (const [i, name] of metas.entries()) {
      // Synchronous reads cost a tenth of promise-based ones per small file (see src/pipeline/readArticles.ts);
      // a pause every 256 keeps the process answering while a large archive opens.
      if (i % 256 === 255) await new Promise((resolve) => setImmediate(resolve));
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ArticleMeta;
        if (meta.format !== META_FORMAT || !meta.id || !meta.fingerprint) throw new Error(`not ${META_FORMAT} metadata`);
        ledger.put(meta);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
    return new ArticleArchive(dir, ledger, problems);
  }

  get size(): number {
    return this.#ledger.size;
  }

  /** Hears every article and metadata written (to publish them to other hosts: src/ingestion/articleLog.ts). */
  onWrite(listener: (write: ArchiveWrite) => void): () => void {
    this.#writeListeners.add(listener);
    return () => this.#writeListeners.delete(listener);
  }

  /**
   * Takes in an article written into the folder by someone else (another host's ingestion, relayed), so
   * that this archive counts it as held and does not write it again when it ingests.
   */
  remember(meta: ArticleMeta): void {
    this.#ledger.put(meta);
  }

  #wrote(write: ArchiveWrite): void {
    for (const listener of this.#writeListeners) listener(write);
  }

  /** The metadata of an ingested article, or null (not ingested, or a hand-written file). */
  async meta(id: string): Promise<ArticleMeta | null> {
    if (!this.#ledger.has(id)) return null;
    return JSON.parse(await readFile(join(this.#dir, metaFileOf(id)), 'utf8')) as ArticleMeta;
  }

  /** Whether an item is known by its address or guid, so that its page need not be fetched again. */
  knows(urls: readonly (string | null)[], sourceId: string, guid: string | null): Duplicate | null {
    return this.#ledger.knownItem(urls, sourceId, guid);
  }

  /** Adds a draft: a new article, nothing (already held from this source), or another source of a held one. */
  add(draft: ArticleDraft): Promise<AddOutcome> {
    const run = this.#queue.then(() => this.#add(draft));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Records that `source` carried the already held article `id` (an item known by its address needs no
   * fetch to be counted as a source). Nothing is written when that outlet is already recorded.
   */
  addSource(id: string, other: OtherSource): Promise<AddOutcome> {
    const run = this.#queue.then(() => this.#addSource(id, other));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #add(draft: ArticleDraft): Promise<AddOutcome> {
    const fingerprint = fingerprintText(draft.paragraphs.join('\n'));
    const duplicate = this.#ledger.findDuplicate({
      urls: [draft.url, ...draft.links],
      sourceId: draft.source.id,
      guid: draft.guid,
      date: draft.date,
      fingerprint,
    });
    if (duplicate) return this.#addSource(duplicate.id, otherSource(draft, duplicate));
    const id = articleIdFor(draft.date, draft.source.name, draft.url);
    const meta: ArticleMeta = {
      format: META_FORMAT,
      id,
      outlet: draft.source.name,
      title: draft.title,
      url: draft.url,
      links: draft.links,
      guid: draft.guid,
      sourceId: draft.source.id,
      fetchedAt: draft.fetchedAt,
      language: draft.language,
      extract: isExtractable(draft),
      date: draft.date,
      dateFrom: draft.dateFrom,
      textFrom: draft.textFrom,
      fingerprint,
      alsoFrom: [],
    };
    await this.#writeMeta(meta);
    const file = `${id}.txt`;
    const text = formatArticle(draft.date, draft.title, draft.paragraphs);
    await writeAtomically(join(this.#dir, file), Buffer.from(text));
    this.#ledger.put(meta);
    this.#wrote({ meta, text });
    return { outcome: 'written', id, file };
  }

  async #addSource(id: string, other: OtherSource): Promise<AddOutcome> {
    if (this.#ledger.sources(id).includes(other.sourceId)) return { outcome: 'duplicate', id, match: other.match };
    const kept = await this.meta(id);
    if (!kept) throw new Error(`no article ${id} in the archive`);
    const meta: ArticleMeta = { ...kept, alsoFrom: [...kept.alsoFrom, other] };
    await this.#writeMeta(meta);
    this.#ledger.put(meta);
    this.#wrote({ meta, text: null });
    return { outcome: 'source-added', id, match: other.match, similarity: other.similarity };
  }

  async #writeMeta(meta: ArticleMeta): Promise<void> {
    await writeAtomically(join(this.#dir, metaFileOf(meta.id)), Buffer.from(`${JSON.stringify(meta, null, 2)}\n`));
  }
}

/** The draft as another source of the article it duplicates. */
export function otherSource(
  draft: Pick<ArticleDraft, 'url' | 'title' | 'fetchedAt'> & { readonly source: ItemSource },
  duplicate: Duplicate,
): OtherSource {
  return {
    sourceId: draft.source.id,
    outlet: draft.source.name,
    url: draft.url,
    title: draft.title,
    fetchedAt: draft.fetchedAt,
    match: duplicate.match === 'guid' ? 'url' : duplicate.match,
    similarity: duplicate.similarity,
  };
}
