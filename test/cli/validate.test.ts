import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLE, removeFolder, runCli, seedsFolder, SMALL_DICTIONARY } from './runCli.js';

const folders: string[] = [];
async function folder(files: Parameters<typeof seedsFolder>[0]) {
  const dir = await seedsFolder(files);
  folders.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

describe.concurrent('cli validate', () => {
  it('a clean folder: a summary and exit 0', async () => {
    const dir = await folder({ 'a.txt': GOOD_ARTICLE, 'b.txt': GOOD_ARTICLE, 'actors.json': SMALL_DICTIONARY });
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r).toEqual({ code: 0, stdout: '2 articles and 1 actor in the dictionary: no problems.\n', stderr: '' });
  });

  it('a folder without actors.json is valid, and the summary says there is none', async () => {
    const dir = await folder({ 'a.txt': GOOD_ARTICLE });
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 article and 0 actors in the dictionary (no actors.json): no problems.\n');
  });

  it('lists every bad file by name and line, then a summary, and exits 1', async () => {
    const dir = await folder({
      'good.txt': GOOD_ARTICLE,
      'no-date.txt': 'Mirzoyan met Kasprzyk.\n',
      'impossible.txt': '\n\n date 2022-02-30 Body.\n',
      'empty.txt': '',
      'no-body.txt': ' date 2022-03-25\n',
      'latin1.txt': new Uint8Array([...new TextEncoder().encode(' date 2022-03-25 A.\n\nCaf'), 0xe9, 0x0a]),
    });
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^empty\.txt:1: .*empty/),
      expect.stringMatching(/^impossible\.txt:3: 2022-02-30 is not a real calendar date/),
      expect.stringMatching(/^latin1\.txt:3: .*UTF-8/),
      expect.stringMatching(/^no-body\.txt:1: .*no body/),
      expect.stringMatching(/^no-date\.txt:1: no date/),
      '5 problems; 1 article and 0 actors in the dictionary (no actors.json) loaded.',
    ]);
  });

  it('reports a .txt entry that cannot be read (a folder, a dangling link) and exits 1', async () => {
    const dir = await folder({ 'good.txt': GOOD_ARTICLE });
    await mkdir(join(dir, 'folder.txt'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^dangling\.txt:1: cannot be read/m);
    expect(r.stdout).toMatch(/^folder\.txt:1: cannot be read/m);
  });

  it('validates actors.json too, naming the entry at fault', async () => {
    const bad = JSON.stringify({
      actors: [
        { id: 'Not A Slug', kind: 'person', name: 'X' },
        { id: 'ok', kind: 'robot', name: 'Y' },
      ],
    });
    const dir = await folder({ 'a.txt': GOOD_ARTICLE, 'actors.json': bad });
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'actors.json')}: actors[0].id: expected a lower-case slug\n`);
    expect(r.stdout).toContain(`${join(dir, 'actors.json')}: actors[1].kind: expected "person" or "org"\n`);
  });

  it('an actors.json that is not JSON is one problem about the whole file, at the line and column where it breaks', async () => {
    const dir = await folder({ 'a.txt': GOOD_ARTICLE, 'actors.json': '{ "actors": [ ' });
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'actors.json')}:1:15: is not valid JSON: the file ends where a value should be`);
  });

  it('reads SEEDS_DIR when no --seeds is given', async () => {
    const dir = await folder({ 'bad.txt': 'no date here\n' });
    const r = await runCli(['validate'], { SEEDS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.txt:1: no date/m);
  });

  it('--seeds wins over SEEDS_DIR', async () => {
    const bad = await folder({ 'bad.txt': 'no date here\n' });
    const good = await folder({ 'a.txt': GOOD_ARTICLE });
    const r = await runCli(['validate', '--seeds', good], { SEEDS_DIR: bad });
    expect(r.code).toBe(0);
  });
});
