import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/model.js';
import { BRIEF_LIMITS, STATEMENTS_PER_PAGE, renderBriefPages } from '../../../src/discord/render/index.js';
import {
  assertWithinLimits,
  discovered,
  fieldsOf,
  indexOf,
  longWords,
  makeArticle,
  makeExtraction,
  pageText,
  withContacts,
  withStatements,
} from './helpers.js';
import { briefView } from '../../../src/views/brief.js';

const LIVE_MENTION = /<(?:@[!&]?|#)\d|@(?:everyone|here)/i;

/** Mirzoyan in two articles: addressed, relayed, reported and text-dated statements; three contacts. */
function mirzoyanCorpus() {
  const b1 = makeArticle('b1', '2022-03-25', [
    '“Armenia and Azerbaijan need direct channels,” Mirzoyan told Bayramov.',
    'Mirzoyan said that the peace treaty must respect rights, the ministry said.',
    'On Thursday Mirzoyan said: “Talks are in progress.”',
    'Mirzoyan will call Bayramov. Mirzoyan met Michel. Mirzoyan wrote to Blinken.',
  ]);
  const b2 = makeArticle('b2', '2022-06-01', [
    '“The humanitarian crisis is deepening,” Mirzoyan said.',
    '“Civil society must be heard,” Mirzoyan added.',
  ]);
  const e1 = makeExtraction(
    b1,
    [
      { speaker: 'mirzoyan', words: 'Armenia and Azerbaijan need direct channels' },
      { speaker: 'mirzoyan', words: 'the peace treaty must respect rights' },
      { speaker: 'mirzoyan', words: 'Talks are in progress', date: '2022-03-24' },
    ],
    {
      met: [
        { a: 'mirzoyan', b: 'bayramov', words: 'call Bayramov' },
        { a: 'michel', b: 'mirzoyan', words: 'met Michel' },
        { a: 'mirzoyan', b: 'blinken', words: 'wrote to Blinken', date: null },
      ],
    },
  );
  const edited = withContacts(
    withStatements(e1, (s, n) =>
      n === 0 ? { ...s, addressee: 'bayramov', cue: 'told' } : n === 1 ? { ...s, kind: 'reported', via: 'azerbaijan-government' } : s,
    ),
    (c, n) => (n === 0 ? { ...c, kind: 'call', status: 'planned' } : n === 2 ? { ...c, kind: 'letter', status: 'cancelled' } : c),
  );
  const e2 = makeExtraction(b2, [
    { speaker: 'mirzoyan', words: 'The humanitarian crisis is deepening' },
    { speaker: 'mirzoyan', words: 'Civil society must be heard' },
  ]);
  return indexOf([b1, b2], [edited, e2]);
}

describe('renderBriefPages', () => {
  const index = mirzoyanCorpus();
  const pages = renderBriefPages(briefView(index.brief('mirzoyan'), index));
  const [embed] = pages[0]!.embeds;

  it("heads the page with the actor's name, role and country, and what the brief holds", () => {
    expect(embed!.title).toBe('Ararat Mirzoyan');
    expect(embed!.description).toContain('Foreign Minister of Armenia · Armenia');
    expect(embed!.description).toContain('5 statements in 2 articles · 3 contacts');
  });

  it('lists statements newest article first, grouped by article, text order within one', () => {
    const names = fieldsOf(pages).map((f) => f.name);
    expect(names.slice(0, 5)).toEqual([
      '2022-06-01 · quote',
      '2022-06-01 · quote',
      '2022-03-25 · quote',
      '2022-03-25 · reported',
      '2022-03-24 · quote · in an article of 2022-03-25',
    ]);
    const values = fieldsOf(pages).map((f) => f.value);
    expect(values[0]).toMatch(/^“The humanitarian crisis is deepening”\n/);
    expect(values[1]).toMatch(/^“Civil society must be heard”/);
  });

  it('attributes each statement: the cue, to whom, via whom; a reported one without quotation marks', () => {
    const values = fieldsOf(pages).map((f) => f.value);
    // The articles have no metadata: each is cited by its first words, never by its file id.
    const b1 = '*“Armenia and Azerbaijan need direct channels,” Mirzoyan told Bayramov.*';
    expect(values[2]).toBe(`“Armenia and Azerbaijan need direct channels”\n— *told · to Jeyhun Bayramov*\n${b1}`);
    expect(values[3]).toBe(`the peace treaty must respect rights\n— *said · via Government of Azerbaijan*\n${b1}`);
    for (const v of values) expect(v).not.toMatch(/\bb[12]\b/);
  });

  it('lists contacts newest first with whom, when, how and their status', () => {
    const contacts = fieldsOf(pages).find((f) => f.name === 'Contacts');
    expect(contacts?.value.split('\n')).toEqual([
      '2022-03-25 · call with **Jeyhun Bayramov** (planned) · *“Armenia and Azerbaijan need direct…*',
      '2022-03-25 · meeting with **Charles Michel** · *“Armenia and Azerbaijan need direct…*',
      'undated · correspondence with **Antony Blinken** (cancelled) · *“Armenia and Azerbaijan need direct…*',
    ]);
  });

  it('says "Page 1 of 1" in the footer of a brief that fits one page, in the brand colour', () => {
    expect(pages).toHaveLength(1);
    expect(embed!.footer?.text).toBe('Page 1 of 1');
    expect(embed!.color).toBeTypeOf('number');
    assertWithinLimits(pages[0]!);
  });

  it('says so when nothing falls in the period asked for', () => {
    const range = { since: '2023-01-01' as IsoDate };
    const empty = renderBriefPages(briefView(index.brief('mirzoyan', range), index, range));
    expect(empty).toHaveLength(1);
    expect(empty[0]!.embeds[0]!.description).toContain('0 statements in 0 articles · 0 contacts · since 2023-01-01');
    expect(fieldsOf(empty)).toEqual([
      { name: 'Statements', value: 'None found.' },
      { name: 'Contacts', value: 'None found in this period.' },
    ]);
    assertWithinLimits(empty[0]!);
  });
});

describe('renderBriefPages with long briefs', () => {
  /** 500 statements: 50 articles of 10, each statement's words unique ("Statement 123 ends."). */
  function manyStatements() {
    const articles = Array.from({ length: 50 }, (_, a) => {
      const day = new Date(Date.UTC(2020, 0, 1 + a)).toISOString().slice(0, 10);
      return makeArticle(
        `m${a}`,
        day,
        Array.from({ length: 10 }, (_, s) => `“Statement ${a * 10 + s} ends,” Mirzoyan said.`),
      );
    });
    const extractions = articles.map((article, a) =>
      makeExtraction(
        article,
        Array.from({ length: 10 }, (_, s) => ({ speaker: 'mirzoyan', words: `Statement ${a * 10 + s} ends` })),
      ),
    );
    return indexOf(articles, extractions);
  }

  const index = manyStatements();
  const pages = renderBriefPages(briefView(index.brief('mirzoyan'), index));

  it('splits 500 statements into pages of a readable size, every page within every Discord limit', () => {
    expect(pages.length).toBeGreaterThanOrEqual(BRIEF_LIMITS.statements / STATEMENTS_PER_PAGE);
    for (const page of pages) {
      assertWithinLimits(page);
      const statements = (page.embeds[0]!.fields ?? []).filter((f) => f.name.includes('· quote ·'));
      expect(statements.length).toBeLessThanOrEqual(STATEMENTS_PER_PAGE);
    }
  });

  it('shows the newest statements, each exactly once, newest article first, and says the rest were left out', () => {
    // The words are the value's first line (the last one cites the article by its first words, the same).
    const seen = fieldsOf(pages).flatMap((f) => [...f.value.split('\n')[0]!.matchAll(/Statement (\d+) ends/g)].map((m) => Number(m[1])));
    expect(seen).toHaveLength(BRIEF_LIMITS.statements);
    expect(new Set(seen).size).toBe(BRIEF_LIMITS.statements);
    expect(Math.min(...seen)).toBe(500 - BRIEF_LIMITS.statements);
    expect(pages[0]!.embeds[0]!.description).toContain(`Showing the newest ${BRIEF_LIMITS.statements} statements`);
    // Article 49 is the newest: its statements come first, in text order.
    expect(seen.slice(0, 12)).toEqual([490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 480, 481]);
  });

  it('numbers the pages "Page i of n" in every footer', () => {
    pages.forEach((page, i) => expect(page.embeds[0]!.footer?.text).toBe(`Page ${i + 1} of ${pages.length}`));
  });

  it('repeats the heading on every page', () => {
    for (const page of pages) expect(page.embeds[0]!.title).toBe('Ararat Mirzoyan');
  });
});

describe('renderBriefPages with pathological input', () => {
  it('cuts a 20,000-character statement at a word with an ellipsis, keeping its attribution', () => {
    const words = longWords(20_000, 'escalation');
    const a = makeArticle('huge', '2022-01-01', [`“${words},” Mirzoyan said.`]);
    const index = indexOf([a], [makeExtraction(a, [{ speaker: 'mirzoyan', words }])]);
    const pages = renderBriefPages(briefView(index.brief('mirzoyan'), index));
    pages.forEach(assertWithinLimits);
    const [field] = fieldsOf(pages);
    expect(field!.value).toMatch(/^“escalation( escalation)*…”\n— \*said\*\n\*“escalation( escalation)*…\*$/);
  });

  it('escapes markdown and neutralises mentions in names and words, and stays within limits', () => {
    const evil = '**Evil** _Name_ @everyone <@123> <@!4> <@&5> <#6> [click](https://x.example) # heading';
    const name = `${evil} ${longWords(300)}`;
    const words = `${evil} ~~gone~~ ||spoiler|| \`code\` > quote ${longWords(900)}`;
    const a = makeArticle('evil', '2022-01-01', [`“${words},” ${name} said to Evil. Evil met Evil.`]);
    const e = withStatements(
      makeExtraction(a, [{ speaker: 'evil', words }], { met: [{ a: 'evil', b: 'evil-2', words: 'Evil met Evil' }] }),
      (s) => ({ ...s, addressee: 'evil-2', via: 'evil-2', cue: evil }),
    );
    const actors = [discovered('evil', name, { description: evil, country: evil }), discovered('evil-2', name)];
    const index = indexOf([a], [e], actors);
    const pages = renderBriefPages(briefView(index.brief('evil'), index));
    for (const page of pages) {
      assertWithinLimits(page);
      const text = pageText(page);
      expect(text).not.toMatch(LIVE_MENTION);
      expect(text).not.toContain('[click](');
      expect(text).not.toContain('**Evil**');
      expect(text).toContain('\\*\\*Evil\\*\\*');
    }
  });

  it('spreads the newest contacts over pages, each once, every page within limits', () => {
    const people = Array.from({ length: 300 }, (_, i) => discovered(`person-${i}`, `Person ${i} ${'Longname'.repeat(i % 3 ? 1 : 12)}`));
    const a = makeArticle('crowd', '2022-01-01', ['Mirzoyan met everyone.']);
    const met = people.map((p) => ({ a: 'mirzoyan', b: p.id, words: 'Mirzoyan met everyone' }));
    const index = indexOf([a], [makeExtraction(a, [], { met })], people);
    const brief = index.brief('mirzoyan');
    expect(brief.contacts).toHaveLength(300);
    const pages = renderBriefPages(briefView(brief, index));
    pages.forEach(assertWithinLimits);
    const seen = fieldsOf(pages).flatMap((f) => [...f.value.matchAll(/\*\*Person (\d+) /g)].map((m) => Number(m[1])));
    expect(seen).toHaveLength(BRIEF_LIMITS.contacts);
    expect(new Set(seen).size).toBe(BRIEF_LIMITS.contacts);
    expect(fieldsOf(pages).some((f) => f.name === `Contacts 1–8 of ${BRIEF_LIMITS.contacts}`)).toBe(true);
    expect(pages[0]!.embeds[0]!.description).toContain(`${BRIEF_LIMITS.contacts} contacts; narrow with since/until`);
    pages.forEach((page, i) => expect(page.embeds[0]!.footer?.text).toBe(`Page ${i + 1} of ${pages.length}`));
  });
});
