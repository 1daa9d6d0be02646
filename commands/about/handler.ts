// /about: the index's figures and freshness, the news sources by state; in a sharded bot, also which shard
// answers and how the others are.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { respond } from '../../src/discord/replies.js';
import { renderAbout } from '../../src/discord/render/index.js';
import { aboutSources, type AboutSources, type SourcesUnknown } from '../../src/views/about.js';
import type { SourcesView } from '../../src/views/sources.js';

/** /about answers within Discord's 3 s even when the store behind the sources' health is slow. */
const SOURCES_WAIT_MS = 1000;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const stats = ctx.index().stats();
  const { lastReload, problems } = ctx.freshness();
  // The manager answers from what it holds (a round trip over IPC); without an answer within a second,
  // /about still replies, saying the others' state is unavailable.
  const link = ctx.shards;
  const [cluster, sources] = await Promise.all([link?.cluster(), sourcesLine(ctx)]);
  const shards = link ? { id: link.id, count: link.count, cluster: cluster ?? null } : undefined;
  await respond(interaction, renderAbout(stats, { lastReload, problems, now: ctx.now() }, shards, sources));
}

/** The sources' line, from the same view /sources shows; left out where the bot has no sources service at all. */
async function sourcesLine(ctx: CommandContext): Promise<AboutSources | undefined> {
  if (!ctx.sources) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<SourcesUnknown>((resolve) => (timer = setTimeout(() => resolve('unreadable'), SOURCES_WAIT_MS)));
  const view: SourcesView | SourcesUnknown = await Promise.race([
    ctx.sources().then(
      (v) => v ?? 'none',
      (): SourcesUnknown => 'unreadable',
    ),
    late,
  ]).finally(() => clearTimeout(timer));
  return aboutSources(view);
}
