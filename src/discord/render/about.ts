// /about: what the index holds and how fresh it is.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { IndexStats } from '../../index/api.js';
import { plural } from '../../format/text.js';
import { COLORS } from './colors.js';
import { fitEmbeds } from './limits.js';
import type { RenderedPage } from './page.js';

export interface Freshness {
  /** When the index was last reloaded (ms since epoch); `null`: not since the bot started. */
  readonly lastReload: number | null;
  /** Problems reported by the last load (files skipped, dictionary entries ignored). */
  readonly problems: number;
  readonly now: number;
}

export function renderAbout(stats: IndexStats, freshness: Freshness): RenderedPage {
  const count = (n: number) => n.toLocaleString('en-US');
  const fields: APIEmbedField[] = [
    { name: 'Articles', value: count(stats.articles), inline: true },
    { name: 'Dates', value: dateRange(stats), inline: true },
    { name: 'Actors', value: count(stats.actors), inline: true },
    { name: 'Statements', value: count(stats.statements), inline: true },
    { name: 'Contacts', value: count(stats.contacts), inline: true },
    { name: 'Index', value: indexAge(stats, freshness), inline: true },
    { name: 'Problems', value: freshness.problems === 0 ? 'none' : `${plural(freshness.problems, 'problem')} at the last load`, inline: true },
  ];
  const embed: APIEmbed = {
    title: 'About Attaché',
    description: 'Diplomatic news as briefings: who said what, to whom, and when.',
    color: freshness.problems === 0 ? COLORS.brand : COLORS.attention,
    fields,
  };
  return { embeds: fitEmbeds([embed]) };
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
