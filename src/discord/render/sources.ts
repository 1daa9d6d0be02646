// /sources: every news source's health, for everyone to see. The names come from the operator's file and
// the reasons partly from the sites (a redirect target, a bot wall's words): escaped like article text.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS } from '../../platform/limits.js';
import { itemsText, sourcesSummary, type SourceRow, type SourcesView } from '../../views/sources.js';
import { plural } from '../../views/text.js';
import { COLORS, fitEmbeds } from './embeds.js';
import { inlineText, truncateAtWord } from './markdown.js';
import type { Page } from './pages.js';

const ICONS: Record<SourceRow['state'], string> = { ok: '🟢', new: '⚪', failing: '🟠', paused: '🔴', disabled: '⚫' };

export function renderSources(view: SourcesView): Page {
  if (view.sources.length === 0) {
    return {
      embeds: [
        { title: 'News sources', description: 'No news sources are configured: the archive grows only by hand.', color: COLORS.brand },
      ],
    };
  }
  const shown = view.sources.slice(0, LIMITS.fields - 1);
  const fields: APIEmbedField[] = shown.map((s) => ({
    name: inlineText(`${ICONS[s.state]} ${s.name}`, LIMITS.fieldName),
    value: sourceLines(s, view.now),
    inline: false,
  }));
  const rest = view.sources.length - shown.length;
  if (rest > 0)
    fields.push({ name: 'More', value: `… and ${plural(rest, 'more source')}: \`npm run cli -- sources\` lists them all.`, inline: false });
  const troubled = view.sources.some((s) => s.state === 'failing' || s.state === 'paused');
  const off = view.ingesting === false ? '\nIngestion is off in this bot: the health is as last recorded.' : '';
  const embed: APIEmbed = {
    title: 'News sources',
    description: `${sourcesSummary(view)}.${off}`,
    color: troubled ? COLORS.attention : COLORS.brand,
    fields,
    footer: { text: 'Sources are the operator’s to edit (SOURCES_FILE); failing ones are retried with back-off.' },
  };
  return { embeds: fitEmbeds([embed]) };
}

function sourceLines(s: SourceRow, now: number): string {
  const parts = [inlineText(s.status, 120)];
  parts.push(s.lastFetchAt === null ? 'never fetched' : `fetched ${stamp(s.lastFetchAt)}`);
  parts.push(`items ${itemsText(s)}`);
  if (s.nextPollAt !== null) parts.push(s.nextPollAt <= now ? 'next poll due' : `next poll ${stamp(s.nextPollAt)}`);
  const lines = [parts.join(' · ')];
  if (s.reason) lines.push(inlineText(s.reason, 300));
  if (s.note) lines.push(inlineText(s.note, 300));
  return truncateAtWord(lines.join('\n'), LIMITS.fieldValue);
}

/** Discord shows it in the reader's own time zone and keeps "5 minutes ago" current. */
const stamp = (ms: number) => `<t:${Math.floor(ms / 1000)}:R>`;
