// The one reading path (readArticles), on the main thread and shared with worker threads: what the bot,
// the CLI and every test that loads a folder get.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/corpus/parseArticle.js';
import { articleKey } from '../../src/pipeline/cacheKey.js';
import { readArticles, type ReadOptions } from '../../src/pipeline/readArticles.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = (n: number) => ` date 2022-03-2${n} Mirzoyan met Kasprzyk, the ministry said.\n\nHe stressed the need for peace.\n`;

// On the main thread alone, and shared with worker threads (from 2 files up, for the test).
const modes: [string, ReadOptions][] = [
  ['on the main thread', { parallelAbove: Infinity }],
  ['on worker threads', { parallelAbove: 1 }],
  // more readers than files: some shares are empty, and the order still holds
  ['on five worker threads', { parallelAbove: 1, workers: 5 }],
];

describe.each(modes)('readArticles %s', (_mode, options) => {
  const read = (folder = dir) => readArticles(folder, 'p', options);

  it('takes the listing the caller made instead of listing the folder again, in order, with its sidecars', async () => {
    await writeFile(join(dir, 'b.txt'), good(2));
    await writeFile(join(dir, 'a.txt'), good(1));
    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ outlet: 'Armenpress' }));
    await writeFile(join(dir, 'late.txt'), good(3));
    // Listed before late.txt was written: it is not read now (the next load's listing has it).
    const { articles } = await readArticles(dir, 'p', { ...options, names: ['b.txt', 'a.meta.json', 'a.txt', 'notes.md'] });
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(articles[0]!.source?.outlet).toBe('Armenpress');
  });

  it('reads every .txt file, sorted by file name, with its cache key, and ignores other files', async () => {
    await writeFile(join(dir, 'b.txt'), good(2));
    await writeFile(join(dir, 'a.txt'), good(1));
    await writeFile(join(dir, 'actors.json'), '{"actors": []}');
    await writeFile(join(dir, 'notes.md'), 'not an article');
    // Not ASCII: decoded as UTF-8 after a worker hands it back (ASCII files go as latin1).
    const utf8 = ' date 2022-03-20 «Ça va», dit Mirzoyan — 𝐀.\n\nSecond paragraph.\n';
    await writeFile(join(dir, 'c.txt'), utf8);
    const { articles, keys, problems } = await read();
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(articles.map((a) => a.date)).toEqual(['2022-03-21', '2022-03-22', '2022-03-20']);
    expect(articles[2]!.text).toBe(utf8);
    expect(articles[2]!.paragraphs.map((p) => utf8.slice(p.start, p.end))).toEqual(['«Ça va», dit Mirzoyan — 𝐀.', 'Second paragraph.']);
    expect(keys).toEqual(articles.map((a) => articleKey('p', a.file, new TextEncoder().encode(a.text))));
    expect(problems).toEqual([]);
  });

  it('tells each article once as it is read, with the number of files, and still gives them all in order', async () => {
    for (const n of [3, 1, 4, 2, 5]) await writeFile(join(dir, `n${n}.txt`), good(n));
    await writeFile(join(dir, 'broken.txt'), 'no date line\n');
    const told: [string, string][] = [];
    const totals = new Set<number>();
    const { articles, keys } = await readArticles(dir, 'p', {
      ...options,
      onBatch: (batch, batchKeys, files) => {
        batch.forEach((a, k) => told.push([a.file, batchKeys[k]!]));
        totals.add(files);
      },
    });
    expect(articles.map((a) => a.file)).toEqual(['n1.txt', 'n2.txt', 'n3.txt', 'n4.txt', 'n5.txt']);
    expect(told.sort(([a], [b]) => a.localeCompare(b))).toEqual(articles.map((a, i) => [a.file, keys[i]]));
    expect([...totals]).toEqual([6]);
  });

  it('an empty folder is an empty corpus', async () => {
    expect(await read()).toEqual({ articles: [], keys: [], problems: [] });
  });

  it('skips each broken file, reports it by name and line, and reads the rest', async () => {
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
    const { articles, keys, problems } = await read();
    expect(articles.map((a) => a.file)).toEqual(['ok1.txt', 'ok2.txt']);
    expect(keys).toHaveLength(2);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^date-word\.txt:1: .*date/),
      expect.stringMatching(/^empty\.txt:1: .*empty/),
      expect.stringMatching(/^impossible\.txt:2: 2022-02-30 is not a real calendar date/),
      expect.stringMatching(/^latin1\.txt:3: .*UTF-8/),
      expect.stringMatching(/^no-body\.txt:1: .*no body/),
      expect.stringMatching(/^no-date\.txt:1: no date/),
    ]);
  });

  it('reports a .txt entry that cannot be read as a file (a folder) and reads the rest', async () => {
    await writeFile(join(dir, 'ok.txt'), good(1));
    await mkdir(join(dir, 'folder.txt'));
    const { articles, problems } = await read();
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(problems).toEqual([{ file: 'folder.txt', line: 1, message: 'cannot be read (EISDIR)' }]);
  });

  it('reports a dangling symbolic link and reads the rest', async () => {
    await writeFile(join(dir, 'ok.txt'), good(1));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const { articles, problems } = await read();
    expect(articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(problems).toEqual([{ file: 'dangling.txt', line: 1, message: 'cannot be read (ENOENT)' }]);
  });

  it('reads an article reached through a symbolic link', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'attache-elsewhere-'));
    try {
      await writeFile(join(elsewhere, 'real.txt'), good(1));
      await symlink(join(elsewhere, 'real.txt'), join(dir, 'linked.txt'));
      await writeFile(join(dir, 'ok.txt'), good(2));
      const { articles, problems } = await read();
      expect(problems).toEqual([]);
      expect(articles.map((a) => a.file)).toEqual(['linked.txt', 'ok.txt']);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('fails as a whole when the folder itself does not exist', async () => {
    await expect(read(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});

describe('readArticles', () => {
  it('gives the same articles, order, keys and problems on the main thread as on worker threads', async () => {
    for (let i = 0; i < 6; i++) await writeFile(join(dir, `article-${i}.txt`), good(i % 9));
    await writeFile(join(dir, 'broken.txt'), 'no date\n');
    await writeFile(join(dir, 'utf8.txt'), ' date 2022-03-20 «Ça va», dit Mirzoyan — 𝐀.\n\nSecond paragraph.\n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9]));
    const main = await readArticles(dir, 'p', modes[0]![1]);
    const workers = await readArticles(dir, 'p', modes[1]![1]);
    expect(workers).toEqual(main);
    expect(main.articles).toHaveLength(7);
    expect(main.problems.map((p) => p.file)).toEqual(['broken.txt', 'latin1.txt']);
  });
});
