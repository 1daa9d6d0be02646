// What a contact cue is, and the phrases its expressions share: the cues themselves are in contactCues.ts (a
// verb or noun and its parties) and contactGroupCues.ts (parties together, between, or at an event).
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
  | 'pair'
  /** the subject joined the contact just told ("A and B were also present"): each meets its parties */
  | 'joiners';

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
export const ADVERBIAL = String.raw`(?:(?:on\s+\w+(?:\s+\d{1,2})?|yesterday|today|earlier|later|again|here|there|separately|jointly|and|together|bilaterally|privately|informally|also|briefly|virtually|online|remotely|personally|face-to-face|in\s+person|last\s+\w+|this\s+\w+|in\s+[A-Z]\w+|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|via\s+(?:tele)?phone|via\s+video(?:\s+link)?|(?:on|at|in)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)\s+)*`;
export const re = (source: string) => new RegExp(source, 'gi');
