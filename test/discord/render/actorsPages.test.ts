import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../src/index/api.js';
import { ACTORS_PER_PAGE, renderActorsPages } from '../../../src/discord/render/index.js';
import { buildIndex } from '../../../src/index/buildIndex.js';
import { sampleInput } from '../../index/fixtures.js';
import { assertWithinLimits, discovered, longWords } from './helpers.js';

describe('renderActorsPages', () => {
  const index = buildIndex(sampleInput());

  it('lists one actor a line: name, role and country, statement and contact counts', () => {
    const pages = renderActorsPages(index.actors('Mir'), 'Mir');
    expect(pages).toHaveLength(1);
    const [embed] = pages[0]!.embeds;
    expect(embed!.title).toBe('Actors matching “Mir”');
    expect(embed!.description!.split('\n').slice(2)).toEqual([
      '**Ararat Mirzoyan** · Foreign Minister of Armenia · Armenia — 3 statements, 2 contacts',
      '**Gohar Mirzoyan** · civil society activist — 1 statement, 1 contact',
    ]);
    assertWithinLimits(pages[0]!);
  });

  it('says when no actor matches, or when the corpus has none', () => {
    expect(renderActorsPages([], 'zzz')[0]!.embeds[0]!.description).toBe('No actor matches “zzz”.');
    expect(renderActorsPages([])[0]!.embeds[0]!.description).toBe('No actors found in the corpus.');
  });

  it('pages 500 actors with markdown in their names: each once, every page within limits', () => {
    const summaries: ActorSummary[] = Array.from({ length: 500 }, (_, i) => ({
      actor: discovered(`a${i}`, `**Actor ${i}** @everyone ${longWords(i % 7 ? 10 : 400)}`, { country: longWords(300) }),
      label: `<@&${i}> ${longWords(300)}`,
      statementCount: i,
      contactCount: 0,
    }));
    const pages = renderActorsPages(summaries);
    expect(pages).toHaveLength(Math.ceil(500 / ACTORS_PER_PAGE));
    const seen: number[] = [];
    pages.forEach((page, i) => {
      assertWithinLimits(page);
      const text = page.embeds[0]!.description!;
      expect(text).not.toMatch(/@everyone|<@&\d/);
      seen.push(...[...text.matchAll(/\\\*\\\*Actor (\d+)\\\*\\\*/g)].map((m) => Number(m[1])));
      expect(page.embeds[0]!.footer?.text).toBe(`Page ${i + 1} of ${pages.length}`);
    });
    expect(seen).toEqual(summaries.map((_, i) => i));
  });
});
