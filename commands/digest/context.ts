// What the /digest subcommands share: the interaction they run in, how they name another subcommand, and
// the index for actor names when it can be had.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import type { AttacheIndex } from '../../src/index/api.js';

/** Registered for servers only; a cached guild is what the permission checks read. */
export type GuildCommand = ChatInputCommandInteraction<'cached'>;

/** `</digest set:id>`: a mention Discord renders as the clickable command. */
export function commandMention(interaction: ChatInputCommandInteraction, sub: string): string {
  return `</digest ${sub}:${interaction.commandId}>`;
}

export function toDate(value: Date | number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Names for the replies; the ids do when the index is not loaded yet. */
export function indexOrNull(ctx: CommandContext): AttacheIndex | null {
  try {
    return ctx.index();
  } catch {
    return null;
  }
}
