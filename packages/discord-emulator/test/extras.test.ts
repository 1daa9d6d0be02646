import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMessage } from '../src/index.js';
import { createHarness, nextEvent, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const EXTRA_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  { name: 'feedback', description: 'Opens a modal' },
  { name: 'pick', description: 'Select menu' },
  { name: 'fetched', description: 'Reply with response' },
  {
    name: 'echo',
    description: 'Echo',
    options: [
      { type: ApplicationCommandOptionType.Channel, name: 'where', description: 'Channel', required: true },
      { type: ApplicationCommandOptionType.Role, name: 'role', description: 'Role' },
    ],
  },
];

async function start(intents: number[] = [GatewayIntentBits.Guilds], emulatorOptions = {}) {
  h = await createHarness(emulatorOptions, (e) => e.seedDefaultWorld(), { intents });
  const { client } = h;
  const errors: unknown[] = [];
  const results: Record<string, unknown> = {};
  client.once(Events.ClientReady, (c) => void c.application.commands.set(EXTRA_COMMANDS));
  client.on(Events.InteractionCreate, async (i: Interaction) => {
    try {
      if (i.isChatInputCommand() && i.commandName === 'feedback') {
        const modal = new ModalBuilder()
          .setCustomId('fb')
          .setTitle('Feedback')
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder().setCustomId('text').setLabel('Your feedback').setStyle(TextInputStyle.Paragraph),
            ),
          );
        await i.showModal(modal);
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `thanks: ${i.fields.getTextInputValue('text')}`, flags: MessageFlags.Ephemeral });
      } else if (i.isChatInputCommand() && i.commandName === 'pick') {
        const menu = new StringSelectMenuBuilder()
          .setCustomId('country')
          .setPlaceholder('Country')
          .addOptions({ label: 'Armenia', value: 'am' }, { label: 'Azerbaijan', value: 'az' });
        await i.reply({ content: 'Pick one', components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)] });
      } else if (i.isStringSelectMenu()) {
        await i.deferUpdate();
        await i.editReply({ content: `picked ${i.values.join(',')}`, components: [] });
      } else if (i.isChatInputCommand() && i.commandName === 'fetched') {
        const response = await i.reply({ content: 'with response', withResponse: true });
        results.fetched = response.resource?.message?.id;
      } else if (i.isChatInputCommand() && i.commandName === 'echo') {
        const where = i.options.getChannel('where', true);
        const role = i.options.getRole('role');
        await i.reply(`to ${where.name}${role ? ` as ${role.name}` : ''}`);
      }
    } catch (error) {
      errors.push(error);
    }
  });
  await h.login();
  await h.emulator.waitForCommands({ count: EXTRA_COMMANDS.length });
  return { e: h.emulator, client, errors, results };
}

describe('more interaction kinds', () => {
  it('shows a modal and handles its submission', async () => {
    const { e, errors } = await start();
    const open = e.sendCommand({ name: 'feedback' });
    const modal = await open.waitForModal();
    expect(modal).toMatchObject({ custom_id: 'fb', title: 'Feedback' });
    const submit = e.submitModal({ interaction: open, values: { text: 'Very useful' } });
    const reply = await submit.waitForReply();
    expect(reply.content).toBe('thanks: Very useful');
    expect(reply.ephemeral).toBe(true);
    expect(errors).toEqual([]);
  });

  it('handles a select menu with deferUpdate + editReply', async () => {
    const { e, errors } = await start();
    const menu = await e.sendCommand({ name: 'pick' }).waitForReply();
    const choice = e.selectMenu({ message: menu, customId: 'country', values: ['az'] });
    expect((await choice.response).type).toBe(6);
    const updated = await choice.waitForReply();
    expect(updated.id).toBe(menu.id);
    expect(updated.content).toBe('picked az');
    expect(() => e.selectMenu({ message: menu, customId: 'country', values: ['xx'] })).toThrow(/no component|not an option/);
    expect(errors).toEqual([]);
  });

  it('returns the callback object with ?with_response=true', async () => {
    const { e, results, errors } = await start();
    const handle = e.sendCommand({ name: 'fetched' });
    const reply = await handle.waitForReply();
    expect(handle.record.callback?.withResponse).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(errors).toEqual([]);
    expect(results.fetched).toBe(reply.id);
  });

  it('resolves channel and role options', async () => {
    const { e } = await start();
    const guild = [...e.world.guilds.values()][0]!;
    const role = e.addRole(guild.id, { name: 'Diplomats' });
    const reply = await e.sendCommand({ name: 'echo', options: { where: guild.systemChannelId!, role: role.id } }).waitForReply();
    expect(reply.content).toBe('to general as Diplomats');
  });

  it('delivers user messages with content only with the MessageContent intent', async () => {
    const { e, client } = await start([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]);
    const channelId = [...e.world.guilds.values()][0]!.systemChannelId!;
    const got = nextEvent<[{ content: string; author: { username: string } }]>(client, Events.MessageCreate);
    e.sendUserMessage({ channelId, content: 'hello bot' });
    const [message] = await got;
    expect(message.content).toBe('hello bot');
    const channel = client.channels.cache.get(channelId);
    if (!channel?.isSendable()) throw new Error('not sendable');
    await channel.send({ content: 'reply', reply: { messageReference: e.messages(channelId)[0]!.id } });
    const stored = await e.waitForMessage(channelId, (m) => m.content === 'reply');
    expect(stored.data.type).toBe(19);
    expect(stored.pings.repliedUser).toBe(e.messages(channelId)[0]!.authorId);
    expect(renderMessage(stored)).toContain('reply');
  });

  it('runs a command in the bot DM', async () => {
    const { e } = await start();
    const reply = await e.sendCommand({ guildId: null, name: 'pick' }).waitForReply();
    expect(reply.guildId).toBeNull();
    expect(e.channel(reply.channelId).type).toBe(1);
  });
});

describe('gateway details', () => {
  it('treats withheld heartbeat ACKs as a zombie connection and resumes', async () => {
    h = await createHarness({ heartbeatIntervalMs: 150 }, (e) => e.seedDefaultWorld());
    await h.login();
    const resumed = nextEvent(h.client, Events.ShardResume, 4000);
    h.emulator.withholdHeartbeatAcks(0, 1);
    await resumed;
    expect(h.emulator.sessions).toHaveLength(1);
  });

  it('leaves no server or socket behind after stop()', async () => {
    const count = (name: string) => process.getActiveResourcesInfo().filter((r) => r === name).length;
    await new Promise((r) => setTimeout(r, 20)); // let handles of earlier tests finish closing
    const servers = count('TCPServerWrap');
    const sockets = count('TCPSocketWrap');
    const local = await createHarness({}, (e) => e.seedDefaultWorld());
    h = local; // closed by afterEach too if an assertion fails early (close() is idempotent)
    await local.login();
    const port = local.emulator.port;
    expect(count('TCPServerWrap')).toBe(servers + 1);
    await local.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(count('TCPServerWrap')).toBe(servers);
    expect(count('TCPSocketWrap')).toBeLessThanOrEqual(sockets);
    await expect(fetch(`http://127.0.0.1:${port}/api/v10/gateway`)).rejects.toThrow();
  });
});
