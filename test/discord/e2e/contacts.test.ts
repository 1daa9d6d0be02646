// /contacts end to end: the real discord.js client uploads the picture as a file through the loopback
// emulator, which keeps its bytes; the text beside it, the bad options, an unknown actor, an actor with no
// contacts, and the button under /brief that opens the same picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '@attache/discord-emulator';
import { article, startE2E, type E2E } from './harness.js';
import { textOf } from '../messageText.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E({
    articles: {
      'contacts.txt': article(
        '2022-05-12',
        'Armenian Foreign Minister Ararat Mirzoyan held a telephone conversation with Azerbaijani Foreign Minister Jeyhun Bayramov on May 10.',
        'Ararat Mirzoyan met with Charles Michel in Brussels on May 11.',
        'Mirzoyan will meet Antony Blinken in Washington next week.',
        'A planned meeting between Mirzoyan and Sergey Lavrov was cancelled.',
      ),
      // Enough statements for a brief of several pages, so that the picture button is seen to stay on each.
      'quotes.txt': article(
        '2022-05-13',
        ...Array.from({ length: 12 }, (_, i) => `“Armenia is committed to peace, point number ${i + 1},” Mirzoyan said.`),
      ),
    },
  });
});
afterAll(async () => {
  await e?.close();
});

const EPHEMERAL = 64;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Button {
  custom_id: string;
  label: string;
}

function buttonsOf(message: StoredMessage): Button[] {
  return (message.components as { components: Button[] }[]).flatMap((row) => row.components);
}

function expectPicture(reply: StoredMessage): Buffer {
  const file = reply.file('contacts-ararat-mirzoyan.png');
  expect(file, JSON.stringify(reply.attachments)).toBeDefined();
  expect(file!.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(file!.contentType).toBe('image/png');
  // 880 px of SVG at 1.5×; a row per counterpart makes it taller than the head and legend alone.
  expect(file!.attachment).toMatchObject({ width: 1320 });
  expect(Number(file!.attachment.height)).toBeGreaterThan(500);
  // The alt text names the actor and the counterparts, for screen readers.
  expect(String(file!.attachment.description)).toMatch(/^Timeline of the contacts of Ararat Mirzoyan: 6 contacts with 6 counterparts/);
  expect(String(file!.attachment.description)).toContain('Sergey Lavrov: 1 meeting (1 cancelled).');
  return file!.bytes;
}

describe('/contacts', () => {
  it('answers with the picture as a PNG attachment and the same rows as text in an embed, pinging nobody', async () => {
    const handle = e.command('contacts', { actor: 'Mirzoyan' });
    const callback = await handle.response;
    expect(callback.type).toBe(4);
    expect(Number(callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const reply = await handle.waitForReply();
    expectPicture(reply);
    expect(reply.content).toBe('');
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds[0]?.title).toBe('Contacts of Ararat Mirzoyan');
    const text = String(reply.embeds[0]?.description);
    expect(text).toMatch(/^\*Foreign Minister of Armenia · Armenia\*\n6 contacts with 6 counterparts · 2022-03-25 to 2022-05-12/);
    expect(text).toContain('- **Jeyhun Bayramov** — 1 call: 2022-05-10 call');
    expect(text).toContain('- **Charles Michel** — 1 meeting: 2022-05-11 meeting');
    expect(text).toContain('- **Antony Blinken** — 1 meeting (1 planned): ≈2022-05-12 meeting, planned');
    expect(text).toContain('- **Sergey Lavrov** — 1 meeting (1 cancelled): ≈2022-05-12 meeting, cancelled');
    expect(text).toContain("-# ≈ the text gives no date: the article's date.");
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.pings).toMatchObject({ users: [], roles: [], everyone: false });
    expect((await e.logLine(handle.id)).outcome).toBe('ok');
  });

  it('draws only the period asked for', async () => {
    const reply = await e.command('contacts', { actor: 'Mirzoyan', since: '2022-05-01' }).waitForReply();
    expect(textOf(reply)).toContain('4 contacts with 4 counterparts · 2022-05-01 to 2022-05-12');
    expect(textOf(reply)).not.toContain('Kasprzyk');
    expect(reply.attachments).toHaveLength(1);
  });

  it.each([
    [{ since: '2022-13-01' }, 'since must be a date written YYYY-MM-DD, e.g. 2022-03-25 (got `2022-13-01`).'],
    [{ until: '25/03/2022' }, 'until must be a date written YYYY-MM-DD, e.g. 2022-03-25 (got `25/03/2022`).'],
    [{ since: '2022-05-01', until: '2022-04-01' }, 'since (2022-05-01) is after until (2022-04-01); swap them, or leave one out.'],
  ])('refuses bad dates %o ephemerally, saying what would work, with no picture', async (dates, message) => {
    const handle = e.command('contacts', { actor: 'Mirzoyan', ...dates });
    const reply = await handle.waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(message);
    expect(reply.attachments).toEqual([]);
    expect((await e.logLine(handle.id)).outcome).toBe('invalid');
  });

  it('answers an unknown actor only to the asker, with suggestions that open their picture', async () => {
    const reply = await e.command('contacts', { actor: 'Mirzo yan bla' }).waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('No actor matches “Mirzo yan bla”.');
    expect(reply.attachments).toEqual([]);
    const mirzoyan = buttonsOf(reply).find((b) => b.label === 'Ararat Mirzoyan');
    expect(mirzoyan?.custom_id).toBe('contacts:s:ararat-mirzoyan:-:-');
    const picture = await e.emulator.pressButton({ message: reply, customId: mirzoyan!.custom_id, userId: e.world.alice }).waitForReply();
    expect(picture.ephemeral).toBe(false);
    expectPicture(picture);
  });

  it('tells the asker when an actor has no contacts, instead of an empty picture', async () => {
    const reply = await e.command('contacts', { actor: 'Ned Price' }).waitForReply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('Ned Price has no calls, meetings or letters. /brief shows what they said.');
    expect(reply.attachments).toEqual([]);
    const period = await e.command('contacts', { actor: 'Mirzoyan', until: '2021-12-31' }).waitForReply();
    expect(period.content).toBe('Ararat Mirzoyan has no calls, meetings or letters in that period. Try a wider period, or none.');
  });

  it('offers actors as it types, like /brief', async () => {
    const choices = (await e.emulator
      .sendAutocomplete({ name: 'contacts', focused: 'actor', options: { actor: 'Mirz' } })
      .waitForChoices()) as { value: string }[];
    expect(choices[0]?.value).toBe('ararat-mirzoyan');
  });
});

describe('the picture button under /brief', () => {
  it('sits under every page of a brief with contacts and opens the picture for the presser alone', async () => {
    const brief = await e.command('brief', { actor: 'Mirzoyan', since: '2022-01-01' }).waitForReply();
    const button = buttonsOf(brief).find((b) => b.label === 'Picture of contacts');
    expect(button?.custom_id).toBe('contacts:b:ararat-mirzoyan:2022-01-01:-');
    // Still there after turning the page, under Prev and Next.
    const next = buttonsOf(brief).find((b) => b.label === 'Next');
    expect(next).toBeDefined();
    const page2 = await e.emulator.pressButton({ message: brief, customId: next!.custom_id, userId: e.world.alice }).waitForReply();
    expect(buttonsOf(page2).map((b) => b.label)).toEqual(['Prev', expect.stringMatching(/^2 \/ \d+$/), 'Next', 'Picture of contacts']);
    // Bob did not run the brief; he still gets the picture, shown to him only.
    const picture = await e.emulator.pressButton({ message: brief, customId: button!.custom_id, userId: e.world.bob }).waitForReply();
    expect(picture.ephemeral).toBe(true);
    expect(textOf(picture)).toContain('6 contacts with 6 counterparts · 2022-01-01 to 2022-05-12');
    expectPicture(picture);
  });

  it('is not offered for an actor with no contacts', async () => {
    const brief = await e.command('brief', { actor: 'Ned Price' }).waitForReply();
    expect(buttonsOf(brief).map((b) => b.label)).not.toContain('Picture of contacts');
  });
});
