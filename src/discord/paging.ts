// Answers longer than one message: the rendered pages wait here, in memory, under a short key that the
// buttons carry (`page:<key>:<n>`). Bounded twice (entries and pages, least recently used out first) and
// timed out, so a busy day cannot grow the heap; an expired key tells the user to run the command again.
import { randomBytes } from 'node:crypto';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type ButtonInteraction } from 'discord.js';
import { noteOutcome } from './interactionLog.js';
import { NO_PINGS, type Page } from './render/index.js';

export interface PagedAnswer {
  readonly key: string;
  readonly pages: readonly Page[];
  /** Who ran the command: only they turn the pages. */
  readonly ownerId: string;
  /** The command that made it, for "run /brief again". */
  readonly command: string;
  /** Buttons of the command's own, kept under Prev / Next on every page (/brief's picture button). */
  readonly rows?: readonly ActionRowBuilder<ButtonBuilder>[];
}

export interface PagingOptions {
  /** How long an answer stays pageable after its last use; default 15 minutes. */
  readonly ttlMs?: number;
  /** At most this many answers are kept; default 500. */
  readonly maxEntries?: number;
  /** At most this many pages over all answers (a page is at most ~6 kB of embed text); default 5000. */
  readonly maxPages?: number;
  readonly now?: () => number;
}

export const DEFAULT_PAGING_TTL_MS = 15 * 60_000;

interface Entry extends PagedAnswer {
  expiresAt: number;
}

export class PagingStore {
  private readonly entries = new Map<string, Entry>();
  private pageCount = 0;
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxPages: number;
  private readonly now: () => number;

  constructor(options: PagingOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_PAGING_TTL_MS;
    this.maxEntries = Math.max(1, options.maxEntries ?? 500);
    this.maxPages = Math.max(1, options.maxPages ?? 5000);
    this.now = options.now ?? Date.now;
  }

  /** Keeps `pages` for `ownerId` and returns the key the buttons carry. */
  put(
    pages: readonly Page[],
    owner: { readonly ownerId: string; readonly command: string; readonly rows?: readonly ActionRowBuilder<ButtonBuilder>[] },
  ): string {
    const command = /^[a-z0-9_-]{1,32}$/.test(owner.command) ? owner.command : 'command';
    let key: string;
    do key = `${command}.${randomBytes(6).toString('base64url')}`;
    while (this.entries.has(key));
    this.sweep();
    // An answer bigger than the whole budget is still kept (alone): the user asked for it just now.
    while (this.entries.size > 0 && (this.entries.size >= this.maxEntries || this.pageCount + pages.length > this.maxPages))
      this.evictOldest();
    const rows = owner.rows?.length ? { rows: owner.rows } : {};
    this.entries.set(key, { key, pages, ownerId: owner.ownerId, command, ...rows, expiresAt: this.now() + this.ttlMs });
    this.pageCount += pages.length;
    return key;
  }

  /** The answer under `key` if it has not expired; using it keeps it alive for another TTL. */
  get(key: string): PagedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    entry.expiresAt = this.now() + this.ttlMs;
    this.entries.set(key, entry);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  get pages(): number {
    return this.pageCount;
  }

  clear(): void {
    this.entries.clear();
    this.pageCount = 0;
  }

  /** Map order is least recently used first, so expired entries are found at the front. */
  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.remove(key);
    }
  }

  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.remove(oldest.value);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.pageCount -= entry.pages.length;
  }
}

// -- buttons ---------------------------------------------------------------------------------------------------------

export const PAGE_PREFIX = 'page:';
const PAGE_ID = /^page:([a-z0-9_-]{1,32})\.([A-Za-z0-9_-]{1,24}):(\d{1,5})$/;

export interface PageButton {
  readonly key: string;
  readonly command: string;
  readonly page: number;
}

/** Prev / Next carry the page they lead to; the disabled ones carry a name so custom ids stay unique. */
export function pageCustomId(key: string, target: number | 'prev' | 'next' | 'at'): string {
  return `${PAGE_PREFIX}${key}:${target}`;
}

/** `page:<command>.<random>:<n>`; anything else (the disabled buttons included) is `null`. */
export function parsePageCustomId(customId: string): PageButton | null {
  const m = PAGE_ID.exec(customId);
  if (!m) return null;
  return { key: `${m[1]}.${m[2]}`, command: m[1]!, page: Number(m[3]) };
}

/** The command a paging custom id belongs to, even for one this bot no longer knows. */
export function commandOfCustomId(customId: string): string | null {
  return /^page:([a-z0-9_-]{1,32})\./.exec(customId)?.[1] ?? null;
}

/** Prev · "i / n" · Next. */
export function pageButtons(key: string, index: number, total: number): ActionRowBuilder<ButtonBuilder> {
  const first = index <= 0;
  const last = index >= total - 1;
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(pageCustomId(key, first ? 'prev' : index - 1))
      .setLabel('Prev')
      .setEmoji('◀️')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(first),
    new ButtonBuilder()
      .setCustomId(pageCustomId(key, 'at'))
      .setLabel(`${index + 1} / ${total}`)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(true),
    new ButtonBuilder()
      .setCustomId(pageCustomId(key, last ? 'next' : index + 1))
      .setLabel('Next')
      .setEmoji('▶️')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(last),
  );
}

/** The message body for page `index` of an answer: its embeds, the buttons when there is more than one, then its own rows. */
export function pageMessage(answer: Pick<PagedAnswer, 'key' | 'pages' | 'rows'>, index: number) {
  const page = answer.pages[index];
  const embeds = page ? [...page.embeds] : [];
  const paging = answer.pages.length > 1 ? [pageButtons(answer.key, index, answer.pages.length)] : [];
  return { embeds, components: [...paging, ...(answer.rows ?? [])] };
}

export function notYoursText(command: string): string {
  return `Only the person who ran /${command} can turn these pages; run it yourself to get your own copy.`;
}

export function expiredText(command: string): string {
  return `These buttons have expired — run /${command} again.`;
}

/**
 * A press of Prev or Next. The owner gets the page in place (an update); anyone else an ephemeral refusal
 * with the page left as it was; an expired key loses its buttons and the presser is told why.
 */
export async function turnPage(interaction: ButtonInteraction, store: PagingStore): Promise<void> {
  const press = parsePageCustomId(interaction.customId);
  const answer = press ? store.get(press.key) : undefined;
  if (!press || !answer) {
    const command = press?.command ?? commandOfCustomId(interaction.customId) ?? 'the command';
    noteOutcome(interaction, 'expired');
    await interaction.update({ components: [], allowedMentions: NO_PINGS });
    await interaction.followUp({ content: expiredText(command), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  if (interaction.user.id !== answer.ownerId) {
    noteOutcome(interaction, 'refused');
    await interaction.reply({ content: notYoursText(answer.command), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  const index = Math.min(Math.max(0, press.page), answer.pages.length - 1);
  await interaction.update({ ...pageMessage(answer, index), allowedMentions: NO_PINGS });
}
