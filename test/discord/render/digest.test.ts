// Digests as Discord gets them: composed (src/digest/compose.ts, a view model cut into messages), then
// rendered (src/discord/render/digest.ts).
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { composeDigest as compose } from '../../../src/digest/compose.js';
import { LIMITS, measureEmbeds, renderDigestMessage, type DigestPost } from '../../../src/discord/render/index.js';
import { READOUT, sampleInput, withUnattributed } from '../../index/fixtures.js';
import { articlesOf, digestIndexOf, longStatements, type StoryLine } from '../../digest/fixtures.js';
import { newsroom } from '../../index/newsroom.js';

/** The digest's messages as they are posted. */
function composeDigest(...args: Parameters<typeof compose>): DigestPost[] {
  return compose(...args).map(renderDigestMessage);
}

const ROLE = '222222222222222222';
const all = { actors: [], mentionRoleId: null };

function sample() {
  const { articles, extractions } = sampleInput();
  return digestIndexOf(articles, extractions);
}

/** Every text a reader could see in a message, and what could notify someone. */
function textsOf(message: DigestPost): string[] {
  const out = message.content ? [message.content] : [];
  for (const e of message.embeds) {
    out.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  return out;
}

function expectWithinDiscordLimits(message: DigestPost): void {
  expect(message.embeds.length).toBeGreaterThan(0);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(measureEmbeds(message.embeds)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  expect((message.content ?? '').length).toBeLessThanOrEqual(2000);
  for (const e of message.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.trim().length).toBeGreaterThan(0);
      expect(f.value.trim().length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
}

const titles = (messages: readonly DigestPost[]) => messages.flatMap((m) => m.embeds.map((e: APIEmbed) => e.title));
const fieldsOf = (messages: readonly DigestPost[]) => messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []));

describe('a digest on Discord', () => {
  it('groups statements and contacts by actor, busiest first', () => {
    const messages = composeDigest(sample(), ['a1', 'a4'], all);
    expect(messages).toHaveLength(1);
    // Mirzoyan: 3 statements and 2 contacts; Bayramov and Gohar Mirzoyan: one statement each.
    expect(titles(messages)).toEqual(['Ararat Mirzoyan', 'Jeyhun Bayramov', 'Gohar Mirzoyan']);
    const mirzoyan = messages[0]!.embeds[0]!;
    expect(mirzoyan.description).toContain('Foreign Minister of Armenia');
    expect(mirzoyan.description).toContain('3 statements · 2 contacts');
    const words = (mirzoyan.fields ?? []).map((f) => f.value).join('\n');
    expect(words).toContain('The humanitarian crisis in Nagorno Karabakh is deepening');
    expect(words).toContain('need to use direct communications channels');
    expect(words).toContain('meeting with **Jeyhun Bayramov**');
    expect(words).not.toContain('Escalation breeds escalation');
    expect(messages[0]!.embeds[1]!.fields![0]!.value).toContain('Escalation breeds escalation');
  });

  it('keeps only the followed actors, with contacts under the followed party', () => {
    const messages = composeDigest(sample(), ['a1', 'a2', 'a4'], { actors: ['bayramov'], mentionRoleId: null });
    expect(titles(messages)).toEqual(['Jeyhun Bayramov']);
    const values = fieldsOf(messages)
      .map((f) => f.value)
      .join('\n');
    expect(values).toContain('Escalation breeds escalation');
    expect(values).toContain('meeting with **Ararat Mirzoyan**');
    expect(values).not.toContain('Blinken');
  });

  it('posts a statement without a speaker under no actor, even when following everyone', () => {
    const { articles, extractions } = withUnattributed();
    const index = digestIndexOf(articles, extractions);
    const messages = composeDigest(index, ['a7'], all);
    expect(titles(messages)).toEqual(['Ararat Mirzoyan']);
    expect(messages[0]!.content).toContain('1 statement from 1 article');
    const texts = messages.flatMap(textsOf).join('\n');
    expect(texts).toContain('Armenia seeks a ceasefire that holds');
    expect(texts).not.toContain('ceasefire consultations');
    expect(texts).not.toContain('unattributed');
    // Only the readout: nothing to post.
    const alone = articlesOf([{ id: 'r1', date: '2026-03-28', said: [{ speaker: null, words: READOUT }] }]);
    expect(composeDigest(digestIndexOf(alone.articles, alone.extractions), ['r1'], all)).toEqual([]);
  });

  it('is empty when nothing concerns the followed actors, or the articles are unknown', () => {
    expect(composeDigest(sample(), ['a3'], { actors: ['bayramov'], mentionRoleId: null })).toEqual([]);
    expect(composeDigest(sample(), ['no-such-article'], all)).toEqual([]);
    expect(composeDigest(sample(), [], all)).toEqual([]);
  });

  it('dates every statement and contact and cites its source by title, never by file id', () => {
    const messages = composeDigest(sample(), ['a1', 'a2', 'a4'], all);
    const fields = fieldsOf(messages);
    const statementFields = fields.filter((f) => !f.name.startsWith('Contacts'));
    expect(statementFields.length).toBe(7);
    for (const f of statementFields) {
      expect(f.name).toMatch(/^\d{4}-\d{2}-\d{2} · (quote|reported)( · in an article of \d{4}-\d{2}-\d{2})?$/);
      // The articles have no metadata: the last line is the article's first words, in italics.
      expect(f.value.split('\n').at(-1)).toMatch(/^\*[^*]+\*$/);
      expect(f.value).not.toMatch(/\ba[124]\b/);
    }
    const contactLines = fields.filter((f) => f.name.startsWith('Contacts')).flatMap((f) => f.value.split('\n'));
    expect(contactLines.length).toBe(4);
    for (const line of contactLines) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} · .* · \*[^*]+\*$/);
    expect(messages[0]!.content).toContain('7 statements and 4 contacts from 3 articles of 2022-03-25 to 2022-06-01');
  });

  it('splits a long digest over several messages, in order, each within Discord limits', () => {
    // Pathological: very long names, statements far over a field, many of them.
    const longName = 'Jeyhun Bayramov'.repeat(40);
    const huge = 'escalation '.repeat(600).trim();
    const stories: StoryLine[] = Array.from({ length: 60 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      date: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      said: [
        { speaker: 'mirzoyan', words: `number ${i}: ${huge}` },
        { speaker: 'bayramov', words: `Short answer number ${i}` },
      ],
      met: [{ a: 'mirzoyan', b: 'bayramov', words: `met ${longName} number ${i}` }],
    }));
    const { articles, extractions } = articlesOf(stories);
    const index = digestIndexOf(articles, extractions);
    const messages = composeDigest(
      index,
      articles.map((a) => a.id),
      all,
      { maxMessages: 1000 },
    );
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expectWithinDiscordLimits(m);
    // Every statement is there, once, newest article first within each actor.
    const numbers = (speakerTitle: string) =>
      messages
        .flatMap((m) => m.embeds.filter((e) => e.title?.startsWith(speakerTitle)))
        .flatMap((e) => e.fields ?? [])
        .filter((f) => !f.name.startsWith('Contacts'))
        .map((f) => f.value.match(/number (\d+)/)![1]!.padStart(3, '0'));
    const mirzoyan = numbers('Ararat Mirzoyan');
    expect(mirzoyan).toHaveLength(60);
    expect(new Set(mirzoyan).size).toBe(60);
    const dateOf = (n: string | undefined) => articles.find((a) => a.id === `p${n}`)!.date;
    const dates = mirzoyan.map(dateOf);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(numbers('Jeyhun Bayramov')).toHaveLength(60);
    // Footers number the parts.
    expect(messages.at(-1)!.embeds.at(-1)!.footer!.text).toBe(`Attaché digest · part ${messages.length} of ${messages.length}`);
    // Continuations say so.
    expect(titles(messages)).toContain('Ararat Mirzoyan (continued)');
  });

  it('caps a digest at maxMessages and says how much was left out', () => {
    const { index, ids } = longStatements(80, 'peace', 'c');
    const messages = composeDigest(index, ids, all, { maxMessages: 3 });
    expect(messages).toHaveLength(3);
    for (const m of messages) expectWithinDiscordLimits(m);
    const shown = fieldsOf(messages).length;
    const note = messages[2]!.embeds.at(-1)!.description!;
    expect(note).toContain(`…and ${80 - shown} more statements`);
  });

  it('mentions the role once, in the first message, and lets only that role ping', () => {
    const { index, ids } = longStatements(40, 'talks', 'r');
    const messages = composeDigest(index, ids, { actors: [], mentionRoleId: ROLE });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0]!.content).toMatch(new RegExp(`^<@&${ROLE}> `));
    expect(messages[0]!.allowedMentions).toEqual({ parse: [], roles: [ROLE] });
    for (const m of messages.slice(1)) {
      expect(m.content).toBeUndefined();
      expect(m.allowedMentions).toEqual({ parse: [] });
    }
    const mentions = messages
      .flatMap(textsOf)
      .join('\n')
      .match(/<@&\d+>/g);
    expect(mentions).toEqual([`<@&${ROLE}>`]);
  });

  it('mentions nobody without a role, or with a role id that is not one', () => {
    for (const mentionRoleId of [null, '@everyone', '<@&1>']) {
      const [first] = composeDigest(sample(), ['a1'], { actors: [], mentionRoleId });
      expect(first!.allowedMentions).toEqual({ parse: [] });
      expect(first!.content).not.toMatch(/<@|@everyone/);
    }
  });

  it('pings nobody when article text says @everyone, @here or <@id>', () => {
    const { articles, extractions } = articlesOf([
      {
        id: 'x1',
        date: '2026-03-01',
        said: [{ speaker: 'mirzoyan', words: '@everyone look at <@123456789012345678> and <@&123456789012345678> and @here' }],
        met: [{ a: 'mirzoyan', b: 'bayramov', words: 'met @everyone' }],
      },
    ]);
    const messages = composeDigest(digestIndexOf(articles, extractions), ['x1'], { actors: [], mentionRoleId: ROLE });
    const text = messages.flatMap(textsOf).join('\n');
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/<@!?\d|<@&1234/);
    expect(text).toContain('everyone'); // still readable
    expect(messages[0]!.allowedMentions).toEqual({ parse: [], roles: [ROLE] });
  });

  it('draws every message whole: the cut left room for escapes and markup, so the last guard cuts nothing', () => {
    // Words thick with markdown and mentions, each escape a character more than the view's text.
    const thick = '*bold* _it_ [x] <@&1> @here ~~s~~ `c` |p| '.repeat(14);
    const stories = Array.from({ length: 40 }, (_, i) => ({
      id: `m${String(i).padStart(3, '0')}`,
      date: '2026-03-01',
      said: [{ speaker: 'mirzoyan', words: `${thick}number ${i}` }],
    }));
    const { articles, extractions } = articlesOf(stories);
    const messages = composeDigest(
      digestIndexOf(articles, extractions),
      articles.map((a) => a.id),
      all,
    );
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) expectWithinDiscordLimits(m);
    // fitEmbeds would have cut the last field of an overfull message first: every statement ends as written.
    const statements = fieldsOf(messages).filter((f) => !f.name.startsWith('Contacts'));
    expect(statements).toHaveLength(40);
    for (const f of statements) expect(f.value).toMatch(/ number \d+”\n— \*said\*\n\*.+\*$/);
  });

  it('posts one entry per utterance, as /brief does, and counts utterances in its headline', () => {
    const { articles, extractions } = newsroom();
    const messages = composeDigest(digestIndexOf(articles, extractions), ['n1', 'n2', 'n3', 'f1'], all);
    expect(messages).toHaveLength(1);
    // Seven statements: a sentence with two quotes inside, one statement of four outlets, one of a folder article.
    expect(messages[0]!.content).toBe('**Attaché digest** · 3 statements from 4 articles of 2022-03-24 to 2022-03-27');
    expect(messages[0]!.embeds[0]!.description).toBe('*Foreign Minister of Armenia · Armenia*\n3 statements');
    const values = fieldsOf(messages).map((f) => f.value);
    expect(values).toHaveLength(3);
    expect(values[0]).toMatch(/^Mirzoyan told Donfried that Azerbaijan \*\*“grossly violated the commitments”\*\* and/);
    expect(values[1]!.split('\n').at(-1)).toBe(
      '[Armenpress](https://armenpress.am/eng/news/%281071%29), [News.am](https://news.am/eng/news/2) and 2 more',
    );
    expect(values[2]!.split('\n').at(-1)).toBe('*Karen Donfried, US Assistant Secretary of State for European and…*');
    for (const m of messages) expectWithinDiscordLimits(m);
  });

  it('measures citations too: long titles and addresses of several outlets, and every message still drawn whole', () => {
    const thick = '*bold* [x] <@&1> ~~s~~ '.repeat(20);
    const stories = Array.from({ length: 30 }, (_, i) => ({
      id: `q${String(i).padStart(3, '0')}`,
      date: '2026-03-01',
      said: [{ speaker: 'mirzoyan', words: `${thick}number ${i}` }],
    }));
    const built = articlesOf(stories);
    // Each article from an outlet with a long, marked-up title and a long address full of parentheses, reprinted twice.
    const source = (i: number) => ({
      outlet: `Outlet_${i} *Wire*`,
      title: `${thick}title ${i}`,
      url: `https://example.com/${'(a)'.repeat(90)}/${i}`,
      others: [1, 2].map((k) => ({ outlet: `Reprint ${k}`, title: null, url: `https://r${k}.example/${'(b)'.repeat(90)}` })),
    });
    const articles = built.articles.map((a, i) => ({ ...a, source: source(i) }));
    const messages = composeDigest(
      digestIndexOf(articles, built.extractions),
      articles.map((a) => a.id),
      all,
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expectWithinDiscordLimits(m);
    const statements = fieldsOf(messages).filter((f) => !f.name.startsWith('Contacts'));
    expect(statements).toHaveLength(30);
    // Nothing cut by the last guard: the words end as written; addresses that would crowd them out leave the names unlinked.
    for (const f of statements) expect(f.value).toMatch(/ number \d+”\n— \*said\*\nOutlet\\_\d+ \\\*Wire\\\*, Reprint 1 and 1 more$/);
  });

  it('resumes a delivery record composed before citations: its statements and contacts name their article', () => {
    const before = {
      title: 'Attaché digest',
      part: 1,
      parts: 1,
      sections: [
        {
          kind: 'actor' as const,
          actor: { id: 'mirzoyan', name: 'Ararat Mirzoyan', about: '' },
          continued: false,
          statements: 1,
          contacts: 1,
          items: [
            {
              kind: 'statement' as const,
              statement: {
                date: '2026-03-01',
                kind: 'quote',
                words: 'Peace',
                cue: 'said',
                speaker: 'Ararat Mirzoyan',
                source: { id: 'a1', date: '2026-03-01' },
              },
            },
            {
              kind: 'contacts' as const,
              continued: false,
              contacts: [
                { date: '2026-03-01', kind: 'call', with: 'Jeyhun Bayramov', status: 'held', source: { id: 'a1', date: '2026-03-01' } },
              ],
            },
          ],
        },
      ],
    } as unknown as Parameters<typeof renderDigestMessage>[0];
    const fields = renderDigestMessage(before).embeds[0]!.fields!;
    expect(fields[0]).toEqual({ name: '2026-03-01 · quote · article a1', value: '“Peace”\n— *said*' });
    expect(fields[1]!.value).toBe('2026-03-01 · call with **Jeyhun Bayramov** · article a1');
  });

  it('posts a message of a delivery record written before digests were view models as it was composed', () => {
    const earlier = {
      content: '**Attaché digest** · 1 statement from 1 article of 2026-03-01',
      embeds: [{ title: 'Ararat Mirzoyan', fields: [{ name: '2026-03-01 · quote · article a1', value: '“Peace”' }] }],
      allowedMentions: { parse: [] as [] },
      nonce: 'n1',
      enforceNonce: true,
    };
    expect(renderDigestMessage(earlier)).toEqual({ content: earlier.content, embeds: earlier.embeds, allowedMentions: { parse: [] } });
  });
});
