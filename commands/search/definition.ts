// /search query:<text>: the statements that match, best first.
import { SlashCommandBuilder } from 'discord.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Statements that match some words, best first')
  .addStringOption((o) =>
    o.setName('query').setDescription('Words to look for, e.g. ceasefire or peace treaty').setRequired(true).setMaxLength(200),
  );
