// /digest set|list|remove|preview|send: a daily digest of new statements in a channel, for moderators.
// Discord shows the command only to members with Manage Server (a server's admins may grant it to other
// roles in Server Settings → Integrations, which is why the handlers do not check that permission again).
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { SERVER_ONLY } from '../../src/discord/commandContract.js';
import { DIGEST_CHANNEL_TYPES } from '../../src/discord/digestPermissions.js';

export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('A daily digest of new statements, posted in a channel')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  // Only where the bot was added to the server (never installed to a user's account): it posts in the
  // server's channels and keeps the server's settings.
  .setIntegrationTypes(...SERVER_ONLY.integrationTypes)
  .setContexts(...SERVER_ONLY.contexts)
  .addSubcommand((s) =>
    s
      .setName('set')
      .setDescription("Create or change a channel's digest (default: every day at 08:00 UTC, every actor)")
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where the digest is posted')
          .setRequired(true)
          .addChannelTypes(...DIGEST_CHANNEL_TYPES),
      )
      .addStringOption((o) => o.setName('time').setDescription('When, as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30').setMaxLength(16))
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('Whose clock, e.g. Europe/Paris or Asia/Yerevan (default UTC)')
          .setAutocomplete(true)
          .setMaxLength(64),
      )
      .addStringOption((o) =>
        o
          .setName('actors')
          .setDescription('Only these actors, comma-separated, e.g. Mirzoyan, Bayramov ("all" for every actor)')
          .setAutocomplete(true)
          .setMaxLength(500),
      )
      .addRoleOption((o) => o.setName('mention').setDescription('A role to ping with each digest (pick @everyone to ping nobody)')),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's digests: schedule, actors, next run, last delivery, health"))
  .addSubcommand((s) =>
    // Any channel type: a channel that has since become something else must still be removable.
    s
      .setName('remove')
      .setDescription("Stop a channel's digest")
      .addChannelOption((o) => o.setName('channel').setDescription('The channel whose digest stops').setRequired(true)),
  )
  .addSubcommand((s) =>
    s
      .setName('preview')
      .setDescription('What the digest would post now (only you see it; nothing is posted)')
      .addChannelOption((o) => o.setName('channel').setDescription('Whose digest (default: this channel, or the only one)')),
  )
  .addSubcommand((s) =>
    s
      .setName('send')
      .setDescription('Post the digest now (counts as a delivery)')
      .addChannelOption((o) => o.setName('channel').setDescription('Whose digest').setRequired(true)),
  );
