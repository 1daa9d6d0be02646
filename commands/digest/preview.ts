// /digest preview: what the digest would post now, shown only to the asker; nothing is posted.
import type { DigestService } from '../../src/digest/service.js';
import type { Subscription } from '../../src/digest/types.js';
import { bad, ok, type Checked } from '../../src/discord/options.js';
import { replyUserError, respond } from '../../src/discord/replies.js';
import { renderPreviewHead } from '../../src/discord/render/digestReplies.js';
import { renderDigestMessage } from '../../src/discord/render/index.js';
import { commandMention, type GuildCommand } from './context.js';

/** /digest preview shows at most this many messages (one reply, the rest as follow-ups). */
export const PREVIEW_MESSAGES = 10;

export async function preview(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const picked = interaction.options.getChannel('channel');
  await interaction.deferReply({ flags: 'Ephemeral' });
  const entries = await digests.list(interaction.guildId);
  // Run inside a thread (a forum's post, a channel's thread): its channel's digest is "this channel"'s.
  const channel = interaction.channel;
  const parent = channel?.isThread() ? channel.parentId : null;
  const target = pickSubscription(
    entries.map((e) => e.subscription),
    picked?.id ?? null,
    parent ? [interaction.channelId, parent] : [interaction.channelId],
  );
  if (!target.ok) return replyUserError(interaction, target.message.replace('{list}', commandMention(interaction, 'list')));
  const sub = target.value;
  const messages = await digests.preview(interaction.guildId, sub.channelId);
  const shown = messages.slice(0, PREVIEW_MESSAGES);
  await respond(interaction, { content: renderPreviewHead(sub.channelId, messages.length, shown.length) });
  // Each message as the channel would get it; `respond` sends them without pinging anyone.
  for (const message of shown) {
    const { content, embeds } = renderDigestMessage(message);
    await respond(interaction, { ...(content ? { content } : {}), embeds }, { ephemeral: true });
  }
}

/**
 * Which subscription /digest preview means: the channel given; else the channel the command was run in
 * (`here`: it, and the channel of the thread it was run in), if it has a digest; else the server's only
 * one. `{list}` in a message stands for /digest list.
 */
export function pickSubscription(subs: readonly Subscription[], picked: string | null, here: readonly string[]): Checked<Subscription> {
  if (picked) {
    const sub = subs.find((s) => s.channelId === picked);
    return sub ? ok(sub) : bad(`<#${picked}> has no digest to preview. {list} shows the channels that have one.`);
  }
  const sub = here.map((id) => subs.find((s) => s.channelId === id)).find(Boolean) ?? (subs.length === 1 ? subs[0] : undefined);
  if (sub) return ok(sub);
  if (subs.length === 0) return bad('This server has no digest yet, so there is nothing to preview. Start one with /digest set.');
  return bad(
    `This server has ${subs.length} digests; say whose with channel:, e.g. ${subs
      .slice(0, 3)
      .map((s) => `<#${s.channelId}>`)
      .join(', ')}.`,
  );
}
