// Speech cue words this project adds to the shared lists of lexicon.ts (cues.ts builds its expression from both).

/**
 * Speech verbs added to the shared list (lexicon.ts): praise and hope in readouts ("X lauded Y for …",
 * "X appreciated Y's support", "X hopes that …"), asides ("X quipped about …").
 */
export const MORE_SPEECH_VERBS = [
  'lauded',
  'lauds',
  'appreciated',
  'appreciates',
  'quipped',
  'quips',
  'opined',
  'contended',
  // regret and blame ("X lamented the delays", "X decried the attack", "X denounced the decision")
  'lamented',
  'laments',
  'decried',
  'decries',
  'denounced',
  'denounces',
  'applauded',
  'applauds',
  'reassured',
  'reassures',
  'disclosed',
  'discloses',
  'complained',
  'complains',
  'joked',
  'jokes',
  // readouts and press of other regions ("X expounded China's position", "X flagged concerns", "X bemoaned …")
  'expounded',
  'flagged',
  'bemoaned',
  'intimated',
  'hinted',
  'advised',
  'characterized',
  'characterised',
  // charges ("X alleged “direct interference”", dev4)
  'alleged',
  'alleges',
];
export const MORE_SPEECH_PHRASES = [
  'hoped that',
  'hopes that',
  'expressed hope',
  'expressed the hope',
  'expressed gratitude',
  'extended his gratitude',
  'extended her gratitude',
  'extended their gratitude',
  'talked about',
  'talks about',
  'elaborated on',
  'elaborated upon',
  // "The Secretary committed to strengthening …" (never "X remains committed to …", a stance inside a statement)
  'committed to',
  'spoke highly of',
  'charged that',
  'recognized that',
  'recognised that',
  'shared that',
  // "X provided details of …", "X gave an overview of …": a briefing
  'provided details',
  'gave details',
  'shared details',
  'provided an overview',
  'gave an overview',
  // verbs that tell words only before what was said ("X maintained that …", never "X maintained contacts"); in the
  // past only: "X maintains that …" tells a standing position, not a statement
  'maintained that',
  'conceded that',
  'signalled that',
  'signaled that',
  'indicated that',
];
