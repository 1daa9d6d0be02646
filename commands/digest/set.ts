// /digest set: create or change a channel's digest. Every option is checked before anything is stored.
import type { DigestService } from '../../src/digest/service.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { ok, type Checked } from '../../src/discord/options.js';
import { replyEphemeral, replyUserError, respond } from '../../src/discord/replies.js';
import { renderSaved } from '../../src/discord/render/digestReplies.js';
import { indexOrNull, toDate, type GuildCommand } from './context.js';
import { channelProblem, forumNote, mentionOf, parseActors, parseDigestTime, parseTimezone } from './options.js';

export async function set(interaction: GuildCommand, ctx: CommandContext, digests: DigestService): Promise<void> {
  const { guild } = interaction;
  const channel = interaction.options.getChannel('channel', true);
  const problem = channelProblem(guild, channel.id, channel.type);
  if (problem) return replyUserError(interaction, problem);

  const time = parseDigestTime(interaction.options.getString('time'));
  if (!time.ok) return replyUserError(interaction, time.message);
  const timezone = parseTimezone(interaction.options.getString('timezone'));
  if (!timezone.ok) return replyUserError(interaction, timezone.message);
  const actorsRaw = interaction.options.getString('actors');
  const actors: Checked<readonly string[] | undefined> = actorsRaw === null ? ok(undefined) : parseActors(ctx.index(), actorsRaw);
  if (!actors.ok) return replyEphemeral(interaction, actors.message, 'unknown-actor');
  const role = interaction.options.getRole('mention');
  const mention = role ? mentionOf(guild, channel.id, role) : ok(undefined);
  if (!mention.ok) return replyUserError(interaction, mention.message);

  await interaction.deferReply({ flags: 'Ephemeral' });
  const before = (await digests.list(guild.id)).find((e) => e.subscription.channelId === channel.id)?.subscription;
  const saved = await digests.set({
    guildId: guild.id,
    channelId: channel.id,
    ...(time.value !== undefined ? { time: time.value } : {}),
    ...(timezone.value !== undefined ? { timezone: timezone.value } : {}),
    ...(actors.value !== undefined ? { actors: actors.value } : {}),
    ...(mention.value !== undefined ? { mentionRoleId: mention.value } : {}),
  });
  const saidOf = renderSaved(saved.subscription, toDate(saved.nextRun), before, indexOrNull(ctx));
  const note = forumNote(guild, channel.id);
  await respond(interaction, { content: note ? `${saidOf}\n${note}` : saidOf });
}
