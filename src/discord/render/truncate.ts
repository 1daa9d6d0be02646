// Cutting text to a length limit the way a reader forgives: at a word, with an ellipsis.

const ELLIPSIS = '…';

/**
 * `text` unchanged when it fits in `max` UTF-16 code units, else cut at the last word boundary that
 * leaves room for "…". A single word longer than the room is cut inside the word, never through a
 * surrogate pair. Lengths are UTF-16 units, which never undercount what Discord counts (code points).
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1); // one more: a space right after the room is a boundary too
  const boundary = head.search(/\s\S*$/);
  // Cutting far back at a space would throw most of the room away: cut inside the word instead.
  const cut = boundary >= room / 2 ? boundary : room;
  return `${withoutBrokenPair(text.slice(0, cut)).replace(/[\s,;:]+$/u, '')}${ELLIPSIS}`;
}

/** Drops a high surrogate left alone at the end by a cut. */
function withoutBrokenPair(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
