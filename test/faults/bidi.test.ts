// Right-to-left overrides and invisible characters in article text (issue #11): a quote must display as
// what it says. They are removed where article text enters rendering (src/views/text.ts), so embeds,
// digests and the terminal show the same plain words; the article file and the extraction keep them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeText, inlineText } from '../../src/discord/render/markdown.js';
import { formatActors } from '../../src/format/formatActors.js';
import { formatBrief } from '../../src/format/formatBrief.js';
import type { Actor } from '../../src/model.js';
import { actorsView, headingOf } from '../../src/views/actors.js';
import { briefView } from '../../src/views/brief.js';
import { oneLine, visibleText } from '../../src/views/text.js';
import { textOf } from '../discord/messageText.js';
import { article, startE2E, type E2E } from '../discord/e2e/harness.js';

const RLO = '\u202e';
const PDF = '\u202c';
const LRI = '\u2066';
const PDI = '\u2069';
const ZWSP = '\u200b';
const SOFT_HYPHEN = '\u00ad';
const WORD_JOINER = '\u2060';
const BOM = '\ufeff';

/** Every character the issue names, and the others of their kind that display as nothing. */
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/u;

// Displayed, the override turns "ngis ton lliw" into "will not sign": the reader would see a refusal the
// text does not contain. Without it, the reader sees the letters as they are stored.
const FORGED = `“We ${RLO}ngis ton lliw${PDF} the agreement to${ZWSP}day, and the bor${SOFT_HYPHEN}der is ${LRI}agreed${PDI}${WORD_JOINER},” Foreign Minister Ararat Mirzoyan said on Monday.`;

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ articles: { 'forged.txt': article('2022-06-05', `${BOM}${FORGED}`, 'The talks resume next week.') } });
});
afterAll(async () => {
  await e?.close();
});

describe('a quote forged with a right-to-left override, through /brief', () => {
  it('reaches the embed as the plain words it stores, with no bidirectional or invisible character', async () => {
    const reply = await e.command('brief', { actor: 'Mirzoyan' }).waitForReply();
    const text = textOf(reply);
    expect(text).toContain('We ngis ton lliw the agreement today, and the border is agreed');
    expect(text).not.toMatch(HIDDEN);
  });

  it('leaves the article and its extraction as they were: the index still holds the characters', () => {
    const statement = e.live.index
      .brief('ararat-mirzoyan')
      .articles.find((a) => a.article.id === 'forged')
      ?.statements.find((s) => e.live.index.statementText(s).includes('agreement'));
    expect(statement?.speaker).toBe('ararat-mirzoyan');
    expect(e.live.index.statementText(statement!)).toContain(RLO);
  });

  it('shows the same plain words in the terminal', () => {
    const brief = e.live.index.brief('ararat-mirzoyan');
    const text = formatBrief(briefView(brief, e.live.index));
    expect(text).toContain('We ngis ton lliw the agreement today, and the border is agreed');
    expect(text).not.toMatch(HIDDEN);
  });
});

describe('visibleText', () => {
  it.each([
    ['left-to-right and right-to-left embeddings, overrides and their end', 'a\u202ab\u202bc\u202cd\u202de\u202ef', 'abcdef'],
    ['isolates', `x${LRI}y\u2067z\u2068w${PDI}`, 'xyzw'],
    ['marks (LRM, RLM, ALM)', 'a\u200eb\u200fc\u061cd', 'abcd'],
    ['zero-width space, word joiner, invisible operators, BOM', `a${ZWSP}b${WORD_JOINER}c\u2061d\u2062e\u2063f\u2064g${BOM}h`, 'abcdefgh'],
    [
      'soft hyphen, combining grapheme joiner, Mongolian vowel separator, Hangul fillers',
      'a\u00adb\u034fc\u180ed\u115fe\u3164f\uffa0g',
      'abcdefg',
    ],
    ['deprecated format characters and interlinear annotation', 'a\u206ab\u206fc\ufff9d\ufffbe', 'abcde'],
    ['tag characters outside an emoji flag', 'say\u{e0068}\u{e0069} hi', 'say hi'],
    ['a zero-width joiner or non-joiner between spaces', 'a \u200d b \u200c c', 'a  b  c'],
    ['a zero-width joiner or non-joiner inside a Latin word', 'Pu\u200dtin Miche\u200cl', 'Putin Michel'],
  ])('removes %s', (_name, text, plain) => {
    expect(visibleText(text)).toBe(plain);
  });

  it.each([
    // ZWNJ is spelling in Persian: "mi-khaham" (I want) is written with it between the prefix and the verb.
    ['a zero-width non-joiner inside a Persian word', 'می\u200cخواهم'],
    // ZWJ asks for a joined form in Arabic-script and Indic text (here Devanagari "kṣa" half form).
    ['a zero-width joiner inside Devanagari', 'क्\u200dष'],
    // ZWJ makes one emoji of several: a family, a profession with a skin tone, a rainbow flag.
    ['a zero-width joiner inside emoji sequences', '👨\u200d👩\u200d👧 👩🏽\u200d💻 🏳\ufe0f\u200d🌈'],
    ['a subdivision flag (its tag characters)', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
    ['variation selectors (text or emoji presentation)', '❤\ufe0f ✈\ufe0e'],
    ['ordinary text, accents and right-to-left scripts themselves', 'Mirzoyan, Çavuşoğlu, שלום, مرحبا'],
  ])('keeps %s', (_name, text) => {
    expect(visibleText(text)).toBe(text);
  });

  it('is applied by oneLine, which every renderer passes article text through, before escaping adds its own zero-width spaces', () => {
    expect(oneLine(`a${RLO}b\n\n${ZWSP}c`)).toBe('ab c');
    // escapeText's zero-width space after @ keeps a mention inert; it is the bot's, added after the cleaning.
    expect(inlineText(`@${ZWSP}everyone ${RLO}x`, 100)).toBe(`@${ZWSP}everyone x`);
    expect(escapeText('@here')).toBe(`@${ZWSP}here`);
  });
});

describe('a discovered name forged the same way', () => {
  // A discovered actor's name and description come from article text too.
  const actor: Actor = {
    id: 'ivan-petrov',
    kind: 'person',
    name: `Ivan ${RLO}vorteP${PDF}`,
    aliases: [],
    nominals: [],
    metonyms: [],
    roles: [],
    origin: 'discovered',
    description: `deputy ${ZWSP}foreign minister${BOM}`,
  };

  it('is shown as its plain letters in headings and in the terminal’s actor list', () => {
    expect(headingOf(actor)).toEqual({ id: 'ivan-petrov', name: 'Ivan vorteP', about: 'deputy foreign minister' });
    const list = formatActors(actorsView([{ actor, statementCount: 1, contactCount: 0 }]));
    expect(list).toContain('Ivan vorteP');
    expect(list).not.toMatch(HIDDEN);
  });
});
