import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMessage, startTextSession, tokenize, type TextSession } from '../src/index.js';
import { COMMANDS, installBot } from './fixture-bot.js';

let session: TextSession | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.destroy();
  await session?.stop();
  client = undefined;
  session = undefined;
});

describe('a text session', () => {
  it('tokenizes quoted command lines', () => {
    expect(tokenize('/brief topic:"Gas supply" count:3')).toEqual(['/brief', 'topic:Gas supply', 'count:3']);
    expect(tokenize("/admin ping loud:'true'")).toEqual(['/admin', 'ping', 'loud:true']);
  });

  it('runs the real client in-process; renderMessage shows its replies as text', async () => {
    session = await startTextSession();
    const world = session.emulator.world;
    const text = (message: Parameters<typeof renderMessage>[0]) => renderMessage(message, { world });
    client = new Client({ intents: [GatewayIntentBits.Guilds], ...session.clientOptions });
    installBot(client);
    const ready = new Promise((resolve) => client!.once(Events.ClientReady, resolve));
    await client.login(session.token);
    await ready;
    await session.emulator.waitForCommands({ count: COMMANDS.length });

    const reply = await session.run('/brief topic:"Gas supply" count:2 for:@tester').waitForReply();
    expect(reply.embeds[0]?.title).toBe('Briefing: Gas supply');
    expect(text(reply)).toContain('## Briefing: Gas supply');
    expect(text(reply)).toContain('- Asked by: @Tester');

    expect(text(await session.run('/admin ping loud:true').waitForReply())).toContain('ping LOUD');

    const slow = session.run('/slow');
    const followUp = await slow.waitForFollowUp();
    // The deferred reply as first shown, then the ephemeral follow-up.
    expect(text(slow.record.original!.revisions[0]!.message)).toContain('thinking…');
    expect(text(followUp)).toContain('(ephemeral)');
    expect(() => session!.run('/nope')).toThrow(/Unknown command/);
  });
});
