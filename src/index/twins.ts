// Each statement's nearest newer twin: the same speaker's same words in a newer statement (another
// outlet carrying the same utterance; utterances.ts). Found once when the index is built and kept in its
// snapshot, so a brief reads an actor's repeats from a column: finding them at the first brief of the
// busiest actors (45,000 statements at 100,000 articles) cost 5–10 ms of that brief, and finding them
// at open cost every restart a third of a second.
import { sameWords } from './utterances.js';

/** IndexData's NONE (not imported: indexData.ts builds its twins with this module). */
const NONE = -1;

/** What the twins are found from: IndexData's statement columns and the articles' texts. */
export interface TwinInput {
  readonly article: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly speaker: Int32Array;
  readonly inside: Int32Array;
  readonly words: Int32Array;
  readonly articleTexts: readonly string[];
}

/** Statements looked at between two yields (a build never holds the event loop for long). */
const CHUNK = 65_536;

/**
 * For each statement s: the id of the nearest newer statement (statements are numbered newest article
 * first, so a smaller id) of the same speaker with the same folded words, or NONE. A statement without a
 * speaker, a quotation inside a sentence (`inside`), and one with no newer twin have NONE, and an inside
 * one is never anyone's twin.
 *
 * An open-addressed table keyed by (speaker, words hash) holds the newest statement seen of each text:
 * a hash shared by two different texts of one speaker takes two slots of the same key, told apart by
 * comparing the words, so a collision never makes two texts one.
 */
export function* statementTwins(input: TwinInput): Generator<void, Int32Array, void> {
  const { article, start, end, speaker, inside, words, articleTexts } = input;
  const n = speaker.length;
  const twins = new Int32Array(n).fill(NONE);
  let capacity = 16;
  while (capacity < n * 2) capacity *= 2;
  const mask = capacity - 1;
  /** The statement held in each slot, or NONE for an empty slot (its key is that statement's). */
  const held = new Int32Array(capacity).fill(NONE);
  const same = (a: number, b: number) =>
    sameWords(articleTexts[article[a]!]!, start[a]!, end[a]!, articleTexts[article[b]!]!, start[b]!, end[b]!);
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    for (let s = from; s < to; s++) {
      const who = speaker[s]!;
      if (who === NONE || inside[s]) continue;
      const hash = words[s]!;
      let slot = (Math.imul(hash ^ Math.imul(who, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
      for (;;) {
        const t = held[slot]!;
        if (t === NONE) {
          held[slot] = s;
          break;
        }
        if (words[t] === hash && speaker[t] === who && same(s, t)) {
          twins[s] = t;
          held[slot] = s;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    yield;
  }
  return twins;
}
