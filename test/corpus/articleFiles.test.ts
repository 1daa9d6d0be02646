import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArticleFile, listArticleFiles } from '../../src/corpus/articleFiles.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('article files', () => {
  it('are the .txt names of a folder, whatever the case, sorted; a folder named *.txt too, to be reported when read', async () => {
    await writeFile(join(dir, 'b.txt'), '');
    await writeFile(join(dir, 'A.TXT'), '');
    await writeFile(join(dir, 'actors.json'), '{}');
    await writeFile(join(dir, 'notes.md'), '');
    await mkdir(join(dir, 'folder.txt'));
    expect(await listArticleFiles(dir)).toEqual(['A.TXT', 'b.txt', 'folder.txt']);
    expect(['x.txt', '/seeds/x.Txt', 'x.txt.bak', 'actors.json'].map(isArticleFile)).toEqual([true, true, false, false]);
  });

  it('cannot be listed in a folder that does not exist', async () => {
    await expect(listArticleFiles(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
