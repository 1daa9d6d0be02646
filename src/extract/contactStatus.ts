// The words around a contact cue that say whether the contact happened, is planned, was called off, or is denied,
// and the phrases that send its day back to the last day the article named ("that day").

export const SAME_DAY =
  /\b(?:that\s+(?:same\s+)?day|the\s+same\s+day|(?:later|earlier)\s+(?:in|on)\s+the\s+day|later\s+that\s+day|earlier\s+that\s+day)\b/i;
export const PLANNED =
  /\b(?:will|would|shall|(?:may|might|could)\s+(?:also\s+)?(?:meet|visit|hold|travel|call|talk|speak|host|receive)\b|to\s+meet|to\s+hold|to\s+visit|to\s+call|plans?\s+to|planned|planning|scheduled|expect(?:ed|s)?\s+to|is\s+due|are\s+due|upcoming|decided\s+to|agreed\s+to\s+meet|set\s+to|next\s+week|invited|later\s+today|in\s+the\s+coming\s+(?:days|weeks)|is\s+to|are\s+to)\b/i;
export const CANCELLED =
  /\b(?:cancel(?:l)?ed|called\s+off|put\s+off|shelved|(?:declined|refused|declines|refuses)\s+to\s+(?:meet|receive|talk|hold|attend|join|take\s+part|participate|travel)|postponed|scrapped|cancel(?:l)?ation|proved\s+impossible|(?:will|would|did)\s+not\s+(?:fly|travel|go|come|attend|take\s+place)|won[’']t\s+(?:fly|travel|go|come|attend|take\s+place)|(?:pulled|pull|pulls)\s+out\s+of|boycott(?:ed|s)?|(?:was|were)\s+not\s+held|fell\s+through)\b/i;
/** Right before a cue: "did not meet", "had no plans to call". */
export const NEGATED = /\b(?:not|never|no\s+longer|n[’']t)\s+(?:\w+\s+)?$|\bno\s+(?:plans?|intention)\s+(?:to\s+)?$/i;
/** Right before a meeting noun: "X declined to attend a five-way meeting with …" (only X's meetings are off). */
export const DECLINED = /\b(?:declined|refused|declines|refuses)\s+to\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+$/i;
