// Issue #13 end to end: /brief through the real discord.js client and the loopback emulator, over the
// seeds plus four outlets' copies of one statement with their metadata. One field per utterance, the
// quoted words of a sentence in bold, sources cited by outlet and title as masked links inside the embed
// (where Discord never unfurls a link), the seeds by their first words, never a file id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '@attache/discord-emulator';
import { article, startE2E, type E2E } from './harness.js';

const OUTLETS = [
  ['Armenpress', 'https://armenpress.am/eng/news/1'],
  ['News.am', 'https://news.am/eng/news/2'],
  ['Asbarez', 'https://asbarez.com/3'],
  ['Azatutyun', 'https://www.azatutyun.am/a/4'],
] as const;

function outletFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  OUTLETS.forEach(([outlet, url], i) => {
    const id = `w${i + 1}`;
    files[`${id}.txt`] = article(
      `2022-05-1${i + 1}`,
      'Mirzoyan on the peace treaty',
      '“Armenia is ready to sign the peace treaty this year,” Foreign Minister Ararat Mirzoyan said.',
    );
    files[`${id}.meta.json`] = JSON.stringify({
      format: 'attache-article-meta/1',
      id,
      outlet,
      title: `Mirzoyan on the [peace] treaty, by ${outlet}`,
      url,
      language: 'en',
    });
  });
  return files;
}

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ articles: outletFiles() });
});
afterAll(async () => {
  await e?.close();
});

interface Field {
  name: string;
  value: string;
}
const fieldsOf = (m: StoredMessage) => (m.embeds as { fields?: Field[] }[]).flatMap((x) => x.fields ?? []);

describe('/brief, one entry per utterance with citations', () => {
  it('shows the statement four outlets carried once, citing them, and the seeds’ sentences once with their quotes in bold', async () => {
    const reply = await e.command('brief', { actor: 'Mirzoyan' }).waitForReply();
    const fields = fieldsOf(reply).filter((f) => /^\d{4}-\d{2}-\d{2} · (quote|reported)/.test(f.name));
    // Five utterances of the seed article and one of the four outlets; the header counts the same.
    expect(fields).toHaveLength(6);
    expect((reply.embeds[0] as { description: string }).description).toContain('6 statements in 5 articles');

    const ready = fields.filter((f) => f.value.includes('Armenia is ready to sign the peace treaty'));
    expect(ready).toHaveLength(1);
    expect(ready[0]!.name).toBe('2022-05-11 · quote');
    expect(ready[0]!.value.split('\n').at(-1)).toBe(
      '[Armenpress](https://armenpress.am/eng/news/1), [News.am](https://news.am/eng/news/2) and 2 more',
    );

    const violated = fields.filter((f) => f.value.includes('grossly violated'));
    expect(violated).toHaveLength(1);
    expect(violated[0]!.value).toMatch(/that Azerbaijan \*\*“grossly violated .*Nagorno Karabakh\.”\*\*\n/);
    expect(violated[0]!.value.split('\n').at(-1)).toBe('*Karen Donfried, US Assistant Secretary of State for European and…*');

    // Links only inside the embed, never in the message text (where Discord would unfurl them); no file id anywhere.
    expect(reply.content ?? '').not.toMatch(/https?:/);
    expect(JSON.stringify(reply.embeds)).not.toMatch(/68746162fb967139|\bw[1-4]\b/);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('cites a single outlet by its name and its title as a link, the title escaped', async () => {
    const reply = await e.command('brief', { actor: 'Mirzoyan', since: '2022-05-12', until: '2022-05-12' }).waitForReply();
    const [field] = fieldsOf(reply).filter((f) => f.name.startsWith('2022-05-12'));
    expect(field!.value.split('\n').at(-1)).toBe('News.am · [Mirzoyan on the \\[peace\\] treaty, by News.am](https://news.am/eng/news/2)');
  });
});
