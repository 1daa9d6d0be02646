// /about: what the index holds and how fresh it is, and how its news sources are.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { IndexStats } from '../../index/api.js';
import { LIMITS } from '../../platform/limits.js';
import type { ClusterView, ShardStatus } from '../../shard/protocol.js';
import type { AboutSources } from '../../views/about.js';
import { plural } from '../../views/text.js';
import { COLORS, fitEmbeds } from './embeds.js';
import { inlineText, truncateAtWord } from './markdown.js';
import type { Page } from './pages.js';

export interface Freshness {
  /** When the index was last reloaded (ms since epoch); `null`: not since the bot started. */
  readonly lastReload: number | null;
  /** Problems reported by the last load (files skipped, dictionary entries ignored). */
  readonly problems: number;
  readonly now: number;
}

/** A sharded bot: the shard answering, and every shard's status as the manager knows it. */
export interface AboutShards {
  readonly id: number;
  readonly count: number;
  /** null: the manager did not answer in time. */
  readonly cluster: ClusterView | null;
}

/** `sources`: the line of src/views/about.ts; left out where the bot has no sources to speak of (tests, the CLI). */
export function renderAbout(stats: IndexStats, freshness: Freshness, shards?: AboutShards, sources?: AboutSources): Page {
  const count = (n: number) => n.toLocaleString('en-US');
  const fields: APIEmbedField[] = [
    { name: 'Articles', value: count(stats.articles), inline: true },
    { name: 'Dates', value: dateRange(stats), inline: true },
    { name: 'Actors', value: count(stats.actors), inline: true },
    { name: 'Statements', value: count(stats.statements), inline: true },
    { name: 'Contacts', value: count(stats.contacts), inline: true },
    { name: 'Index', value: indexAge(stats, freshness), inline: true },
    {
      name: 'Problems',
      value: freshness.problems === 0 ? 'none' : `${plural(freshness.problems, 'problem')} at the last load`,
      inline: true,
    },
  ];
  if (sources) fields.push({ name: 'Sources', value: truncateAtWord(sources.line, LIMITS.fieldValue), inline: false });
  if (shards) fields.push({ name: 'Shards', value: shardLines(shards), inline: false });
  const embed: APIEmbed = {
    title: 'About Attaché',
    description: 'Diplomatic news as briefings: who said what, to whom, and when.',
    color: freshness.problems === 0 && !sources?.troubled ? COLORS.brand : COLORS.attention,
    fields,
  };
  return { embeds: fitEmbeds([embed]) };
}

/** Shown one per line, the troubled first; past this many, the rest are counted. */
const SHARD_LINES = 10;

function shardLines({ id, count, cluster }: AboutShards): string {
  const head = `This server is served by shard ${id} of ${count}.`;
  if (!cluster) return `${head} The other shards' state is unavailable right now.`;
  const order = (s: ShardStatus) => (s.id === id ? 0 : s.status === 'ok' ? 2 : 1);
  const sorted = [...cluster.shards].sort((a, b) => order(a) - order(b) || a.id - b.id);
  const lines = sorted.slice(0, SHARD_LINES).map((s) => shardLine(s, s.id === id));
  const rest = sorted.slice(SHARD_LINES);
  if (rest.length) {
    const ok = rest.filter((s) => s.status === 'ok').length;
    lines.push(`… and ${plural(rest.length, 'more shard')}${ok === rest.length ? ', all ok' : `, ${ok} of them ok`}`);
  }
  const ok = cluster.shards.filter((s) => s.status === 'ok').length;
  return truncateAtWord([`${head} ${ok} of ${cluster.count} ok.`, ...lines].join('\n'), LIMITS.fieldValue);
}

function shardLine(s: ShardStatus, self: boolean): string {
  const parts = [`\`${s.id}\` ${s.status === 'ok' || self ? 'ok' : s.status}`];
  if (s.guilds !== null) parts.push(plural(s.guilds, 'server'));
  if (s.gateway?.ping != null) parts.push(`${s.gateway.ping} ms`);
  if (s.status !== 'ok' && !self && s.detail) parts.push(inlineText(s.detail, 120));
  if (s.restarts > 0) parts.push(`restarted ${s.restarts}×`);
  return `${parts.join(' · ')}${self ? ' (this one)' : ''}`;
}

function dateRange({ firstDate, lastDate }: IndexStats): string {
  if (!firstDate || !lastDate) return 'none';
  return firstDate === lastDate ? firstDate : `${firstDate} to ${lastDate}`;
}

/** "reloaded 3 minutes ago", or since when it has stood when it was never reloaded. */
function indexAge(stats: IndexStats, { lastReload, now }: Freshness): string {
  return lastReload === null ? `built ${timeAgo(stats.builtAt, now)}, not reloaded since` : `reloaded ${timeAgo(lastReload, now)}`;
}

const UNITS: readonly [string, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "just now" (under ten seconds, or a clock that went back), else the largest whole unit: "3 minutes ago". */
export function timeAgo(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < 10_000) return 'just now';
  const [unit, ms] = UNITS.find(([, size]) => elapsed >= size)!;
  return `${plural(Math.floor(elapsed / ms), unit)} ago`;
}
