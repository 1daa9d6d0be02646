import {
  ApplicationCommandOptionType,
  Events,
  GatewayIntentBits,
  type Interaction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, nextEvent, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const EXTRA_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
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
      if (i.isChatInputCommand() && i.commandName === 'fetched') {
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

  it('runs a command in the bot DM', async () => {
    const { e, errors } = await start();
    const handle = e.sendCommand({ guildId: null, name: 'fetched' });
    const reply = await handle.waitForReply();
    expect(reply.guildId).toBeNull();
    expect(e.channel(reply.channelId).type).toBe(1);
    // In a DM the interaction carries the user, not a member, and goes to shard 0.
    expect(handle.payload.user).toMatchObject({ id: handle.record.userId });
    expect(handle.payload.member).toBeUndefined();
    expect(handle.payload.context).toBe(1);
    expect(handle.record.deliveredTo).toEqual([0]);
    await new Promise((r) => setTimeout(r, 10));
    expect(errors).toEqual([]);
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
