// The slash commands end to end: the real discord.js client in the bot, the loopback emulator as Discord,
// and assertions on what went over the wire. One emulator and bot serve the whole file; the fault tests
// come last, and each leaves the connection as it found it.
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoredMessage } from '@attache/discord-emulator';
import { article, startE2E, type E2E } from './harness.js';
import { textOf } from '../messageText.js';

const LONG_WORDS = Array.from({ length: 80 }, (_, i) => `this is clause number ${i} of a very long statement about the peace process`).join(
  ', ',
);

let e: E2E;
beforeAll(async () => {
  e = await startE2E({
    articles: {
      'pings.txt': article(
        '2022-06-01',
        'Russian Foreign Ministry spokeswoman Maria Zakharova commented on the talks.',
        '“Tell @everyone and <@&123> and <@456> that **this** is __final__, and @here too,” Zakharova said.',
      ),
      'long.txt': article(
        '2022-06-02',
        'European Council President Charles Michel spoke after the meeting.',
        `“${LONG_WORDS},” Michel said.`,
      ),
    },
  });
});
afterAll(async () => {
  await e?.close();
});

interface Button {
  custom_id: string;
  label: string;
  disabled?: boolean;
}

function buttonsOf(message: StoredMessage): Button[] {
  return (message.components as { components: Button[] }[]).flatMap((row) => row.components);
}

function expectNoPings(message: StoredMessage): void {
  expect(message.pings.users).toEqual([]);
  expect(message.pings.roles).toEqual([]);
  expect(message.pings.everyone).toBe(false);
  expect(message.pings.repliedUser).toBeFalsy();
}

const EPHEMERAL = 64;

describe('/brief', () => {
  it('answers a known actor with name, role, country, dated statements traced to their article, and contacts; pings nobody', async () => {
    const handle = e.command('brief', { actor: 'Mirzoyan' });
    const callback = await handle.response;
    expect(callback.type).toBe(4); // answered directly, not deferred: the work is in memory
    expect(callback.at - e.emulator.interaction(handle.id)!.createdAt).toBeLessThan(3000);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(Number(callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const reply = await handle.waitForReply();
    const text = textOf(reply);
    expect(text).toContain('Ararat Mirzoyan');
    expect(text).toContain('Foreign Minister of Armenia');
    expect(text).toContain('Armenia');
    // Cited by the article's first words (the seeds have no metadata), never by its file id (issue #13).
    expect(text).toMatch(/2022-03-25 · (quote|reported)\n/);
    expect(text).toContain('*Karen Donfried, US Assistant Secretary of State for European and…*');
    expect(text).not.toContain('68746162fb967139');
    expect(text).toContain('Karen Donfried'); // addressee of his statements
    expect(text).toContain('grossly violated');
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expectNoPings(reply);

    // Seven statements are five utterances (issue #13): they and the contacts fit one page.
    expect(reply.embeds[0]).toMatchObject({ description: expect.stringContaining('5 statements in 1 article') });
    expect(buttonsOf(reply).find((b) => b.label === 'Next')).toBeUndefined();
    expect(text).toMatch(/2022-03-25 · meeting with \*\*Andrzej Kasprzyk\*\*/);

    const line = await e.logLine(handle.id);
    expect(line).toMatchObject({
      level: 'info',
      kind: 'command',
      command: 'brief',
      guild: e.world.guildId,
      user: e.world.alice,
      outcome: 'ok',
    });
    expect(line.latencyMs).toEqual(expect.any(Number));
  });

  it('takes a misspelt name as the actor it most likely means', async () => {
    for (const typed of ['Mirzoian', 'mirzoyann']) {
      const reply = await e.command('brief', { actor: typed }).waitForReply();
      expect(reply.embeds[0]?.title).toBe('Ararat Mirzoyan');
    }
  });

  it('answers an autocomplete pick (the actor id) with that actor', async () => {
    const reply = await e.command('brief', { actor: 'nikol-pashinyan' }).waitForReply();
    expect(reply.embeds[0]?.title).toBe('Nikol Pashinyan');
  });

  it('keeps to since and until', async () => {
    const reply = await e.command('brief', { actor: 'Mirzoyan', since: '2022-04-01' }).waitForReply();
    const text = textOf(reply);
    expect(text).toContain('since 2022-04-01');
    expect(text).not.toContain('2022-03-25 · ');
  });

  it('answers an unknown actor only to the asker, with "did you mean" choices that open the brief', async () => {
    const handle = e.command('brief', { actor: 'Mirzo yan bla' });
    const callback = await handle.response;
    expect(callback.type).toBe(4);
    expect(Number(callback.data?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^No actor matches “Mirzo yan bla”\. Did you mean: .*Ararat Mirzoyan/);
    const buttons = buttonsOf(reply);
    const mirzoyan = buttons.find((b) => b.label === 'Ararat Mirzoyan');
    expect(mirzoyan?.custom_id).toBe('brief:ararat-mirzoyan:-:-');
    expect((await e.logLine(handle.id)).outcome).toBe('unknown-actor');

    const press = e.emulator.pressButton({ message: reply, customId: mirzoyan!.custom_id, userId: e.world.alice });
    const brief = await press.waitForReply();
    expect(brief.ephemeral).toBe(false);
    expect(brief.embeds[0]?.title).toBe('Ararat Mirzoyan');
    expect(brief.allowedMentions).toEqual({ parse: [] });
  });

  it('answers a name with no close match with a hint, and no buttons', async () => {
    const reply = await e.command('brief', { actor: 'Qwxzvbnm' }).waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('No actor matches “Qwxzvbnm”.');
    expect(reply.components).toEqual([]);
  });

  it.each([
    [{ since: '2022-13-01' }, 'since must be a date written YYYY-MM-DD, e.g. 2022-03-25 (got `2022-13-01`).'],
    [{ until: '25/03/2022' }, 'until must be a date written YYYY-MM-DD, e.g. 2022-03-25 (got `25/03/2022`).'],
    [{ since: '2022-05-01', until: '2022-04-01' }, 'since (2022-05-01) is after until (2022-04-01); swap them, or leave one out.'],
  ])('refuses bad dates %o ephemerally, saying what would work', async (dates, message) => {
    const handle = e.command('brief', { actor: 'Mirzoyan', ...dates });
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(message);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect((await e.logLine(handle.id)).outcome).toBe('invalid');
  });

  it('refuses a blank actor ephemerally', async () => {
    const reply = await e.command('brief', { actor: '   ' }).waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('actor needs a name, e.g. Mirzoyan (start typing and pick one from the list).');
  });

  it('shows a statement with @everyone, role and user mentions and markdown literally, pinging nobody', async () => {
    const handle = e.command('brief', { actor: 'Zakharova' });
    const reply = await handle.waitForReply();
    expectNoPings(reply);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const text = textOf(reply);
    // Escaped so Discord shows the characters themselves: a zero-width space defuses mentions, a backslash markdown.
    expect(text).toContain('@\u200beveryone');
    expect(text).toContain('@\u200bhere');
    expect(text).toContain('<\u200b@&123>');
    expect(text).toContain('\\*\\*this\\*\\*');
    expect(text).toContain('\\_\\_final\\_\\_');
    expect(text).not.toMatch(/(?<!\\)\*\*this/);
  });

  it('cuts a statement longer than an embed allows, with an ellipsis, and Discord accepts the message', async () => {
    const handle = e.command('brief', { actor: 'Charles Michel' });
    const callback = await handle.response;
    expect(callback.type).toBe(4);
    const reply = await handle.waitForReply();
    expect(e.emulator.interaction(handle.id)?.rejectedCallbacks).toEqual([]);
    const field = (reply.embeds[0] as { fields: { value: string }[] }).fields.find((f) => f.value.includes('clause number 0'));
    expect(field?.value).toContain('…');
    expect(field!.value.length).toBeLessThanOrEqual(1024);
  });
});

describe('autocomplete', () => {
  it('offers Pashinyan for "Pash", with his role beside the name', async () => {
    const handle = e.emulator.sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: 'Pash' }, userId: e.world.alice });
    const choices = (await handle.waitForChoices()) as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: 'Nikol Pashinyan — Prime Minister of Armenia', value: 'nikol-pashinyan' });
    expect(e.emulator.interaction(handle.id)!.callback!.at - e.emulator.interaction(handle.id)!.createdAt).toBeLessThan(1000);
    expect((await e.logLine(handle.id)).kind).toBe('autocomplete');
  });

  it('offers at most 25 choices, each with a role or country, for an empty prefix', async () => {
    const handle = e.emulator.sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: '' } });
    const choices = (await handle.waitForChoices()) as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name).toMatch(/ — \S/);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers a typo and nonsense without failing', async () => {
    const typo = (await e.emulator
      .sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: 'Bayramof' } })
      .waitForChoices()) as { value: string }[];
    expect(typo.map((c) => c.value)).toContain('jeyhun-bayramov');
    const none = await e.emulator.sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: 'qqqxxzzvw' } }).waitForChoices();
    expect(none).toEqual([]);
  });
});

describe('/search, /actors, /about', () => {
  it('/search lists the matching statements, ranked, each with speaker, date and article', async () => {
    const handle = e.command('search', { query: 'vivid demonstrations' });
    const reply = await handle.waitForReply();
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const text = textOf(reply);
    expect(text).toMatch(/1\. Ararat Mirzoyan · 2022-03-25 · (quote|reported)\n/);
    expect(text).not.toContain('68746162fb967139');
    expect(text).toContain('vivid demonstrations');
  });

  it('/search with nothing to look for is refused ephemerally', async () => {
    const reply = await e.command('search', { query: ' ?! ' }).waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('query needs at least one word to look for, e.g. ceasefire or peace treaty.');
  });

  it('/search that finds nothing says so', async () => {
    const reply = await e.command('search', { query: 'zzyzx' }).waitForReply();
    expect(reply.ephemeral).toBe(false);
    expect(textOf(reply)).toMatch(/zzyzx/);
  });

  it('/actors lists actors with their statement counts; a query narrows it', async () => {
    const all = await e.command('actors').waitForReply();
    expect(textOf(all)).toMatch(/Ararat Mirzoyan/);
    expect(textOf(all)).toMatch(/statements?/);
    const some = await e.command('actors', { query: 'Mirz' }).waitForReply();
    expect(textOf(some)).toContain('Ararat Mirzoyan');
    expect(textOf(some)).not.toContain('Nikol Pashinyan');
    expect(some.allowedMentions).toEqual({ parse: [] });
  });

  it('/about tells what is covered and how fresh the index is', async () => {
    const reply = await e.command('about').waitForReply();
    const stats = e.live.index.stats();
    const text = textOf(reply);
    expect(text).toContain(`Articles\n${stats.articles}`);
    expect(text).toContain(`${stats.firstDate} to ${stats.lastDate}`);
    expect(text).toContain(`Actors\n${stats.actors}`);
    expect(text).toContain(`Statements\n${stats.statements}`);
    expect(text).toMatch(/reloaded (just now|\d+ seconds? ago)/);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });
});

describe('failures', () => {
  it('logs an unexpected error with context, apologises ephemerally, and keeps serving', async () => {
    const spy = vi.spyOn(e.live.index, 'brief').mockImplementationOnce(() => {
      throw new Error('boom in brief');
    });
    try {
      const handle = e.command('brief', { actor: 'Mirzoyan', since: '2022-01-01' });
      const reply = await handle.waitForReply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(/^Sorry — something went wrong on my side while answering \/brief\./);
      expect(reply.allowedMentions).toEqual({ parse: [] });
      const line = await e.logLine(handle.id);
      expect(line).toMatchObject({
        level: 'error',
        command: 'brief',
        outcome: 'error',
        options: { actor: 'Mirzoyan', since: '2022-01-01' },
      });
      expect(line.error).toMatchObject({ message: 'boom in brief' });
    } finally {
      spy.mockRestore();
    }
    expect((await e.command('brief', { actor: 'Mirzoyan' }).waitForReply()).embeds[0]?.title).toBe('Ararat Mirzoyan');
  });

  it('says the index is still loading when it is not there yet, and autocomplete offers nothing', async () => {
    const spy = vi.spyOn(e.live, 'index', 'get').mockImplementation(() => {
      throw new Error('the index is not loaded yet');
    });
    try {
      const handle = e.command('brief', { actor: 'Mirzoyan' });
      const reply = await handle.waitForReply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toBe('The news index is still loading; try again in a minute.');
      expect((await e.logLine(handle.id)).outcome).toBe('unavailable');
      const choices = await e.emulator.sendAutocomplete({ name: 'brief', focused: 'actor', options: { actor: 'Pash' } }).waitForChoices();
      expect(choices).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('retries a reply that Discord rate-limits (429) and records it once', async () => {
    e.emulator.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfter: 0.2 });
    const handle = e.command('about');
    const reply = await handle.waitForReply();
    expect(reply.embeds[0]?.title).toBe('About Attaché');
    const attempts = e.emulator
      .requestsTo('POST /interactions/:id/:token/callback')
      .filter((r) => r.path.includes(`/interactions/${handle.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(e.emulator.allMessages().filter((m) => m.interactionId === handle.id)).toHaveLength(1);
  });

  it('resumes after the gateway drops mid-session and answers the next command', async () => {
    const resumed = new Promise((resolve) => e.bot.client.once(Events.ShardResume, resolve));
    expect(await e.emulator.dropConnection()).toBe('resumed');
    await resumed;
    const reply = await e.command('brief', { actor: 'Pashinyan' }).waitForReply();
    expect(reply.embeds[0]?.title).toBe('Nikol Pashinyan');
    expect(e.logs.some((l) => l.event === 'discord shard resumed')).toBe(true);
  });
});
