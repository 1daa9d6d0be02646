import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus, readArticleFile } from '../../src/corpus/loadCorpus.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = (n: number) => ` date 2022-03-2${n} Mirzoyan met Kasprzyk, the ministry said.\n\nHe stressed the need for peace.\n`;

describe('loadCorpus', () => {
  it('loads every .txt file, sorted by file name, and ignores other files', async () => {
    await writeFile(join(dir, 'b.txt'), good(2));
    await writeFile(join(dir, 'a.txt'), good(1));
    await writeFile(join(dir, 'actors.json'), '{"actors": []}');
    await writeFile(join(dir, 'notes.md'), 'not an article');
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(articles.map((a) => a.date)).toEqual(['2022-03-21', '2022-03-22']);
    expect(problems).toEqual([]);
  });

  it('an empty folder is an empty corpus', async () => {
    expect(await loadCorpus(dir)).toEqual({ articles: [], problems: [] });
  });

  it('skips each broken file, reports it by name and line, and loads the rest', async () => {
    await writeFile(join(dir, 'ok1.txt'), good(1));
    await writeFile(join(dir, 'ok2.txt'), good(2));
    await writeFile(join(dir, 'no-date.txt'), 'Mirzoyan met Kasprzyk.\n');
    await writeFile(join(dir, 'date-word.txt'), ' date\nMirzoyan met Kasprzyk.\n');
    await writeFile(join(dir, 'impossible.txt'), '\n date 2022-02-30 Body.\n');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'no-body.txt'), ' date 2022-03-25\n\n');
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.concat([Buffer.from(' date 2022-03-25 Fine.\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['ok1.txt', 'ok2.txt']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^date-word\.txt:1: .*date/),
      expect.stringMatching(/^empty\.txt:1: .*empty/),
      expect.stringMatching(/^impossible\.txt:2: 2022-02-30 is not a real calendar date/),
      expect.stringMatching(/^latin1\.txt:3: .*UTF-8/),
      expect.stringMatching(/^no-body\.txt:1: .*no body/),
      expect.stringMatching(/^no-date\.txt:1: no date/),
    ]);
  });

  it('reports a .txt entry that cannot be read as a file (a folder) and loads the rest', async () => {
    await writeFile(join(dir, 'ok.txt'), good(1));
    await mkdir(join(dir, 'folder.txt'));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^folder\.txt:1: cannot be read/)]);
  });

  it('reports a dangling symbolic link and loads the rest', async () => {
    await writeFile(join(dir, 'ok.txt'), good(1));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^dangling\.txt:1: cannot be read \(ENOENT\)/)]);
  });

  it('loads an article reached through a symbolic link', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'attache-elsewhere-'));
    try {
      await writeFile(join(elsewhere, 'real.txt'), good(1));
      await symlink(join(elsewhere, 'real.txt'), join(dir, 'linked.txt'));
      const { articles, problems } = await loadCorpus(dir);
      expect(problems).toEqual([]);
      expect(articles.map((a) => a.file)).toEqual(['linked.txt']);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('fails as a whole when the folder itself does not exist', async () => {
    await expect(loadCorpus(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});

describe('readArticleFile', () => {
  it('turns a read error into a problem on line 1 naming the file', async () => {
    await mkdir(join(dir, 'folder.txt'));
    expect(await readArticleFile(dir, 'folder.txt')).toEqual({ file: 'folder.txt', line: 1, message: 'cannot be read (EISDIR)' });
    expect(await readArticleFile(dir, 'absent.txt')).toEqual({ file: 'absent.txt', line: 1, message: 'cannot be read (ENOENT)' });
  });
});

describe('formatProblem', () => {
  it('writes file:line: message', () => {
    expect(formatProblem({ file: 'a.txt', line: 3, message: 'not valid UTF-8 text' })).toBe('a.txt:3: not valid UTF-8 text');
  });
});
