// Embeds: the bot's colours, and the last step of every renderer: whatever the planning upstream did, a
// page that leaves here is one Discord accepts (its limits: src/platform/limits.ts).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS } from '../../platform/limits.js';
import { truncateAtWord } from './markdown.js';

/**
 * One colour for everything the bot shows, so its messages are recognisable at a glance; a second one only
 * where something needs the reader's attention.
 */
export const COLORS = {
  /** Attaché's embeds: briefs, search results, actor lists, about, digests. */
  brand: 0x2f5d8a,
  /** The about page when the last load reported problems; a digest list with a digest failing. */
  attention: 0xc98a1b,
} as const;

/** Discord rejects an empty or blank field name or value; this stands in for "nothing to say". */
export const BLANK = '\u200b';

/** The characters Discord counts against the 6000 of a message: title, description, fields, footer, author. */
export function measureEmbed(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export function measureEmbeds(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + measureEmbed(e), 0);
}

/** Every per-part limit enforced: each text cut at a word, fields beyond 25 dropped, blanks filled. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateAtWord(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncateAtWord(embed.description, LIMITS.description);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncateAtWord(embed.footer.text, LIMITS.footer) };
  if (embed.author) fitted.author = { ...embed.author, name: truncateAtWord(embed.author.name, LIMITS.author) };
  if (embed.fields) fitted.fields = embed.fields.slice(0, LIMITS.fields).map(fitField);
  return fitted;
}

/**
 * The embeds of one message within every limit: at most 10, each fitted, and their total within 6000.
 * Over the total, text is taken from the least important parts first (field values from the last one
 * back, then descriptions, field names, author, footer, title), so the page's heading survives longest.
 * Renderers plan pages to stay under, so this only guards against their mistakes.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed);
  let excess = measureEmbeds(fitted) - LIMITS.embedsTotal;
  for (const slot of slotsByImportance(fitted)) {
    if (excess <= 0) break;
    const before = slot.get();
    const after = nonBlank(truncateAtWord(before, Math.max(1, before.length - excess)));
    slot.set(after);
    excess -= before.length - after.length;
  }
  return fitted;
}

interface Slot {
  get(): string;
  set(text: string): void;
}

function slotsByImportance(embeds: APIEmbed[]): Slot[] {
  const reversed = [...embeds].reverse();
  const fieldSlots = (key: 'name' | 'value') =>
    reversed.flatMap((e) =>
      [...(e.fields ?? []).keys()].reverse().map((j): Slot => ({
        get: () => e.fields![j]![key],
        set: (text) => (e.fields![j] = { ...e.fields![j]!, [key]: text }),
      })),
    );
  const own = (key: 'description' | 'title') =>
    reversed.filter((e) => e[key] !== undefined).map((e): Slot => ({ get: () => e[key]!, set: (text) => (e[key] = text) }));
  const authors = reversed
    .filter((e) => e.author)
    .map((e): Slot => ({ get: () => e.author!.name, set: (name) => (e.author = { ...e.author!, name }) }));
  const footers = reversed
    .filter((e) => e.footer)
    .map((e): Slot => ({ get: () => e.footer!.text, set: (text) => (e.footer = { ...e.footer!, text }) }));
  return [...fieldSlots('value'), ...own('description'), ...fieldSlots('name'), ...authors, ...footers, ...own('title')];
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: nonBlank(truncateAtWord(field.name, LIMITS.fieldName)),
    value: nonBlank(truncateAtWord(field.value, LIMITS.fieldValue)),
  };
}

function nonBlank(text: string): string {
  return text.trim() === '' ? BLANK : text;
}
