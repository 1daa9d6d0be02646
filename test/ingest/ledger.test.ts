import { describe, expect, it } from 'vitest';
import { META_FORMAT, type ArticleMeta } from '../../src/ingest/articleFile.js';
import { fingerprintText } from '../../src/ingest/fingerprint.js';
import { ArticleLedger } from '../../src/ingest/ledger.js';
import { toIsoDate } from '../../src/model.js';
import { storyText } from './fixtures.js';

function meta(id: string, date: string, text: string, fields: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    format: META_FORMAT,
    id,
    outlet: 'Wire',
    title: null,
    url: `https://wire.example/${id}`,
    links: [],
    guid: null,
    sourceId: 'wire',
    fetchedAt: '2024-06-01T00:00:00Z',
    language: 'en',
    extract: true,
    date: toIsoDate(date)!,
    dateFrom: 'feed',
    textFrom: 'feed',
    fingerprint: fingerprintText(text),
    alsoFrom: [],
    ...fields,
  };
}

const candidate = (date: string, text: string, urls: string[] = []) => ({
  urls,
  sourceId: 'desk',
  guid: null,
  date: toIsoDate(date)!,
  fingerprint: fingerprintText(text),
});

describe('ArticleLedger', () => {
  const ledger = new ArticleLedger();
  ledger.put(meta('wire-1', '2024-05-01', storyText('wire-original.txt'), { guid: 'g-1', links: ['https://wire.example/amp/1'] }));
  ledger.put(meta('osce', '2024-05-02', storyText('unrelated-osce.txt')));

  it('knows an article by any of its addresses, and by its guid from the same source only', () => {
    expect(ledger.knownItem(['https://wire.example/amp/1'], 'x', null)).toMatchObject({ match: 'url', id: 'wire-1' });
    expect(ledger.knownItem([null, 'https://wire.example/wire-1'], 'x', null)).toMatchObject({ id: 'wire-1' });
    expect(ledger.knownItem([], 'wire', 'g-1')).toMatchObject({ match: 'guid', id: 'wire-1' });
    expect(ledger.knownItem([], 'desk', 'g-1')).toBeNull();
  });

  it('finds a reprint dated within three days, and not one dated further away', () => {
    expect(ledger.findDuplicate(candidate('2024-05-04', storyText('reprint-intro.txt')))).toMatchObject({ match: 'near', id: 'wire-1' });
    expect(ledger.findDuplicate(candidate('2024-04-28', storyText('reprint-trimmed.txt')))).toMatchObject({ match: 'near', id: 'wire-1' });
    expect(ledger.findDuplicate(candidate('2024-05-05', storyText('reprint-intro.txt')))).toBeNull();
  });

  it('finds the same text on any day, and nothing for a different story on the same day', () => {
    expect(ledger.findDuplicate(candidate('2025-01-01', storyText('unrelated-osce.txt')))).toMatchObject({ match: 'text', id: 'osce' });
    expect(ledger.findDuplicate(candidate('2024-05-01', storyText('same-topic-other.txt')))).toBeNull();
    expect(ledger.findDuplicate(candidate('2024-05-01', storyText('followup.txt')))).toBeNull();
  });

  it('counts the sources recorded on an article, and moves it when its metadata is replaced', () => {
    const other = {
      sourceId: 'desk',
      outlet: 'Desk',
      url: 'https://desk.example/9',
      title: null,
      fetchedAt: '',
      match: 'near' as const,
      similarity: 0.8,
    };
    ledger.put(meta('wire-1', '2024-05-01', storyText('wire-original.txt'), { alsoFrom: [other] }));
    expect(ledger.sources('wire-1')).toEqual(['wire', 'desk']);
    expect(ledger.knownItem(['https://desk.example/9'], 'desk', null)).toMatchObject({ id: 'wire-1' });
    expect(ledger.size).toBe(2);
  });
});
