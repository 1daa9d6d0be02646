// /about: what the bot covers (articles, dates, actors, statements) and how fresh its index is; in a
// sharded bot, also which shard answers and how the others are.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { respond } from '../src/discord/replies.js';
import { renderAbout } from '../src/discord/render/index.js';
import type { CommandContext } from '../src/discord/commandContract.js';

export const data = new SlashCommandBuilder().setName('about').setDescription('What the bot covers and how fresh its news is');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const stats = ctx.index().stats();
  const { lastReload, problems } = ctx.freshness();
  // The manager answers from what it holds (a round trip over IPC); without an answer within a second,
  // /about still replies, saying the others' state is unavailable.
  const shards = ctx.shards ? { id: ctx.shards.id, count: ctx.shards.count, cluster: await ctx.shards.cluster() } : undefined;
  await respond(interaction, renderAbout(stats, { lastReload, problems, now: ctx.now() }, shards));
}
