import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/index/buildIndex.js';
import { storedExtraction, type Actor, type ArticleExtraction, type IsoDate } from '../../src/model.js';
import { DecodedExtractions, encodeExtractions, type DiscoveredActors } from '../../src/pipeline/extractionCodec.js';
import { sampleInput, withUnattributed } from '../index/fixtures.js';

describe('extraction cache encoding', () => {
  it('gives back exactly the extractions it was given, by key', () => {
    const { extractions } = sampleInput();
    const withOptionals: ArticleExtraction = {
      ...extractions[0]!,
      mentions: [{ start: 1, end: 5, actor: 'mirzoyan' }],
      statements: extractions[0]!.statements.map((s, i) =>
        i === 0
          ? { ...s, addressee: 'bayramov', via: 'mfa', dateBasis: 'text', date: '2022-03-24' as IsoDate }
          : { ...s, id: `custom-id-${i}` },
      ),
      contacts: extractions[0]!.contacts.map((c) => ({ ...c, date: null, kind: 'call', status: 'planned' })),
    };
    const all = [withOptionals, ...extractions.slice(1)];
    const bytes = runSteps(encodeExtractions(all.map((extraction, i) => ({ key: `k${i}`, extraction }))));
    const decoded = DecodedExtractions.from(bytes);
    expect(decoded.size).toBe(all.length);
    // what is kept of each: all but its mentions (StoredExtraction)
    all.forEach((e, i) => expect(decoded.get(`k${i}`)).toEqual(storedExtraction(e)));
    expect(decoded.get('missing')).toBeUndefined();
  });

  it('gives back a statement without a speaker as one without a speaker', () => {
    const a7 = withUnattributed().extractions.at(-1)!;
    expect(a7.statements.map((s) => s.speaker)).toEqual(['mirzoyan', null]);
    const bytes = runSteps(encodeExtractions([{ key: 'k', extraction: a7 }]));
    const decoded = DecodedExtractions.from(bytes).get('k')!;
    expect(decoded).toEqual(storedExtraction(a7));
    expect(decoded.statements[1]!.speaker).toBeNull();
  });

  it('refuses a cache file of format 1, written when every statement had a speaker', () => {
    const bytes = runSteps(encodeExtractions([{ key: 'k', extraction: sampleInput().extractions[0]! }]));
    expect(() => DecodedExtractions.from(bytes)).not.toThrow();
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, 1, true);
    expect(() => DecodedExtractions.from(bytes)).toThrow('another cache format');
  });

  it('refuses bytes that are not a cache file', () => {
    expect(() => DecodedExtractions.from(new TextEncoder().encode('{"not":"a cache"}'))).toThrow();
  });

  it('gives one object per discovered actor across the chunks decoded with the same map, and an equal copy otherwise', () => {
    const base = sampleInput().extractions[0]!;
    const found = (): Actor => ({
      id: 'discovered:tina-ash',
      kind: 'person',
      name: 'Tina Ash',
      aliases: ['Tina Ash', 'Ash'],
      nominals: [],
      metonyms: [],
      roles: [],
      origin: 'discovered',
    });
    const chunk = (key: string) => runSteps(encodeExtractions([{ key, extraction: { ...base, discovered: [found()] } }]));
    const shared: DiscoveredActors = new Map();
    const a = DecodedExtractions.from(chunk('a'), shared).get('a')!.discovered[0]!;
    const b = DecodedExtractions.from(chunk('b'), shared).get('b')!.discovered[0]!;
    const alone = DecodedExtractions.from(chunk('c')).get('c')!.discovered[0]!;
    expect(a).toEqual(found());
    expect(b).toBe(a);
    expect(alone).toEqual(a);
    expect(alone).not.toBe(a);
  });
});
