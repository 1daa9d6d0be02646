import { describe, expect, it } from 'vitest';
import type { AttacheIndex, SearchHit } from '../../../src/index/api.js';
import { STATEMENTS_PER_PAGE, renderSearchPages } from '../../../src/discord/render/index.js';
import { buildIndex } from '../../../src/index/buildIndex.js';
import { searchView } from '../../../src/views/statements.js';
import { READOUT, sampleInput, withUnattributed } from '../../index/fixtures.js';
import { assertWithinLimits, fieldsOf, indexOf, longWords, makeArticle, makeExtraction } from './helpers.js';

/** Hits made by hand from briefs, so these tests do not depend on how the index ranks. */
function hitsOf(index: AttacheIndex, actors: readonly string[]): SearchHit[] {
  return actors.flatMap((id) =>
    index.brief(id).articles.flatMap(({ article, statements }) => statements.map((statement) => ({ statement, article, score: 1 }))),
  );
}

describe('renderSearchPages', () => {
  const index = buildIndex(sampleInput());

  it('lists hits in rank order with speaker, date, kind, the words and their source (never a file id)', () => {
    const hits = hitsOf(index, ['pashinyan', 'blinken']);
    const pages = renderSearchPages(searchView('peace treaty', hits, index));
    expect(pages).toHaveLength(1);
    const fields = fieldsOf(pages);
    expect(fields).toHaveLength(hits.length);
    hits.forEach((hit, i) => {
      const speaker = index.actor(hit.statement.speaker!)!.name;
      expect(fields[i]!.name).toBe(`${i + 1}. ${speaker} · ${hit.statement.date} · quote`);
      expect(fields[i]!.value).toContain(`“${index.statementText(hit.statement)}”`);
      expect(fields[i]!.value).not.toContain(hit.article.id);
    });
    expect(pages[0]!.embeds[0]!.title).toBe('Search: “peace treaty”');
    expect(pages[0]!.embeds[0]!.footer?.text).toBe('Page 1 of 1');
    assertWithinLimits(pages[0]!);
  });

  it('shows "unattributed" in place of the speaker of a statement without one', () => {
    const unattributed = buildIndex(withUnattributed());
    const hits = unattributed.search('ceasefire');
    expect(hits.map((h) => h.statement.speaker).sort()).toEqual(['mirzoyan', null].sort());
    const pages = renderSearchPages(searchView('ceasefire', hits, unattributed));
    const names = fieldsOf(pages).map((f) => f.name);
    const at = hits.findIndex((h) => h.statement.speaker === null);
    expect(names[at]).toBe(`${at + 1}. unattributed · 2022-07-01 · reported`);
    expect(fieldsOf(pages)[at]!.value).toContain(READOUT);
    expect(names[1 - at]).toBe(`${2 - at}. Ararat Mirzoyan · 2022-07-01 · quote`);
    pages.forEach(assertWithinLimits);
  });

  it('says when nothing matches, with the query escaped', () => {
    const pages = renderSearchPages(searchView('**nothing** @here', [], index));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.embeds[0]!.description).toBe('No statement matches “\\*\\*nothing\\*\\* @\u200bhere”.');
    assertWithinLimits(pages[0]!);
  });

  it('pages 100 long hits within every limit, ranks continuing across pages', () => {
    // Each hit its own words: the same words twice would be one entry.
    const articles = Array.from({ length: 100 }, (_, i) =>
      makeArticle(`long${i}`, '2022-01-01', [`“${i} ${longWords(5000)},” Mirzoyan said.`]),
    );
    const big = indexOf(
      articles,
      articles.map((a, i) => makeExtraction(a, [{ speaker: 'mirzoyan', words: `${i} ${longWords(5000)}` }])),
    );
    const hits = hitsOf(big, ['mirzoyan']);
    expect(hits).toHaveLength(100);
    const pages = renderSearchPages(searchView(longWords(2000), hits, big));
    pages.forEach(assertWithinLimits);
    const ranks = fieldsOf(pages).map((f) => Number(f.name.split('.')[0]));
    expect(ranks).toEqual(hits.map((_, i) => i + 1));
    for (const page of pages) expect(page.embeds[0]!.fields!.length).toBeLessThanOrEqual(STATEMENTS_PER_PAGE);
  });
});
