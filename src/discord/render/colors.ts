// One colour for everything the bot shows, so its messages are recognisable at a glance; a second one
// only where something needs the reader's attention.

export const COLORS = {
  /** Attaché's embeds: briefs, search results, actor lists, about. */
  brand: 0x2f5d8a,
  /** The about page when the last load reported problems. */
  attention: 0xc98a1b,
} as const;
