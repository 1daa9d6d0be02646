// Paging end to end: a brief long enough for several messages, turned with Prev / Next by the asker only,
// until the pages expire. The bot's clock is the harness's, so expiry needs no waiting.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { PagingStore, parsePageCustomId } from '../../../src/discord/paging.js';
import type { Page } from '../../../src/discord/render/index.js';
import type { StoredMessage } from '@attache/discord-emulator';
import { article, startE2E, type E2E } from './harness.js';

const TTL_MS = 60_000;
const ARTICLES = 30;

/** Thirty days of Bayramov, two statements each: sixty statements, far more than one message holds. */
function bayramovArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) {
    const date = `2022-05-${String(1 + i).padStart(2, '0')}`;
    files[`bayramov-${String(i).padStart(2, '0')}.txt`] = article(
      date,
      `Azerbaijani Foreign Minister Jeyhun Bayramov spoke to reporters in Baku on day ${i} of the talks on the border.`,
      `“The talks on the delimitation of the border must continue in good faith, and we expect Yerevan to answer proposal number ${i} soon,” Bayramov said.`,
      `“The region needs peace, and round ${i} brought it closer,” he added.`,
    );
  }
  return files;
}

interface Button {
  custom_id: string;
  label: string;
  disabled?: boolean;
}

const buttonsOf = (message: StoredMessage): Button[] => (message.components as { components: Button[] }[]).flatMap((row) => row.components);
const button = (message: StoredMessage, label: string): Button => {
  const found = buttonsOf(message).find((b) => b.label === label || b.label.endsWith(label));
  if (!found) throw new Error(`no ${label} button on message ${message.id}: ${JSON.stringify(message.components)}`);
  return found;
};
const counter = (message: StoredMessage): string => buttonsOf(message).find((b) => / \/ /.test(b.label))!.label;
const snapshot = (message: StoredMessage) =>
  JSON.parse(JSON.stringify({ embeds: message.embeds, components: message.components })) as unknown;

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ articles: bayramovArticles(), pagingTtlMs: TTL_MS });
});
afterAll(async () => {
  await e?.close();
});

async function longBrief(): Promise<{ reply: StoredMessage; pages: number }> {
  const reply = await e.command('brief', { actor: 'Bayramov' }).waitForReply();
  const pages = Number(/^1 \/ (\d+)$/.exec(counter(reply))?.[1]);
  return { reply, pages };
}

describe('paging a long /brief', () => {
  it('shows page 1 with Prev (off) · 1 / n (off) · Next, and Next turns to page 2 in place', async () => {
    const { reply, pages } = await longBrief();
    expect(pages).toBeGreaterThanOrEqual(5);
    const [prev, count, next] = buttonsOf(reply);
    expect(prev).toMatchObject({ label: 'Prev', disabled: true });
    expect(count).toMatchObject({ label: `1 / ${pages}`, disabled: true });
    expect(next).toMatchObject({ label: 'Next' });
    expect(next!.disabled).toBeFalsy();
    for (const b of buttonsOf(reply)) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    expect(next!.custom_id).toMatch(/^page:brief\.[A-Za-z0-9_-]+:1$/);
    const firstPage = snapshot(reply);
    const page1Text = JSON.stringify(reply.embeds);
    expect(page1Text).toContain('2022-05-30'); // newest first

    const press = e.emulator.pressButton({ message: reply, customId: next!.custom_id, userId: e.world.alice });
    const callback = await press.response;
    expect(callback.type).toBe(7); // an update of the same message
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const page2 = await press.waitForReply();
    expect(page2.id).toBe(reply.id);
    expect(counter(page2)).toBe(`2 / ${pages}`);
    expect(button(page2, 'Prev').disabled).toBeFalsy();
    expect(JSON.stringify(page2.embeds)).not.toBe(page1Text);
    expect(page2.embeds[0]).toMatchObject({ title: 'Jeyhun Bayramov' }); // every page says whose it is

    const back = await e.emulator
      .pressButton({ message: page2, customId: button(page2, 'Prev').custom_id, userId: e.world.alice })
      .waitForReply();
    expect(snapshot(back)).toEqual(firstPage);
  });

  it('walks to the last page, where Next is off', async () => {
    const { reply, pages } = await longBrief();
    let message = reply;
    for (let i = 2; i <= pages; i++) {
      message = await e.emulator
        .pressButton({ message, customId: button(message, 'Next').custom_id, userId: e.world.alice })
        .waitForReply();
      expect(counter(message)).toBe(`${i} / ${pages}`);
    }
    expect(button(message, 'Next').disabled).toBe(true);
    expect(JSON.stringify(message.embeds)).toMatch(/Contacts|2022-05-01/);
  });

  it('refuses anyone but the asker, ephemerally, and leaves the page as it was', async () => {
    const { reply } = await longBrief();
    const before = snapshot(reply);
    const revisions = reply.revisions.length;
    const press = e.emulator.pressButton({ message: reply, customId: button(reply, 'Next').custom_id, userId: e.world.bob });
    const callback = await press.response;
    expect(callback.type).toBe(4);
    expect(Number(callback.data?.flags) & 64).toBe(64);
    expect(callback.data?.content).toBe('Only the person who ran /brief can turn these pages; run it yourself to get your own copy.');
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(snapshot(reply)).toEqual(before);
    expect(reply.revisions.length).toBe(revisions);
    expect((await e.logLine(press.id)).outcome).toBe('refused');

    // The asker still can.
    const page2 = await e.emulator
      .pressButton({ message: reply, customId: button(reply, 'Next').custom_id, userId: e.world.alice })
      .waitForReply();
    expect(counter(page2)).toMatch(/^2 \//);
  });

  it('removes the buttons of expired pages and tells the presser to run the command again', async () => {
    const { reply } = await longBrief();
    const embeds = JSON.stringify(reply.embeds);
    e.clock.advance(TTL_MS + 1);
    const press = e.emulator.pressButton({ message: reply, customId: button(reply, 'Next').custom_id, userId: e.world.alice });
    const callback = await press.response;
    expect(callback.type).toBe(7);
    expect(callback.data).toMatchObject({ components: [], allowed_mentions: { parse: [] } });
    const note = await press.waitForFollowUp();
    expect(note.ephemeral).toBe(true);
    expect(note.content).toBe('These buttons have expired — run /brief again.');
    expect(note.allowedMentions).toEqual({ parse: [] });
    const updated = e.emulator.message(reply.id)!;
    expect(updated.components).toEqual([]);
    expect(JSON.stringify(updated.embeds)).toBe(embeds); // the page itself stays readable
    expect((await e.logLine(press.id)).outcome).toBe('expired');
  });

  it('keeps pages alive while they are used', async () => {
    const { reply } = await longBrief();
    let message = reply;
    for (let i = 0; i < 3; i++) {
      e.clock.advance(TTL_MS * 0.75);
      message = await e.emulator
        .pressButton({ message, customId: button(message, i % 2 ? 'Prev' : 'Next').custom_id, userId: e.world.alice })
        .waitForReply();
      expect(message.components).not.toEqual([]);
    }
  });
});

describe('paging /search', () => {
  it('pages search results like /brief, and names /search when they expire', async () => {
    const reply = await e.command('search', { query: 'border delimitation' }).waitForReply();
    const next = button(reply, 'Next');
    expect(next.custom_id).toMatch(/^page:search\./);
    const page2 = await e.emulator.pressButton({ message: reply, customId: next.custom_id, userId: e.world.alice }).waitForReply();
    expect(counter(page2)).toMatch(/^2 \//);
    const refused = await e.emulator.pressButton({ message: page2, customId: button(page2, 'Next').custom_id, userId: e.world.bob })
      .response;
    expect(refused.data?.content).toBe('Only the person who ran /search can turn these pages; run it yourself to get your own copy.');
    e.clock.advance(TTL_MS + 1);
    const expired = e.emulator.pressButton({ message: page2, customId: button(page2, 'Prev').custom_id, userId: e.world.bob });
    expect((await expired.waitForFollowUp()).content).toBe('These buttons have expired — run /search again.');
  });
});

describe('PagingStore', () => {
  const pages = (n: number): Page[] => Array.from({ length: n }, (_, i) => ({ embeds: [{ description: `page ${i}` }] }));

  it('forgets the least recently used answer first when full', () => {
    const store = new PagingStore({ maxEntries: 2 });
    const a = store.put(pages(2), { ownerId: '1', command: 'brief' });
    const b = store.put(pages(2), { ownerId: '1', command: 'brief' });
    expect(store.get(a)).toBeDefined(); // a is now the most recently used
    const c = store.put(pages(2), { ownerId: '1', command: 'brief' });
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)?.pages).toHaveLength(2);
    expect(store.get(c)).toBeDefined();
  });

  it('bounds the pages held over all answers, not only the answers', () => {
    const store = new PagingStore({ maxEntries: 100, maxPages: 10 });
    const keys = Array.from({ length: 5 }, () => store.put(pages(4), { ownerId: '1', command: 'search' }));
    expect(store.pages).toBeLessThanOrEqual(10);
    expect(store.get(keys[4]!)).toBeDefined();
    expect(store.get(keys[0]!)).toBeUndefined();
  });

  it('expires an answer a TTL after its last use', () => {
    let now = 0;
    const store = new PagingStore({ ttlMs: 100, now: () => now });
    const key = store.put(pages(3), { ownerId: '1', command: 'brief' });
    now = 99;
    expect(store.get(key)).toBeDefined();
    now = 198;
    expect(store.get(key)).toBeDefined();
    now = 299;
    expect(store.get(key)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('makes short custom ids that parse back, and ignores the disabled buttons', () => {
    const key = new PagingStore().put(pages(2), { ownerId: '1', command: 'brief' });
    expect(parsePageCustomId(`page:${key}:1`)).toEqual({ key, command: 'brief', page: 1 });
    expect(parsePageCustomId(`page:${key}:at`)).toBeNull();
    expect(parsePageCustomId(`page:${key}:prev`)).toBeNull();
    expect(parsePageCustomId('brief:ararat-mirzoyan:-:-')).toBeNull();
    expect(`page:${key}:99999`.length).toBeLessThanOrEqual(100);
  });
});
