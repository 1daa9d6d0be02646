// Several reports of one contact are one contact: the same two parties, kind and status on the same day
// (its own date, else its article's). A brief counts them once in every period, as counting the distinct
// contacts outright does; /brief, the CLI and digests show one entry citing every outlet.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/buildIndex.js';
import type { Article, ArticleExtraction, IsoDate } from '../../src/model.js';
import { briefView } from '../../src/views/brief.js';
import { contactLine } from '../../src/discord/render/statements.js';
import { formatBrief } from '../../src/format/formatBrief.js';
import { makeArticle, makeDictionary, makeExtraction } from './fixtures.js';

const PARTNERS = ['bayramov', 'blinken', 'aliyev'] as const;
const dayOf = (d: number) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10) as IsoDate;

/**
 * 60 articles over 30 days; each reports Mirzoyan meeting one partner: on its own date, on a day before
 * (dated in the text), or undated (its article's day), picked by a fixed pseudo-random walk.
 */
function archive() {
  const articles: Article[] = [];
  const extractions: ArticleExtraction[] = [];
  const met: { partner: string; day: number }[] = [];
  let x = 11;
  const next = (n: number) => (x = (x * 1103515245 + 12345) % 2147483648) % n;
  for (let k = 0; k < 60; k++) {
    const day = next(30);
    const partner = PARTNERS[next(PARTNERS.length)]!;
    const how = next(3);
    const when = how === 1 && day > 0 ? day - 1 : day;
    const words = `Mirzoyan met ${partner} (report ${k}).`;
    const article = makeArticle(`r${String(k).padStart(2, '0')}`, dayOf(day), [words]);
    articles.push(article);
    const date = how === 2 ? null : dayOf(when);
    // Either party first: a meeting of A with B is one of B with A.
    const [a, b] = next(2) ? ['mirzoyan', partner] : [partner, 'mirzoyan'];
    extractions.push(makeExtraction(article, [], { met: [{ a, b, words, date }] }));
    met.push({ partner, day: date === null ? day : when });
  }
  return { articles, extractions, met };
}

describe('several reports of one contact', () => {
  const { articles, extractions, met } = archive();
  const index = buildIndex({ articles, extractions, dictionary: makeDictionary(), builtAt: 0 });

  it('count once in every period, as counting the distinct contacts outright does', () => {
    let merged = 0;
    for (let from = 0; from < 30; from += 4)
      for (let to = from; to < 30; to += 3) {
        const within = met.filter((m) => m.day >= from && m.day <= to);
        const distinct = new Set(within.map((m) => `${m.partner}@${m.day}`));
        merged += within.length - distinct.size;
        expect(index.brief('mirzoyan', { since: dayOf(from), until: dayOf(to) }).contactCount, `${from}..${to}`).toBe(distinct.size);
      }
    // The check means something only if reports were merged.
    expect(merged).toBeGreaterThan(10);
    expect(index.brief('bayramov').contactCount).toBe(new Set(met.filter((m) => m.partner === 'bayramov').map((m) => m.day)).size);
  });

  it('are one entry of the brief, citing every report, as many as counted', () => {
    const brief = index.brief('mirzoyan');
    const view = briefView(brief, index);
    expect(view.contacts).toHaveLength(brief.contactCount);
    const keys = view.contacts.map((c) => `${c.with}@${c.date ?? c.cited.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    const several = view.contacts.filter((c) => (c.sources?.length ?? 1) > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const c of several) expect(new Set(c.sources!.map((s) => s.article)).size).toBe(c.sources!.length);
  });
});

describe('a contact several outlets reported', () => {
  const text = 'Foreign Minister Ararat Mirzoyan met Jeyhun Bayramov in Almaty.';
  const outlets = ['Armenpress', 'News.am', 'Trend', 'APA'];
  const articles = outlets.map((outlet, k): Article => ({
    ...makeArticle(`o${k}`, '2024-05-10', [text]),
    source: { outlet, title: `Mirzoyan and Bayramov meet (${outlet})`, url: `https://${outlet.toLowerCase()}.example/${k}` },
  }));
  const extractions = articles.map((a) => makeExtraction(a, [], { met: [{ a: 'mirzoyan', b: 'bayramov', words: text }] }));
  const index = buildIndex({ articles, extractions, dictionary: makeDictionary(), builtAt: 0 });

  it('reads once on Discord and in the terminal, naming the outlets', () => {
    const view = briefView(index.brief('mirzoyan'), index);
    expect(view.counts.contacts).toBe(1);
    expect(view.contacts).toHaveLength(1);
    const line = contactLine(view.contacts[0]!);
    const named = line.match(
      /^2024-05-10 · meeting with \*\*Jeyhun Bayramov\*\* · \[([\w.]+)\]\(https:\/\/([\w.]+)\.example\/\d\), \[([\w.]+)\]\([^)]+\) and 2 more$/,
    );
    expect(named, line).not.toBeNull();
    expect(outlets).toContain(named![1]);
    expect(named![2]).toBe(named![1]!.toLowerCase());
    expect(named![3]).not.toBe(named![1]);
    const printed = formatBrief(view);
    const row = printed.split('\n').find((l) => l.includes('Jeyhun Bayramov'))!;
    for (const outlet of outlets) expect(row).toContain(outlet);
    expect(printed.match(/Jeyhun Bayramov/g)).toHaveLength(1);
  });
});
