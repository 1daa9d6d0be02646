// Interview transcripts: paragraphs that open with a speaker's label and a colon ("Question: …", "Sargsian: …")
// hold that speaker's words without quotation marks. The pattern cases need marks around every quote, so these
// invented transcripts are checked here.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function quotesOf(body: string): { text: string; speaker: string | undefined }[] {
  const parsed = parseArticle('transcript.txt', new TextEncoder().encode(` date 2024-06-05 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  return x.statements
    .filter((s) => s.kind === 'quote')
    .map((s) => ({
      text: parsed.article.text.slice(s.start, s.end),
      speaker: s.speaker ? (dictionary.byId.get(s.speaker)?.name ?? x.discovered.find((a) => a.id === s.speaker)?.name) : undefined,
    }));
}

describe('interview transcripts', () => {
  it('gives each answer to the one named before its colon, and no question to anyone', () => {
    const quotes = quotesOf(
      [
        `Foreign Minister Hovik Sargsian gave an interview to our newspaper after his return from Vienna.`,
        `Question: What did the meeting in Vienna achieve?`,
        `Hovik Sargsian: We agreed on the order of the next steps. The maps will be exchanged in the spring, and nobody at the table objected.`,
        `Question: Will the border open this year?`,
        `Sargsian: I will not promise a date. But the “work” has never been this close to the end, and Guliyev knows it.`,
      ].join('\n\n'),
    );
    expect(quotes).toEqual([
      {
        text: 'We agreed on the order of the next steps. The maps will be exchanged in the spring, and nobody at the table objected.',
        speaker: 'Hovik Sargsian',
      },
      {
        text: 'I will not promise a date. But the “work” has never been this close to the end, and Guliyev knows it.',
        speaker: 'Hovik Sargsian',
      },
    ]);
  });

  it('takes no “Photo:”, “Source:” or “Read also:” line, nor a single label, for a transcript', () => {
    const quotes = quotesOf(
      [
        `Sargsian said on Tuesday that the talks would resume in March.`,
        `Photo: The delegations before the talks in Vienna.`,
        `Source: The Armenian Foreign Ministry press service.`,
        `Read also: The commission will meet in April.`,
        `Guliyev: A statement of one paragraph, with no questions around it, is no interview.`,
      ].join('\n\n'),
    );
    expect(quotes).toEqual([]);
  });
});
