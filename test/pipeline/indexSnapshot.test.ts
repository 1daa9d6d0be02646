import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSteps } from '../../src/index/buildIndex.js';
import { buildIndexData } from '../../src/index/indexData.js';
import { openIndexSteps } from '../../src/index/openIndex.js';
import { readIndexSnapshot, writeIndexSnapshot } from '../../src/pipeline/indexSnapshot.js';
import { READOUT, withUnattributed } from '../index/fixtures.js';
import { tempDir } from './helpers.js';

describe('index snapshot file', async () => {
  const { dir, remove } = await tempDir('snapshot');
  afterAll(remove);
  const input = withUnattributed();
  const file = join(dir, 'index.bin');
  await writeIndexSnapshot(file, runSteps(buildIndexData({ ...input, builtAt: 1 })), { fingerprint: 'f' });

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
