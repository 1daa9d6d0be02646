// No source file over 400 lines: a module that long is several modules waiting to be named (STYLE.md).
// Source is the code of src/, commands/, scripts/, bench/ and packages/; tests (test/ folders, *.test.*)
// and data tables (DATA_TABLES) are not held to it. The files over the limit when the rule came in
// (issue #10) are a known set that may only shrink: a listed file may get shorter but not longer, and
// leaves the list when it is 400 lines or fewer, or gone (moved: list it under its new path). A file not
// listed fails as soon as it passes 400 lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIMIT = 400;
const SOURCE_ROOTS = ['src', 'commands', 'scripts', 'bench', 'packages'];
const CODE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const TEST = /(?:^|\/)(?:test|tests|__tests__)\/|\.(?:test|spec)\.[^/]+$/;

/** Files that are tables of data (word lists, templates) laid out one entry a line. */
const DATA_TABLES = new Set<string>(['bench/corpusWords.ts']);

/**
 * The files over 400 lines when the rule came in (issue #10), with their length then: split since, so none.
 * A file listed here may only shrink, and leaves the list at 400 lines or fewer.
 */
const KNOWN_OVER_LIMIT = new Map<string, number>([]);

/** Lines as `wc -l` counts them, plus a last line without its newline. */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
}

/** Every source file of the tree (paths relative to the project, with /) and its length in lines. */
function sourceSizes(root: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      const rel = relative(root, path).split('\\').join('/');
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && CODE.test(rel) && !TEST.test(rel) && !DATA_TABLES.has(rel))
        sizes.set(rel, lineCount(readFileSync(path, 'utf8')));
    }
  };
  for (const top of SOURCE_ROOTS) if (existsSync(join(root, top))) walk(join(root, top));
  return sizes;
}

/** What is wrong with the tree's sizes against the known set, one line each; none when all is well. */
function sizeComplaints(sizes: ReadonlyMap<string, number>, known: ReadonlyMap<string, number>, limit = LIMIT): string[] {
  const complaints: string[] = [];
  for (const [file, lines] of sizes) {
    const allowed = known.get(file);
    if (allowed === undefined && lines > limit)
      complaints.push(`${file}: ${lines} lines, over ${limit}: split it into modules that each do one job`);
    else if (allowed !== undefined && lines > allowed)
      complaints.push(`${file}: ${lines} lines, more than the ${allowed} it had when listed (issue #10): it may only shrink`);
  }
  for (const [file, allowed] of known) {
    const lines = sizes.get(file);
    if (lines === undefined)
      complaints.push(`${file}: listed at ${allowed} lines but gone: take it off the list (or list it under its new path)`);
    else if (lines <= limit) complaints.push(`${file}: ${lines} lines now, within ${limit}: take it off the list`);
  }
  return complaints.sort();
}

describe('source file size', () => {
  it(`no source file is over ${LIMIT} lines, apart from the known ones, which only shrink (issue #10)`, () => {
    const complaints = sizeComplaints(sourceSizes(ROOT), KNOWN_OVER_LIMIT);
    expect(complaints, complaints.join('\n')).toEqual([]);
  });

  it('catches a new long file, a listed one that grew, and a listed one that is short now or gone', () => {
    const known = new Map([
      ['src/a.ts', 500],
      ['src/b.ts', 500],
      ['src/c.ts', 500],
      ['src/d.ts', 500],
    ]);
    const sizes = new Map([
      ['src/a.ts', 450], // shrank, still over: fine
      ['src/b.ts', 501], // grew
      ['src/c.ts', 400], // within the limit now
      ['src/new.ts', 401], // new and over
      ['src/ok.ts', 400],
    ]);
    expect(sizeComplaints(sizes, known)).toEqual([
      expect.stringMatching(/^src\/b\.ts: 501 lines, more than the 500/),
      expect.stringMatching(/^src\/c\.ts: 400 lines now, within 400: take it off the list/),
      expect.stringMatching(/^src\/d\.ts: listed at 500 lines but gone/),
      expect.stringMatching(/^src\/new\.ts: 401 lines, over 400/),
    ]);
  });

  it('counts lines as wc -l does, and a last line without a newline', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2]);
  });

  it('sees the tree: the known files are found and tests are left out', () => {
    const sizes = sourceSizes(ROOT);
    expect(sizes.get('src/main.ts')).toBeGreaterThan(0);
    expect([...sizes.keys()].filter((f) => f.startsWith('test/') || /\.test\./.test(f))).toEqual([]);
  });
});
