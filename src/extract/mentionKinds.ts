// The kinds of place an actor is named at, as the mention scan finds them (before coreference says who).
import type { ActorId, Span } from '../model.js';
import type { NameEntry, NominalEntry } from './actorLexicon.js';
import type { OfficeKind } from './offices.js';

export type RawMention =
  | (Span & { readonly kind: 'name'; readonly entries: readonly NameEntry[]; readonly title?: Span })
  | (Span & { readonly kind: 'discovered'; readonly actor: ActorId; readonly title?: Span })
  | (Span & { readonly kind: 'nominal'; readonly entries: readonly NominalEntry[]; readonly phrase: string; readonly country?: string })
  | (Span & { readonly kind: 'metonym'; readonly entries: readonly NameEntry[] })
  | (Span & { readonly kind: 'pronoun'; readonly gender: 'm' | 'f' })
  | (Span & { readonly kind: 'document' })
  | (Span & { readonly kind: 'roleNoun'; readonly noun: string; readonly country?: string })
  /** An office named by country ("Armenia's prime minister"); one mention per country of a list ("the foreign ministers of A, B and C"). */
  | (Span & { readonly kind: 'office'; readonly office: OfficeKind; readonly country: string });

export type OfficeMention = Extract<RawMention, { kind: 'office' }>;
