// /digest: each subcommand in a module of its own. Every option is checked in memory before anything is
// stored, and a bad one gets an ephemeral reply that says what would work; what passes is handed to the
// DigestService (src/digest), which keeps the subscriptions and delivers them. Answers that wait on the
// store are deferred first; while the store cannot be used, every subcommand says so instead.
import type { ChatInputCommandInteraction } from 'discord.js';
import { DigestInputError } from '../../src/digest/failures.js';
import { StoreUnavailableError } from '../../src/digest/service.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { replyEphemeral, replyUserError } from '../../src/discord/replies.js';
import { renderStoreUnavailable } from '../../src/discord/render/digestReplies.js';
import { commandMention } from './context.js';
import { list } from './list.js';
import { preview } from './preview.js';
import { remove } from './remove.js';
import { send } from './send.js';
import { set } from './set.js';

export { autocomplete } from './choices.js';

export const NOT_SET_UP =
  'Digests are off here: this bot runs without a store to keep them in (the sandbox never has one; on Discord, its log says why).';

export const SERVER_ONLY_TEXT =
  '/digest works in a server, not in direct messages: run it in the server whose channel should get the digest.';
export const BOT_NOT_HERE_TEXT =
  "/digest needs me in this server, since I post the digest in its channels: ask a server admin to add me (my profile's Add App button).";
export const SERVER_UNAVAILABLE_TEXT = "I can't see this server right now (Discord has not sent it to me); try /digest again in a minute.";

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  // Registered for servers the bot was added to (SERVER_ONLY); a registration Discord has not caught up with yet
  // could still bring it to a DM or to a server reached only through a user's install, where there is no
  // cached guild for the permission checks to read.
  if (!interaction.inGuild()) return replyUserError(interaction, SERVER_ONLY_TEXT);
  if (!interaction.inCachedGuild()) {
    // No server install authorised it (a user's install did), or the server is missing from the cache (an outage).
    if (interaction.authorizingIntegrationOwners.guildId === null) return replyUserError(interaction, BOT_NOT_HERE_TEXT);
    return replyEphemeral(interaction, SERVER_UNAVAILABLE_TEXT, 'unavailable');
  }
  const digests = ctx.digests;
  if (!digests) return replyEphemeral(interaction, NOT_SET_UP, 'unavailable');
  // Every subcommand reads or writes the store: while it cannot be used, say so at once rather than
  // answer from memory what a restart would not find.
  const down = digests.storeProblem();
  if (down) return replyEphemeral(interaction, renderStoreUnavailable(down.reason), 'unavailable');
  try {
    switch (interaction.options.getSubcommand(true)) {
      case 'set':
        return await set(interaction, ctx, digests);
      case 'list':
        return await list(interaction, ctx, digests);
      case 'remove':
        return await remove(interaction, digests);
      case 'preview':
        return await preview(interaction, digests);
      case 'send':
        return await send(interaction, digests);
      default:
        return await replyUserError(interaction, 'That /digest subcommand is not one I know; type /digest to see them.');
    }
  } catch (error) {
    // The service's own word on a request it will not carry out is for the moderator, not the log.
    if (error instanceof DigestInputError) return replyUserError(interaction, error.message);
    // The store failed on the way (the store's own log line says why, once per outage).
    if (error instanceof StoreUnavailableError) {
      const list = commandMention(interaction, 'list');
      return replyEphemeral(interaction, renderStoreUnavailable(error.reason, { uncertain: error.uncertain, list }), 'unavailable');
    }
    throw error;
  }
}
