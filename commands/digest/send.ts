// /digest send: post the digest now; it counts as a delivery. Posting may take a while (a long digest,
// Discord's rate limits): the 3 seconds cover the deferral.
import { DigestDeliveryError } from '../../src/digest/failures.js';
import type { DigestService } from '../../src/digest/service.js';
import { noteOutcome } from '../../src/discord/interactionLog.js';
import { replyUserError, respond } from '../../src/discord/replies.js';
import { renderSent } from '../../src/discord/render/digestReplies.js';
import { commandMention, type GuildCommand } from './context.js';
import { channelProblem } from './options.js';

export async function send(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const channel = interaction.options.getChannel('channel', true);
  const problem = channelProblem(interaction.guild, channel.id, channel.type);
  if (problem) return replyUserError(interaction, problem);

  await interaction.deferReply({ flags: 'Ephemeral' });
  const exists = (await digests.list(interaction.guildId)).some((e) => e.subscription.channelId === channel.id);
  if (!exists)
    return replyUserError(
      interaction,
      `<#${channel.id}> has no digest to send. Create it with ${commandMention(interaction, 'set')} first.`,
    );
  let result: Awaited<ReturnType<DigestService['sendNow']>>;
  try {
    result = await digests.sendNow(interaction.guildId, channel.id);
  } catch (error) {
    if (!(error instanceof DigestDeliveryError)) throw error;
    noteOutcome(interaction, 'invalid');
    const failed = { reason: error.reason, sent: error.sent, yours: error.kind === 'subscription' };
    return respond(interaction, { content: renderSent(channel.id, { failed }) });
  }
  await respond(interaction, { content: renderSent(channel.id, result) });
}
