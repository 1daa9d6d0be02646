/**
 * Snowflake ids, generated the way Discord lays them out:
 * bits 63..22 are milliseconds since the Discord epoch, 21..17 worker, 16..12 process, 11..0 increment.
 * Ids are always decimal strings (JSON numbers would lose precision).
 */

export const DISCORD_EPOCH = 1420070400000n;

export class SnowflakeGenerator {
  private lastTimestamp = 0n;
  private increment = 0n;

  constructor(private readonly worker = 1n) {}

  /** A fresh, strictly increasing id stamped with the current time. */
  next(): string {
    let ts = BigInt(Date.now()) - DISCORD_EPOCH;
    if (ts < this.lastTimestamp) ts = this.lastTimestamp;
    if (ts === this.lastTimestamp) {
      this.increment += 1n;
      if (this.increment > 4095n) {
        ts += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastTimestamp = ts;
    return this.compose(ts, this.increment);
  }

  /**
   * A fresh id whose timestamp part satisfies `(id >> 22) % shardCount === shardId`,
   * i.e. a guild id that Discord would route to that shard.
   */
  nextForShard(shardId: number, shardCount: number): string {
    if (!Number.isInteger(shardCount) || shardCount < 1) throw new RangeError(`shardCount must be a positive integer, got ${shardCount}`);
    if (!Number.isInteger(shardId) || shardId < 0 || shardId >= shardCount) {
      throw new RangeError(`shardId must be in [0, ${shardCount - 1}], got ${shardId}`);
    }
    const count = BigInt(shardCount);
    const wanted = BigInt(shardId);
    let ts = BigInt(Date.now()) - DISCORD_EPOCH;
    if (ts <= this.lastTimestamp) ts = this.lastTimestamp + 1n;
    while (ts % count !== wanted) ts += 1n;
    this.lastTimestamp = ts;
    this.increment = 0n;
    return this.compose(ts, 0n);
  }

  private compose(ts: bigint, inc: bigint): string {
    return ((ts << 22n) | (this.worker << 17n) | inc).toString();
  }
}

/** The shard Discord routes a guild to: `(guild_id >> 22) % shardCount`. */
export function shardIdForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function isSnowflake(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,20}$/.test(value);
}
