import { describe, expect, it } from 'vitest';
import { buildIndex, runSteps } from '../../src/index/buildIndex.js';
import { buildIndexData } from '../../src/index/indexData.js';
import { openIndexSteps } from '../../src/index/openIndex.js';
import { decodeIndexData, encodeIndexData } from '../../src/index/snapshot.js';
import type { IsoDate } from '../../src/model.js';
import { READOUT, sampleInput, withUnattributed } from './fixtures.js';

describe('index snapshot', () => {
  const input = sampleInput();
  const built = buildIndex({ ...input, builtAt: 1 });
  const bytes = encodeIndexData(runSteps(buildIndexData({ ...input, builtAt: 1 })), { fingerprint: 'f' });
  const { data, meta } = decodeIndexData(bytes);
  const reopened = runSteps(openIndexSteps(data, input.articles));

  it('gives back its meta', () => {
    expect(meta).toEqual({ fingerprint: 'f' });
  });

  it('answers every query exactly as the index it was taken from', () => {
    expect(reopened.stats()).toEqual(built.stats());
    for (const q of ['peace treaty', '"peace treaty"', 'escalation', 'dialogue', 'Pashinian treaty'])
      expect(reopened.search(q)).toEqual(built.search(q));
    // Through JSON: an article entry's statements are a getter on its class, which toEqual skips.
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
    for (const id of ['mirzoyan', 'blinken', 'gohar-mirzoyan', 'michel']) {
      expect(plain(reopened.brief(id))).toEqual(plain(built.brief(id)));
      expect(plain(reopened.brief(id, { since: '2022-04-01' as IsoDate }))).toEqual(
        plain(built.brief(id, { since: '2022-04-01' as IsoDate })),
      );
    }
    expect(plain(built.brief('mirzoyan')).articles[1].statements).toHaveLength(2);
    for (const q of ['Mirzoian', 'the Secretary', 'Blinkn', 'Xavier']) expect(reopened.resolveActor(q)).toEqual(built.resolveActor(q));
    for (const p of ['', 'Mir', 'Bayramv']) expect(reopened.actors(p)).toEqual(built.actors(p));
  });

  it('works from bytes that are not 8-byte aligned', () => {
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const again = runSteps(openIndexSteps(decodeIndexData(shifted).data, input.articles));
    expect(again.search('treaty')).toEqual(built.search('treaty'));
  });

  it('refuses bytes that are not a snapshot, or cut short', () => {
    expect(() => decodeIndexData(new TextEncoder().encode('not a snapshot at all'))).toThrow();
    expect(() => decodeIndexData(bytes.subarray(0, bytes.length - 64))).toThrow();
  });
});

describe('index snapshot of a statement without a speaker', () => {
  it('keeps the statement, speakerless, searchable and in no brief', () => {
    const input = withUnattributed();
    const built = buildIndex({ ...input, builtAt: 1 });
    const { data } = decodeIndexData(encodeIndexData(runSteps(buildIndexData({ ...input, builtAt: 1 })), null));
    const reopened = runSteps(openIndexSteps(data, input.articles));
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(reopened.statementsOfArticle('a7')).toEqual(built.statementsOfArticle('a7'));
    expect(reopened.statementsOfArticle('a7')[1]!.speaker).toBeNull();
    const hits = reopened.search('ceasefire consultations');
    expect(hits).toEqual(built.search('ceasefire consultations'));
    expect(hits.map((h) => [reopened.statementText(h.statement), h.statement.speaker])).toEqual([[READOUT, null]]);
    expect(reopened.listActors('', 1000)).toEqual(built.listActors('', 1000));
    expect(plain(reopened.brief('mirzoyan'))).toEqual(plain(built.brief('mirzoyan')));
  });
});
