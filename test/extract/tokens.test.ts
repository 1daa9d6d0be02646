import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, WORD } from '../../src/extract/tokens.js';

/** The specification: every match of WORD that starts before `to`. */
function byExpression(text: string, from = 0, to = text.length) {
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  const out: { text: string; start: number; end: number }[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const tricky = [
  "U.S. and U.N. envoys; U.Sx; É.U. A. x- -a 'A ’B",
  "O'Brien, D’Alema, it's the minister’s, l'État, Co-Chair Nagorno‐Karabakh non‑stop x-- e-’",
  'Astral 𝐀𝐁 letters, 日本語, ٣٤ digits, Ça-va, Ærø.',
  "Tupouto'a 'Ulukalala in Sana’a; don't, we'll, they're, I've, I'm, he'd, Ya'alon's, x'",
];
const articles = ['seeds', 'test/eval/written/articles'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

describe('tokenize: the scanner gives exactly the tokens of the WORD expression', () => {
  it.each(tricky)('%s', (text) => {
    expect(tokenize(text)).toEqual(byExpression(text));
  });

  it('on every seed and held-out article, whole and within bounds', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const text of articles) {
      expect(tokenize(text)).toEqual(byExpression(text));
      expect(tokenize(text, 17, 400)).toEqual(byExpression(text, 17, 400));
    }
  });

  it('keeps an apostrophe inside a name before small letters that are no contraction', () => {
    expect(tokenize("Tupouto'a met Ya'alon in Sana’a; it's Ya'alon's, we'll see").map((t) => t.text)).toEqual([
      "Tupouto'a",
      'met',
      "Ya'alon",
      'in',
      'Sana’a',
      'it',
      's',
      "Ya'alon",
      's',
      'we',
      'll',
      'see',
    ]);
  });

  it('keeps dotted acronyms whole and splits possessives', () => {
    expect(tokenize("the U.S. minister’s O'Brien").map((t) => t.text)).toEqual(['the', 'U.S.', 'minister', 's', "O'Brien"]);
  });
});
