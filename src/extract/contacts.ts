// Who called, met or wrote to whom, when, and whether it happened, is planned or was called off.
import { isoDateOf, type Actor, type ActorId, type ContactKind, type ContactStatus, type IsoDate, type Span } from '../model.js';
import { ClauseReader, titleStart } from './clauses.js';
import type { ResolvedMention } from './coreference.js';
import { findDate, type FoundDate } from './dates.js';
import type { Sentence } from './sentences.js';

export interface FoundContact extends Span {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly kind: ContactKind;
  readonly date: IsoDate | null;
  readonly status: ContactStatus;
}

type PartiesFrom =
  /** subject before the cue, other parties after it ("X met with Y") */
  | 'subject'
  /** the parties stand together before the cue ("X and Y met") */
  | 'group'
  /** the parties follow the cue ("a meeting between X and Y") */
  | 'between'
  /** possessors before the noun, or the sentence's subject around it ("Pashinian’s planned meeting with X", "after talks with X, Y said") */
  | 'noun'
  /** "I told President X …" inside a quotation: the quotation's speaker and the object */
  | 'voice'
  /** every person named from the cue to the clause's end, with the subject before it ("A and B were joined by C, D") */
  | 'participants';

interface ContactCue {
  /** Lower-case words one of which the sentence must contain for `re` to be worth running. */
  readonly hint: readonly string[];
  readonly re: RegExp;
  readonly kind: ContactKind;
  readonly parties: PartiesFrom;
}

// Time and place phrases that may sit between a verb and its "with": "spoke by phone on Thursday with".
const ADVERBIAL = String.raw`(?:(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|earlier|later|again|separately|jointly|and|together|bilaterally|privately|informally|also|briefly|last\s+\w+|this\s+\w+|in\s+[A-Z]\w+|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|via\s+video(?:\s+link)?)\s+)*`;
const re = (source: string) => new RegExp(source, 'gi');

const CUES: ContactCue[] = [
  {
    hint: ['told', 'met', 'spoke', 'called', 'phoned', 'host', 'receiv', 'welcom'],
    re: re(
      String.raw`\b(?:(?:I|we)\s+(?:(?:also|then|personally)\s+)?(?:told|met(?:\s+with)?|spoke\s+(?:with|to)|called|phoned|hosted|received|welcomed)|(?:a\s+pleasure|an\s+honou?r|glad|pleased|delighted|happy)\s+to\s+(?:host|receive|welcome|meet(?:\s+with)?))\s+`,
    ),
    kind: 'other',
    parties: 'voice',
  },
  {
    hint: ['phone'],
    re: re(
      String.raw`\b(?:held|had|holds|has|hold|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:tele)?phone\s+(?:conversations?|calls?|talks)\s+${ADVERBIAL}with\s+`,
    ),
    kind: 'call',
    parties: 'subject',
  },
  {
    hint: ['spok', 'speak', 'talk'],
    re: re(String.raw`\b(?:spoke|speaks|talked|spoken|speak|talk)\s+${ADVERBIAL}(?:with|to)\s+`),
    kind: 'call',
    parties: 'subject',
  },
  {
    hint: ['call', 'phoned'],
    re: re(
      String.raw`\b(?:called|phoned|will\s+call|to\s+call)\s+(?!for\b|on\b|upon\b|off\b|it\b|them\b|the\b|a\b|an\b|this\b|that\b|his\b|her\b)`,
    ),
    kind: 'call',
    parties: 'subject',
  },
  {
    hint: ['call'],
    re: re(String.raw`\b(?:received|receives|got|had)\s+a\s+(?:(?:tele)?phone\s+)?call\s+from\s+`),
    kind: 'call',
    parties: 'subject',
  },
  {
    hint: ['met', 'meet'],
    re: re(String.raw`\b(?:met|meets|meet|to\s+meet|will\s+meet)\s+${ADVERBIAL}(?:with\s+)?`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['talks', 'meeting', 'consultation', 'negotiation', 'discussion'],
    re: re(
      String.raw`\b(?:held|holds|hold|had|has|have|will\s+hold)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|consultations|negotiations|discussions)\s+${ADVERBIAL}with\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['host', 'receiv', 'welcomed'],
    re: re(String.raw`\b(?:hosted|hosts|host|received|receives|welcomed)\s+(?!a\s|an\s|calls?\b|letters?\b)`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['letter', 'message'],
    re: re(String.raw`\b(?:sent|wrote|addressed|delivered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:letter|message)\s+to\s+`),
    kind: 'letter',
    parties: 'subject',
  },
  { hint: ['wrote', 'writes'], re: re(String.raw`\b(?:wrote|writes)\s+to\s+`), kind: 'letter', parties: 'subject' },
  {
    hint: ['letter', 'message'],
    re: re(String.raw`\b(?:received|receives)\s+a\s+(?:\w+\s+)?(?:letter|message)\s+from\s+`),
    kind: 'letter',
    parties: 'subject',
  },
  {
    hint: ['call', 'conversation'],
    re: re(String.raw`(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:\w+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+with\s+`),
    kind: 'call',
    parties: 'noun',
  },
  {
    hint: ['talks', 'meeting', 'negotiation', 'consultation', 'summit', 'visit'],
    re: re(
      String.raw`(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:\w+\s+){0,2}(?:talks|meeting|negotiations|consultations|summit|visit)\s+(?:(?:on\s+)?\w+\s+\d{1,2}\s+)?with\s+`,
    ),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['talks', 'meeting', 'consultation', 'negotiation'],
    re: re(
      String.raw`\b(?:after|following|during|before|ahead\s+of|at|for|went\s+ahead\s+with)\s+(?:\w+\s+)?(?:talks|a\s+meeting|meetings|consultations|negotiations)\s+with\s+`,
    ),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['conference'],
    re: re(String.raw`\b(?:at|during|after)\s+(?:a|the)\s+joint\s+(?:news|press)\s+conference\s+with\s+`),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['received'],
    re: re(String.raw`\b(?:was|were|will\s+be|is\s+to\s+be|to\s+be)\s+(?:also\s+)?received\s+by\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['conference'],
    re: re(String.raw`\b(?:held|hold|will\s+hold)\s+(?:a\s+)?joint\s+(?:news|press)\s+conference\b`),
    kind: 'meeting',
    parties: 'group',
  },
  { hint: ['chaired'], re: re(String.raw`\b(?:co-)?chaired\s+by\s+`), kind: 'meeting', parties: 'between' },
  {
    hint: ['call', 'conversation'],
    re: re(
      String.raw`\b(?:after|following|during|before|ahead\s+of|in)\s+a\s+(?:\w+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)\s+with\s+`,
    ),
    kind: 'call',
    parties: 'noun',
  },
  {
    hint: ['meeting', 'hosting', 'receiving', 'visiting'],
    re: re(String.raw`\b(?:after|following|before|while|when|during)\s+(?:meeting|hosting|receiving|visiting)\s+(?:with\s+)?`),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['talking', 'speaking'],
    re: re(String.raw`\b(?:after|following|before|while)\s+(?:talking|speaking)\s+(?:by\s+phone\s+)?(?:with|to)\s+`),
    kind: 'call',
    parties: 'noun',
  },
  { hint: ['letter'], re: re(String.raw`\bin\s+a\s+(?:\w+\s+)?letter\s+to\s+`), kind: 'letter', parties: 'noun' },
  {
    hint: ['met', 'meet', 'talks'],
    re: re(String.raw`\b(?:met|meet|will\s+meet|to\s+meet|held\s+talks|hold\s+talks|will\s+hold\s+talks)\b`),
    kind: 'meeting',
    parties: 'group',
  },
  // "X, Y and Z held a trilateral meeting", "the leaders will hold a summit"
  {
    hint: ['meeting', 'summit', 'talks', 'consultation', 'negotiation'],
    re: re(
      String.raw`\b(?:held|hold|had|will\s+hold)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:meeting|summit|consultations|negotiations)\b(?!\s+(?:with|between)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  {
    hint: ['spoke', 'talked', 'phone'],
    re: re(String.raw`\b(?:spoke|talked|held\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call|talks))\b(?!\s+${ADVERBIAL}(?:with|to)\b)`),
    kind: 'call',
    parties: 'group',
  },
  {
    hint: ['phone'],
    re: re(String.raw`\b(?:during|in|over|by)\s+(?:a|the)\s+(?:\w+\s+)?(?:tele)?phone\s+(?:call|conversation)\b(?!\s+with)`),
    kind: 'call',
    parties: 'group',
  },
  // "A, B and C gathered on the sidelines of the summit"
  {
    hint: ['gathered', 'convened', 'together'],
    re: re(String.raw`\b(?:gathered|convened|came\s+together|will\s+gather|will\s+convene)\b`),
    kind: 'meeting',
    parties: 'group',
  },
  // "A and B on Tuesday discussed … during a meeting in St. Petersburg"
  {
    hint: ['meeting', 'talks', 'summit'],
    re: re(
      String.raw`\b(?:during|at|in\s+the\s+course\s+of)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|summit)\b(?!\s+(?:with|between|of)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  // "Foreign ministers of A, B and C attended the meeting", "A and B began negotiations in Almaty"
  {
    hint: ['attend', 'took', 'participat', 'negotiation', 'talks', 'consultation'],
    re: re(
      String.raw`\b(?:attended|attend|took\s+part\s+in|participated\s+in|(?:began|begin|started|resumed|opened|continued|concluded)\s+(?:a\s+|the\s+|their\s+)?(?:new\s+)?(?:round\s+of\s+)?)(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|negotiations|consultations|session)\b`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  { hint: ['between'], re: re(String.raw`\b(?:meeting|talks|summit|negotiations)\s+between\s+`), kind: 'meeting', parties: 'between' },
  // "a telephone conversation took place between A and B", "talks were held between …"
  {
    hint: ['between'],
    re: re(String.raw`\b(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+(?:took\s+place|was\s+held|were\s+held)\s+${ADVERBIAL}between\s+`),
    kind: 'call',
    parties: 'between',
  },
  {
    hint: ['between'],
    re: re(
      String.raw`\b(?:meeting|talks|summit|negotiations|consultations)\s+(?:took\s+place|was\s+held|were\s+held|will\s+take\s+place|will\s+be\s+held)\s+${ADVERBIAL}between\s+`,
    ),
    kind: 'meeting',
    parties: 'between',
  },
  // "the fourth meeting of the special representatives, A and B, took place", "under the co-chairmanship of A, B and C"
  {
    hint: ['meeting', 'summit', 'chairmanship', 'chairing', 'presence', 'participation', 'talks', 'session', 'round'],
    re: re(
      String.raw`\b(?:(?:meeting|talks|summit|session|round)\s+of\b|(?:joint\s+|co-)?chairmanship\s+of\b|co-chairing\s+of\b|in\s+the\s+presence\s+of\b|with\s+the\s+participation\s+of\b)`,
    ),
    kind: 'meeting',
    parties: 'participants',
  },
  // "A and B were joined by C and D", "the summit was attended by …"
  {
    hint: ['joined', 'attended'],
    re: re(
      String.raw`\b(?:(?:was|were|will\s+be|are\s+to\s+be)\s+(?:also\s+)?(?:expected\s+to\s+be\s+)?(?:joined|attended)\s+(?:there\s+|(?:in|at|for)\s+(?:their|the|his|her)\s+\w+\s+)?by)\b`,
    ),
    kind: 'meeting',
    parties: 'participants',
  },
  // "The summit was hosted by X and attended by Y and Z": everyone named met everyone
  {
    hint: ['host'],
    re: re(String.raw`\b(?:summit|meeting|talks|session|conference)\s+(?:was|were|will\s+be)\s+hosted\s+by\b`),
    kind: 'meeting',
    parties: 'participants',
  },
  // "X and Y will have a video conference", "held a videoconference"
  {
    hint: ['video'],
    re: re(
      String.raw`\b(?:held|hold|had|have|will\s+have|will\s+hold)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:video\s*conference|video\s+call|video\s+link)\b(?!\s+with)`,
    ),
    kind: 'call',
    parties: 'group',
  },
  {
    hint: ['video'],
    re: re(String.raw`\b(?:through|via|by|in|during|at)\s+(?:a\s+)?video\s*(?:conference|call|link)\s+with\s+`),
    kind: 'call',
    parties: 'noun',
  },
  { hint: ['between'], re: re(String.raw`\b(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+between\s+`), kind: 'call', parties: 'between' },
];

// A sentence is read for contacts only when it holds one of these.
const GATE_WORDS = [
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
  'letter',
  'wrote',
  'conversation',
  'summit',
  'visit',
  'negotiat',
  'consultation',
  'between',
];
// Bits of what a sentence's words allow: bit i for CUES[i], then the gate, then "day" (every phrase SAME_DAY matches holds it).
const GATE_BIT = 1 << CUES.length;
const DAY_BIT = 1 << (CUES.length + 1);

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
        if (cue.hint.some((h) => w.includes(h))) bits |= 1 << i;
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

if (DAY_BIT >= 2 ** 30) throw new Error('contacts: too many cues for the bits of SentenceWords');
const SENTENCE_WORDS = new SentenceWords();

const GROUP_ANAPHOR =
  /\b(?:the|both|all)\s+(?:(two|three|four|five|six|seven)\s+)?(?:[\w-]+\s+)?(?:leaders|ministers|presidents|premiers|diplomats|sides|parties|officials|counterparts|envoys|heads\s+of\s+state)\b[^,;]{0,50}$/i;
const GROUP_NOUN = /\b(?:leaders|ministers|presidents|premiers|diplomats|sides|parties|officials|counterparts|envoys|heads)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const TRAILING_VOICE = /^\s*(?:,[^,]{1,80},\s*)?(?:also\s+)?(?:said|says|told|added|announced|stated|reported|noted|wrote)\b/i;
// Where a trailing attribution starts (", the ministry said on Wednesday"): a contact's date is not looked for past it.
const SPEECH_AFTER = /\b(?:said|says|told|added|announced|stated|reported|noted|wrote)\b/i;
const TRAILING_ATTRIBUTION = /,\s+(?:[^,;]{1,80}?\s+)?(?:said|says|told|added|announced|stated|reported|noted|wrote)\b[^,;]*$/i;
const SAME_DAY = /\b(?:that\s+(?:same\s+)?day|the\s+same\s+day|later\s+(?:in|on)\s+the\s+day|later\s+that\s+day|earlier\s+that\s+day)\b/i;
const PLANNED =
  /\b(?:will|would|shall|to\s+meet|to\s+hold|to\s+visit|to\s+call|plans?\s+to|planned|planning|scheduled|expect(?:ed|s)?\s+to|is\s+due|are\s+due|upcoming|decided\s+to|agreed\s+to\s+meet|set\s+to|next\s+week|invited|later\s+today|in\s+the\s+coming\s+(?:days|weeks)|is\s+to|are\s+to)\b/i;
const CANCELLED =
  /\b(?:cancel(?:l)?ed|called\s+off|(?:declined|refused|declines|refuses)\s+to\s+(?:meet|receive|talk|hold)|postponed|scrapped|cancel(?:l)?ation|proved\s+impossible|(?:will|would|did)\s+not\s+(?:fly|travel|go|come|attend|take\s+place)|won[’']t\s+(?:fly|travel|go|come|attend|take\s+place)|(?:pulled|pull|pulls)\s+out\s+of|boycott(?:ed|s)?|(?:was|were)\s+not\s+held|fell\s+through)\b/i;
const NEGATED = /\b(?:not|never|no\s+longer|n[’']t)\s+(?:\w+\s+)?$|\bno\s+plans?\s+to\s+$/i;
// What may stand before a party in a list: titles, "his Turkish counterpart,", "the EU's special representative,".
const ROLE_WORD = String.raw`(?:[\p{Lu}][\p{L}.’'-]*|of|for|to|the|on|and|his|her|their|counterparts?|colleagues?|special|senior|deputy|foreign|prime|minister|president|envoy|representative|ambassador|adviser|advisor|spokes(?:man|woman|person)|secretary|chief|head|official|[’']s)`;
const FIRST_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:(?:the|his|her|their)\s+)?(?:(?:\w+\s+)?delegation\s+(?:led|headed)\s+by\s+)?(?:(?:${ROLE_WORD}\s*)+[–—:]\s*)?(?:${ROLE_WORD}\s*(?:,\s*)?)*$`,
  'u',
);
// After a party: its appositive may stand between (", the EU's envoy,"), but the next party needs a
// conjunction ("and his Turkish counterpart, Y") or a plain list comma ("X, Foreign Minister Y and Z").
const NEXT_GAP = new RegExp(
  String.raw`^(?:\s*\([^()]{1,40}\))?(?:(?:\s*,\s*(?:${ROLE_WORD}\s*)+,)?\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:(?:the|his|her|their)\s+)?(?:${ROLE_WORD}\s*(?:,\s*)?)*|(?:\s*\([^()]{1,40}\))?\s*,\s*(?:[\p{Lu}][\p{L}.’'-]*\s+)*)$`,
  'u',
);

/**
 * Reads the text unmasked: a spokesperson's quoted readout ("…the leaders’ planned meeting with X…")
 * reports contacts as facts, and they count as much as narration's.
 */
export function findContacts(
  text: string,
  /** The text with quotation words masked: subjects are looked for in narration only. */
  maskedText: string,
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  date: IsoDate,
  actorOf: (id: ActorId) => Actor | undefined,
  /** The speaker of the quotation at an offset, if one is attributed: "I met X" is that speaker's contact. */
  voiceAt: (offset: number) => ActorId | null = () => null,
): FoundContact[] {
  const named = withPronouns(
    mentions.filter((m) => m.actor || m.kind === 'pronoun'),
    sentences,
    maskedText,
    actorOf,
  );
  const reader = new ClauseReader(
    maskedText,
    named.filter((m) => !m.inQuote),
  );
  const found: Found[] = [];
  let whenAt: { key: string; when: FoundDate | null } | undefined;
  // The last day the article named, for "that day" and "later in the day".
  const dayCandidates: string[] = [];
  // (The helpers are function declarations after the return, not arrows held in consts: under tsx,
  // esbuild's keepNames renames every such arrow with Object.defineProperty each time it is made.)
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const words = SENTENCE_WORDS.scan(body);
    // the last day named before this sentence, worked out only when "that day" asks for it
    if (!(words & DAY_BIT && SAME_DAY.test(body))) dayCandidates.push(body);
    if (!(words & GATE_BIT)) continue;
    const before = found.length;
    for (let c = 0; c < CUES.length; c++) {
      if (!(words & (1 << c))) continue;
      const cue = CUES[c]!;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(body); m; m = cue.re.exec(body)) {
        const at = s.start + m.index;
        if (NEGATED.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
        const objectStart = at + m[0].length;
        switch (cue.parties) {
          case 'group': {
            // "during a phone call", "during fresh talks": the sentence's subject held it, however far before
            let group = groupBefore(at, s, /^(?:during|in|over|by|at)\b/i.test(m[0]));
            if (group.length < 2) group = groupAnaphor(at, s);
            if (group.length >= 2) addPairs(s, cue.kind, at, objectStart, group, 'all');
            break;
          }
          case 'between':
            addPairs(s, cue.kind, at, objectStart, objectList(objectStart, s).slice(0, 4), 'all');
            break;
          case 'voice': {
            const voice = voiceAt(at);
            const objects = voice ? objectList(objectStart, s).filter((o) => o !== voice && isPerson(o)) : [];
            const kind: ContactKind = /\b(?:called|phoned|spoke)\b/i.test(m[0])
              ? 'call'
              : /\b(?:met|meet|host|hosted|receive|received|welcome|welcomed)\b/i.test(m[0])
                ? 'meeting'
                : cue.kind;
            // "It was a pleasure to host X and Y": all three met; "I told X …": the one spoken to
            if (/host/i.test(m[0]) && objects.length > 1) addPairs(s, kind, at, objectStart, [voice!, ...objects], 'all');
            else
              for (const o of objects.slice(0, /host|receiv|welcom|met|meet/i.test(m[0]) ? objects.length : 1))
                addPairs(s, kind, at, objectStart, [voice!, o], 'first');
            break;
          }
          case 'participants': {
            const after = participantsAfter(objectStart, s);
            if (after.length === 0) break;
            // "X met Y; the meeting was attended by A and B": the attendees meet the meeting's parties
            const meetingAttended =
              /attended/i.test(m[0]) &&
              /\b(?:meeting|talks|negotiations|summit|session)\s+(?:was|were|will\s+be)\s+(?:also\s+)?attended\b/i.test(
                text.slice(Math.max(s.start, at - 40), at + m[0].length),
              );
            const before = meetingAttended
              ? latestParties(s)
              : /^(?:was|were|will|are)\b/i.test(m[0])
                ? subjectsOf(at, s).filter(isPerson)
                : [];
            // "the negotiations will be attended by A, B and C": a delegation's members do not meet one another
            if (/attended/i.test(m[0])) {
              for (const b of before) for (const p of after) addPairs(s, cue.kind, at, objectStart, [b, p], 'first');
              break;
            }
            const all = [...before, ...after];
            if (all.length >= 2) addPairs(s, cue.kind, at, objectStart, all, 'all');
            break;
          }
          case 'subject':
          case 'noun': {
            const objects = objectList(objectStart, s);
            if (objects.length === 0) break;
            const subjects = cue.parties === 'noun' ? nounSubjects(at, m[0], s, objects) : subjectsOf(at, s);
            if (subjects.length === 0) break;
            // "X hosted Y and Z": a meeting of all three; "X’s and Y’s meeting with Z" likewise
            const together =
              subjects.length > 1 ||
              (/^(?:hosted|hosts|host)\b/i.test(m[0]) && objects.length > 1) ||
              /\b(?:three|four|five)-way\b|\b(?:tri|quadri)lateral\b|\btripartite\b|\bjoint\b/i.test(m[0]);
            if (together) addPairs(s, cue.kind, at, objectStart, [...subjects, ...objects], 'all');
            else for (const o of objects) addPairs(s, cue.kind, at, objectStart, [subjects[0]!, o], 'first');
            break;
          }
        }
      }
    }
    // "… at talks hosted by Z": the host joins every meeting of the sentence
    const host = /\bhosted\s+by\s+/i.exec(body);
    if (host) {
      const hosts = objectList(s.start + host.index + host[0].length, s);
      const meetings = found.slice(before).filter((c) => c.kind === 'meeting');
      for (const h of hosts) {
        for (const c of meetings) for (const p of [c.a, c.b]) if (p !== h) found.push({ ...c, a: h, b: p });
      }
    }
  }
  anchorRelativeDates(found);
  inheritDates(found);
  return merge(found);

  function isParty(m: ResolvedMention): boolean {
    const a = actorOf(m.actor!);
    return !!a && (a.kind === 'person' || (m.kind !== 'metonym' && !/^government of/i.test(a.name)));
  }

  function isPerson(id: ActorId): boolean {
    return actorOf(id)?.kind === 'person';
  }

  /**
   * A time phrase before the cue that belongs to it: in its own clause ("X on Friday met Y") or leading the
   * sentence ("On December 6, X met Y"), not one of another clause ("X issued a statement on Wednesday,
   * summing up the talks with Y").
   */
  function dateBefore(s: Sentence, at: number, tense: 'past' | 'future') {
    const before = text.slice(s.start, at);
    const found = findDate(before, date, tense);
    if (!found) return null;
    const after = before.slice(found.index + found.phrase.length);
    const leading = /^\s*(?:[\w’'-]+\s+){0,2}$/.test(before.slice(0, found.index));
    return leading || !/,/.test(after) ? found : null;
  }

  /** The day an earlier sentence gives the event it names with `noun` ("a summit in Minsk on November 23"). */
  function eventDay(noun: string, before: number, tense: 'past' | 'future'): IsoDate | null {
    const re = new RegExp(`\\b${noun}\\b`, 'i');
    for (let k = before - 1; k >= 0; k--) {
      const other = sentences[k]!;
      const body = text.slice(other.start, other.end);
      const at = body.search(re);
      if (at < 0) continue;
      const day = findDate(body.slice(at, at + 80), date, tense)?.date ?? null;
      if (day) return day;
    }
    return null;
  }

  function lastNamedDay(): IsoDate | null {
    for (let k = dayCandidates.length - 1; k >= 0; k--) {
      const d = findDate(dayCandidates[k]!, date, 'past')?.date;
      if (d) return d;
    }
    return null;
  }

  /** A contact for each pair of the parties ('first': the first party with each of the others). */
  function addPairs(s: Sentence, kind: ContactKind, at: number, objectStart: number, parties: readonly ActorId[], pairs: 'all' | 'first') {
    const unique = [...new Set(parties)];
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        if (pairs === 'first' && i > 0) break;
        push(s, kind, at, objectStart, unique[i]!, unique[j]!);
      }
    }
  }

  function push(s: Sentence, kind: ContactKind, at: number, objectStart: number, a: ActorId, b: ActorId) {
    const body = text.slice(s.start, s.end);
    const cancelled = CANCELLED.test(body);
    // the tense of the contact itself: the words around the cue and its parties, not the rest of the sentence
    const partiesEnd = Math.max(
      objectStart,
      ...named.filter((m) => m.start >= objectStart && m.end <= s.end && (m.actor === a || m.actor === b)).map((m) => m.end),
    );
    const from = Math.max(s.start, at - 40);
    const to = Math.min(s.end, Math.max(objectStart + 20, partiesEnd + 40));
    // …but not into the next clause: "after talks with Y, said the two countries would …"
    const nextClause = text.slice(at, to).search(/\b(?:said|says|told|added|stressed|noted|that)\b/);
    const window = text.slice(from, nextClause >= 0 ? at + nextClause : to);
    const planned = PLANNED.test(window);
    const status: ContactStatus = cancelled ? 'cancelled' : planned ? 'planned' : 'held';
    const tense = status === 'held' ? 'past' : 'future';
    // The time phrase of the contact: after the cue first ("met with X on Friday"), else before it ("X on Friday met").
    // Every pair of one cue asks the same question: worked out once.
    const key = `${at}|${tense}`;
    if (whenAt?.key !== key) whenAt = { key, when: contactDate(s, at, tense, body) };
    const when = whenAt.when;
    const relative = !!when && /day before|previous day|eve of/i.test(when.phrase);
    found.push({
      start: s.start,
      end: s.end,
      a,
      b,
      kind,
      date: when?.date ?? null,
      status,
      sentence: s.index,
      paragraph: s.paragraph,
      ...(relative ? { relative } : {}),
    });
  }

  function contactDate(s: Sentence, at: number, tense: 'past' | 'future', body: string): FoundDate | null {
    const rest = text.slice(at, s.end);
    // (the tail is looked for only where it can be: a comma and a speech verb in the rest)
    const tail = rest.includes(',') && SPEECH_AFTER.test(rest) ? TRAILING_ATTRIBUTION.exec(rest) : null;
    let when = findDate(tail ? rest.slice(0, tail.index) : rest, date, tense) ?? dateBefore(s, at, tense);
    if ((!when || when.date === null) && SAME_DAY.test(body)) {
      const day = lastNamedDay();
      if (day) when = { date: day, index: 0, phrase: 'that day' };
    }
    // "The summit was hosted by X …" after "… at a summit in Minsk on November 23": the event named before
    if (!when || when.date === null) {
      const event = /\bthe\s+(?:[\w-]+\s+){0,2}?(summit|meeting|talks|conference|session|round|visit)\b/i.exec(body);
      const day = event ? eventDay(event[1]!.toLowerCase(), s.index, tense) : null;
      if (day) when = { date: day, index: 0, phrase: `the ${event![1]}` };
    }
    return when;
  }

  /** The parties right after a cue: "with Foreign Minister X and Azerbaijani Foreign Minister Y". */
  function objectList(from: number, s: Sentence): ActorId[] {
    const ids: ActorId[] = [];
    let cursor = from;
    for (let k = 0; k < named.length; k++) {
      const m = named[k]!;
      if (m.end <= from || m.start >= s.end) continue;
      // "the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov": a role noun that a title goes on
      // from is part of the title of the name that follows, read as words of the gap
      if ((m.kind === 'roleNoun' || m.kind === 'nominal') && /^\s+(?:of|for|to)\s/i.test(text.slice(m.end, m.end + 5))) continue;
      const gap = text.slice(cursor, titleStart(m));
      if (!(ids.length === 0 ? FIRST_GAP : NEXT_GAP).test(gap)) break;
      // "…with Y, the ministry said": the voice of a trailing attribution is no party
      if (ids.length > 0 && /,/.test(gap) && TRAILING_VOICE.test(text.slice(m.end, s.end))) break;
      // "with Azerbaijan’s president": the possessor is no party (its president, named or not, may be)
      if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) {
        if (ids.length > 0 || actorOf(m.actor!)?.kind === 'person') break;
        cursor = m.end;
        continue;
      }
      // "the EU Special Representative for the South Caucasus, Henrik Aalto": the organisation is part of a title
      const next = named[k + 1];
      const partOfTitle =
        actorOf(m.actor!)?.kind === 'org' &&
        next &&
        next.start < s.end &&
        isPerson(next.actor!) &&
        FIRST_GAP.test(text.slice(m.end, titleStart(next)));
      if (!partOfTitle && isParty(m) && !ids.includes(m.actor!)) ids.push(m.actor!);
      cursor = m.end;
    }
    return ids;
  }

  /** People named from `from` to the end of the clause (a full stop, a semicolon, or a verb that closes the list). */
  function participantsAfter(from: number, s: Sentence): ActorId[] {
    const rest = text.slice(from, s.end);
    const stop =
      /\b(?:took\s+place|was\s+held|were\s+held|will\s+be\s+held|will\s+take\s+place|met|discussed|said|signed|agreed|to\s+discuss|which|where|who)\b|;|\.\s/.exec(
        rest,
      );
    const end = stop ? from + stop.index : s.end;
    const ids: ActorId[] = [];
    for (const m of named) {
      if (m.start < from || m.end > end || m.inQuote) continue;
      if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) continue;
      if (isPerson(m.actor!) && !ids.includes(m.actor!)) ids.push(m.actor!);
    }
    return ids;
  }

  function subjectsOf(at: number, s: Sentence): ActorId[] {
    const subj = reader.subjectBefore(at, s.start) ?? reader.mainSubject(s, at);
    return subj ? subj.mentions.map((m) => m.actor!).filter((id) => id && actorOf(id)) : [];
  }

  /** Who holds the meeting or call a noun names. */
  function nounSubjects(at: number, cueText: string, s: Sentence, objects: readonly ActorId[]): ActorId[] {
    // "Pashinian’s and Aliyev’s planned meeting with X"
    if (/^[’']s/.test(cueText) || /^(?:the|a|his|her|their|its)\s/i.test(cueText)) {
      const possessors = possessorsBefore(at + (/^[’']s/.test(cueText) ? 2 : 0), s);
      if (possessors.length) return possessors;
      // "X will not fly to Granada for the meeting with Y": the subject of the clause, when it does not speak
      // ("X said that his trilateral meeting with Y and Z …": "his" is the one who speaks; but in "X said in a
      // statement on his conversation with Y" the readout is about someone else)
      const main = reader.mainSubject(s, at);
      const between = main ? text.slice(main.start, at) : '';
      const speaks = /\b(?:said|says|told|tells|added|stated|noted|wrote|announced|reported)\b/i.test(between);
      const ownClause =
        /^(?:his|her)\s/i.test(cueText) &&
        /\b(?:said|says|stated|noted|added|announced)\s+(?:that\s+)?(?:his|her)$/i.test(between + cueText.split(/\s/)[0]);
      if (main && (!speaks || ownClause)) {
        const ids = main.mentions
          .map((m) => m.actor!)
          .filter((id) => id && !objects.includes(id) && isParty(main.mentions.find((m) => m.actor === id)!));
        if (ids.length) return ids;
      }
    }
    // "After talks with X, Y said …" / "Y said after talks with X"
    if (/^(?:after|following|during|before|ahead|at|in|when|while)\b/i.test(cueText)) {
      const comma = text.indexOf(',', at);
      const subject =
        masked(s.start, at).trim() === '' && comma > 0 && comma < s.end
          ? reader.mainSubject({ start: comma + 1, end: s.end }, s.end)
          : reader.mainSubject(s, at);
      return subject ? subject.mentions.map((m) => m.actor!).filter((id) => !objects.includes(id)) : [];
    }
    // "…,” the spokesman said in a readout of the call with X": the one the quoted readout is about
    const speakerish = reader.mainSubject(s, at)?.mentions.map((m) => m.actor) ?? [];
    const inQuote = mentions.find(
      (m) => m.inQuote && m.start >= s.start && m.end <= at && m.actor && isPerson(m.actor) && !objects.includes(m.actor),
    );
    if (inQuote) return [inQuote.actor!];
    for (let k = named.length - 1; k >= 0; k--) {
      const m = named[k]!;
      if (m.end > s.start || m.inQuote) continue;
      if (isPerson(m.actor!) && !objects.includes(m.actor!) && !speakerish.includes(m.actor)) return [m.actor!];
    }
    return [];
  }

  function possessorsBefore(at: number, s: Sentence): ActorId[] {
    const window = text.slice(s.start, at);
    const m = /((?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*[’']s?\s*(?:,\s*|\s*and\s+)?)+)$/u.exec(window);
    if (!m) return [];
    const from = s.start + m.index;
    return named.filter((x) => x.start >= from && x.end <= at && isParty(x)).map((x) => x.actor!);
  }

  /**
   * "The five leaders already met in this format in June", "both ministers met again": the parties of the
   * latest earlier contact of that many people.
   */
  function groupAnaphor(at: number, s: Sentence): ActorId[] {
    const before = text.slice(s.start, at);
    if (!GROUP_NOUN.test(before)) return [];
    const lead = GROUP_ANAPHOR.exec(before);
    if (!lead) return [];
    const want = lead[1] ? (NUMBER_WORDS[lead[1].toLowerCase()] ?? 0) : lead[0].toLowerCase().startsWith('both') ? 2 : 0;
    const bySentence = new Map<number, Set<ActorId>>();
    for (const c of found) if (c.sentence < s.index) bySentence.set(c.sentence, new Set([...(bySentence.get(c.sentence) ?? []), c.a, c.b]));
    for (const k of [...bySentence.keys()].sort((x, y) => y - x)) {
      const parties = [...bySentence.get(k)!].filter(isPerson);
      if (parties.length >= 2 && (!want || parties.length === want)) return parties;
    }
    return [];
  }

  /** The people of the latest contact found, in this sentence or the one before. */
  function latestParties(s: Sentence): ActorId[] {
    const last = found[found.length - 1];
    if (!last || last.sentence < s.index - 1) return [];
    return [...new Set(found.filter((c) => c.sentence === last.sentence && c.kind === last.kind).flatMap((c) => [c.a, c.b]))].filter(
      isPerson,
    );
  }

  function groupBefore(at: number, s: Sentence, anyDistance: boolean): ActorId[] {
    const subj = reader.subjectBefore(at, s.start);
    if (subj && subj.mentions.length >= 2) return subj.mentions.map((m) => m.actor!).filter(Boolean);
    const main = reader.mainSubject(s, at);
    if (!main || main.mentions.length < 2) return [];
    const gap = text.slice(main.mentions[main.mentions.length - 1]!.end, at);
    return anyDistance || /^\s*(?:\w+\s+){0,3}$/.test(gap) ? main.mentions.map((m) => m.actor!).filter(Boolean) : [];
  }

  function masked(from: number, to: number): string {
    return text.slice(from, to);
  }
}

/** "The day before their talks": the day before the talks' own date, when the article gives it. */
/**
 * "He also met with X": a pronoun outside quotations stands for the person the sentences before were about
 * (the main subject of the nearest earlier sentence that has a person for one, gender permitting), else for
 * the last person named. Pronouns nothing fits are left out.
 */
function withPronouns(
  mentions: readonly ResolvedMention[],
  sentences: readonly Sentence[],
  masked: string,
  actorOf: (id: ActorId) => Actor | undefined,
): ResolvedMention[] {
  if (!mentions.some((m) => m.kind === 'pronoun')) return [...mentions];
  const reader = new ClauseReader(
    masked,
    mentions.filter((m) => m.actor && !m.inQuote),
  );
  function fits(id: ActorId | null, gender?: 'm' | 'f'): boolean {
    const a = id ? actorOf(id) : undefined;
    return !!a && a.kind === 'person' && (!gender || !a.gender || a.gender === gender);
  }
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'pronoun') {
      out.push(m);
      continue;
    }
    if (m.inQuote) continue;
    let actor: ActorId | null = null;
    const here = sentences.findIndex((x) => x.start <= m.start && m.start < x.end);
    for (let k = here - 1; k >= 0 && k >= here - 3 && !actor; k--) {
      const subj = reader.mainSubject(sentences[k]!, sentences[k]!.end);
      const id = subj?.mentions.length === 1 ? subj.mentions[0]!.actor : null;
      if (fits(id, m.gender)) actor = id;
    }
    if (!actor)
      for (let i = out.length - 1; i >= 0 && !actor; i--) if (!out[i]!.inQuote && fits(out[i]!.actor, m.gender)) actor = out[i]!.actor;
    if (actor) out.push({ ...m, actor });
  }
  return out;
}

/** A contact as found: where its sentence stands, and whether its date is relative to the talks' own. */
type Found = FoundContact & { readonly sentence: number; readonly paragraph: number; readonly relative?: boolean };

/**
 * "The foreign ministers met in Moscow on Monday. They were joined by X …": a contact with no day of its own,
 * in the sentence right after (or before) a dated contact of the same kind and status that shares a party, is
 * the same event and takes its day.
 */
function inheritDates(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null) continue;
    const same = found.find(
      (d) =>
        d.date !== null &&
        d.kind === c.kind &&
        d.status === c.status &&
        d.paragraph >= c.paragraph - 1 &&
        Math.abs(d.sentence - c.sentence) === 1 &&
        (d.a === c.a || d.a === c.b || d.b === c.a || d.b === c.b),
    );
    if (same) found[i] = { ...c, date: same.date };
  }
  // every pair of one sentence's event shares the day one of them got from the sentence beside it
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.date !== null) continue;
    const sibling = found.find((d) => d.date !== null && d.sentence === c.sentence && d.kind === c.kind && d.status === c.status);
    if (sibling) found[i] = { ...c, date: sibling.date };
  }
}

function anchorRelativeDates(found: Found[]): void {
  const talks = found.find((c) => !c.relative && c.kind === 'meeting' && c.date !== null && c.status !== 'cancelled');
  if (!talks?.date) return;
  const before = isoDateOf(new Date(new Date(`${talks.date}T00:00:00Z`).getTime() - 86_400_000));
  for (let i = 0; i < found.length; i++) if (found[i]!.relative) found[i] = { ...found[i]!, date: before };
}

/** One contact per pair and kind: a dated mention of it beats an undated one. */
/**
 * One contact per pair, kind and event: a dated mention of it beats an undated one. A held meeting on a day
 * other than the planned one's ("were to meet in Granada … already met in Chisinau on June 1") is another event.
 */
function merge(found: readonly Found[]): FoundContact[] {
  const byPair = new Map<string, FoundContact[]>();
  for (const { relative: _relative, sentence: _sentence, paragraph: _paragraph, ...c } of found) {
    if (c.a === c.b) continue;
    const key = `${[c.a, c.b].sort().join('|')}|${c.kind}`;
    const events = byPair.get(key) ?? [];
    byPair.set(key, events);
    const i = events.findIndex((e) => e.date === null || c.date === null || e.date === c.date);
    const seen = events[i];
    if (!seen) events.push(c);
    else if (seen.date === null && c.date !== null) {
      // an undated plan later told as held on a day of its own is a different, earlier event
      if (seen.status !== 'held' && c.status === 'held') events.push(c);
      else events[i] = { ...seen, date: c.date, status: seen.status === 'held' ? c.status : seen.status };
    }
  }
  return [...byPair.values()].flat();
}
