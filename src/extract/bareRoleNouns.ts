// A role noun with no article opening a sentence, as agencies write it: "Ambassador highlighted the ties …",
// "Iranian envoy to Armenia, for his part, said …". Read like "the ambassador": the person named before whose role
// fits (coreference.ts).
import type { RawMention } from './mentionKinds.js';
import { DEMONYM, type TokenFacts } from './wordFacts.js';

const BARE_ROLES = new Set(['ambassador', 'envoy', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson']);

/** The role noun opening a sentence at token `i` ("Ambassador", "Iranian envoy"), or null. */
export function bareRoleNoun(facts: TokenFacts, text: string, i: number, taken: Uint8Array): { mention: RawMention; last: number } | null {
  const { words, joined } = facts;
  const country = DEMONYM.get(words[i]!);
  const k = country ? i + 1 : i;
  if (k >= words.length || (country && !joined[k]) || taken[k]) return null;
  const noun = facts.lower(k)!;
  if (!BARE_ROLES.has(noun)) return null;
  // (asked of every capitalised word left: the word lookups first, the look back at the sentence's start last)
  const start = facts.tokenStart(i);
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))) return null;
  // what follows is the clause's verb or the role's place ("… to Armenia,"), not a name ("Ambassador Smith")
  const next = words[k + 1];
  if (!next || !/^(?:[a-z]+|to|of|for)$/.test(next) || next === 'and') return null;
  return { mention: { kind: 'roleNoun', start, end: facts.tokenEnd(k), noun, ...(country ? { country } : {}) }, last: k };
}
