// /brief anywhere (issue #13): the commands installed to a user's account answer in DMs and in servers where
// the bot is not a member, through the real discord.js client and the interaction webhook only; /digest stays
// in servers the bot was added to, and says so if it arrives anywhere else.
import { Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '@attache/discord-emulator';
import { commands } from '../../../commands/index.js';
import { BOT_NOT_HERE_TEXT, SERVER_ONLY_TEXT, SERVER_UNAVAILABLE_TEXT } from '../../../commands/digest/handler.js';
import { startE2E, type E2E } from './harness.js';
import { textOf } from '../messageText.js';

let e: E2E;
let outside: string;
let visitor: string;
beforeAll(async () => {
  e = await startE2E();
  // Alice installed the app to her account; the visitor did too, in a server the bot was never added to.
  e.emulator.world.requireUser(e.world.alice).installsApp = true;
  outside = e.emulator.addGuild({ name: 'Elsewhere', withoutBot: true }).id;
  visitor = e.emulator.addMember(outside, { username: 'visitor', installsApp: true }).user.id;
});
afterAll(async () => {
  await e?.close();
});

function expectNoPings(message: StoredMessage): void {
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect(message.pings).toMatchObject({ users: [], roles: [], everyone: false });
}

const nextButton = (message: StoredMessage) =>
  (message.components as { components: { custom_id: string; label: string; disabled?: boolean }[] }[])
    .flatMap((row) => row.components)
    .find((b) => b.label === 'Next');

describe('through a user install', () => {
  it('answers /brief in a DM between users, pages it there, and logs it without a guild', async () => {
    const handle = e.emulator.sendCommand({
      name: 'brief',
      guildId: null,
      context: 2,
      userId: e.world.alice,
      options: { actor: 'Mirzoyan' },
    });
    expect(handle.payload).toMatchObject({ context: 2, authorizing_integration_owners: { '1': e.world.alice } });
    const callback = await handle.response;
    expect(callback.type).toBe(4);
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(false);
    expect(reply.guildId).toBeNull();
    expect(e.emulator.channel(reply.channelId).recipientIds).not.toContain(e.emulator.botUser.id);
    expect(textOf(reply)).toContain('Ararat Mirzoyan');
    expectNoPings(reply);
    // The bot cannot see that channel: nothing went to it but the interaction's own callback.
    expect(e.emulator.requestsTo('POST /channels/:id/messages').filter((r) => r.path.includes(reply.channelId))).toEqual([]);

    expect(await e.logLine(handle.id)).toMatchObject({ command: 'brief', guild: null, user: e.world.alice, outcome: 'ok' });
  });

  it('turns pages in place in a DM, for the asker', async () => {
    const reply = await e.emulator.sendCommand({ name: 'actors', guildId: null, context: 2, userId: e.world.alice }).waitForReply();
    const page1 = textOf(reply);
    const next = nextButton(reply);
    expect(next?.disabled).toBeFalsy();
    const press = e.emulator.pressButton({ message: reply, customId: next!.custom_id, userId: e.world.alice });
    expect(press.payload).toMatchObject({ context: 2, authorizing_integration_owners: { '1': e.world.alice } });
    const page2 = await press.waitForReply();
    expect(page2.id).toBe(reply.id);
    expect(textOf(page2)).not.toBe(page1);
    expectNoPings(page2);
  });

  it('answers /contacts with its picture in a server without the bot, and in a DM', async () => {
    for (const where of [
      { guildId: outside, userId: visitor },
      { guildId: null, context: 2 as const, userId: e.world.alice },
    ]) {
      const reply = await e.emulator.sendCommand({ name: 'contacts', ...where, options: { actor: 'Mirzoyan' } }).waitForReply();
      const file = reply.file('contacts-ararat-mirzoyan.png');
      expect(file?.contentType, JSON.stringify(reply.attachments)).toBe('image/png');
      expect(textOf(reply)).toContain('Karen Donfried');
      expectNoPings(reply);
    }
  });

  it('offers actors to autocomplete in a DM', async () => {
    const choices = (await e.emulator
      .sendAutocomplete({ name: 'brief', guildId: null, context: 2, userId: e.world.alice, focused: 'actor', options: { actor: 'Pash' } })
      .waitForChoices()) as { name: string }[];
    expect(choices.map((c) => c.name).join('\n')).toContain('Nikol Pashinyan');
  });

  it('answers /search in a server where the bot is not a member, which the client never cached', async () => {
    const handle = e.emulator.sendCommand({
      name: 'search',
      guildId: outside,
      userId: visitor,
      options: { query: 'vivid demonstrations' },
    });
    expect(handle.payload).toMatchObject({ context: 0, guild_id: outside, authorizing_integration_owners: { '1': visitor } });
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(false);
    expect(textOf(reply)).toContain('vivid demonstrations');
    expectNoPings(reply);
    expect(e.bot.client.guilds.cache.has(outside)).toBe(false);
    expect(await e.logLine(handle.id)).toMatchObject({ command: 'search', guild: outside, user: visitor, outcome: 'ok' });
  });

  it('answers /actors, /about and /sources in a DM too', async () => {
    for (const name of ['actors', 'about', 'sources']) {
      const handle = e.emulator.sendCommand({ name, guildId: null, context: 2, userId: e.world.alice });
      const reply = await handle.waitForReply();
      expect(textOf(reply).trim(), name).not.toBe('');
      expectNoPings(reply);
      expect((await e.logLine(handle.id)).outcome, name).not.toBe('error');
    }
  });
});

describe("in the bot's DM", () => {
  it('answers /about through the server install alone', async () => {
    const bob = e.world.bob; // no user install
    const handle = e.emulator.sendCommand({ name: 'about', guildId: null, userId: bob });
    expect(handle.payload).toMatchObject({ context: 1, authorizing_integration_owners: { '0': '0' } });
    const reply = await handle.waitForReply();
    expect(reply.embeds[0]?.title).toBe('About Attaché');
    expectNoPings(reply);
  });
});

describe('/digest', () => {
  it('is registered for servers only, so Discord does not offer it in a DM or through a user install', () => {
    expect(() => e.emulator.sendCommand({ name: 'digest', subcommand: 'list', guildId: null, userId: e.world.alice })).toThrow(
      /cannot be used/,
    );
    expect(() => e.emulator.sendCommand({ name: 'digest', subcommand: 'list', guildId: outside, userId: visitor })).toThrow(
      /not available/,
    );
  });

  it('says where it works when an older registration still brings it to a DM or a server without the bot', async () => {
    // The definitions before this change: /digest without contexts or install types, which Discord fills in.
    const stale = commands.map((c) => {
      const json = c.data.toJSON();
      if (json.name !== 'digest') return json;
      const { contexts: _c, integration_types: _t, ...rest } = json;
      return rest;
    });
    const route = Routes.applicationCommands(e.emulator.applicationId);
    await e.bot.client.rest.put(route, { body: stale });
    try {
      const inDm = await e.emulator
        .sendCommand({ name: 'digest', subcommand: 'list', guildId: null, userId: e.world.alice })
        .waitForReply();
      expect(inDm).toMatchObject({ ephemeral: true, content: SERVER_ONLY_TEXT });
      const there = await e.emulator.sendCommand({ name: 'digest', subcommand: 'list', guildId: outside, userId: visitor }).waitForReply();
      expect(there).toMatchObject({ ephemeral: true, content: BOT_NOT_HERE_TEXT });
      expectNoPings(there);
    } finally {
      await e.bot.client.rest.put(route, { body: commands.map((c) => c.data.toJSON()) });
    }
  });

  it('in its own server that the client has lost from its cache, asks to try again rather than blame the user', async () => {
    const cache = e.bot.client.guilds.cache;
    const guild = cache.get(e.world.guildId)!;
    cache.delete(guild.id);
    try {
      const handle = e.emulator.sendCommand({ name: 'digest', subcommand: 'list', guildId: e.world.guildId, userId: e.world.alice });
      expect(await handle.waitForReply()).toMatchObject({ ephemeral: true, content: SERVER_UNAVAILABLE_TEXT });
      expect(await e.logLine(handle.id)).toMatchObject({ outcome: 'unavailable' });
    } finally {
      cache.set(guild.id, guild);
    }
  });
});
