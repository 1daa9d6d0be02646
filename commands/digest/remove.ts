// /digest remove: stop a channel's digest. Any channel type: one that has since become something else
// must still be removable.
import type { DigestService } from '../../src/digest/service.js';
import { noteOutcome } from '../../src/discord/interactionLog.js';
import { respond } from '../../src/discord/replies.js';
import { renderRemoved } from '../../src/discord/render/digestReplies.js';
import { commandMention, type GuildCommand } from './context.js';

export async function remove(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const channel = interaction.options.getChannel('channel', true);
  await interaction.deferReply({ flags: 'Ephemeral' });
  const removed = await digests.remove(interaction.guildId, channel.id);
  if (!removed) noteOutcome(interaction, 'invalid');
  const commands = { list: commandMention(interaction, 'list'), set: commandMention(interaction, 'set') };
  await respond(interaction, { content: renderRemoved(channel.id, removed, commands) });
}
