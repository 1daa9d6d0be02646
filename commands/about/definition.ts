// /about: what the bot covers (articles, dates, actors, statements) and how fresh its index is.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('What the bot covers and how fresh its news is')
  .setIntegrationTypes(...ANYWHERE.integrationTypes)
  .setContexts(...ANYWHERE.contexts);
