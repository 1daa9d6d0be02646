import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, tokenize, type Sandbox } from '../src/index.js';
import { COMMANDS, installBot } from './fixture-bot.js';

let sandbox: Sandbox | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.destroy();
  await sandbox?.stop();
  client = undefined;
  sandbox = undefined;
});

describe('sandbox mode', () => {
  it('tokenizes quoted command lines', () => {
    expect(tokenize('/brief topic:"Gas supply" count:3')).toEqual(['/brief', 'topic:Gas supply', 'count:3']);
    expect(tokenize("/admin ping loud:'true'")).toEqual(['/admin', 'ping', 'loud:true']);
  });

  it('runs the real client in-process and renders replies as text', async () => {
    const printed: string[] = [];
    sandbox = await startSandbox({ print: (text) => printed.push(text) });
    client = new Client({ intents: [GatewayIntentBits.Guilds], ...sandbox.clientOptions });
    installBot(client);
    const ready = new Promise((resolve) => client!.once(Events.ClientReady, resolve));
    await client.login(sandbox.token);
    await ready;
    await sandbox.emulator.waitForCommands({ count: COMMANDS.length });

    const reply = await sandbox.run('/brief topic:"Gas supply" count:2 for:@tester').waitForReply();
    expect(reply.embeds[0]?.title).toBe('Briefing: Gas supply');
    expect(printed.join('\n')).toContain('## Briefing: Gas supply');
    expect(printed.join('\n')).toContain('- Asked by: @Tester');

    await sandbox.run('/admin ping loud:true').waitForReply();
    expect(printed.at(-1)).toContain('ping LOUD');

    await sandbox.run('/slow').waitForFollowUp();
    expect(printed.join('\n')).toContain('thinking…');
    expect(printed.at(-1)).toContain('only visible to you');
    expect(() => sandbox!.run('/nope')).toThrow(/Unknown command/);
  });
});
