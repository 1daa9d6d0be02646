// The cues whose parties stand together before them ("X and Y met", "X, Y and Z gathered"), follow "between" or
// "of" ("talks between X and Y", "the meeting of A and B"), or attend an event ("were joined by", "were also
// present"), and the cues told by what was discussed. Tried after those of contactCues.ts.
import { ADVERBIAL, re, type ContactCue } from './contactCueWords.js';

// "A and B spoke by phone to discuss …": "to" before a verb of purpose, not before a party
const TO_DO = String.raw`(?:discuss|review|exchange|congratulate|express|coordinate|mark|address|consider|thank|assess|share|brief|follow)\b`;

export const GROUP_CUES: ContactCue[] = [
  {
    hint: ['met', 'meet', 'talks'],
    re: re(String.raw`\b(?:met|meet|will\s+meet|to\s+meet|held\s+talks|hold\s+talks|will\s+hold\s+talks)\b`),
    kind: 'meeting',
    parties: 'group',
  },
  // "… to discuss the results of their meeting held in Tbilisi on Saturday"
  {
    hint: ['their'],
    re: re(String.raw`\b(?:of|on|about|from|since)\s+their\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit)\b(?!\s+(?:with|between|of)\b)`),
    kind: 'meeting',
    parties: 'group',
  },
  // "A and B held the first round of talks in Moscow"
  {
    hint: ['round of'],
    re: re(
      String.raw`\b(?:held|hold|had|will\s+hold)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+)?round\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations)\b(?!\s+(?:with|between)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  // "A and B co-chaired the session", "co-facilitated the proceedings"
  {
    hint: ['co-'],
    re: re(String.raw`\bco-(?:chaired|chair|facilitated|facilitate|hosted|host|organi[sz]ed|moderated)\b`),
    kind: 'meeting',
    parties: 'group',
  },
  // "A and B shook hands"
  {
    hint: ['hands'],
    re: re(String.raw`\b(?:shook|shake|will\s+shake)\s+hands\b(?!\s+${ADVERBIAL}with\b)`),
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
    hint: ['meeting', 'summit', 'talks', 'consultation', 'negotiation', 'discussion', 'te-'],
    re: re(
      String.raw`\b(?:(?:held|hold|will\s+hold)\s+|had\s+(?!(?:been|begun|[\w-]+ed)\s))(?:a\s+|an\s+|their\s+)?(?:(?!(?:tele)?phone\s|video\s)[\w’'-]+\s+){0,3}(?:meetings?|summit|consultations|negotiations|talks|discussions|t[eê]te-[aà]-t[eê]te)(?![\w-])(?!\s+(?:with|between)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  {
    hint: ['spoke', 'talked', 'phone', 'call'],
    re: re(
      String.raw`\b(?:spoke|talked|(?:held|had|hold|have|has)\s+(?:a\s+|their\s+)?(?:(?:[\w-]+\s+)?(?:tele)?phone\s+(?:conversation|call|talks)|(?:[\w-]+\s+)?call))\b(?!\s+${ADVERBIAL}(?:with|to(?!\s+${TO_DO})|for|from)\b)`,
    ),
    kind: 'call',
    parties: 'group',
  },
  {
    hint: ['phone'],
    re: re(String.raw`\b(?:during|in|over|by)\s+(?:a|the|their)\s+(?:\w+\s+)?(?:tele)?phone\s+(?:call|conversation)\b(?!\s+with)`),
    kind: 'call',
    parties: 'group',
  },
  // "X congratulated Y by phone", "X thanked Y in a letter": the subject and the one it addressed
  {
    hint: ['phone'],
    re: re(String.raw`\b(?:by|over\s+the|via)\s+(?:tele)?phone\b(?!\s+(?:call|conversation)s?\s+with\b)`),
    kind: 'call',
    parties: 'group',
  },
  {
    // (a "message" is as often a post for all to read, and an "open letter" is one)
    hint: ['letter'],
    re: re(String.raw`\b(?:in|by|via)\s+(?:a|an)\s+(?!open\s)(?:[\w-]+\s+)?letter\b(?!\s+(?:to|from)\b)`),
    kind: 'letter',
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
      String.raw`\b(?:during|at|in|in\s+the\s+course\s+of|after|following)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|summit)\b(?!\s+(?:with|between|of)\b)`,
    ),
    kind: 'meeting',
    parties: 'group',
  },
  // "Foreign ministers of A, B and C attended the meeting", "A and B began negotiations in Almaty"
  {
    hint: ['attend', 'took', 'participat', 'negotiation', 'talks', 'consultation'],
    re: re(
      String.raw`\b(?:attend(?:ed|s)?\s+|took\s+part\s+in\s+|(?:will\s+)?take\s+part\s+in\s+|participated\s+in\s+|(?:began|begin|started|resumed|opened|continued|concluded)\s+(?:a\s+|the\s+|their\s+)?(?:new\s+)?(?:round\s+of\s+)?)(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|negotiations|consultations|session|dinner|luncheon|lunch|banquet|breakfast|event)\b`,
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
      String.raw`\b(?:(?:meeting|talks|summit|session|round)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+\s+)?of\b|(?:joint\s+|co-)?chairmanship\s+of\b|co-chairing\s+of\b|in\s+the\s+presence\s+of\b|with\s+(?:the\s+)?participation\s+of\b)`,
    ),
    kind: 'meeting',
    parties: 'participants',
  },
  // "A and B were joined by C and D", "the summit was attended by …"
  {
    hint: ['joined', 'attended'],
    re: re(
      String.raw`(?:\b(?:was|were|will\s+be|are\s+to\s+be)\s+(?:also\s+)?(?:expected\s+to\s+be\s+)?(?:joined|attended)\s+(?:there\s+|(?:in|at|for)\s+(?:their|the|his|her)\s+\w+\s+)?by|,\s*joined\s+by)\b`,
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
  // "A and B were also present", "… were also among the welcoming party", "in which A and B also attended,"
  {
    hint: ['present', 'attend', 'welcom', 'part in'],
    re: re(
      String.raw`\b(?:(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance|among\s+the\s+(?:welcoming|receiving)\s+(?:party|delegation))|also\s+attended(?=\s*[,.;])|(?:will|would)\s+also\s+take\s+part\s+in\s+the\s+(?:meeting|summit|talks|event)\b)`,
    ),
    kind: 'meeting',
    parties: 'joiners',
  },
  // "X and Y exchanged messages", "X exchanged letters with Y"
  {
    hint: ['exchang'],
    re: re(String.raw`\b(?:exchanged|exchange|have\s+exchanged|had\s+exchanged)\s+(?:[\w-]+\s+)?(?:messages|letters)\b(?!\s+with\b)`),
    kind: 'letter',
    parties: 'group',
  },
  {
    hint: ['exchang'],
    re: re(String.raw`\b(?:exchanged|exchange|have\s+exchanged|had\s+exchanged)\s+(?:[\w-]+\s+)?(?:messages|letters)\s+with\s+`),
    kind: 'letter',
    parties: 'subject',
  },
  // "the Putin–Erdogan talks", "a Xi-Biden summit": two names joined before the event
  {
    // (a dash, not a hyphen: "Sargsian-Whitcombe" is read as one name)
    hint: ['–', '—'],
    re: new RegExp(
      String.raw`\b\p{Lu}[\p{L}’'-]*\p{Ll}\s*[–—]\s*\p{Lu}[\p{L}’']*\s+(?:(?:tele)?phone\s+)?(?:meeting|talks|summit|call|conversation)\b`,
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
  // "X and Y exchanged views on regional issues" (a readout's words for talks)
  {
    hint: ['exchang'],
    re: re(String.raw`\b(?:exchanged|exchange|will\s+exchange)\s+(?:views|opinions|ideas)\b(?!\s+${ADVERBIAL}with\b)`),
    kind: 'meeting',
    parties: 'group',
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
