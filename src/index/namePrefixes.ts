// Autocomplete's structure: every folded name, and every tail of it that starts a word ("mirzoian" of
// "ararat mirzoian"), sorted, so the names starting with what was typed are one binary search away.
import type { NameEntry } from './fuzzyNames.js';
import { lowerBound } from './lowerBound.js';

export class NamePrefixes {
  private readonly keys: string[];
  private readonly owners: Int32Array;

  constructor(entries: readonly NameEntry[]) {
    const all: NameEntry[] = [];
    for (const e of entries) {
      if (!e.key) continue;
      all.push(e);
      for (let i = e.key.indexOf(' '); i >= 0; i = e.key.indexOf(' ', i + 1)) {
        all.push({ key: e.key.slice(i + 1), actor: e.actor });
      }
    }
    all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.actor - b.actor));
    this.keys = all.map((e) => e.key);
    this.owners = Int32Array.from(all, (e) => e.actor);
  }

  /** Calls `visit` for every (actor, key) whose key starts with `prefix`; an actor may come more than once. */
  forEachStartingWith(prefix: string, visit: (actor: number, key: string) => void): void {
    const { keys } = this;
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) visit(this.owners[i]!, keys[i]!);
  }
}
