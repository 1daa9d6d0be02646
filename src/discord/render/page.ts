// What every renderer hands to the Discord layer: the embeds of one message, ready to send.
import type { APIEmbed } from 'discord.js';

/** One page = one message's embeds, within every Discord limit. */
export interface RenderedPage {
  readonly embeds: readonly APIEmbed[];
}
