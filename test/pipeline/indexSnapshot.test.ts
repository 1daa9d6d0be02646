import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexSteps, runSteps } from '../../src/index/buildIndex.js';
import { openIndexSteps } from '../../src/index/openIndex.js';
import type { IsoDate } from '../../src/model.js';
import { decodeIndexData, encodeIndexData, readIndexSnapshot, writeIndexSnapshot } from '../../src/pipeline/indexSnapshot.js';
import { READOUT, sampleInput, withUnattributed } from '../index/fixtures.js';
import { tempDir } from './helpers.js';

describe('index snapshot', () => {
  const input = sampleInput();
  // Built as the pipeline builds: the index it serves, and the data it writes as the snapshot.
  const { index: built, data: builtData } = runSteps(buildIndexSteps({ ...input, builtAt: 1 }));
  const bytes = encodeIndexData(builtData, { fingerprint: 'f' });
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
    const { index: built, data: builtData } = runSteps(buildIndexSteps({ ...input, builtAt: 1 }));
    const { data } = decodeIndexData(encodeIndexData(builtData, null));
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

describe('index snapshot file', async () => {
  const { dir, remove } = await tempDir('snapshot');
  afterAll(remove);
  const input = withUnattributed();
  const file = join(dir, 'index.bin');
  await writeIndexSnapshot(file, runSteps(buildIndexSteps({ ...input, builtAt: 1 })).data, { fingerprint: 'f' });

  it('reads back a statement without a speaker as one, searchable', async () => {
    const read = await readIndexSnapshot(file);
    if (!read.ok || !read.data) throw new Error('no snapshot read');
    const index = runSteps(openIndexSteps(read.data, input.articles));
    const hits = index.search('ceasefire consultations');
    expect(hits.map((h) => [index.statementText(h.statement), h.statement.speaker])).toEqual([[READOUT, null]]);
  });

  it('ignores a snapshot of version 1, taken when every statement had a speaker', async () => {
    const bytes = await readFile(file);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, 1, true);
    const old = join(dir, 'old.bin');
    await writeFile(old, bytes);
    const read = await readIndexSnapshot(old);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/another version/);
  });
});
