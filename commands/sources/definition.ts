// /sources: the news sources the archive is filled from, and how each is doing. Read-only for everyone:
// the sources file is the operator's, since the archive is shared by every server.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('The news sources and how each is doing')
  .setIntegrationTypes(...ANYWHERE.integrationTypes)
  .setContexts(...ANYWHERE.contexts);
