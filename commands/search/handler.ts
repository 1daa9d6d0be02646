// /search: the hits as pages, like /brief's.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { parseText } from '../../src/discord/options.js';
import { replyUserError, sendPages } from '../../src/discord/replies.js';
import { renderSearchPages } from '../../src/discord/render/index.js';
import { searchView } from '../../src/views/statements.js';

/** Enough to page through, few enough that the answer stays a quick read. */
const SEARCH_LIMIT = 100;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const query = parseText(
    'query',
    interaction.options.getString('query', true),
    'needs at least one word to look for, e.g. ceasefire or peace treaty.',
  );
  if (!query.ok) return replyUserError(interaction, query.message);
  const index = ctx.index();
  const hits = index.search(query.value, { limit: SEARCH_LIMIT });
  await sendPages(interaction, ctx, renderSearchPages(searchView(query.value, hits, index)), { command: 'search' });
}
