// What attribution knows of the article while it reads it: the text, the mentions, what it has found so
// far, and what the last sentences said (the last voice, the last quotation, a colon frame).
import type { Actor, ActorId, IsoDate, Span } from '../model.js';
import type { ActorLexicon } from './actorLexicon.js';
import type { ClauseReader } from './clauses.js';
import type { ResolvedMention } from './coreference.js';
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';

export interface Attribution extends Span {
  readonly kind: 'quote' | 'reported';
  /** `null` for agentless readout sentences ("It was noted that …"): kept, but given to nobody. */
  readonly speaker: ActorId | null;
  readonly coSpeakers: readonly ActorId[];
  readonly cue: string;
  readonly addressee?: ActorId;
  readonly via?: ActorId;
  readonly date: IsoDate | null;
}

export interface AttributionInput {
  readonly text: string;
  readonly masked: string;
  readonly date: IsoDate;
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
  /** All mentions, in order. */
  readonly mentions: readonly ResolvedMention[];
  readonly lexicon: ActorLexicon;
  readonly actorOf: (id: ActorId) => Actor | undefined;
  /** Registers an organisation found only in speaker position ("the Armenian Defense Ministry said"). */
  readonly discover: (actor: Actor) => void;
}

/** The state attribution keeps while it walks the sentences; its helpers read and update it. */
export interface AttributionScene {
  readonly text: string;
  readonly masked: string;
  readonly date: IsoDate;
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
  readonly lexicon: ActorLexicon;
  readonly actorOf: (id: ActorId) => Actor | undefined;
  readonly discover: (actor: Actor) => void;
  /** Mentions outside quotations, in order. */
  readonly narration: readonly ResolvedMention[];
  /** Documents named with their issuer ("the statement by X"), in order. */
  readonly issuers: { readonly at: number; readonly actor: ActorId }[];
  readonly reader: ClauseReader;
  readonly results: Attribution[];
  /** People the article spoke of, most recent first: "he"/"she" is the first whose gender fits. */
  readonly recentPeople: ActorId[];
  readonly quotesBySentence: ReadonlyMap<number, readonly Quotation[]>;
  lastSpeaker: ActorId | null;
  lastQuote: { speaker: ActorId | null; paragraph: number; end: number } | null;
  /**
   * The sentence before: whom it was about, whether someone was asked or spoke there, whether it told of a speech,
   * briefing or interview, the person who spoke.
   */
  previous: { sentence: Sentence; subject: ActorId | null; asked: boolean; addressed: boolean; spoke?: ActorId } | null;
  /** Acronyms the article spells out ("the Department of Foreign Affairs (DFA)"): acronym → name. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** "He added:" closing a paragraph: the voice of the quotation that follows. */
  frame: { speaker: ActorId; sentence: number } | null;
}

export interface Found {
  readonly speaker: ActorId | null;
  /** Where the cue sits, for the statement's date. */
  readonly cueAt?: Span;
  readonly others?: readonly ActorId[];
  readonly cue: string;
  readonly addressee?: ActorId;
  readonly via?: ActorId;
}
