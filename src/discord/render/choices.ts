// Autocomplete choices for an actor option: the name with what the actor is, the id as the value.
import type { ActorSummary } from '../../index/api.js';
import { roleAndCountry } from '../../format/formatBrief.js';
import { oneLine } from '../../views/text.js';
import { LIMITS } from '../../platform/limits.js';
import { truncateAtWord } from './truncate.js';

/** The role keeps at least this much room beside a long name; past it, the role gives way first. */
const ABOUT_MIN = 20;
const SEPARATOR = ' — ';

/**
 * At most 25 choices, in the given order, one per actor. A choice name is plain text (Discord renders no
 * markdown there), so nothing is escaped. An actor whose id exceeds 100 characters cannot be a choice
 * value and is left out: cutting the id would name another actor or none.
 */
export function autocompleteChoices(actors: readonly ActorSummary[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const summary of actors) {
    const { id } = summary.actor;
    if (seen.has(id) || id.length === 0 || id.length > LIMITS.choiceValue) continue;
    seen.add(id);
    choices.push({ name: choiceName(summary), value: id });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

/** "Ararat Mirzoyan — Foreign Minister of Armenia", within 100 characters: the role gives way first. */
export function choiceName({ actor, label }: ActorSummary): string {
  const name = oneLine(actor.name) || actor.id;
  const about = oneLine(label ?? roleAndCountry(actor));
  const max = LIMITS.choiceName;
  if (!about) return truncateAtWord(name, max);
  const shortName = truncateAtWord(name, max - SEPARATOR.length - Math.min(about.length, ABOUT_MIN));
  return `${shortName}${SEPARATOR}${truncateAtWord(about, max - SEPARATOR.length - shortName.length)}`;
}
