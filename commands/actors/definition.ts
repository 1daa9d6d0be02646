// /actors [query]: the known actors, most active first, or those whose names start with the query.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('actors')
  .setDescription('The actors the bot knows, with how many statements each has')
  .setIntegrationTypes(...ANYWHERE.integrationTypes)
  .setContexts(...ANYWHERE.contexts)
  .addStringOption((o) => o.setName('query').setDescription('Only names starting with this, e.g. Mirz').setMaxLength(100));
