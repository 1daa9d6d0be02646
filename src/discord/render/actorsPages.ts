// /actors as pages: one line per actor, like a table row: name, role or country, how much they said.
import type { ActorSummary } from '../../index/api.js';
import { roleAndCountry } from '../../format/formatBrief.js';
import { plural } from '../../views/text.js';
import { COLORS } from './colors.js';
import { inlineText } from './inline.js';
import type { RenderedPage } from './page.js';
import { paginate, type Block } from './paginate.js';
import { NAME_MAX } from './statementField.js';

/** Lines are short: a page holds this many, which stays readable on a phone. */
export const ACTORS_PER_PAGE = 15;
const QUERY_MAX = 100;
const ABOUT_MAX = 120;

export function renderActorsPages(actors: readonly ActorSummary[], query?: string): RenderedPage[] {
  const asked = query ? `“${inlineText(query, QUERY_MAX)}”` : '';
  const head = {
    title: asked ? `Actors matching ${asked}` : 'Actors',
    description: actors.length ? plural(actors.length, 'actor') : asked ? `No actor matches ${asked}.` : 'No actors found in the corpus.',
    color: COLORS.brand,
  };
  return paginate(
    { head, maxWeight: ACTORS_PER_PAGE },
    actors.map((s): Block => ({ line: actorLine(s), weight: 1 })),
  );
}

/** "**Ararat Mirzoyan** · Foreign Minister of Armenia · Armenia — 3 statements, 2 contacts". */
export function actorLine({ actor, label, statementCount, contactCount }: ActorSummary): string {
  const about = roleAndCountry(actor, label);
  const who = `**${inlineText(actor.name, NAME_MAX)}**${about ? ` · ${inlineText(about, ABOUT_MAX)}` : ''}`;
  return `${who} — ${plural(statementCount, 'statement')}, ${plural(contactCount, 'contact')}`;
}
