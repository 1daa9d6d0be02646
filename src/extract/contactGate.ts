// The one scan per sentence that says which contact cues are worth running, whether the sentence can tell a
// contact at all, and whether it may name "that day".
import { CUES } from './contactCues.js';

// A sentence is read for contacts only when it holds one of these.
const GATE_WORDS = [
  'paid',
  'pays',
  'pay',
  'confer',
  'arriv',
  'gathered',
  'convened',
  'together',
  'video',
  'pleasure',
  'honour',
  'honor',
  'told',
  'chairmanship',
  'chairing',
  'presence',
  'participat',
  'joined',
  'attend',
  'took',
  'began',
  'resumed',
  'met',
  'meet',
  'chaired',
  'conference',
  'call',
  'phone',
  'spoke',
  'speak',
  'talk',
  'host',
  'receiv',
  'welcom',
  'greet',
  'credential',
  'down',
  'exchang',
  'hands',
  'co-',
  'held with',
  'round of',
  'audience',
  'luncheon',
  'reception',
  'present',
  'dinner',
  'lunch',
  'breakfast',
  'letter',
  'wrote',
  'conversation',
  'summit',
  'visit',
  'negotiat',
  'consultation',
  'between',
  'discuss',
  'dial',
  'message',
  'alongside',
  'beside',
  'next to',
  'glad to see',
  'part in',
  'interact',
  'bilateral',
  'te-',
  'summon',
];
/** What a sentence's words allow: which cues are worth running, the gate, and whether it may name "that day". */
export interface SentenceHints {
  /** Bit `i` (of word `i >> 5`) for CUES[i]. */
  readonly cues: Uint32Array;
  /** The sentence holds a gate word: it can tell a contact at all. */
  readonly gate: boolean;
  /** It holds "day" (every phrase SAME_DAY matches holds it). */
  readonly day: boolean;
}

/** Whether CUES[c]'s words are in the sentence. */
export function cueHinted(hints: SentenceHints, c: number): boolean {
  return (hints.cues[c >>> 5]! & (1 << (c & 31))) !== 0;
}

const CUE_WORDS = Math.ceil(CUES.length / 32);
// The last word of each listed word's mask holds its flags.
const GATE_FLAG = 1;
const DAY_FLAG = 2;

/**
 * What a sentence's words allow, found by one scan instead of an `includes` per hint per cue. The
 * scan looks for every listed word, longest first, resuming one character after each match (words
 * overlap: "meeting" holds "meet"); a match stands for every listed word inside it. Each cue has a bit
 * of its own: when cues shared bits, the costliest one (a dash between two names) ran in most sentences.
 */
class SentenceWords {
  private readonly re: RegExp;
  private readonly masks = new Map<string, Uint32Array>();

  constructor() {
    const words = [...new Set([...GATE_WORDS, 'day', ...CUES.flatMap((c) => c.hint)])];
    for (const w of words) {
      const mask = new Uint32Array(CUE_WORDS + 1);
      CUES.forEach((cue, i) => {
        if (cue.hint.some((h) => w.includes(h))) mask[i >>> 5]! |= 1 << (i & 31);
      });
      if (GATE_WORDS.some((g) => w.includes(g))) mask[CUE_WORDS]! |= GATE_FLAG;
      if (w.includes('day')) mask[CUE_WORDS]! |= DAY_FLAG;
      this.masks.set(w, mask);
    }
    this.re = new RegExp(words.sort((a, b) => b.length - a.length).join('|'), 'gi');
  }

  scan(text: string): SentenceHints {
    const found = new Uint32Array(CUE_WORDS + 1);
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const mask = this.masks.get(m[0].toLowerCase())!;
      for (let k = 0; k <= CUE_WORDS; k++) found[k]! |= mask[k]!;
      this.re.lastIndex = m.index + 1;
    }
    const flags = found[CUE_WORDS]!;
    return { cues: found, gate: (flags & GATE_FLAG) !== 0, day: (flags & DAY_FLAG) !== 0 };
  }
}

export const SENTENCE_WORDS = new SentenceWords();
