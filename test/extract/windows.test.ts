import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { articleWindows, fitsOneWindow, WINDOW_CHARS } from '../../src/extract/windows.js';
import { makeArticle, makeDictionary } from '../index/fixtures.js';

/** Paragraphs of ~200 characters, each with a quotation that names its number. */
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `“Talks number ${i} went well and will go on next week,” Foreign Minister Ararat Mirzoyan said after meeting Antony Blinken in Washington on the ${i}th day of talks.`,
  );

describe('articleWindows', () => {
  it('leaves an article of news length whole', () => {
    const article = makeArticle('short', '2022-05-01', paragraphs(20));
    expect(fitsOneWindow(article)).toBe(true);
    expect(articleWindows(article)).toEqual([{ article, offset: 0 }]);
  });

  it('cuts a long article at paragraph breaks into windows that cover every paragraph once, offsets intact', () => {
    const article = makeArticle('long', '2022-05-01', paragraphs(2000));
    const windows = articleWindows(article);
    expect(windows.length).toBeGreaterThan(1);
    const covered = windows.flatMap((w) =>
      w.article.paragraphs.map((p) => {
        expect(p.end - w.article.paragraphs[0]!.start).toBeLessThanOrEqual(WINDOW_CHARS);
        return w.article.text.slice(p.start, p.end);
      }),
    );
    expect(covered).toEqual(article.paragraphs.map((p) => article.text.slice(p.start, p.end)));
  });

  it('cuts one paragraph longer than a window after a sentence', () => {
    const article = makeArticle('wall', '2022-05-01', [paragraphs(600).join(' ')]);
    const windows = articleWindows(article, 4096);
    expect(windows.length).toBeGreaterThan(10);
    for (const w of windows.slice(0, -1)) expect(w.article.text).toMatch(/said after meeting .* of talks\.$/);
    expect(windows.map((w) => w.article.text).join(' ')).toBe(article.text.slice(article.paragraphs[0]!.start).trimEnd());
  });
});

describe('extractArticle on a long article', () => {
  it('finds every statement of every window, with spans into the whole text and ids in order', () => {
    const article = makeArticle('long', '2022-05-01', paragraphs(2000));
    const extraction = extractArticle(article, makeDictionary());
    const quotes = extraction.statements.filter((s) => s.kind === 'quote');
    expect(quotes).toHaveLength(2000);
    quotes.forEach((s, i) => {
      expect(article.text.slice(s.start, s.end)).toContain(`Talks number ${i} went well`);
      expect(s.speaker).toBe('mirzoyan');
    });
    expect(extraction.statements.map((s) => s.id)).toEqual(extraction.statements.map((_, i) => `long#${i + 1}`));
    for (const m of extraction.mentions)
      expect(['Ararat Mirzoyan', 'Antony Blinken', 'Mirzoyan', 'Blinken']).toContain(article.text.slice(m.start, m.end));
    expect(extraction.contacts.length).toBeGreaterThan(0);
    for (const c of extraction.contacts) {
      expect([c.a, c.b].sort()).toEqual(['blinken', 'mirzoyan']);
      expect(article.text.slice(c.start, c.end)).toMatch(/meeting Antony Blinken/);
    }
    expect(extraction.actors).toEqual(['mirzoyan', 'blinken']);
  });
});
