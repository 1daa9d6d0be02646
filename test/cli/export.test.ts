import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLE, removeFolder, runCli, seedsFolder, SMALL_DICTIONARY, type CliResult } from './runCli.js';

let dir: string;
let cache: string;
let result: CliResult;
beforeAll(async () => {
  cache = await seedsFolder({});
  dir = await seedsFolder({
    'a.txt': GOOD_ARTICLE,
    'b.txt': ' date 2022-04-06\r\nMirzoyan said “the talks were useful.”\r\n',
    'broken.txt': ' date 2022-02-30 Body.\n',
    'actors.json': SMALL_DICTIONARY,
  });
  result = await runCli(['export', '--seeds', dir], {}, cache);
});
afterAll(async () => {
  await Promise.all([removeFolder(dir), removeFolder(cache)]);
});

describe('cli export', () => {
  it('exits 0 and writes one JSON document, nothing else, on stdout', () => {
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('reports a broken file on stderr as file:line: message and exports the rest', () => {
    expect(result.stderr).toContain('broken.txt:1: 2022-02-30 is not a real calendar date');
    const doc = JSON.parse(result.stdout);
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('has the four lists of the contract, each item with its fields', () => {
    const doc = JSON.parse(result.stdout);
    expect(Object.keys(doc).sort()).toEqual(['actors', 'articles', 'contacts', 'statements']);
    expect(doc.articles[0]).toEqual({ id: 'a', file: 'a.txt', date: '2022-03-25', actors: expect.any(Array) });
    for (const a of doc.actors) {
      expect(a).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), aliases: expect.any(Array) }));
      expect(['person', 'org']).toContain(a.kind);
    }
    for (const s of doc.statements) {
      expect(Object.keys(s).sort()).toEqual(['article', 'date', 'end', 'id', 'kind', 'speaker', 'start', 'text']);
      expect(['quote', 'reported']).toContain(s.kind);
    }
    for (const c of doc.contacts) {
      expect(c).toEqual(expect.objectContaining({ article: expect.any(String), a: expect.any(String), b: expect.any(String) }));
      expect(['call', 'meeting', 'letter', 'other']).toContain(c.kind);
    }
  });

  it('gives statement spans that slice the file as read, CRLF included', async () => {
    const doc = JSON.parse(result.stdout);
    for (const s of doc.statements) {
      const text = await readFile(join(dir, `${s.article}.txt`), 'utf8');
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
  });

  it('is the same, byte for byte, on a second run from the extraction cache', async () => {
    const again = await runCli(['export', '--seeds', dir], {}, cache);
    expect(again).toEqual(result);
  });
});
