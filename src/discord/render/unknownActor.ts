// The ephemeral answer when a name matches no actor: the closest names, and how to find the right one.
import type { Actor } from '../../model.js';
import { inlineText } from './inline.js';
import { NAME_MAX } from './statementField.js';

const QUERY_MAX = 100;
const SUGGESTIONS_MAX = 5;

/** "No actor matches “X”. Did you mean: A, B? Type a few letters and pick from the list." */
export function renderUnknownActor(query: string, suggestions: readonly Actor[]): string {
  const names = [...new Set(suggestions.map((a) => inlineText(a.name, NAME_MAX)))].slice(0, SUGGESTIONS_MAX);
  const hint = names.length ? ` Did you mean: ${names.join(', ')}?` : '';
  return `No actor matches “${inlineText(query, QUERY_MAX)}”.${hint} Type a few letters and pick from the list.`;
}
