// The actor list as a terminal table: name, what they are, how much the corpus has on them.
import type { ActorsView, UnknownActorView } from '../views/actors.js';
import { table } from './text.js';

export function formatActors({ query, actors }: ActorsView): string {
  if (actors.length === 0) return query ? `No actor matches "${query}".\n` : 'No actors found in the corpus.\n';
  const rows = actors.map((row) => [row.name, row.about, String(row.statements), String(row.contacts)]);
  return `${table([['Name', 'Role / country', 'Statements', 'Contacts'], ...rows]).join('\n')}\n`;
}

/** `No actor matches "X". Did you mean: A, B, C?` (the question only when there is something to ask). */
export function formatUnknownActor({ query, suggestions }: UnknownActorView): string {
  const names = [...new Set(suggestions.map((a) => a.name))];
  const hint = names.length ? ` Did you mean: ${names.join(', ')}?` : ' Run "actors" to list the known actors.';
  return `No actor matches "${query}".${hint}\n`;
}
