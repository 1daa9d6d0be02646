// Which file serves which article, as LiveIndex keeps it between changes: the table of the last full load
// (or compaction), never copied, under a small top of the files changed since. A change used to copy the
// whole table and scan it for a clashing article id: at 100,000 files that was most of a new article's
// 100 ms of CPU. Now a change copies only the top, and lookups by article id use an index of the base
// built once.

export interface ServedFile {
  /** The extraction cache key of the file's bytes. */
  readonly key: string;
  readonly id: string;
}

export class FileTable {
  private constructor(
    private readonly base: ReadonlyMap<string, ServedFile>,
    /** Files changed since the base: `null` where a base file is gone. */
    private readonly top: ReadonlyMap<string, ServedFile | null>,
    readonly size: number,
    /** Shared by every table over the same base, so its indexes are built once. */
    private readonly shared: { byId: Map<string, string> | null; keys: Set<string> | null },
  ) {}

  static of(files: ReadonlyMap<string, ServedFile>): FileTable {
    return new FileTable(files, new Map(), files.size, { byId: null, keys: null });
  }

  get(name: string): ServedFile | undefined {
    const top = this.top.get(name);
    if (top !== undefined) return top ?? undefined;
    return this.base.get(name);
  }

  /** A new table with `changes` applied (`null`: the file is gone); this one is left as it was. */
  with(changes: ReadonlyMap<string, ServedFile | null>): FileTable {
    const top = new Map(this.top);
    let size = this.size;
    for (const [name, file] of changes) {
      const had = this.get(name) !== undefined;
      if (had && !file) size--;
      if (!had && file) size++;
      top.set(name, this.base.has(name) || file ? file : null);
    }
    return new FileTable(this.base, top, size, this.shared);
  }

  /** The file that serves article `id`, if one does. */
  fileOf(id: string): string | undefined {
    for (const [name, file] of this.top) if (file?.id === id) return name;
    this.shared.byId ??= new Map([...this.base].map(([name, file]) => [file.id, name]));
    const name = this.shared.byId.get(id);
    return name !== undefined && !this.top.has(name) ? name : undefined;
  }

  /** Whether some served file has these bytes (cache key). */
  serves(key: string): boolean {
    for (const file of this.top.values()) if (file?.key === key) return true;
    this.shared.keys ??= new Set([...this.base.values()].map((f) => f.key));
    // A base key may belong to a file changed since: it then stays in the journal one compaction longer.
    return this.shared.keys.has(key);
  }

  *entries(): IterableIterator<[string, ServedFile]> {
    for (const [name, file] of this.base) if (!this.top.has(name)) yield [name, file];
    for (const [name, file] of this.top) if (file) yield [name, file];
  }
}
