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
];
// Bits of what a sentence's words allow: bit i % 30 for CUES[i] (past 30 cues two share a bit, so a cue may be
// tried in a sentence that lacks its words: more work, never a miss), bit 30 for the gate, bit 31 for "day"
// (every phrase SAME_DAY matches holds it). `1 << n` wraps at 32 in JavaScript, hence the modulo.
export const cueBit = (i: number): number => 1 << (i % 30);
export const GATE_BIT = 1 << 30;
export const DAY_BIT = 1 << 31;

/**
 * What a sentence's words allow, found by one scan instead of an `includes` per hint per cue: which
 * cues are worth running, whether the sentence passes the gate, whether SAME_DAY can match. The
 * scan looks for every listed word case-insensitively, longest first, resuming one character after
 * each match (words overlap: "meeting" holds "meet"); a match stands for every listed word inside it.
 */
class SentenceWords {
  private readonly re: RegExp;
  private readonly bits = new Map<string, number>();

  constructor() {
    const words = [...new Set([...GATE_WORDS, 'day', ...CUES.flatMap((c) => c.hint)])];
    for (const w of words) {
      let bits = 0;
      CUES.forEach((cue, i) => {
        if (cue.hint.some((h) => w.includes(h))) bits |= cueBit(i);
      });
      if (GATE_WORDS.some((g) => w.includes(g))) bits |= GATE_BIT;
      if (w.includes('day')) bits |= DAY_BIT;
      this.bits.set(w, bits);
    }
    this.re = new RegExp(words.sort((a, b) => b.length - a.length).join('|'), 'gi');
  }

  scan(text: string): number {
    let bits = 0;
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      bits |= this.bits.get(m[0].toLowerCase())!;
      this.re.lastIndex = m.index + 1;
    }
    return bits;
  }
}

export const SENTENCE_WORDS = new SentenceWords();
