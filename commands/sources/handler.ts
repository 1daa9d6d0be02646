// /sources: each source's health (status, last fetch, items, failures, next poll), from the store.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { replyEphemeral, respond } from '../../src/discord/replies.js';
import { renderSources } from '../../src/discord/render/index.js';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const view = (await ctx.sources?.()) ?? null;
  if (!view) {
    await replyEphemeral(
      interaction,
      'News sources are not available here: this bot runs without a store, or ingestion is still starting.',
      'unavailable',
    );
    return;
  }
  await respond(interaction, renderSources(view));
}
