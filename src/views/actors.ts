// Actors as every renderer shows them (the terminal, Discord, digests): a name, what they are, and how
// much the corpus has on them. Plain data, read from the index once, here.
import type { ActorSummary, AttacheIndex } from '../index/api.js';
import type { Actor, ActorId, Statement } from '../model.js';
import { oneLine } from './text.js';

/** What a view needs from the index: names, words and articles (for citations), nothing that searches. */
export type IndexLookup = Pick<AttacheIndex, 'actor' | 'statementText' | 'article'>;

/** An actor as a heading: the name, and what they are. */
export interface ActorHeading {
  readonly id: ActorId;
  readonly name: string;
  /** "Foreign Minister of Armenia · Armenia": the role (a discovered actor's description), then the country; '' when neither is known. */
  readonly about: string;
}

// A discovered actor's name and description are article text: made visible-only here, like a statement's
// words, so that no renderer shows a name that reads otherwise than it is written (text.ts).
export function headingOf(actor: Actor, role?: string): ActorHeading {
  return { id: actor.id, name: oneLine(actor.name), about: oneLine(roleAndCountry(actor, role)) };
}

/** "Foreign Minister of Armenia · Armenia": the role (a discovered actor's description), then the country. */
export function roleAndCountry(actor: Actor, role?: string): string {
  return [...new Set([role ?? actor.description, actor.country].filter((x): x is string => Boolean(x)))].join(' · ');
}

export function nameOf(id: ActorId, index: Pick<IndexLookup, 'actor'>): string {
  return oneLine(index.actor(id)?.name ?? id);
}

/** Shown where a speaker's name would be, for words nobody can be named as having said (see Statement.speaker). */
export const UNATTRIBUTED = 'unattributed';

/** The speaker's name, or null for words nobody can be named as having said. */
export function speakerOf(statement: Pick<Statement, 'speaker'>, index: Pick<IndexLookup, 'actor'>): string | null {
  return statement.speaker === null ? null : nameOf(statement.speaker, index);
}

/** One line of an actor list (/actors, the CLI's `actors`, autocomplete). */
export interface ActorRow extends ActorHeading {
  /** Beside the name in an autocomplete choice: the role on the latest article date, else role and country. */
  readonly label: string;
  readonly statements: number;
  readonly contacts: number;
}

export interface ActorsView {
  /** The start of a name the list was narrowed to. */
  readonly query?: string;
  /** Most active first, or as the index ranked them for the query. */
  readonly actors: readonly ActorRow[];
}

export function actorRow({ actor, label, statementCount, contactCount }: ActorSummary): ActorRow {
  return {
    ...headingOf(actor, label),
    label: label ?? roleAndCountry(actor),
    statements: statementCount,
    contacts: contactCount,
  };
}

export function actorsView(summaries: readonly ActorSummary[], query?: string): ActorsView {
  return { ...(query ? { query } : {}), actors: summaries.map(actorRow) };
}

/** A name that matched no actor, and the closest ones, best first. */
export interface UnknownActorView {
  readonly query: string;
  readonly suggestions: readonly Pick<ActorHeading, 'id' | 'name'>[];
}

export function unknownActorView(query: string, suggestions: readonly Actor[]): UnknownActorView {
  return { query, suggestions: suggestions.map(({ id, name }) => ({ id, name })) };
}
