// Issue #13 on Discord: one field per utterance (quoted words in bold inside their sentence), sources cited
// by outlet and title as masked links inside the embed (which Discord never unfurls), the first words of an
// article without metadata, never a file id.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/buildIndex.js';
import { renderBriefPages } from '../../../src/discord/render/index.js';
import { linkTarget } from '../../../src/discord/render/citations.js';
import { markedText } from '../../../src/discord/render/statements.js';
import { briefView } from '../../../src/views/brief.js';
import { newsroom } from '../../index/newsroom.js';
import { assertWithinLimits, discovered, fieldsOf, longWords, makeDictionary } from './helpers.js';

function newsroomPages() {
  const { articles, extractions } = newsroom();
  const [first, ...rest] = extractions;
  const index = buildIndex({
    articles,
    extractions: [{ ...first!, discovered: [discovered('donfried', 'Karen Donfried')] }, ...rest],
    dictionary: makeDictionary(),
    builtAt: 0,
  });
  return renderBriefPages(briefView(index.brief('mirzoyan'), index));
}

describe('a brief of utterances and citations on Discord', () => {
  const pages = newsroomPages();
  const fields = fieldsOf(pages).filter((f) => !f.name.startsWith('Contacts'));

  it('counts and shows three utterances of seven statements', () => {
    expect(pages[0]!.embeds[0]!.description).toContain('3 statements in 4 articles');
    expect(fields.map((f) => f.name)).toEqual(['2022-03-25 · reported', '2022-03-25 · quote', '2022-03-24 · quote']);
    pages.forEach(assertWithinLimits);
  });

  it('renders a mixed sentence once, its quoted words in bold and escaped, cited by outlet and linked title', () => {
    expect(fields[0]!.value).toBe(
      [
        'Mirzoyan told Donfried that Azerbaijan **“grossly violated the commitments”** and **“endangered \\*peace\\*”**.',
        '— *told · to Karen Donfried*',
        'Armenpress · [Mirzoyan \\[briefs\\] Donfried](https://armenpress.am/eng/news/%281071%29)',
      ].join('\n'),
    );
  });

  it('renders the same words from four outlets once: "Armenpress, News.am and 2 more", each named outlet linked', () => {
    expect(fields[1]!.value).toBe(
      [
        '“We are ready for talks”',
        '— *said*',
        '[Armenpress](https://armenpress.am/eng/news/%281071%29), [News.am](https://news.am/eng/news/2) and 2 more',
      ].join('\n'),
    );
  });

  it('cites a folder article without metadata by its first words, and never by its file id', () => {
    expect(fields[2]!.value).toBe(
      ['“Peace needs work”', '— *said*', '*Karen Donfried, US Assistant Secretary of State for European and…*'].join('\n'),
    );
    for (const f of fieldsOf(pages)) expect(`${f.name}\n${f.value}`).not.toMatch(/\b[nf][123]\b/);
  });
});

describe('links and marks', () => {
  it('links only http(s) addresses of a sane length, their parentheses encoded', () => {
    expect(linkTarget('https://x.example/a_(b)')).toBe('https://x.example/a_%28b%29');
    expect(linkTarget('javascript:alert(1)')).toBeNull();
    expect(linkTarget(`https://x.example/${'a'.repeat(400)}`)).toBeNull();
    expect(linkTarget(null)).toBeNull();
  });

  it('cuts a long sentence at a word and closes the bold it cut into', () => {
    const words = `He said “${longWords(2000)}” today.`;
    const start = words.indexOf('“');
    const out = markedText(words, [{ start, end: words.indexOf('”') + 1 }], 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/^He said \*\*“peace( peace)*…\*\*$/);
  });

  it('keeps the words and marks whole when they fit', () => {
    expect(markedText('a “b” c', [{ start: 2, end: 5 }], 100)).toBe('a **“b”** c');
    expect(markedText('a_“b*”', [{ start: 2, end: 6 }], 100)).toBe('a\\_**“b\\*”**');
  });
});
