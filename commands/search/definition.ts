// /search query:<text>: the statements that match, best first.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Statements that match some words, best first')
  .setIntegrationTypes(...ANYWHERE.integrationTypes)
  .setContexts(...ANYWHERE.contexts)
  .addStringOption((o) =>
    o.setName('query').setDescription('Words to look for, e.g. ceasefire or peace treaty').setRequired(true).setMaxLength(200),
  );
