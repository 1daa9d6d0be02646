// The words that tell a contact: each cue's expression, the kind of contact it tells, and where its parties
// stand (the status words are in contactStatus.ts). contactGate.ts holds the one scan per sentence that says
// which cues are worth running.
import type { ContactKind } from '../model.js';

export type PartiesFrom =
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
  | 'participants'
  /** the two names the cue joins with a hyphen ("the Putin–Erdogan talks") */
  | 'pair';

export interface ContactCue {
  /** Lower-case words one of which the sentence must contain for `re` to be worth running. */
  readonly hint: readonly string[];
  readonly re: RegExp;
  readonly kind: ContactKind;
  readonly parties: PartiesFrom;
  /** The cue tells what was discussed, not how: its contact yields to any other of the same pair (see Found.inferred). */
  readonly inferred?: boolean;
}

// Time and place phrases that may sit between a verb and its "with": "spoke by phone on Thursday with".
const ADVERBIAL = String.raw`(?:(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|earlier|later|again|separately|jointly|and|together|bilaterally|privately|informally|also|briefly|virtually|online|remotely|personally|face-to-face|in\s+person|last\s+\w+|this\s+\w+|in\s+[A-Z]\w+|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|via\s+(?:tele)?phone|via\s+video(?:\s+link)?|(?:on|at|in)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)\s+)*`;
const re = (source: string) => new RegExp(source, 'gi');

export const CUES: ContactCue[] = [
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
      String.raw`\b(?:called|phoned|telephoned|will\s+(?:call|telephone)|to\s+(?:call|telephone))\s+(?!for\b|on\b|upon\b|off\b|it\b|them\b|the\b|a\b|an\b|this\b|that\b|his\b|her\b)`,
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
    hint: ['talks', 'meeting', 'consultation', 'negotiation', 'discussion', 'dinner', 'lunch', 'breakfast'],
    re: re(
      String.raw`\b(?:held|holds|hold|had|has|have|will\s+hold|will\s+have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|consultations|negotiations|discussions|dinner|lunch|breakfast)\s+${ADVERBIAL}with\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "paid a courtesy call on X", "made a phone contact with X", "conferred with X"
  {
    hint: ['paid', 'pays', 'pay'],
    re: re(
      String.raw`\b(?:paid|pays|pay|will\s+pay|to\s+pay)\s+(?:a\s+|an\s+)?(?:courtesy|farewell|introductory|official|working|brief|separate)?\s*(?:call|visit)\s+(?:on|to)\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['phone', 'call'],
    re: re(String.raw`\b(?:made|makes|make)\s+(?:a\s+)?(?:(?:tele)?phone\s+)?(?:contact|call)\s+(?:with|to)\s+`),
    kind: 'call',
    parties: 'subject',
  },
  { hint: ['confer'], re: re(String.raw`\b(?:conferred|confers|confer)\s+${ADVERBIAL}with\s+`), kind: 'meeting', parties: 'subject' },
  {
    hint: ['host', 'receiv', 'welcomed', 'greeted'],
    // (not "received a call", but "received a delegation led by X")
    re: re(
      String.raw`\b(?:hosted|hosts|host|received|receives|welcomed|greeted)\s+(?!(?:a|an)\s+(?!(?:[\w-]+\s+)?delegation\b)|calls?\b|letters?\b)`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X sat down with Y", "X exchanged views with Y" (a readout's words for talks)
  {
    hint: ['sat down', 'sit down', 'sits down'],
    re: re(String.raw`\b(?:sat|sits|sit|will\s+sit)\s+down\s+${ADVERBIAL}with\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['exchanged', 'exchange views', 'exchanges views', 'exchange opinions'],
    re: re(String.raw`\b(?:exchanged|exchanges|exchange|will\s+exchange)\s+(?:views|opinions|ideas|greetings)\s+${ADVERBIAL}with\s+`),
    kind: 'meeting',
    parties: 'subject',
    inferred: true,
  },
  // "X hosted talks with A and B": the host and its guests
  {
    hint: ['host'],
    re: re(
      String.raw`\b(?:hosted|hosts|will\s+host|to\s+host)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations|negotiations|dinner|lunch|breakfast|summit)\s+with\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "Ambassador X presented her credentials to President Y"
  {
    hint: ['credential'],
    re: re(
      String.raw`\b(?:presented|presents|handed|handed\s+over)\s+(?:(?:his|her|their)\s+)?(?:copy\s+of\s+(?:(?:his|her|their)\s+)?)?credentials\s+to\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X sent Y a letter"
  {
    hint: ['letter', 'message'],
    re: new RegExp(
      String.raw`\b(?:sent|handed|wrote)\s+(?=(?:[\p{Lu}][\p{L}.’'-]*\s+){1,5}(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|message)\b)`,
      'giu',
    ),
    kind: 'letter',
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
      String.raw`(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|negotiations|consultations|summit|visit)\s+(?:(?:on\s+)?\w+\s+\d{1,2}\s+)?with\s+`,
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
    re: re(String.raw`\b(?:at|during|after)\s+(?:a|the)\s+(?:joint\s+)?(?:news|press)\s+conference\s+with\s+`),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['received', 'welcomed', 'greeted'],
    re: re(String.raw`\b(?:was|were|will\s+be|is\s+to\s+be|to\s+be)\s+(?:also\s+)?(?:received|welcomed|greeted)\s+by\s+`),
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
  // "Greeting X and Y in the Kremlin, Z said": a sentence led by the host's participle
  {
    hint: ['greeting', 'welcoming', 'receiving', 'hosting', 'meeting'],
    re: re(String.raw`^(?:Greeting|Welcoming|Receiving|Hosting|Meeting(?:\s+with)?)\s+`),
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
  // "A and B spoke to each other at the summit"
  {
    hint: ['spoke', 'talked', 'spoken'],
    re: re(String.raw`\b(?:spoke|talked|have\s+spoken|had\s+spoken)\s+(?:to|with)\s+(?:each\s+other|one\s+another)\b`),
    kind: 'call',
    parties: 'group',
  },
  // "X, Y and Z held a trilateral meeting", "the leaders will hold a summit"
  {
    hint: ['meeting', 'summit', 'talks', 'consultation', 'negotiation'],
    re: re(
      String.raw`\b(?:held|hold|had|will\s+hold)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|summit|consultations|negotiations)\b(?!\s+(?:with|between)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  {
    hint: ['spoke', 'talked', 'phone'],
    re: re(
      String.raw`\b(?:spoke|talked|(?:held|had|hold|have|has)\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call|talks))\b(?!\s+${ADVERBIAL}(?:with|to)\b)`,
    ),
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
  // "A, B and C arrived in Yerevan for the summit": those who came for one meeting met there
  {
    hint: ['arriv'],
    re: re(
      String.raw`\b(?:arrived|arrive|arrives|will\s+arrive)\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:for|to\s+attend|to\s+take\s+part\s+in)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|negotiations)\b`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  // "A and B on Tuesday discussed … during a meeting in St. Petersburg"
  {
    hint: ['meeting', 'talks', 'summit'],
    re: re(
      String.raw`\b(?:during|at|in|in\s+the\s+course\s+of)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|summit)\b(?!\s+(?:with|between|of)\b)`,
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
  {
    hint: ['between'],
    re: re(String.raw`\b(?:meeting|talks|summit|negotiations|consultations|discussions)\s+between\s+`),
    kind: 'meeting',
    parties: 'between',
  },
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
      String.raw`\b(?:(?:meeting|talks|summit|session|round)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+\s+)?of\b|(?:joint\s+|co-)?chairmanship\s+of\b|co-chairing\s+of\b|in\s+the\s+presence\s+of\b|with\s+the\s+participation\s+of\b)`,
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
  // "the Putin–Erdogan talks", "a Xi-Biden summit": two names joined before the event
  {
    hint: ['meeting', 'talks', 'summit', 'call', 'conversation'],
    re: new RegExp(
      String.raw`\b\p{Lu}[\p{L}’'-]*\p{Ll}\s*[-–—]\s*\p{Lu}[\p{L}’']*\s+(?:(?:tele)?phone\s+)?(?:meeting|talks|summit|call|conversation)\b`,
      'gu',
    ),
    kind: 'meeting',
    parties: 'pair',
  },
  // "X discussed bilateral cooperation with Y": readouts tell a meeting or call by what was discussed
  {
    hint: ['discuss'],
    re: re(
      String.raw`(?<!\b(?:was|were|been|being|is|are|be)\s+)\b(?:discussed|discusses|will\s+discuss)\s+(?:[^\s.;!?]+\s+){0,12}?with\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
    inferred: true,
  },
  // "X and Y discussed …" (the subject a group of two or more)
  {
    hint: ['discuss'],
    re: re(String.raw`(?<!\b(?:was|were|been|being|is|are|be)\s+)\b(?:discussed|will\s+discuss)\b(?!\s+(?:[^\s.;!?]+\s+){0,12}?with\s)`),
    kind: 'meeting',
    parties: 'group',
    inferred: true,
  },
];
