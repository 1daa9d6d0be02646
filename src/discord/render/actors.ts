// Actors on Discord: /actors as pages (one line per actor, like a table row), the answer to a name that
// matches no actor (with "did you mean" buttons), and autocomplete choices for an actor option.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { LIMITS } from '../../platform/limits.js';
import type { ActorRow, ActorsView, UnknownActorView } from '../../views/actors.js';
import { oneLine, plural } from '../../views/text.js';
import { COLORS } from './embeds.js';
import { inlineText, truncateAtWord } from './markdown.js';
import { paginate, type Block, type Page } from './pages.js';
import { NAME_MAX } from './statements.js';

/** Lines are short: a page holds this many, which stays readable on a phone. */
export const ACTORS_PER_PAGE = 15;
const QUERY_MAX = 100;
const ABOUT_MAX = 120;
const SUGGESTIONS_MAX = 5;

export function renderActorsPages({ query, actors }: ActorsView): Page[] {
  const asked = query ? `“${inlineText(query, QUERY_MAX)}”` : '';
  const head = {
    title: asked ? `Actors matching ${asked}` : 'Actors',
    description: actors.length ? plural(actors.length, 'actor') : asked ? `No actor matches ${asked}.` : 'No actors found in the corpus.',
    color: COLORS.brand,
  };
  return paginate(
    { head, maxWeight: ACTORS_PER_PAGE },
    actors.map((row): Block => ({ line: actorLine(row), weight: 1 })),
  );
}

/** "**Ararat Mirzoyan** · Foreign Minister of Armenia · Armenia — 3 statements, 2 contacts". */
export function actorLine(row: ActorRow): string {
  const who = `**${inlineText(row.name, NAME_MAX)}**${row.about ? ` · ${inlineText(row.about, ABOUT_MAX)}` : ''}`;
  return `${who} — ${plural(row.statements, 'statement')}, ${plural(row.contacts, 'contact')}`;
}

/** "No actor matches “X”. Did you mean: A, B? Type a few letters and pick from the list." */
export function renderUnknownActor({ query, suggestions }: UnknownActorView): string {
  const names = [...new Set(suggestions.map((a) => inlineText(a.name, NAME_MAX)))].slice(0, SUGGESTIONS_MAX);
  const hint = names.length ? ` Did you mean: ${names.join(', ')}?` : '';
  return `No actor matches “${inlineText(query, QUERY_MAX)}”.${hint} Type a few letters and pick from the list.`;
}

/**
 * "Did you mean" as one row of buttons, one per suggested actor (at most a row's worth), each carrying the
 * custom id the command makes for it; an actor it makes none for gets no button. Null: no button at all.
 */
export function suggestionButtons(
  { suggestions }: UnknownActorView,
  customIdOf: (actorId: string) => string | null,
): ActionRowBuilder<ButtonBuilder> | null {
  const buttons: ButtonBuilder[] = [];
  const seen = new Set<string>();
  for (const actor of suggestions) {
    const customId = customIdOf(actor.id);
    if (!customId || seen.has(customId) || buttons.length >= LIMITS.buttonsPerRow) continue;
    seen.add(customId);
    // A label is plain text on Discord (no markdown, no mentions), so the name goes in as it is.
    buttons.push(
      new ButtonBuilder()
        .setCustomId(customId)
        .setStyle(ButtonStyle.Secondary)
        .setLabel((actor.name.trim() || actor.id).slice(0, LIMITS.buttonLabel)),
    );
  }
  return buttons.length ? new ActionRowBuilder<ButtonBuilder>().addComponents(buttons) : null;
}

/** The role keeps at least this much room beside a long name; past it, the role gives way first. */
const ABOUT_MIN = 20;
const SEPARATOR = ' — ';

/**
 * At most 25 choices, in the given order, one per actor: the name with what the actor is, the id as the
 * value. A choice name is plain text (Discord renders no markdown there), so nothing is escaped. An actor
 * whose id exceeds 100 characters cannot be a choice value and is left out: cutting the id would name
 * another actor or none.
 */
export function autocompleteChoices(actors: readonly ActorRow[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const row of actors) {
    const { id } = row;
    if (seen.has(id) || id.length === 0 || id.length > LIMITS.choiceValue) continue;
    seen.add(id);
    choices.push({ name: choiceName(row), value: id });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

/** "Ararat Mirzoyan — Foreign Minister of Armenia", within 100 characters: the role gives way first. */
export function choiceName(row: ActorRow): string {
  const name = oneLine(row.name) || row.id;
  const about = oneLine(row.label);
  const max = LIMITS.choiceName;
  if (!about) return truncateAtWord(name, max);
  const shortName = truncateAtWord(name, max - SEPARATOR.length - Math.min(about.length, ABOUT_MIN));
  return `${shortName}${SEPARATOR}${truncateAtWord(about, max - SEPARATOR.length - shortName.length)}`;
}
