// /brief actor:<autocomplete> [since] [until]: who the actor is, what they said (newest first, each
// statement dated, attributed and traced to its article), and whom they met.
import { SlashCommandBuilder } from 'discord.js';
import { ANYWHERE } from '../../src/discord/commandContract.js';

export const data = new SlashCommandBuilder()
  .setName('brief')
  .setDescription("An actor's statements, newest first, and the contacts they had")
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
