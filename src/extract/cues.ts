// Speech cues in narration (quotation words masked out), each with where it sits and what kind it is.
import { MORE_SPEECH_PHRASES, MORE_SPEECH_VERBS } from './cueWords.js';
import { PASSIVE_SPEECH_VERBS, SPEECH_PARTICIPLES, SPEECH_PHRASES, SPEECH_VERBS } from './lexicon.js';

export type CueKind =
  /** A finite verb with its subject before ("X stressed") or after ("said X"). */
  | 'verb'
  /** A participle opening a clause whose subject is the sentence's ("…, telling Y that"). */
  | 'participle'
  /** "according to X", "as noted by X", "as stated in the statement", "in his words". */
  | 'according'
  /** "X cited Y as …ing": Y speaks, X relays. */
  | 'cited'
  /** "it was emphasized that …": no agent named. */
  | 'passive'
  /** "…, Trend reported, citing X" / "with reference to X": X speaks, the reporter relays. */
  | 'citing';

export interface Cue {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
  /** The cue as written, lower-cased, single-spaced ("called for"). */
  readonly word: string;
}

const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

// "…, Xinhua news agency reported.": "reported" closing its sentence is a tag (elsewhere it tells of events:
// "clashes were reported near the border")
const TAG_END = String.raw`(?=\s+(?:on\s+\w+|earlier|later|today|yesterday)\s*[.!?]?\s*$|\s*[.!?]?\s*$)`;
const REPORTED_TAGS = [`reported${TAG_END}`, `reports${TAG_END}`];
// "As Lavrov put it, “…”", "Pashinyan put it bluntly:" (never "put it on the agenda")
const PUT_IT = String.raw`put\s+it(?=\s*[,:]|\s+(?:bluntly|simply|succinctly|plainly|mildly|diplomatically|this\s+way)\b)`;
// "“…,” the minister posted on Instagram", "X posted on social media that …" (never "the video was posted online")
// "He continued:", "“…,” he concluded." (never "the talks continued into the night")
// ("“Why now?” he asked.": "asked" and "wondered" speak only closing a quotation, never "X asked Y to …")
const WENT_ON = ['continued', 'concluded', 'asked', 'wondered'].map((w) => w + String.raw`(?=\s*[:.,]|\s*$)`);
const POSTED_ON = String.raw`posted\s+on(?=\s+(?:X|Twitter|Facebook|Instagram|Telegram|social\s+media|(?:his|her|their|its)\s+(?:official\s+)?(?:page|account|channel|X|Twitter|Facebook|Instagram|Telegram)\b))`;
/**
 * A group's statement in the present ("The Co-Chairs call upon the sides", "The ministers reaffirm …"): the plain
 * form speaks only as a finite verb, never after "to", a modal or a determiner ("will urge", "a warm welcome").
 */
const PLURAL_PRESENT = [
  'urge',
  'stress',
  'welcome',
  'express',
  'reaffirm',
  'reiterate',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'condemn',
  'deplore',
  'commend',
  'highlight',
  'acknowledge',
  'affirm',
  'warn',
  'insist',
];
const PLURAL_PRESENT_PHRASES = ['call on', 'call upon', 'call for'];
const PLURAL_PRESENT_FIRST = new Set(PLURAL_PRESENT);
const NOT_FINITE_BEFORE =
  /\b(?:to|will|would|shall|should|could|can|may|might|must|did|do|does|not|never|cannot|let|a|an|the|this|that|his|her|its|their|our|your|my|whose|any|no|warm|cordial|renewed|repeated|strong|urgent)\s+$/i;

const spaced = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`));
const passiveTail = String.raw`\s+(?:also\s+)?(?:${alternation(PASSIVE_SPEECH_VERBS)})`;

/** Each kind of cue and its alternatives, in the order the expression tries them; each alternative opens with a word. */
const CUE_GROUPS: readonly (readonly [group: string, alternatives: readonly string[]])[] = [
  [
    'according',
    [
      String.raw`according\s+to`,
      String.raw`as\s+(?:noted|reported|stated|said|indicated|mentioned|announced)\s+(?:by|in)`,
      String.raw`in\s+(?:his|her)\s+(?:words|view|opinion)`,
      // "In the words of X, “…”"
      String.raw`in\s+the\s+words\s+of`,
    ],
  ],
  ['citing', ['citing', String.raw`with\s+reference\s+to`]],
  ['cited', ['cited', 'quoted']],
  [
    'passive',
    ['was', 'were', String.raw`has\s+been`, String.raw`had\s+been`, String.raw`have\s+been`, 'is', 'are'].map((aux) => aux + passiveTail),
  ],
  [
    'phrase',
    [...spaced([...SPEECH_PHRASES, ...MORE_SPEECH_PHRASES, ...PLURAL_PRESENT_PHRASES]), PUT_IT, POSTED_ON, ...WENT_ON, ...REPORTED_TAGS],
  ],
  ['participle', spaced(SPEECH_PARTICIPLES)],
  ['verb', spaced([...SPEECH_VERBS, ...MORE_SPEECH_VERBS, ...PLURAL_PRESENT])],
];

function cueExpression(groups: typeof CUE_GROUPS, flags: string): RegExp {
  return new RegExp(
    groups
      .filter(([, alternatives]) => alternatives.length > 0)
      .map(([group, alternatives]) => `(?<${group}>\\b(?:${alternatives.join('|')})\\b)`)
      .join('|'),
    flags,
  );
}

export const CUE_RE = cueExpression(CUE_GROUPS, 'gi');

const CALL_ON = new Set(['called on', 'calls on', 'call on', 'called upon', 'calls upon', 'call upon']);
const TO_AFTER = /^[^.;:∎“”"]*?\b(?:to\s+\p{L}|for\s+(?!(?:a\s+|an\s+)?(?:courtesy|talks|meeting|discussions|consultations)\b)\p{L})/u;
const STANCE_BEFORE = /\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|fully|firmly|deeply)\s+$/i;
const NEGATED_BEFORE = /\b(?:not|never|n[’']t|declined\s+to|refused\s+to|no\s+longer)\s+(?:\w+\s+)?$/i;
// "called the agreement “a unilateral concession”": "called" speaks when quoted words follow it.
// (and "termed", "dubbed", "labelled", "branded": "in what he termed “a betrayal”")
const CALLED_QUOTE = /\b(called|termed|dubbed|labell?ed|branded)\s+(?:[^\s“"«‘.;]+\s+){0,6}(?=[“"«‘])/gi;

// Running CUE_RE over every sentence was the single most expensive expression of extraction, and
// two sentences in three hold no cue. Every cue starts with a whole word (a run of \w characters)
// from a short list, so the sentence's words are hashed in one pass over its characters, and where
// such a word stands the expression is tried (sticky) with only the alternatives that open with that
// word, in their order: it answers exactly as the global scan would there, without trying the
// hundreds of others one by one. A hash collision costs a failed try, never a cue.
const CUE_AT = new Map<number, RegExp>();
{
  const byHash = new Map<number, [string, string[]][]>();
  for (const [group, alternatives] of CUE_GROUPS)
    for (const alternative of alternatives) {
      const first = /^[a-z]+/i.exec(alternative)![0];
      const hash = wordHash(first, 0, first.length);
      const groups = byHash.get(hash) ?? [];
      if (!byHash.has(hash)) byHash.set(hash, groups);
      const last = groups[groups.length - 1];
      if (last?.[0] === group) last[1].push(alternative);
      else groups.push([group, [alternative]]);
    }
  for (const [hash, groups] of byHash) CUE_AT.set(hash, cueExpression(groups, 'iy'));
}
const CALLED = new Set(['called', 'termed', 'dubbed', 'labelled', 'labeled', 'branded'].map((w) => wordHash(w, 0, w.length)));
// "in", "as" and "with" open a cue only as "in his words", "as noted by", "with reference to"
const NEXT_WORD = new Map<number, RegExp>([
  [wordHash('in', 0, 2), /\s+(?:his\s|her\s|the\s+words\s+of\s)/iy],
  [wordHash('as', 0, 2), /\s+(?:noted|reported|stated|said|indicated|mentioned|announced)\s/iy],
  [wordHash('with', 0, 4), /\s+reference\s/iy],
  [wordHash('put', 0, 3), /\s+it\b/iy],
]);

/** A hash of `s.slice(from, to)` that ignores ASCII case. */
function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) | 0;
}

/** \w of an expression without the u flag: [A-Za-z0-9_]. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The matches of CUE_RE's global scan of `masked.slice(from, to)` (indices into the slice), and
 * `called`: false only when the slice holds no word "called", "termed", "dubbed", "labelled" or "branded" (so
 * CALLED_QUOTE cannot match it).
 */
export function cueMatches(
  masked: string,
  from: number,
  to: number,
  slice = masked.slice(from, to),
): { matches: RegExpExecArray[]; called: boolean } {
  const matches: RegExpExecArray[] = [];
  let called = false;
  // words are read from `masked` itself (a flat string, quicker to index than the slice); the
  // expression runs on the slice, whose ends are the sentence's
  for (let p = from; p < to;) {
    let c = masked.charCodeAt(p);
    if (!isWordUnit(c)) {
      p++;
      continue;
    }
    const start = p;
    let hash = 0;
    do hash = hashStep(hash, c);
    while (++p < to && isWordUnit((c = masked.charCodeAt(p))));
    if (!called && CALLED.has(hash)) called = true;
    const cueAt = CUE_AT.get(hash);
    if (!cueAt) continue;
    // (common words that open a cue only before a known next word are looked past at the cost of one small test)
    const next = NEXT_WORD.get(hash);
    if (next) {
      next.lastIndex = p;
      if (!next.test(masked)) continue;
    }
    cueAt.lastIndex = start - from;
    const m = cueAt.exec(slice);
    if (!m) continue;
    // the global scan would go on after the match, whether or not it makes a cue
    p = start + m[0].length;
    if (!called && /called/i.test(m[0])) called = true;
    matches.push(m);
  }
  return { matches, called };
}

/** Every cue in `masked.slice(from, to)`, in order. Offsets are absolute. */
export function findCues(masked: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const slice = masked.slice(from, to);
  const { matches, called } = cueMatches(masked, from, to, slice);
  for (const m of matches) {
    const g = m.groups!;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const kind: CueKind = g.according
      ? 'according'
      : g.citing
        ? 'citing'
        : g.cited
          ? 'cited'
          : g.passive
            ? 'passive'
            : g.participle
              ? 'participle'
              : 'verb';
    // "pointing" and "calling" need their particle to be speech: "calling for", "pointing out", "calling them"
    if (kind === 'participle' && /^(pointing|touching)$/.test(word) && !/^\s+(out|on|upon)\b/i.test(slice.slice(m.index + m[0].length)))
      continue;
    // Lower-case only: a capitalised "Said" or "Price" is a name, not a cue
    if (/^[A-Z]/.test(m[0]) && m.index > 0 && !/[.!?“"]\s*$/.test(slice.slice(0, m.index))) continue;
    if (kind === 'passive' && /^(?:is|are)\s/i.test(word) && !/\bthat\b/.test(slice.slice(m.index, m.index + 60))) continue;
    // "X was said to be furious": hearsay about X, not a statement
    if (kind === 'passive' && /\b(?:said|stated|announced)$/.test(word) && /^\s+to\b/i.test(slice.slice(m.index + m[0].length))) continue;
    // "has not commented", "declined to say": no one spoke
    if ((kind === 'verb' || kind === ('phrase' as CueKind)) && NEGATED_BEFORE.test(slice.slice(Math.max(0, m.index - 24), m.index)))
      continue;
    if (
      (PLURAL_PRESENT_FIRST.has(word) || word.startsWith('call ')) &&
      NOT_FINITE_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    if (word === 'committed to' && STANCE_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "X called on President Y in Colombo" is a courtesy visit; "X called on the sides to refrain …" (or "for …") is words
    if (CALL_ON.has(word) && !TO_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 160))) continue;
    cues.push({ kind, start: from + m.index, end: from + m.index + m[0].length, word });
  }
  if (called) {
    CALLED_QUOTE.lastIndex = 0;
    for (let m = CALLED_QUOTE.exec(slice); m; m = CALLED_QUOTE.exec(slice)) {
      if (!cues.some((c) => c.start === from + m.index))
        cues.push({ kind: 'verb', start: from + m.index, end: from + m.index + m[1]!.length, word: m[1]!.toLowerCase() });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Cues that, said after a quotation, attribute it: "“…,” she said" / "“…,” added the minister". */
export const ATTRIBUTING_VERBS = new Set([
  'said',
  'reported',
  'reports',
  'says',
  'added',
  'adds',
  'stated',
  'noted',
  'stressed',
  'emphasized',
  'emphasised',
  'told',
  'wrote',
  'tweeted',
  'declared',
  'explained',
  'insisted',
  'warned',
  'argued',
  'continued',
  'concluded',
  'underlined',
  'underscored',
  'announced',
  'claimed',
  'asserted',
  'replied',
  'responded',
  'commented',
  'remarked',
  'observed',
  'recalled',
  'urged',
  'highlighted',
  'reiterated',
  'cautioned',
  'suggested',
  'acknowledged',
  'admitted',
  'confirmed',
  'went on to say',
  'posted on',
  // ("“…,” Lavrov vowed.", "“…,” she quipped.": speech verbs that close a quotation as well)
  'pointed out',
  'lamented',
  'quipped',
  'joked',
  'vowed',
  'pledged',
  'promised',
  'affirmed',
  'countered',
  'retorted',
  'complained',
  'predicted',
  'asked',
  'wondered',
  'informed',
  'reads',
  'read',
  'announced',
  'assured',
  'explained',
  'recalled',
]);
