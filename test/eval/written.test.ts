// Held-out evaluation: 16 articles the extractor has never seen (test/eval/heldout/), annotated by hand in
// test/eval/heldout-gold.json in the format of ../shared/eval/seeds-gold.json, exported by the CLI as a user
// would run it and scored by the project's official scorer (../shared/eval/score.mjs). The targets are the
// issue's: on unseen articles quotes F1 ≥ 0.9, reported speech F1 ≥ 0.75, contacts F1 ≥ 0.7.
// These tests measure generalisation; they are expected to fail until the extractor gets there.
// The annotation is built from test/eval/heldout-spec-*.mjs by test/eval/build-heldout-gold.mjs.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose, formatDiagnosis, goldArticles, type Diagnosis, type ExportDoc, type GoldFile } from './diagnose.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const HELDOUT = join(PROJECT, 'test/eval/written/articles');
const GOLD = join(PROJECT, 'test/eval/written/gold.json');
const DICTIONARY = join(PROJECT, 'seeds/actors.json');
const SHARED = resolve(PROJECT, '../shared');
const SCORER = join(SHARED, 'eval/score.mjs');
const HAS_SCORER = existsSync(SCORER);

const TARGET = { quote: 0.9, reported: 0.75, contact: 0.7 } as const;

interface Score {
  perArticle: Record<string, string | boolean>[];
  quote: { precision: number; recall: number; f1: number; detected: number; speakerAccuracy: number; gold: number; pred: number };
  reported: { precision: number; recall: number; f1: number; detected: number; speakerAccuracy: number; gold: number; pred: number };
  contact: { precision: number; recall: number; f1: number; dateAccuracy: number; gold: number };
  actor: { peoplePrecision: number; recall: number; gold: number };
  statement: { precision: number; recall: number; f1: number };
  missingArticles: number;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: PROJECT, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- an ExecFileException is an Error; @types/node types it as an Omit<> of one
      if (code === null) fail(err);
      else done({ code, stdout, stderr });
    });
  });
}

if (!HAS_SCORER) {
  console.warn(`heldout evaluation skipped: the official scorer ${SCORER} is absent (the shared folder ../shared is not next to the project)`);
}

describe('gold annotation of the held-out articles', () => {
  it('matches the article files: every text is its slice, every sha256 is the file’s', async () => {
    const gold = JSON.parse(await readFile(GOLD, 'utf8')) as GoldFile;
    const articles = goldArticles(gold);
    expect(articles.length).toBe(16);
    const files = (await readdir(HELDOUT)).filter((f) => f.endsWith('.txt')).sort();
    expect(articles.map(([, g]) => g.file).sort()).toEqual(files);
    for (const [key, g] of articles) {
      const bytes = await readFile(join(HELDOUT, g.file));
      const text = bytes.toString('utf8');
      expect(createHash('sha256').update(bytes).digest('hex'), `${key} sha256`).toBe(g.sha256);
      for (const q of g.quotes) expect(text.slice(q.start, q.end), `${key} quote`).toBe(q.text);
      for (const r of g.reported) expect(text.slice(r.sentence_start, r.sentence_end), `${key} reported`).toBe(r.text);
      for (const x of g.excluded_quote_marks) expect(text.slice(x.start, x.end), `${key} excluded`).toBe(x.text);
    }
  });
});

describe.skipIf(!HAS_SCORER)('held-out evaluation with the official scorer', () => {
  let work: string;
  let score: Score;
  let diagnosis: Diagnosis;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'attache-heldout-'));
    const seeds = join(work, 'seeds');
    const cache = join(work, 'cache');
    // the CLI reads its dictionary from <seeds>/actors.json only: give the held-out folder the project's one
    await mkdir(seeds);
    for (const f of (await readdir(HELDOUT)).filter((x) => x.endsWith('.txt'))) await copyFile(join(HELDOUT, f), join(seeds, f));
    await copyFile(DICTIONARY, join(seeds, 'actors.json'));
    const { SEEDS_DIR: _ignored, ...inherited } = process.env;
    const exp = await run(['--import', 'tsx', join(PROJECT, 'src/cli/main.ts'), 'export', '--seeds', seeds], { ...inherited, CACHE_DIR: cache });
    if (exp.code !== 0) throw new Error(`cli export failed (${exp.code}): ${exp.stderr}`);
    if (exp.stderr.trim()) console.warn(`cli export stderr:\n${exp.stderr}`);
    const exportFile = join(work, 'export.json');
    await writeFile(exportFile, exp.stdout);
    const scored = await run([SCORER, '--gold', GOLD, '--export', exportFile, '--json'], process.env);
    if (scored.code !== 0) throw new Error(`score.mjs failed (${scored.code}): ${scored.stderr}`);
    score = JSON.parse(scored.stdout) as Score;
    const gold = JSON.parse(await readFile(GOLD, 'utf8')) as GoldFile;
    diagnosis = diagnose(gold, JSON.parse(exp.stdout) as ExportDoc, HELDOUT);

    const rows = score.perArticle.map((r) => JSON.stringify(r)).join('\n');
    const totals = (['quote', 'reported', 'contact', 'actor', 'statement'] as const).map((k) => `${k.padEnd(10)} ${JSON.stringify(score[k])}`).join('\n');
    console.log(`held-out articles (quote/reported: right/found/gold/predicted; contact: found/gold/predicted)\n${rows}\n${totals}\nmissingArticles ${score.missingArticles}`);
    console.log(`held-out diagnosis\n${formatDiagnosis(diagnosis)}`);
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('exports every held-out article', () => {
    expect(score.missingArticles).toBe(0);
  });

  it(`finds direct quotes with the right speaker: F1 ≥ ${TARGET.quote}`, () => {
    expect(score.quote.f1, `quotes ${JSON.stringify(score.quote)}`).toBeGreaterThanOrEqual(TARGET.quote);
  });

  it(`finds reported speech with the right speaker: F1 ≥ ${TARGET.reported}`, () => {
    expect(score.reported.f1, `reported ${JSON.stringify(score.reported)}`).toBeGreaterThanOrEqual(TARGET.reported);
  });

  it(`finds contacts: F1 ≥ ${TARGET.contact}`, () => {
    expect(score.contact.f1, `contacts ${JSON.stringify(score.contact)}`).toBeGreaterThanOrEqual(TARGET.contact);
  });

  it('never gives an anonymous source’s words (a senior EU official, diplomats, a person familiar …) to a named person', () => {
    expect(diagnosis.anonymousNamed).toEqual([]);
  });
});
