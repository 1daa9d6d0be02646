// /actors: the list as pages, with how many statements and contacts the corpus has on each actor.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { replyUserError, sendPages } from '../../src/discord/replies.js';
import { renderActorsPages } from '../../src/discord/render/index.js';
import { actorsView } from '../../src/views/actors.js';

/** The longest list /actors pages through (most active first); a query narrows it. */
const ACTORS_LIMIT = 500;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const raw = interaction.options.getString('query');
  const query = raw?.replace(/\s+/g, ' ').trim() || undefined;
  if (raw !== null && !query)
    return replyUserError(interaction, 'query is empty: leave it out to list every actor, or give the start of a name, e.g. Mirz.');
  const summaries = ctx.index().listActors(query, ACTORS_LIMIT);
  await sendPages(interaction, ctx, renderActorsPages(actorsView(summaries, query)), { command: 'actors' });
}
