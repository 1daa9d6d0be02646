// /digest list: the server's digests as pages, soonest next run first.
import { ChannelType } from 'discord.js';
import type { DigestService } from '../../src/digest/service.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { pageMessage } from '../../src/discord/paging.js';
import { respond } from '../../src/discord/replies.js';
import { renderDigestList } from '../../src/discord/render/digestReplies.js';
import { commandMention, indexOrNull, toDate, type GuildCommand } from './context.js';

export async function list(interaction: GuildCommand, ctx: CommandContext, digests: DigestService): Promise<void> {
  await interaction.deferReply({ flags: 'Ephemeral' });
  const entries = await digests.list(interaction.guildId);
  const pages = renderDigestList(
    entries.map((e) => ({ subscription: e.subscription, nextRun: toDate(e.nextRun) })),
    {
      index: indexOrNull(ctx),
      channelName: (id) => {
        const channel = interaction.guild.channels.cache.get(id);
        // A forum's digest is a post a day, not messages in the channel: the list says which kind it is.
        return channel ? (channel.type === ChannelType.GuildForum ? `${channel.name} (forum: a post per digest)` : channel.name) : null;
      },
      setCommand: commandMention(interaction, 'set'),
    },
  );
  const key = pages.length > 1 ? ctx.paging.put(pages, { ownerId: interaction.user.id, command: 'digest' }) : '';
  await respond(interaction, pageMessage({ key, pages }, 0));
}
