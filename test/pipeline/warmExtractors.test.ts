// A running bot's warm extraction workers (issue #11): started and warmed once, lent for one long article
// at a time and given back, replaced after a failure, told of a new dictionary, ended on close.
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { storedExtraction } from '../../src/model.js';
import { buildIndex } from '../../src/index/buildIndex.js';
import { parseDictionary } from '../../src/extract/dictionary.js';
import { extractArticles } from '../../src/pipeline/extractInParallel.js';
import { WarmExtractors, warmUpSample } from '../../src/pipeline/warmExtractors.js';
import { makeArticle, makeDictionary } from '../index/fixtures.js';

const saying = (i: number, who = 'Foreign Minister Ararat Mirzoyan') => `“Round ${i} of the talks went well,” ${who} said on Monday.`;
const longArticle = (id: string, paragraphs: number, who?: string) =>
  makeArticle(
    id,
    '2022-05-01',
    Array.from({ length: paragraphs }, (_, i) => saying(i, who)),
  );

describe('WarmExtractors', () => {
  let pool: WarmExtractors | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('lends the same two started workers each time they come back healthy', async () => {
    pool = new WarmExtractors(2);
    const dictionary = makeDictionary();
    await pool.warm(dictionary);
    const first = await pool.lend(dictionary);
    if (typeof first === 'string') throw new Error(first);
    expect(first.workers).toHaveLength(2);
    const lentWorkers = [...first.workers];
    await first.giveBack(true);
    const second = await pool.lend(dictionary);
    if (typeof second === 'string') throw new Error(second);
    expect(second.workers).toEqual(lentWorkers);
    await second.giveBack(true);
  });

  it('gives a second borrower fresh workers of its own while the pool is lent, and ends them when given back', async () => {
    pool = new WarmExtractors(1);
    const dictionary = makeDictionary();
    const lent = await pool.lend(dictionary);
    const other = await pool.lend(dictionary);
    if (typeof lent === 'string' || typeof other === 'string') throw new Error('no workers');
    expect(other.workers[0]).not.toBe(lent.workers[0]);
    const exited = new Promise((resolve) => other.workers[0]!.once('exit', resolve));
    await other.giveBack(true);
    await expect(exited).resolves.toBeDefined();
    await lent.giveBack(true);
  });

  it('replaces workers given back after a failure', async () => {
    pool = new WarmExtractors(1);
    const dictionary = makeDictionary();
    const lent = await pool.lend(dictionary);
    if (typeof lent === 'string') throw new Error(lent);
    const failed = lent.workers[0]!;
    const exited = new Promise((resolve) => failed.once('exit', resolve));
    await lent.giveBack(false);
    await exited;
    const next = await pool.lend(dictionary);
    if (typeof next === 'string') throw new Error(next);
    expect(next.workers[0]).not.toBe(failed);
    await next.giveBack(true);
  });

  it('extracts long articles with the same result as the main thread, and over its budget stops only that article', async () => {
    pool = new WarmExtractors(2);
    const dictionary = makeDictionary();
    await pool.warm(dictionary);
    const long = longArticle('long', 600);
    const outcome = await extractArticles([longArticle('slow', 60_000), long], dictionary, {
      extractors: pool,
      budgetMs: (chars) => (chars > 1_000_000 ? 100 : 30_000),
    });
    expect(outcome.failures.map((f) => f.file)).toEqual(['slow.txt']);
    expect(outcome.extractions[1]).toEqual(storedExtraction(extractArticle(long, dictionary)));
  });

  it('hands its warm workers a new dictionary before lending them', async () => {
    pool = new WarmExtractors(2);
    const before = makeDictionary({ actors: [] });
    await pool.warm(before);
    const newcomer = 'Deputy Minister Vahan Kostanyan';
    const after = parseDictionary({
      actors: [{ id: 'vahan-kostanyan', name: 'Vahan Kostanyan', kind: 'person', country: 'AM', aliases: ['Kostanyan'] }],
    }).dictionary;
    const outcome = await extractArticles([longArticle('long', 600, newcomer)], after, { extractors: pool });
    const speakers = new Set(outcome.extractions[0]!.statements.map((s) => s.speaker));
    expect([...speakers]).toEqual(['vahan-kostanyan']);
  });

  it('starts workers for the caller once closed, and ends them', async () => {
    pool = new WarmExtractors(1);
    await pool.close();
    const lent = await pool.lend(makeDictionary());
    if (typeof lent === 'string') throw new Error(lent);
    const exited = new Promise((resolve) => lent.workers[0]!.once('exit', resolve));
    await lent.giveBack(true);
    await expect(exited).resolves.toBeDefined();
  });
});

describe('warmUpSample', () => {
  it('takes the archive’s article bodies, newest first, up to the size asked', () => {
    const dictionary = makeDictionary();
    const articles = [longArticle('old', 3), makeArticle('new', '2024-01-01', ['Newest words here.'])];
    const index = buildIndex({ articles, extractions: articles.map((a) => extractArticle(a, dictionary)), dictionary });
    const sample = warmUpSample(index, 10);
    expect(sample).toBe('Newest words here.');
    expect(warmUpSample(index)).toContain('Round 2 of the talks went well');
    expect(warmUpSample(index)).not.toContain(' date ');
  });
});
