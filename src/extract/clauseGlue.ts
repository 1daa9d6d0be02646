// The words that may stand around a subject and its verb, for clauses.ts: glue between a subject and its verb
// ("also", "on Friday", ", the spokesman,"), titles that hold an "of", the joins of a list of names, the roles set
// off before a name.
/** What the glue guards read of a clause's tail: its last unit as it is, and its last 12 trimmed and lower-cased. */
export interface TailEnd {
  readonly last: string;
  readonly trimmed: string;
}

export function tailEnd(tail: string): TailEnd {
  const t = tail.trimEnd();
  return { last: tail.charAt(tail.length - 1), trimmed: t.slice(-12).toLowerCase() };
}

/**
 * Glue at the end of a clause, each with a test of the clause's end that every match passes (`null`:
 * none): an expression anchored at the end is tried from every position of the clause, and most clauses
 * end with none of these words.
 */
export const GLUE_AT_END: readonly { readonly re: RegExp; readonly may: ((end: TailEnd) => boolean) | null }[] = [
  // adverbs and auxiliaries
  // "X, who was to hold talks", "X is due to", "X has since argued"
  { re: /(?<=,\s*)who\s*$/i, may: (e) => e.trimmed.endsWith('who') },
  {
    re: /\b(?:was|is|were|are)\s+(?:also\s+)?(?:due\s+|set\s+|expected\s+|scheduled\s+|going\s+)?to\s*$/i,
    may: (e) => e.trimmed.endsWith('to'),
  },
  {
    re: /\b(?:plans?|planned|intends?|intended|agreed|decided|hopes?|hoped|wants?|wanted)\s+to\s*$/i,
    may: (e) => e.trimmed.endsWith('to'),
  },
  {
    re: /\b(?:also|again|last|since|later|further|then|previously|earlier|repeatedly|reportedly|separately|too|personally|strongly|firmly|publicly|additionally|once again|in turn|immediately|subsequently|meanwhile|has|have|had|was|were|is|will|would|did|does|not|never|already|first|jointly|both|each|specifically|explicitly|openly|clearly|sharply|recently|today|yesterday|tonight|however|then|in particular|moreover|furthermore|notably|particularly|on his part|on her part|for his part|for her part|in response|in return|in reply)\s*$/i,
    may: null,
  },
  // time phrases
  {
    re: /\b(?:on|last|this|next|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?\s*$/i,
    may: (e) => /(?:day|week|month|year|morning|afternoon|evening|night)$/.test(e.trimmed),
  },
  {
    re: /\bon\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?\s*$/i,
    may: (e) => /\d$/.test(e.trimmed),
  },
  {
    re: /\bon\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s*$/i,
    may: (e) => /(?:\d|ary|ch|il|may|ne|ly|ust|ber)$/.test(e.trimmed),
  },
  {
    re: /\b(?:in|during|at|after|before|following|via)\s+(?:a|an|the|his|her|their|its|this|that|these|those)\s+[\p{Ll}\s-]{2,40}$/iu,
    may: (e) => /[\p{L}\s-]/u.test(e.last),
  },
  // "Foreign Minister X of Sweden said": a country after a name
  { re: /(?<=\p{L})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s*$/u, may: (e) => /\p{L}$/u.test(e.trimmed) },
  // a parenthesis, a generation after a name ("Aliyev Jr. assured")
  { re: /\s*\([^()]{0,120}\)\s*$/, may: (e) => e.trimmed.endsWith(')') },
  { re: /(?<=\p{L}),?\s+(?:Jr|Sr|Jnr|Snr)\.?\s*$/u, may: (e) => /(?:jr|sr|jnr|snr)\.?$/.test(e.trimmed) },
  { re: /\s*—[^—]{0,120}—\s*$/, may: (e) => e.trimmed.endsWith('—') },
];

// Any other adverb of manner ("X thoroughly informed") and "was quick to" ("X was quick to hail it"), each tried
// only when the clause's last word can end it
export const ADVERB_GLUE: readonly (readonly [RegExp, (last: string) => boolean])[] = [
  [
    /\b(?!(?:family|assembly|supply|rally|ally|anomaly|monopoly|reply|apply|comply|italy|july|only|fly|belly|jelly|bully)\b)\p{Ll}{3,}ly$/u,
    (last) => last.endsWith('ly'),
  ],
  [/\b(?:merely|simply|only|just)$/i, (last) => last === 'merely' || last === 'simply' || last === 'only' || last === 'just'],
  [
    /\b(?:was|were|is|are)\s+(?:quick|quicker|swift|eager|keen|careful|ready|among\s+the\s+first|the\s+first)\s+to$/i,
    (last) => last === 'to',
  ],
];

export const ISSUED_BY =
  /\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:readout|statement|release|communiqu[eé]|report|post|tweet)\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from|of)\s+(?:the\s+)?$/i;
export const TITLE_BEFORE_OF =
  /\b(?:President|Minister|Secretary|Chairman|Chairwoman|Chair|Head|Representative|Ambassador|Envoy|Commissioner|Director|Speaker|Spokesperson|Spokesman|Spokeswoman|Chief|Advisor|Adviser)(?:\s+(?:of|to|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,2})?\s+(?:of|to|for)\s+(?:the\s+)?$/u;

// A list member's role set off by commas: "President of Russia", "Kyrgyz leader", "the host of the summit".
const ROLE_WORDS = String.raw`(?:[\p{Lu}][\p{L}’'-]*|of|the|for|to|leader|president|minister|premier|chancellor|head|foreign|prime|deputy)`;
export const ROLE_GAP_LAST = new RegExp(String.raw`,\s*(${ROLE_WORDS}(?:\s+${ROLE_WORDS}){0,7}),\s*(?:and|&)\s+$`, 'u');
export const ROLE_GAP = new RegExp(String.raw`,\s*(${ROLE_WORDS}(?:\s+${ROLE_WORDS}){0,7}),\s*(?:and\s+)?$`, 'u');
export const ROLE_HEAD =
  /\b(?:President|Minister|Chancellor|Premier|Leader|Secretary|Chairman|Chairwoman|Head|King|Emir|Ambassador|Envoy|Representative|Commissioner|leader|president|minister|chancellor|premier|head)\b/;

// Between members of "A, B and C" read forwards: a comma, "and", or "and his Turkish counterpart(,)".
export const COORDINATION_GAP =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+|(?:his|her|their)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:counterparts?|colleagues?),?\s+)?$/u;

export const ROLE_BEFORE_NAME =
  /^(?:(?:the|a)\s+)?(?:(?:deputy|foreign|prime|senior|press|presidential|government|ministry|defen[cs]e|chief)\s+){0,2}(?:spokes(?:man|woman|person)|minister|president|ambassador|envoy|advis[eo]r|official|diplomat|chair(?:man|woman)?|secretary|director|head|aide|representative|commissioner|negotiator)\s+$/;
// "one deputy, ", "a senior official of the ministry, ": a lower-case role set off by a comma before the name it is
export const ROLE_SET_OFF =
  /^(?:(?:the|a|an|one|another)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:deputy|deputies|lawmaker|legislator|senator|official|diplomat|spokes(?:man|woman|person)|minister|adviser|advisor|aide|envoy|ambassador|member|analyst|expert|negotiator|representative|leader|chair(?:man|woman|person)?|head|director|officer|commander|secretary|president|mayor|governor|activist|professor|researcher|resident)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?,\s+$/u;
// ("Putin's spokesman, Dmitry Peskov", "Aliyev's aide Hikmet Hajiyev": a role set off by a comma, or a role noun
// right before the name; not "Aliyev's talks with Pashinyan")
export const POSSESSIVE_LEAD =
  /^[’']s\s+(?:(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+|(?:(?:chief|senior|top|foreign|policy|press|special|deputy|first|political|diplomatic|national|security|presidential)\s+){0,2}(?:aide|adviser|advisor|assistant|envoy|representative|deputy|spokes(?:man|woman|person)|secretary|ambassador|counterpart|negotiator|minister|emissary)\s+)?$/u;
export const SPOKESPERSON_OF =
  /(?:\S([’']s)\s+(?:chief\s+|deputy\s+|official\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)|\b(?:a|the)\s+(?:chief\s+|deputy\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?\S+)\s*$/u;
export const OPENING_PARTICIPLE = /^\s*(?:(?:while|after|before|when|upon|on|by|since|despite)\s+)?\p{L}{2,}ing\s[^,;:∎“”"]*$/iu;
