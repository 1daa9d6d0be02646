// Which guilds this process holds (its shards): only their subscriptions are loaded, scheduled and run
// here, and a delivery asks again before each message, so a guild that moved away mid-digest is left to
// its new process. `heldGuilds()` may walk thousands of guilds: the answer is kept for a few seconds.
const FRESH_MS = 5_000;

export class HeldGuilds {
  private cache: { at: number; ids: Set<string> } | null = null;

  constructor(
    private readonly heldGuilds: () => Iterable<string>,
    private readonly now: () => number,
  ) {}

  /** Asks `heldGuilds()` now, and keeps the answer; the guilds held. */
  refresh(): string[] {
    const ids = [...this.heldGuilds()];
    this.cache = { at: this.now(), ids: new Set(ids) };
    return ids;
  }

  has(guildId: string): boolean {
    const now = this.now();
    if (!this.cache || now - this.cache.at > FRESH_MS || now < this.cache.at) this.refresh();
    return this.cache!.ids.has(guildId);
  }

  /** Told that a guild came (a shard came up, the bot joined) or went, before the next ask. */
  joined(guildId: string): void {
    this.cache?.ids.add(guildId);
  }

  left(guildId: string): void {
    this.cache?.ids.delete(guildId);
  }
}
