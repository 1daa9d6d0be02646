import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/index/buildIndex.js';
import type { ArticleExtraction, IsoDate } from '../../src/model.js';
import { DecodedExtractions, encodeExtractions } from '../../src/pipeline/extractionCodec.js';
import { sampleInput } from '../index/fixtures.js';

describe('extraction cache encoding', () => {
  it('gives back exactly the extractions it was given, by key', () => {
    const { extractions } = sampleInput();
    const withOptionals: ArticleExtraction = {
      ...extractions[0]!,
      mentions: [{ start: 1, end: 5, actor: 'mirzoyan' }],
      statements: extractions[0]!.statements.map((s, i) =>
        i === 0 ? { ...s, addressee: 'bayramov', via: 'mfa', dateBasis: 'text', date: '2022-03-24' as IsoDate } : { ...s, id: `custom-id-${i}` },
      ),
      contacts: extractions[0]!.contacts.map((c) => ({ ...c, date: null, kind: 'call', status: 'planned' })),
    };
    const all = [withOptionals, ...extractions.slice(1)];
    const bytes = runSteps(encodeExtractions(all.map((extraction, i) => ({ key: `k${i}`, extraction }))));
    const decoded = DecodedExtractions.from(bytes);
    expect(decoded.size).toBe(all.length);
    all.forEach((e, i) => expect(decoded.get(`k${i}`)).toEqual(e));
    expect(decoded.get('missing')).toBeUndefined();
  });

  it('refuses bytes that are not a cache file', () => {
    expect(() => DecodedExtractions.from(new TextEncoder().encode('{"not":"a cache"}'))).toThrow();
  });
});
