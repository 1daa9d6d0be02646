import { describe, expect, it } from 'vitest';
import { isArticleFile } from '../../src/corpus/articleFiles.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { toIsoDate, textOf } from '../../src/model.js';
import { articleIdFor, formatArticle, isExtractable, MAX_TEXT_BYTES, metaFileOf, slug } from '../../src/ingest/articleFile.js';

const day = toIsoDate('2024-05-01')!;

describe('formatArticle', () => {
  it('writes the seeds format: date and title on the first line, then one paragraph a line with blank lines between', () => {
    const text = formatArticle(day, 'Talks in\nGeneva', ['Talks in Geneva', 'First  paragraph,\nfolded.', '', '“Second,” he said.']);
    expect(text).toBe(' date 2024-05-01 Talks in Geneva\n\nFirst paragraph, folded.\n\n“Second,” he said.\n');
    const parsed = parseArticle('x.txt', new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.article.paragraphs.map((p) => textOf(parsed.article, p))).toEqual([
      'Talks in Geneva',
      'First paragraph, folded.',
      '“Second,” he said.',
    ]);
  });

  it('writes an article without a title, and cuts a text beyond 900 kB at a paragraph', () => {
    expect(formatArticle(day, null, ['Only text.'])).toBe(' date 2024-05-01\n\nOnly text.\n');
    const long = Array.from({ length: 2000 }, (_, i) => `${i} ${'x'.repeat(999)}`);
    const text = formatArticle(day, 'Long', long);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_TEXT_BYTES + 100);
    expect(text.endsWith('x\n')).toBe(true);
  });
});

describe('article names', () => {
  it('derives a stable, safe id from date, outlet and the canonical URL', () => {
    const id = articleIdFor(day, 'Caucasus Wire & Agency', 'https://wire.example/a?id=1');
    expect(id).toBe(articleIdFor(day, 'Caucasus Wire & Agency', 'https://wire.example/a?id=1'));
    expect(id).toMatch(/^2024-05-01_caucasus-wire-agency_[0-9a-f]{12}$/);
    expect(articleIdFor(day, 'Caucasus Wire & Agency', 'https://wire.example/a?id=2')).not.toBe(id);
    expect(isArticleFile(`${id}.txt`)).toBe(true);
    expect(isArticleFile(metaFileOf(id))).toBe(false);
  });

  it('writes outlets as ASCII: accents dropped, other scripts and symbols become dashes, at most 32 characters', () => {
    expect(slug('Agência Lusa')).toBe('agencia-lusa');
    expect(slug('МИД России')).toBe('source');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('The Very Long Name of a Regional News Agency of the South Caucasus')).toHaveLength(32);
  });
});

describe('isExtractable', () => {
  it('extracts English, unknown languages and articles without metadata; not the others yet', () => {
    expect([{ language: 'en' }, { language: 'und' }, null].map(isExtractable)).toEqual([true, true, true]);
    expect([{ language: 'ru' }, { language: 'hy' }, { language: 'az' }].map(isExtractable)).toEqual([false, false, false]);
  });
});
