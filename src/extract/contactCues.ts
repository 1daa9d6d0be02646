// The words that tell a contact: each cue's expression, the kind of contact it tells, and where its parties
// stand. Here the cues with a subject and objects, or a meeting noun and its holders; contactGroupCues.ts has those
// whose parties stand together, follow "between" or attend an event; contactStatus.ts the status words;
// contactGate.ts the one scan per sentence that says which cues are worth running.
import { ADVERBIAL, re, type ContactCue } from './contactCueWords.js';
import { GROUP_CUES } from './contactGroupCues.js';

export type { ContactCue, PartiesFrom } from './contactCueWords.js';

/** Every cue, in the order they are tried. */
export const CUES: ContactCue[] = [
  {
    hint: [
      'told',
      'met',
      'spoke',
      'called',
      'phoned',
      'host',
      'receiv',
      'welcom',
      'talks',
      'meeting',
      'conversation',
      'call',
      'to see',
      'meet',
    ],
    re: re(
      String.raw`\b(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|(?:phone\s+)?call)\s+with|(?:I|we)\s+(?:(?:also|then|personally)\s+)?(?:told|met(?:\s+with)?|will\s+(?:meet(?:\s+with)?|host|receive|call)|spoke\s+(?:with|to)|called|phoned|hosted|received|welcomed|(?:had|held)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:talks|meeting|conversation|(?:phone\s+)?call)\s+with)|(?:a\s+pleasure|an\s+honou?r|glad|pleased|delighted|happy)\s+to\s+(?:host|receive|welcome|see|meet(?:\s+with)?))\s+`,
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
    hint: ['call', 'phoned', 'dial'],
    re: re(
      String.raw`\b(?:called|phoned|telephoned|dial(?:l)?ed|will\s+(?:call|telephone)|to\s+(?:call|telephone))\s+(?!for\b|on\b|upon\b|off\b|it\b|them\b|the\b(?!\s+(?:[a-z]+\s+)?(?:prime\s+minister|president|premier|foreign\s+minister|chancellor)\b)|a\b|an\b|this\b|that\b|his\b|her\b)`,
    ),
    kind: 'call',
    parties: 'subject',
  },
  // "X called on Y in Riyadh" (a visit; not "called on Y to …", an appeal: see findContacts)
  {
    hint: ['call'],
    re: new RegExp(String.raw`\b(?:[Cc]alled|[Cc]alls|will\s+call)\s+on\s+(?=(?:the\s+)?\p{Lu})`, 'gu'),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X attended a dinner hosted by Y"
  {
    hint: ['dinner', 'lunch', 'breakfast', 'banquet', 'reception'],
    re: re(
      String.raw`\b(?:attended|attends|will\s+attend)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:dinner|luncheon|lunch|breakfast|banquet|reception)\s+(?:hosted|given|offered)\s+by\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X was on the phone with Y"
  {
    hint: ['phone'],
    re: re(String.raw`\b(?:was|were|is|are)\s+on\s+the\s+(?:tele)?phone\s+${ADVERBIAL}with\s+`),
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
  // "X is meeting Y in Moscow on Tuesday", "X was hosting Y for talks": the verb in its progressive form
  {
    hint: ['meeting', 'hosting', 'receiving', 'welcoming'],
    re: re(
      String.raw`\b(?:is|are|was|were|will\s+be|be)\s+(?:also\s+)?(?:meeting|hosting|receiving|welcoming)\s+(?:with\s+)?(?!(?:the|a|an|his|her|their|its)\s)`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X granted an audience to Y", "X was granted an audience by Y"
  {
    hint: ['audience'],
    re: re(
      String.raw`\b(?:granted|grants|gave|gives|will\s+grant)\s+(?:a\s+|an\s+)?(?:private\s+|special\s+)?audience\s+to\s+|\b(?:was|were)\s+(?:granted|given|received\s+in)\s+(?:a\s+|an\s+)?(?:private\s+|special\s+)?audience\s+(?:by|with)\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X joined Y for talks in Moscow", "joined Y at a working dinner"
  {
    hint: ['joined'],
    re: new RegExp(
      String.raw`\b[Jj]oined\s+(?=(?:[\p{Lu}][\p{L}.’'-]*\s+){1,6}(?:(?:on\s+\w+|in\s+[\p{Lu}]\w+)\s+)?(?:(?:for|at)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|dinner|lunch|breakfast|luncheon|summit)\b|(?:at|in)\s+(?:the\s+)?\p{Lu}))`,
      'gu',
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: [
      'talks',
      'meeting',
      'consultation',
      'negotiation',
      'discussion',
      'dinner',
      'lunch',
      'breakfast',
      'audience',
      'interaction',
      'bilateral',
      'te-',
    ],
    re: re(
      String.raw`\b(?:held|holds|hold|had|has|have|will\s+hold|will\s+have|conducted|engaged\s+in)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|consultations|negotiations|discussions|dinner|lunch|breakfast|audience|interaction|bilateral|t[eê]te-[aà]-t[eê]te)\s+${ADVERBIAL}with\s+`,
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
  // "X interacted with Y on the sidelines of the summit" (South Asian news's word for a meeting)
  {
    hint: ['interact'],
    re: re(String.raw`\b(?:interacted|interacts|will\s+interact)\s+${ADVERBIAL}with\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['host', 'receiv', 'welcom', 'greeted'],
    // (not "received a call", but "received a delegation led by X")
    re: re(
      String.raw`\b(?:hosted|hosts|host|received|receives|receive|welcomed|welcome|greeted)\s+(?!(?:a|an)\s+(?!(?:[\w-]+\s+)?delegation\b)|calls?\b|letters?\b)`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X shook hands with Y", "X visited Y" (a person: "visited Baku" names no party)
  {
    hint: ['hands'],
    re: re(String.raw`\b(?:shook|shakes|shake|will\s+shake)\s+hands\s+${ADVERBIAL}with\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  { hint: ['visit'], re: re(String.raw`\b(?:visited|visits|will\s+visit|to\s+visit)\s+`), kind: 'meeting', parties: 'subject' },
  // "The Foreign Ministry summoned British Ambassador X", "X was summoned to the Ministry of Foreign Affairs": a
  // meeting of the ministry with the envoy it called in
  {
    hint: ['summon'],
    re: re(
      String.raw`\b(?:summoned|summons|will\s+summon|to\s+summon|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+)?summoned\s+to)\s+(?!for\b|to\b|over\b|on\b)`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },

  // "X sat down with Y", "X exchanged views with Y" (a readout's words for talks)
  {
    hint: ['down'],
    re: re(String.raw`\b(?:sat|sits|sit|will\s+sit)\s+down\s+${ADVERBIAL}with\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  {
    hint: ['exchang'],
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
  // "X hosted a luncheon in honour of Y", "X received in audience Y"
  {
    hint: ['honour', 'honor', 'audience', 'luncheon', 'reception', 'dinner'],
    re: re(
      String.raw`\b(?:hosted|hosts|gave|gives|will\s+host)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:luncheon|lunch|dinner|reception|banquet)\s+(?:for|in\s+hono(?:u)?r\s+of)\s+|\breceived\s+in\s+(?:private\s+)?audience\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X received the credentials of the new ambassador Y"
  {
    hint: ['credential'],
    re: re(
      String.raw`\b(?:received|receives|receiving|accepted|accepts|accepting|will\s+receive)\s+(?:the\s+)?(?:letters\s+of\s+)?credentials\s+(?:of|from)\s+`,
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
    re: re(
      String.raw`\b(?:sent|wrote|addressed|delivered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:letter|message)\s+(?:of\s+(?:\w+\s+){1,2})?to\s+`,
    ),
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
    re: re(String.raw`(?:\b(?:the|a|his|her|their|its)|[’']s)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+with\s+`),
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
      String.raw`\b(?:after|following|during|before|ahead\s+of|at|for|went\s+ahead\s+with)\s+(?:\w+\s+)?(?:talks|a\s+meeting|meetings|consultations|negotiations)\s+(?:in\s+[\w-]+\s+)?with\s+`,
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
    hint: ['received', 'welcomed', 'greeted', 'hosted'],
    re: re(String.raw`\b(?:was|were|will\s+be|is\s+to\s+be|to\s+be)\s+(?:also\s+)?(?:received|welcomed|greeted|hosted)\s+by\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  // "“…,” X told a meeting on Thursday with Y"
  {
    hint: ['meeting'],
    re: re(String.raw`\b(?:told|addressed)\s+(?:a|the)\s+meeting\s+(?:on\s+\w+\s+)?with\s+`),
    kind: 'meeting',
    parties: 'subject',
  },
  // "X told a joint news conference with Y", "X held a joint press conference with Y"
  {
    hint: ['conference'],
    re: re(
      String.raw`\b(?:told|tells|addressed|held|holds|hold|gave|will\s+hold|will\s+give)\s+(?:a|the)\s+joint\s+(?:news|press)\s+conference\s+(?:\w+\s+){0,2}?with\s+`,
    ),
    kind: 'meeting',
    parties: 'subject',
  },
  // "Speaking alongside Y, X said", "X, standing next to Y, …": the two appeared together
  {
    hint: ['alongside', 'next to', 'beside'],
    re: re(String.raw`\b(?:speaking|standing|appearing|sitting|seated)\s+(?:alongside|next\s+to|beside)\s+`),
    kind: 'meeting',
    parties: 'noun',
  },
  {
    hint: ['conference'],
    re: re(String.raw`\b(?:held|hold|will\s+hold)\s+(?:a\s+)?joint\s+(?:news|press)\s+conference\b(?!\s+(?:\w+\s+){0,2}?with\b)`),
    kind: 'meeting',
    parties: 'group',
  },
  { hint: ['chaired'], re: re(String.raw`\b(?:co-)?chaired\s+by\s+`), kind: 'meeting', parties: 'between' },
  {
    hint: ['call', 'conversation'],
    re: re(
      String.raw`\b(?:after|following|during|before|ahead\s+of|in|and)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)s?\s+with\s+`,
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
  // "… after which a joint press conference was held with A and B": the sentence's subject held it
  {
    hint: ['held with'],
    re: re(
      String.raw`(?<=\b(?:meeting|talks|negotiations|consultations|conference)\s+)(?:was|were|will\s+be)\s+(?:also\s+)?held\s+with\s+`,
    ),
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
  { hint: ['letter', 'message'], re: re(String.raw`\bin\s+a\s+(?:\w+\s+)?(?:letter|message)\s+to\s+`), kind: 'letter', parties: 'noun' },
  ...GROUP_CUES,
];
