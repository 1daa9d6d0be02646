// The actor list as a terminal table: name, what they are, how much the corpus has on them.
import type { ActorSummary } from '../index/api.js';
import type { Actor } from '../model.js';
import { roleAndCountry } from './formatBrief.js';
import { table } from './text.js';

export function formatActors(summaries: readonly ActorSummary[], prefix?: string): string {
  if (summaries.length === 0) return prefix ? `No actor matches "${prefix}".\n` : 'No actors found in the corpus.\n';
  const rows = summaries.map(({ actor, label, statementCount, contactCount }) => [
    actor.name,
    roleAndCountry(actor, label),
    String(statementCount),
    String(contactCount),
  ]);
  return `${table([['Name', 'Role / country', 'Statements', 'Contacts'], ...rows]).join('\n')}\n`;
}

/** `No actor matches "X". Did you mean: A, B, C?` (the question only when there is something to ask). */
export function formatUnknownActor(query: string, suggestions: readonly Actor[]): string {
  const names = [...new Set(suggestions.map((a) => a.name))];
  const hint = names.length ? ` Did you mean: ${names.join(', ')}?` : ' Run "actors" to list the known actors.';
  return `No actor matches "${query}".${hint}\n`;
}
