// Pages: what every renderer of an answer hands to the Discord layer (src/discord/paging.ts keeps them
// for the Prev / Next buttons), and how a list of blocks (statements, contacts, actor lines) is spread over
// as many pages as it takes: each page one embed with the same heading, as much as reads comfortably,
// within every Discord limit.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS } from '../../platform/limits.js';
import { fitEmbeds, measureEmbed } from './embeds.js';

/** One page = one message's embeds, within every Discord limit. */
export interface Page {
  readonly embeds: readonly APIEmbed[];
}

/** A field of its own, or a line appended to the description. */
export type Block = { readonly field: APIEmbedField; readonly weight: number } | { readonly line: string; readonly weight: number };

export interface PageLayout {
  /** Title, colour and the description's opening, repeated on every page so each stands alone. */
  readonly head: APIEmbed;
  /** How much reading a page holds, in the blocks' weight (a statement weighs 1). */
  readonly maxWeight: number;
}

/** "Page 1234 of 1234", with room to spare. */
const FOOTER_ROOM = 32;

/** Blocks in order onto pages, never splitting one, each page with "Page i of n" in its footer. */
export function paginate(layout: PageLayout, blocks: readonly Block[]): Page[] {
  const groups = groupBlocks(layout, blocks);
  return groups.map((group, i) => ({ embeds: fitEmbeds([pageEmbed(layout.head, group, `Page ${i + 1} of ${groups.length}`)]) }));
}

function groupBlocks(layout: PageLayout, blocks: readonly Block[]): Block[][] {
  const headLength = measureEmbed(layout.head);
  const room = LIMITS.embedsTotal - headLength - FOOTER_ROOM;
  const descriptionRoom = LIMITS.description - (layout.head.description?.length ?? 0) - 2;
  const groups: Block[][] = [[]];
  let weight = 0;
  let chars = 0;
  let fields = 0;
  let lines = 0;
  for (const block of blocks) {
    const size = sizeOf(block);
    const isField = 'field' in block;
    const fits =
      weight + block.weight <= layout.maxWeight &&
      chars + size <= room &&
      (isField ? fields < LIMITS.fields : lines + size <= descriptionRoom);
    const current = groups[groups.length - 1]!;
    if (!fits && current.length > 0) {
      groups.push([block]);
      [weight, chars, fields, lines] = [block.weight, size, isField ? 1 : 0, isField ? 0 : size];
    } else {
      current.push(block);
      weight += block.weight;
      chars += size;
      if (isField) fields++;
      else lines += size;
    }
  }
  return groups;
}

/** A line costs its text and the line break before it. */
function sizeOf(block: Block): number {
  return 'field' in block ? block.field.name.length + block.field.value.length : block.line.length + 1;
}

function pageEmbed(head: APIEmbed, blocks: readonly Block[], footer: string): APIEmbed {
  const fields = blocks.flatMap((b) => ('field' in b ? [b.field] : []));
  const lines = blocks.flatMap((b) => ('line' in b ? [b.line] : []));
  const description = [head.description, lines.join('\n')].filter(Boolean).join('\n\n');
  return {
    ...head,
    ...(description ? { description } : {}),
    ...(fields.length ? { fields } : {}),
    footer: { text: footer },
  };
}
