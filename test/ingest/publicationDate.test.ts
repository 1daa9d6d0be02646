import { describe, expect, it } from 'vitest';
import { dateInUrl, publicationDate, readDate } from '../../src/ingest/publicationDate.js';

const now = new Date('2024-06-01T12:00:00Z');

describe('publicationDate', () => {
  const all = {
    jsonLd: '2024-05-01T09:30:00+04:00',
    meta: '2024-04-30T22:10:00Z',
    time: '2024-04-29',
    feed: 'Sun, 28 Apr 2024 10:00:00 GMT',
    url: 'https://x.example/2024/04/27/story',
  };

  it('takes JSON-LD, then meta, then <time>, then the feed, then the URL', () => {
    expect(publicationDate(all, now)).toEqual({ date: '2024-05-01', from: 'json-ld' });
    expect(publicationDate({ ...all, jsonLd: null }, now)).toEqual({ date: '2024-04-30', from: 'meta' });
    expect(publicationDate({ ...all, jsonLd: null, meta: null }, now)).toEqual({ date: '2024-04-29', from: 'time' });
    expect(publicationDate({ feed: all.feed, url: all.url }, now)).toEqual({ date: '2024-04-28', from: 'feed' });
    expect(publicationDate({ url: all.url }, now)).toEqual({ date: '2024-04-27', from: 'url' });
    expect(publicationDate({}, now)).toBeNull();
  });

  it('passes over a signal that is no date, or a date in the future or before 1990', () => {
    expect(publicationDate({ jsonLd: 'yesterday', meta: '2031-01-01', time: '1970-01-01T00:00:00Z', feed: '2024-05-05' }, now)).toEqual({
      date: '2024-05-05',
      from: 'feed',
    });
  });
});

describe('readDate', () => {
  it('keeps the day as its writer meant it, not the UTC day', () => {
    expect(readDate('2024-05-01T23:30:00-05:00')).toBe('2024-05-01');
    expect(readDate('2024-05-02T01:15:00+04:00')).toBe('2024-05-02');
    expect(readDate('Wed, 01 May 2024 23:30:00 -0500')).toBe('2024-05-01');
  });

  it('reads ISO 8601, compact dates, RFC 822 with or without a weekday, and what Date.parse knows', () => {
    expect(readDate('2024-05-01')).toBe('2024-05-01');
    expect(readDate('20240501')).toBe('2024-05-01');
    expect(readDate('1 May 2024 10:00 GMT')).toBe('2024-05-01');
    expect(readDate('Thursday, 2 May 2024')).toBe('2024-05-02');
    expect(readDate('May 3, 2024')).toBe('2024-05-03');
    expect(readDate('2024-02-30')).toBeNull();
    expect(readDate('soon')).toBeNull();
  });
});

describe('dateInUrl', () => {
  it('finds /2024/05/01/, /2024-05-01-, /20240501/ in the path, never in the query or the host', () => {
    expect(dateInUrl('https://x.example/politics/2024/05/01/geneva-talks')).toBe('2024-05-01');
    expect(dateInUrl('https://x.example/2024/5/1/a')).toBe('2024-05-01');
    expect(dateInUrl('https://x.example/news/2024-05-01-geneva')).toBe('2024-05-01');
    expect(dateInUrl('https://x.example/20240501/story.html')).toBe('2024-05-01');
    expect(dateInUrl('https://x.example/news/7781?d=2024/05/01')).toBeNull();
    expect(dateInUrl('https://x.example/news/2024/13/45/a')).toBeNull();
  });
});
