// Bodies named from the text as speakers, where the name the extractor gives them is not written in the article
// (so the pattern cases, which want every discovered name in the text, cannot hold them).
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function speakerOf(body: string, sentence: string): string | undefined {
  const parsed = parseArticle('bodies.txt', new TextEncoder().encode(` date 2024-06-05 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const s = x.statements.find((st) => parsed.article.text.slice(st.start, st.end) === sentence);
  return s?.speaker ? (dictionary.byId.get(s.speaker) ?? x.discovered.find((a) => a.id === s.speaker))?.name : undefined;
}

describe('organisations named from the text', () => {
  it('“the Azerbaijani presidency said” and “Turkish presidency office said” are the office of that country’s president', () => {
    const first = 'Guliyev and Vardanyan will meet in Abu Dhabi next week, the Azerbaijani presidency said on Wednesday.';
    const second = 'The talks lasted just over an hour, Turkish presidency office said.';
    const body = `${first}\n\n${second}`;
    expect(speakerOf(body, first)).toBe('Office of the President of Azerbaijan');
    expect(speakerOf(body, second)).toBe('Office of the President of Turkey');
  });

  it('“…, Xinhua news agency reported.” is the outlet’s; “clashes were reported near the border” is no one’s', () => {
    const first = 'China and Armenia upgraded their ties on Wednesday, Xinhua news agency reported.';
    const second = 'Heavy clashes were reported near the border overnight.';
    const body = `${first}\n\n${second}`;
    expect(speakerOf(body, first)).toBe('Xinhua');
    expect(speakerOf(body, second)).toBeUndefined();
  });

  it('“the Secretary General of X said”, “a member of X said”: a person at the body, whom the text does not name, not the body', () => {
    const first = 'The Secretary General of the Caspian Cooperation Council said the alliance was ready.';
    const second = 'A member of the Central Electoral Commission said the vote was fair.';
    const third = 'The Caspian Cooperation Council said the summit would go ahead.';
    const body = `${first}\n\n${second}\n\n${third}`;
    expect(speakerOf(body, first)).toBeUndefined();
    expect(speakerOf(body, second)).toBeUndefined();
    expect(speakerOf(body, third)).toBe('Caspian Cooperation Council');
  });

  it('“…, the Azerbaijani Foreign Ministry’s press service has reported”: a body’s press service speaks for the body', () => {
    const first =
      'During the meeting, the sides noted the high level of cooperation, Azerbaijani Foreign Ministry’s press service has reported.';
    const second = 'The talks will go on in May, the Russian Foreign Ministry’s press office said.';
    const body = `${first}\n\n${second}`;
    expect(speakerOf(body, first)).toBe('Ministry of Foreign Affairs of Azerbaijan');
    expect(speakerOf(body, second)).toBe('Ministry of Foreign Affairs of Russia');
  });
});
