// /about: the index's figures and freshness; in a sharded bot, also which shard answers and how the others are.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { respond } from '../../src/discord/replies.js';
import { renderAbout } from '../../src/discord/render/index.js';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const stats = ctx.index().stats();
  const { lastReload, problems } = ctx.freshness();
  // The manager answers from what it holds (a round trip over IPC); without an answer within a second,
  // /about still replies, saying the others' state is unavailable.
  const shards = ctx.shards ? { id: ctx.shards.id, count: ctx.shards.count, cluster: await ctx.shards.cluster() } : undefined;
  await respond(interaction, renderAbout(stats, { lastReload, problems, now: ctx.now() }, shards));
}
