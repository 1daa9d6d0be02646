// /contacts actor:<autocomplete> [since] [until]: a picture of whom the actor called, met or wrote to, one
// row per counterpart and time across, with the same data as text for screen readers.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('contacts')
  .setDescription("A picture of an actor's calls, meetings and letters, by counterpart over time")
  .setIntegrationTypes(...ANYWHERE.integrationTypes)
  .setContexts(...ANYWHERE.contexts)
  .addStringOption((o) =>
    o
      .setName('actor')
      .setDescription('A name or alias, e.g. Mirzoyan or Pashinyan')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) => o.setName('since').setDescription('From this day on, written YYYY-MM-DD, e.g. 2022-03-25').setMaxLength(32))
  .addStringOption((o) => o.setName('until').setDescription('Up to this day, written YYYY-MM-DD, e.g. 2022-04-30').setMaxLength(32));
