// /about: what the bot covers (articles, dates, actors, statements) and how fresh its index is.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { respond } from '../src/discord/replies.js';
import { renderAbout } from '../src/discord/render/index.js';
import type { CommandContext } from './index.js';

export const data = new SlashCommandBuilder().setName('about').setDescription('What the bot covers and how fresh its news is');

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const stats = ctx.index().stats();
  const { lastReload, problems } = ctx.freshness();
  await respond(interaction, renderAbout(stats, { lastReload, problems, now: ctx.now() }));
}
