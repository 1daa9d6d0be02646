// /brief: everything is answered from the in-memory index, so the reply goes out directly, well inside
// Discord's 3 seconds. A name that matches no actor gets the closest ones as buttons; pressing one
// answers the brief of that actor for the same dates.
import type { ButtonInteraction, ChatInputCommandInteraction, RepliableInteraction } from 'discord.js';
import { actorAutocomplete, readActorAndPeriod } from '../actorAndPeriod.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { replyEphemeral, sendPages } from '../../src/discord/replies.js';
import { BRIEF_LIMITS, renderBriefPages } from '../../src/discord/render/index.js';
import type { AttacheIndex, DateRange } from '../../src/index/api.js';
import { briefView } from '../../src/views/brief.js';
import { pictureButtonRows } from '../contacts/pictureButton.js';
import { parseSuggestionId, suggestionCustomId } from './suggestions.js';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const asked = await readActorAndPeriod(interaction, ctx, suggestionCustomId);
  if (asked) await sendBrief(interaction, ctx, asked.index, asked.actorId, asked.range);
}

export const autocomplete = actorAutocomplete('brief');

/** A "did you mean" button: the brief of that actor, for the same dates. */
export async function button(interaction: ButtonInteraction, ctx: CommandContext): Promise<void> {
  const press = parseSuggestionId(interaction.customId);
  const index = ctx.index();
  const actor = press ? index.actor(press.actorId) : undefined;
  // The index may have been reloaded since the suggestion was made.
  if (!press || !actor) return replyEphemeral(interaction, 'That actor is no longer in the index; run /brief again.', 'expired');
  await sendBrief(interaction, ctx, index, actor.id, press.range);
}

async function sendBrief(
  interaction: RepliableInteraction,
  ctx: CommandContext,
  index: AttacheIndex,
  actorId: string,
  range: DateRange,
): Promise<void> {
  // Only what a reply can show is materialised: the busiest actors have tens of thousands of statements.
  const brief = index.brief(actorId, range, { limit: BRIEF_LIMITS.statements });
  // Under every page: the picture of the same contacts (/contacts), for whoever presses it.
  const rows = pictureButtonRows(actorId, range, brief.contactCount);
  await sendPages(interaction, ctx, renderBriefPages(briefView(brief, index, range)), { command: 'brief', rows });
}
