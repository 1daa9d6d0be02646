import { describe, expect, it } from 'vitest';
import { CUE_RE, cueMatches } from '../../src/extract/cues.js';
import { findQuotations, maskQuotations } from '../../src/extract/quotations.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { readArticles } from '../../src/pipeline/readArticles.js';

/** The specification: CUE_RE's own global scan of the slice. */
function byExpression(slice: string) {
  const re = new RegExp(CUE_RE.source, 'gi');
  const out: { index: number; text: string; groups: Record<string, string | undefined> }[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ index: m.index, text: m[0], groups: { ...m.groups } });
  return out;
}

function byScan(masked: string, from: number, to: number) {
  return cueMatches(masked, from, to).matches.map((m) => ({ index: m.index, text: m[0], groups: { ...m.groups } }));
}

const tricky = [
  'Said Price said. SAID she; x_said said_x 3said said3 unsaid saidx.',
  'It was\nstressed, it has  been   emphasized, it is also noted that; are pointed out.',
  'He called for talks, called on them, calling for calm, pointing out, pointing fingers; according  to X.',
  'Cited and recited, excited; she cited him as saying; touched upon; went on to say; made it clear.',
  'not said, never stated, didn’t say, declined to comment, refused to add, no longer insists',
];
// Read as the bot reads them; every one must parse.
const articles = (
  await Promise.all(
    ['seeds', 'test/eval/written/articles'].map(async (dir) => {
      const read = await readArticles(dir, '');
      if (read.problems.length) throw new Error(read.problems.map((p) => p.file).join(', '));
      return read.articles;
    }),
  )
).flat();

describe('cueMatches: the word-led scan gives exactly the matches of the global CUE_RE scan', () => {
  it.each(tricky)('%s', (text) => {
    expect(byScan(text, 0, text.length)).toEqual(byExpression(text));
    expect(byScan(text, 0, text.length).length).toBeGreaterThan(2);
  });

  it('over every sentence of the seed and held-out articles, on the masked text', () => {
    let sentences = 0;
    let matched = 0;
    for (const article of articles) {
      const quotations = findQuotations(article);
      const masked = maskQuotations(article.text, quotations);
      for (const s of splitSentences(article, quotations)) {
        const expected = byExpression(masked.slice(s.start, s.end));
        expect(byScan(masked, s.start, s.end)).toEqual(expected);
        sentences++;
        if (expected.length) matched++;
      }
    }
    expect(sentences).toBeGreaterThan(200);
    expect(matched).toBeGreaterThan(50);
  });

  it('says "called" may be there whenever it is, inside a cue or not', () => {
    expect(cueMatches('He called them “traitors”.', 0, 26).called).toBe(true);
    expect(cueMatches('She CALLED for calm.', 0, 20).called).toBe(true);
    expect(cueMatches('She rang them, and “traitors” it was.', 0, 37).called).toBe(false);
  });
});
