// The CLI on the real seeds: the runs the issue names. These depend on the extractor, the index and
// seeds/actors.json doing their part; they state what a user must see.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, removeFolder, runCli, SEEDS, seedsFolder } from './runCli.js';

const SEED_000 = '000_68746162fb967139';
const SEED_002 = '002_ebe8349f46bd83f7';
const seeds = ['--seeds', SEEDS];

describe.concurrent('cli brief on the seeds', () => {
  it('brief Mirzoyan: his calls with Donfried, his meeting with Kasprzyk on 2022-03-25, his statements', async () => {
    const r = await runCli(['brief', 'Mirzoyan', ...seeds]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Ararat Mirzoyan — .*Foreign Minister/);
    // Cited by the article's first words (the seeds have no metadata), the file id beside it for the operator.
    expect(lines).toContain(`2022-03-25 · Karen Donfried, US Assistant Secretary of State for European and… [${SEED_000}]`);
    // The quote is shown inside its sentence, once (issue #13).
    expect(r.stdout).toMatch(/^ {2}reported {2}.*that Azerbaijan “grossly violated/m);
    expect(r.stdout).not.toMatch(/^ {2}quote {5}“grossly violated/m);
    expect(r.stdout).toMatch(/^ {2}reported {2}.*Mirzoyan/m);
    const contacts = lines.slice(lines.indexOf('Contacts') + 1);
    expect(contacts).toContainEqual(expect.stringMatching(/^ {2}2022-03-25 +meeting +Andrzej Kasprzyk +Karen Donfried, US Assistant/));
    expect(contacts).toContainEqual(expect.stringMatching(/^ {2}(undated|2022-03-25) +call +Karen Donfried +Karen Donfried, US Assistant/));
  });

  it('brief Mirzoyan --json: the brief as data, each statement with its words as they stand in the file', async () => {
    const r = await runCli(['brief', 'Mirzoyan', '--json', ...seeds]);
    expect(r.code).toBe(0);
    const brief = JSON.parse(r.stdout);
    expect(brief.actor.name).toBe('Ararat Mirzoyan');
    expect(brief.statementCount).toBeGreaterThan(0);
    const text = await readFile(join(SEEDS, `${SEED_000}.txt`), 'utf8');
    for (const { article, statements } of brief.articles) {
      expect(article.id).toBe(SEED_000);
      for (const s of statements) {
        expect(s.speaker).toBe(brief.actor.id);
        expect(s.text).toBe(text.slice(s.start, s.end));
      }
    }
    expect(brief.contacts).toContainEqual(expect.objectContaining({ article: SEED_000, kind: 'meeting', date: '2022-03-25' }));
  });

  it('brief Pashinyan finds the article that spells him "Pashinian"', async () => {
    const r = await runCli(['brief', 'Pashinyan', ...seeds]);
    expect(r.code).toBe(0);
    // The role is known from the contacts' article even when he says nothing himself.
    expect(r.stdout.split('\n')[0]).toBe('Nikol Pashinyan — Prime Minister of Armenia · Armenia');
    // Cited by its first words, which spell him "Pashinian".
    expect(r.stdout).toMatch(/call +Antony Blinken +Blinken spoke with Armenian Prime Minister Nikol Pashinian/);
  });

  it('brief "the Secretary" resolves to Antony Blinken', async () => {
    const r = await runCli(['brief', 'the Secretary', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Antony Blinken\b/);
    expect(r.stdout).toContain(`[${SEED_002}]`);
    expect(r.stdout).toContain('“heinous war crimes in Ukraine”');
  });

  it('brief with several words needs no quotes: brief Ararat Mirzoyan', async () => {
    const r = await runCli(['brief', 'Ararat', 'Mirzoyan', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Ararat Mirzoyan\b/);
  });

  it('--since and --until keep the articles of the period only', async () => {
    const after = await runCli(['brief', 'Mirzoyan', '--since', '2022-03-26', '--json', ...seeds]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ articles: [], statementCount: 0 });
    const during = await runCli(['brief', 'Mirzoyan', '--since', '2022-03-25', '--until', '2022-03-25', '--json', ...seeds]);
    expect(JSON.parse(during.stdout).articles.map((a: { article: { id: string } }) => a.article.id)).toEqual([SEED_000]);
  });

  it('an unknown actor: a clear message on stderr, nothing on stdout, exit 1', async () => {
    const r = await runCli(['brief', 'Xyzzy Plugh', ...seeds]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^No actor matches "Xyzzy Plugh"\. (Did you mean: .+\?|Run "actors" to list the known actors\.)\n$/);
  });

  it('an unknown actor close to known names is offered them', async () => {
    const r = await runCli(['brief', 'Mirzakhanyan', ...seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^No actor matches "Mirzakhanyan"\. Did you mean: .*Ararat Mirzoyan.*\?\n$/);
  });
});

describe.concurrent('cli search and actors on the seeds', () => {
  it('search: ranked hits with date, speaker and article id', async () => {
    const r = await runCli(['search', 'war crimes', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ statements? matching "war crimes", best first:$/m);
    expect(r.stdout).toMatch(
      new RegExp(`^1\\. 2022-04-06 · Antony Blinken · (quote|reported) · Blinken spoke with .* \\[${SEED_002}\\]$`, 'm'),
    );
    expect(r.stdout).toContain('war crimes in Ukraine');
  });

  it('search --json: the hits as data, with their words', async () => {
    const r = await runCli(['search', 'war crimes', '--json', ...seeds]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({
      article: { id: SEED_002 },
      statement: { speaker: 'antony-blinken', text: expect.stringContaining('war crimes') },
    });
  });

  it('search with no hit: a clear line and exit 0', async () => {
    const r = await runCli(['search', 'qwertyuiop', ...seeds]);
    expect(r).toMatchObject({ code: 0, stdout: 'No statement matches "qwertyuiop".\n' });
  });

  it('actors: a table of the actors with role or country and counts', async () => {
    const r = await runCli(['actors', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Name +Role \/ country +Statements +Contacts$/);
    expect(r.stdout).toMatch(/^Ararat Mirzoyan +.*Foreign Minister.* +[1-9]\d* +[1-9]\d*$/m);
    expect(r.stdout).toMatch(/^Antony Blinken +.*Secretary of State.* +[1-9]\d* +[1-9]\d*$/m);
  });

  it('actors with a prefix lists the matching ones', async () => {
    const r = await runCli(['actors', 'Mir', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Ararat Mirzoyan /m);
    expect(r.stdout).not.toMatch(/^Antony Blinken /m);
  });
});

describe('cli on seeds with a broken file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await seedsFolder({ 'zz-broken.txt': 'No date on this one.\n' }, { withRealSeeds: true });
  });
  afterAll(() => removeFolder(dir));

  it('brief reports the broken file on stderr as file:line: message and answers from the rest', async () => {
    const r = await runCli(['brief', 'Mirzoyan', '--seeds', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('zz-broken.txt:1: no date');
    expect(r.stdout.split('\n')[0]).toMatch(/^Ararat Mirzoyan\b/);
  });

  it('validate lists it and exits 1', async () => {
    const r = await runCli(['validate', '--seeds', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^zz-broken\.txt:1: no date/m);
  });
});

describe('cli export on the seeds', () => {
  let dir: string;
  let exported: string;
  beforeAll(async () => {
    dir = await seedsFolder({});
    const r = await runCli(['export', ...seeds]);
    expect(r.code).toBe(0);
    exported = r.stdout;
    await writeFile(join(dir, 'export.json'), exported);
  });
  afterAll(() => removeFolder(dir));

  it('validates clean', async () => {
    const r = await runCli(['validate', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 articles and [1-9]\d* actors? in the dictionary: no problems\.\n$/);
  });

  it('exports both seed articles with their actors, statements and contacts', async () => {
    const doc = JSON.parse(exported);
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual([`${SEED_000}.txt`, `${SEED_002}.txt`]);
    for (const a of doc.articles) expect(a.actors.length).toBeGreaterThan(0);
    expect(doc.statements.length).toBeGreaterThan(0);
    expect(doc.contacts.length).toBeGreaterThan(0);
    const ids = new Set(doc.actors.map((a: { id: string }) => a.id));
    expect(ids.size).toBe(doc.actors.length);
    for (const s of doc.statements) expect(ids.has(s.speaker)).toBe(true);
    for (const c of doc.contacts) expect(ids.has(c.a) && ids.has(c.b)).toBe(true);
    for (const a of doc.articles) for (const id of a.actors) expect(ids.has(id)).toBe(true);
  });

  it('gives spans that slice the seed files as read', async () => {
    const doc = JSON.parse(exported);
    const texts = new Map<string, string>();
    for (const a of doc.articles) texts.set(a.id, await readFile(join(SEEDS, a.file), 'utf8'));
    const statementIds = new Set(doc.statements.map((s: { id: string }) => s.id));
    expect(statementIds.size).toBe(doc.statements.length);
    for (const s of doc.statements) expect(s.text).toBe(texts.get(s.article)!.slice(s.start, s.end));
  });

  // The official scorer lives beside the project (../shared), as in CI; a clone elsewhere skips this, as test/eval does.
  const scorer = join(PROJECT, '../shared/eval/score.mjs');
  it.skipIf(!existsSync(scorer))('is read by the scorer, which finds every gold article and some of its statements', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [scorer, '--gold', join(PROJECT, '../shared/eval/seeds-gold.json'), '--export', join(dir, 'export.json'), '--json'],
      { cwd: PROJECT },
    );
    const score = JSON.parse(stdout);
    expect(score.missingArticles).toBe(0);
    expect(score.statement.recall).toBeGreaterThan(0);
    expect(score.contact.recall).toBeGreaterThan(0);
  });
});
