// An index a digest can read: the real index built from hand-made articles.
import { buildIndex } from '../../src/index/index.js';
import type { Article, ArticleExtraction } from '../../src/model.js';
import type { AttacheIndex } from '../../src/index/api.js';
import type { KeyValueStore } from '../../src/store/index.js';
import { makeArticle, makeDictionary, makeExtraction, type Said, type Met } from '../index/fixtures.js';

export { makeArticle, makeExtraction, makeDictionary };

export function digestIndexOf(articles: readonly Article[], extractions: readonly ArticleExtraction[]): AttacheIndex {
  const index = buildIndex({ articles, extractions, dictionary: makeDictionary(), builtAt: 0 });
  return index;
}

export interface StoryLine {
  readonly id: string;
  readonly date: string;
  readonly said: readonly Said[];
  readonly met?: readonly Met[];
}

/** Articles whose text is exactly what is said in them, one sentence per statement. */
export function articlesOf(stories: readonly StoryLine[]): { articles: Article[]; extractions: ArticleExtraction[] } {
  const articles: Article[] = [];
  const extractions: ArticleExtraction[] = [];
  for (const s of stories) {
    const paragraphs = [...s.said.map((x) => `“${x.words},” someone said.`), ...(s.met ?? []).map((m) => `${m.words}.`)];
    const article = makeArticle(s.id, s.date, paragraphs.length ? paragraphs : ['Nothing was said.']);
    articles.push(article);
    extractions.push(makeExtraction(article, s.said, { met: s.met ?? [] }));
  }
  return { articles, extractions };
}

/**
 * `count` articles of one day, each with one long statement by Mirzoyan (`word` 150 times, then its
 * number): enough of them and a digest runs over several messages. Returns the index and the ids.
 */
export function longStatements(count: number, word: string, prefix: string): { index: AttacheIndex; ids: string[] } {
  const stories = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${String(i).padStart(3, '0')}`,
    date: '2026-03-01',
    said: [{ speaker: 'mirzoyan', words: `${`${word} `.repeat(150)}number ${i}` }],
  }));
  const { articles, extractions } = articlesOf(stories);
  return { index: digestIndexOf(articles, extractions), ids: articles.map((a) => a.id) };
}

/** A corpus of `count` articles, one a day from `firstDate`, each with a statement by Mirzoyan and one by Bayramov. */
export function dailyStories(firstDate: string, count: number, prefix = 'd'): StoryLine[] {
  const first = Date.parse(`${firstDate}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `${prefix}${date}`,
      date,
      said: [
        { speaker: 'mirzoyan', words: `On ${date} Armenia called for talks, number ${i}` },
        { speaker: 'bayramov', words: `On ${date} Azerbaijan answered the call, number ${i}` },
      ],
    };
  });
}

/** A store in memory, as the tests of one part need it: every write is also listed in `writes`. */
export function memoryStore(): KeyValueStore & {
  readonly values: Map<string, unknown>;
  readonly writes: { key: string; value: unknown }[];
} {
  const values = new Map<string, unknown>();
  const writes: { key: string; value: unknown }[] = [];
  return {
    kind: 'sqlite',
    values,
    writes,
    get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
    set: async (key, value) => {
      writes.push({ key, value: structuredClone(value) });
      values.set(key, structuredClone(value));
    },
    delete: async (key) => void values.delete(key),
    close: async () => undefined,
  };
}
