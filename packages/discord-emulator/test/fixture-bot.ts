/**
 * A tiny bot written against the public discord.js API, used as the system under test.
 */
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  Events,
  MessageFlags,
  type Client,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: 'brief',
    description: 'Summarise a topic',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Topic', required: true, autocomplete: true },
      { type: ApplicationCommandOptionType.Integer, name: 'count', description: 'How many items' },
      { type: ApplicationCommandOptionType.User, name: 'for', description: 'Who asks' },
    ],
  },
  { name: 'slow', description: 'Defers, edits and follows up' },
  { name: 'private', description: 'Ephemeral answer' },
  { name: 'menu', description: 'Shows buttons' },
  {
    name: 'big',
    description: 'Sends too much',
    options: [{ type: ApplicationCommandOptionType.String, name: 'kind', description: 'What', required: true }],
  },
  { name: 'late', description: 'Answers after a delay' },
  {
    name: 'admin',
    description: 'Admin tools',
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'ping',
        description: 'Ping',
        options: [{ type: ApplicationCommandOptionType.Boolean, name: 'loud', description: 'Loud?' }],
      },
    ],
  },
];

export const TOPICS = ['Armenia', 'Azerbaijan', 'Brussels talks', 'Gas supply', 'Troop movements'];

export interface BotLog {
  errors: { command: string; error: unknown }[];
  seen: Interaction[];
}

export function installBot(client: Client, options: { lateMs?: number; registerIn?: 'global' | 'guild' } = {}): BotLog {
  const log: BotLog = { errors: [], seen: [] };
  client.once(Events.ClientReady, async (c) => {
    if (options.registerIn === 'guild') {
      for (const guild of c.guilds.cache.values()) await guild.commands.set(COMMANDS);
    } else {
      await c.application.commands.set(COMMANDS);
    }
  });
  client.on(Events.InteractionCreate, async (interaction) => {
    log.seen.push(interaction);
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused().toLowerCase();
        const count = typed === 'many' ? 30 : 25;
        const pool = typed === 'many' ? Array.from({ length: count }, (_, i) => `Topic ${i}`) : TOPICS;
        await interaction.respond(
          pool.filter((t) => t.toLowerCase().includes(typed === 'many' ? '' : typed)).map((t) => ({ name: t, value: t })),
        );
        return;
      }
      if (interaction.isButton()) {
        if (interaction.customId === 'ack') {
          await interaction.update({ content: `Acknowledged by <@${interaction.user.id}>`, components: [] });
        } else {
          await interaction.reply({ content: `pressed ${interaction.customId}`, flags: MessageFlags.Ephemeral });
        }
        return;
      }
      if (!interaction.isChatInputCommand()) return;
      switch (interaction.commandName) {
        case 'brief': {
          const topic = interaction.options.getString('topic', true);
          const count = interaction.options.getInteger('count') ?? 3;
          const asker = interaction.options.getUser('for');
          const embed = new EmbedBuilder()
            .setTitle(`Briefing: ${topic}`)
            .setDescription(
              `Channel <#${interaction.channelId}>, perms ${interaction.memberPermissions?.has('SendMessages') ? 'ok' : 'none'}`,
            )
            .addFields({ name: 'Items', value: String(count) }, { name: 'Asked by', value: asker ? `<@${asker.id}>` : 'nobody' })
            .setFooter({ text: 'Attaché' });
          await interaction.reply({ content: `Here you go <@${interaction.user.id}>`, embeds: [embed], allowedMentions: { parse: [] } });
          return;
        }
        case 'slow': {
          await interaction.deferReply();
          await interaction.editReply({ content: 'Working on it… done.' });
          await interaction.followUp({ content: 'Sources: 2', flags: MessageFlags.Ephemeral });
          return;
        }
        case 'private':
          await interaction.reply({ content: 'Only you can see this.', flags: MessageFlags.Ephemeral });
          return;
        case 'menu': {
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('ack').setLabel('Acknowledge').setStyle(ButtonStyle.Primary),
            new ButtonBuilder().setCustomId('other').setLabel('Other').setStyle(ButtonStyle.Secondary),
          );
          await interaction.reply({ content: 'Choose', components: [row] });
          return;
        }
        case 'big': {
          await interaction.reply(bigPayload(interaction.options.getString('kind', true)));
          return;
        }
        case 'late': {
          await new Promise((r) => setTimeout(r, options.lateMs ?? 3200));
          await interaction.reply('too late?');
          return;
        }
        case 'admin': {
          const loud = interaction.options.getBoolean('loud') ?? false;
          await interaction.reply(`${interaction.options.getSubcommand()} ${loud ? 'LOUD' : 'quiet'}`);
          return;
        }
      }
    } catch (error) {
      log.errors.push({ command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : 'component', error });
    }
  });
  return log;
}

/** Raw (unvalidated) payloads, so discord.js' builders don't stop them before the wire. */
export function bigPayload(kind: string): Record<string, unknown> {
  const row = (n: number) => ({
    type: 1,
    components: Array.from({ length: n }, (_, i) => ({ type: 2, style: 1, custom_id: `b${i}`, label: `B${i}` })),
  });
  switch (kind) {
    case 'content':
      return { content: 'x'.repeat(2001) };
    case 'title':
      return { embeds: [{ title: 't'.repeat(257) }] };
    case 'embeds':
      return { embeds: Array.from({ length: 11 }, (_, i) => ({ title: `e${i}` })) };
    case 'total':
      return { embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] };
    case 'fields':
      return { embeds: [{ title: 'f', fields: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }] };
    case 'buttons':
      return { content: 'b', components: [row(6)] };
    case 'rows':
      return {
        content: 'r',
        components: Array.from({ length: 6 }, () => row(1)).map((r, i) => ({
          ...r,
          components: [{ ...r.components[0], custom_id: `r${i}` }],
        })),
      };
    case 'customid':
      return { content: 'c', components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'c'.repeat(101), label: 'x' }] }] };
    default:
      return { content: 'ok' };
  }
}
