// Bodies the dictionary lacks, named from the text as speakers when the name the extractor gives them is not
// written in the article (so the pattern cases, which want every discovered name in the text, cannot hold them).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function voices(body: string, sentence: string): { speaker?: string; via?: string }[] {
  const parsed = parseArticle('bodies.txt', new TextEncoder().encode(` date 2022-03-23 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const name = (id: string | null | undefined) =>
    id ? (dictionary.byId.get(id) ?? x.discovered.find((a) => a.id === id))?.name : undefined;
  return x.statements
    .filter((st) => parsed.article.text.slice(st.start, st.end) === sentence)
    .map((st) => ({ speaker: name(st.speaker), via: name(st.via) }));
}

describe('bodies named from the text', () => {
  it('“Mexican Foreign Minister X and Y discussed …, the foreign ministry said … , it added”: that country’s ministry', () => {
    const first =
      'Mexican Foreign Minister Carlos Ibarra and Saudi Foreign Minister Faisal Rahman discussed trade, the foreign ministry said in a statement.';
    const second = 'The two diplomats also spoke of the need for peace in Ukraine, it added.';
    const body = `${first}\n\n${second}`;
    // (what the two discussed is the ministry's account, as annotators of real readouts read it)
    expect(voices(body, first)).toEqual([{ speaker: 'Ministry of Foreign Affairs of Mexico', via: undefined }]);
    expect(voices(body, second)).toEqual([{ speaker: 'Ministry of Foreign Affairs of Mexico', via: undefined }]);
  });

  it('“Armenia’s foreign ministry said … . “…,” the ministry said”: a body named by its kind alone is the one last heard', () => {
    const first = 'The talks will resume in May, the Kenyan foreign ministry said on Tuesday.';
    const second = 'The two sides also agreed to set up a joint commission, the ministry added.';
    const body = `${first}\n\n${second}`;
    expect(voices(body, first)).toEqual([{ speaker: 'Ministry of Foreign Affairs of Kenya', via: undefined }]);
    expect(voices(body, second)).toEqual([{ speaker: 'Ministry of Foreign Affairs of Kenya', via: undefined }]);
  });
});
