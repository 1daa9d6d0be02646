// What the contact finder hands back, and what it keeps of each contact while it reads.
import type { ActorId, ContactKind, ContactStatus, IsoDate, Span } from '../model.js';

export interface FoundContact extends Span {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly kind: ContactKind;
  readonly date: IsoDate | null;
  readonly status: ContactStatus;
}

/**
 * A contact as found: where its sentence stands, whether its date is relative to the talks' own, and whether
 * only what was discussed tells it (`inferred`: "X discussed trade with Y"), which says nothing of whether they
 * met or spoke by phone, so it counts only for a pair the article tells no other contact of.
 */
export type Found = FoundContact & {
  readonly sentence: number;
  readonly paragraph: number;
  readonly relative?: boolean;
  readonly inferred?: boolean;
  /** A time phrase stands by the cue but names no day ("last year", "recently"): no day is guessed for it. */
  readonly vague?: boolean;
};
