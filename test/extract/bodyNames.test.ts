// Bodies the dictionary lacks, named from the text: "Öztürk's office" is the office of his role, and answers to
// the country's other names too ("Türkiye" for Turkey), as articles write either.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function speakerOf(body: string, sentence: string): { name: string; aliases: readonly string[] } | undefined {
  const parsed = parseArticle('bodies.txt', new TextEncoder().encode(` date 2025-06-21 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const s = x.statements.find((st) => parsed.article.text.slice(st.start, st.end) === sentence);
  return s?.speaker ? (dictionary.byId.get(s.speaker) ?? x.discovered.find((a) => a.id === s.speaker)) : undefined;
}

describe('bodies named from the text', () => {
  it('"X’s office said" is the office of X’s role, under each name of its country', () => {
    const sentence = `Öztürk's office said the two ministers had discussed the border crossing.`;
    const office = speakerOf(`Foreign Minister Hakan Öztürk met Sargsian in Ankara on Friday.\n\n${sentence}`, sentence);
    expect(office?.name).toBe('Office of the Foreign Minister of Turkey');
    expect(office?.aliases).toContain('Office of the Foreign Minister of Türkiye');
  });

  it('"X is due to travel to Paris, his office said" is the office of X, not of the last man named before', () => {
    const sentence = 'Prime Minister Vardanyan is due to travel to Paris on Monday for talks with Claire Delorme, his office said.';
    const office = speakerOf(`Speaker of Parliament Arman Tadevosyan said the vote would take place in March.\n\n${sentence}`, sentence);
    expect(office?.name).toBe('Office of the Prime Minister of Armenia');
  });

  it('"The Japanese government says" is the Government of Japan, named as governments are', () => {
    const sentence = 'The Japanese government says any right to claims was settled in 1965.';
    expect(speakerOf(sentence, sentence)?.name).toBe('Government of Japan');
  });

  it('"The Kenyan foreign ministry said" and "“…,” Japan’s defence ministry said" name those countries’ ministries', () => {
    const first = 'The Kenyan foreign ministry said the talks were useful.';
    expect(speakerOf(first, first)?.name).toBe('Ministry of Foreign Affairs of Kenya');
    const second = '"We regret the decision," Japan\'s defence ministry said in a statement.';
    expect(speakerOf(second, second)).toBeUndefined(); // a quotation's sentence: its speaker is the quotation's
    const body = `${first}\n\n${second}`;
    const parsed = speakerOfQuote(body, 'We regret the decision,');
    expect(parsed?.name).toBe('Ministry of Defence of Japan');
  });
});

function speakerOfQuote(body: string, words: string): { name: string } | undefined {
  const parsed = parseArticle('bodies.txt', new TextEncoder().encode(` date 2025-06-21 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const q = x.statements.find((st) => st.kind === 'quote' && parsed.article.text.slice(st.start, st.end) === words);
  return q?.speaker ? (dictionary.byId.get(q.speaker) ?? x.discovered.find((a) => a.id === q.speaker)) : undefined;
}
