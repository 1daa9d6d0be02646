// The extractor on articles it was not written against, scored as a user would run it: each evaluation set's
// articles and the project's dictionary in a fresh folder, `cli export`, then the official scorer
// (../shared/eval/score.mjs). See test/eval/ANNOTATING.md for the sets:
// - heldout: 32 real articles collected and annotated by people who never read the extraction code; their
//   texts are never read by whoever tunes the rules, so a failure here reports figures, never text;
// - heldout2: 30 real articles from other regions, collected and annotated the same way after the last
//   tuning, blind too;
// - heldout3: 47 real articles of the region from 32 outlets, made the same way after extractor version 7;
// - heldout4: 39 real articles of the region from 27 outlets, made the same way while version 8 was written
//   (scored only, by whoever tuned the rules);
// - heldout5: 39 real articles of the region from 30 outlets, made the same way while version 9 was written;
// - heldout6: 34 real articles of the region from 24 outlets, made the same way while version 10 was written,
//   scored once at its end;
// - dev: 96 real articles the rules are tuned on; dev2: 34 more, from other regions, tuned on too; dev3: 40
//   of the region from 30 outlets, annotated blind after version 8, scored so once, then tuned on; dev4: 48
//   of the region from 33 outlets, annotated blind while version 10 was written, scored unseen, then tuned on;
// - written: 16 realistic articles written by the project in 2026.
// The floors below are what the extractor reaches now, less a small margin: they catch a regression. The
// targets of issue #9 (quotes 0.90, reported 0.85, contacts 0.70 on articles nobody here has read) are
// reported by `npm run eval -- heldout`, and in docs/extraction.md.
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
const DICTIONARY = join(PROJECT, 'seeds/actors.json');
const SCORER = resolve(PROJECT, '../shared/eval/score.mjs');
const HAS_SCORER = existsSync(SCORER);

interface Measure {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  pred?: number;
  speakerAccuracy?: number;
  dateAccuracy?: number;
}
interface Score {
  quote: Measure;
  reported: Measure;
  contact: Measure;
  actor: { peoplePrecision: number; recall: number; gold: number };
  missingArticles: number;
}

interface EvalSet {
  readonly name: 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'dev' | 'dev2' | 'dev3' | 'dev4' | 'written';
  readonly articles: number;
  /** Regression floors (F1 for statements and contacts). */
  readonly floor: {
    readonly quote: number;
    readonly reported: number;
    readonly contact: number;
    readonly peoplePrecision: number;
    readonly actorRecall: number;
  };
  /** Its texts are not to be shown: a failure says figures only. */
  readonly blind: boolean;
  /**
   * Anonymous-source spans given to a named person that are known and not yet mended (a blind set's,
   * found by its first scoring and not diagnosed, since its texts are not read): the count may only fall.
   */
  readonly knownAnonymousNamed?: number;
}

const SETS: readonly EvalSet[] = [
  {
    name: 'heldout',
    articles: 32,
    floor: { quote: 0.94, reported: 0.81, contact: 0.72, peoplePrecision: 0.94, actorRecall: 0.92 },
    blind: true,
  },
  // Far below the bars (docs/extraction.md): the floor only keeps it from getting worse unnoticed.
  {
    name: 'heldout2',
    articles: 30,
    floor: { quote: 0.77, reported: 0.71, contact: 0.65, peoplePrecision: 0.93, actorRecall: 0.81 },
    blind: true,
  },
  // The region's news (issue #9's own kind), collected and annotated blind after extractor version 7.
  {
    name: 'heldout3',
    articles: 47,
    floor: { quote: 0.79, reported: 0.89, contact: 0.65, peoplePrecision: 0.92, actorRecall: 0.93 },
    blind: true,
  },
  // The region's news again, collected and annotated blind after version 8's rules were written (issue #9).
  {
    name: 'heldout4',
    articles: 39,
    floor: { quote: 0.83, reported: 0.8, contact: 0.71, peoplePrecision: 0.97, actorRecall: 0.89 },
    blind: true,
    // One anonymous source's words go to a named person (docs/extraction.md, known limits).
    knownAnonymousNamed: 1,
  },
  // The region's news once more, collected and annotated blind after version 9's rules were written: scored
  // once by the lead at the end of the round (and once by one rule author at the end of their work, never tuned on).
  {
    name: 'heldout5',
    articles: 39,
    floor: { quote: 0.79, reported: 0.78, contact: 0.78, peoplePrecision: 0.95, actorRecall: 0.93 },
    blind: true,
  },
  // The region's news, collected and annotated blind while version 10 was written, scored once at the end of the round.
  {
    name: 'heldout6',
    articles: 34,
    floor: { quote: 0.85, reported: 0.72, contact: 0.72, peoplePrecision: 0.93, actorRecall: 0.95 },
    blind: true,
  },
  // Collected and annotated blind while version 10 was written (scored unseen), then tuned on.
  {
    name: 'dev4',
    articles: 48,
    floor: { quote: 0.86, reported: 0.82, contact: 0.83, peoplePrecision: 0.92, actorRecall: 0.9 },
    blind: false,
  },
  // Collected and annotated blind after version 8 (scored so once), then tuned on for version 9.
  {
    name: 'dev3',
    articles: 40,
    floor: { quote: 0.95, reported: 0.94, contact: 0.94, peoplePrecision: 0.97, actorRecall: 0.95 },
    blind: false,
  },
  {
    name: 'dev2',
    articles: 34,
    floor: { quote: 0.9, reported: 0.89, contact: 0.9, peoplePrecision: 0.98, actorRecall: 0.87 },
    blind: false,
  },
  {
    name: 'dev',
    articles: 96,
    floor: { quote: 0.89, reported: 0.91, contact: 0.84, peoplePrecision: 0.95, actorRecall: 0.93 },
    blind: false,
  },
  {
    name: 'written',
    articles: 16,
    floor: { quote: 0.95, reported: 0.94, contact: 0.97, peoplePrecision: 0.98, actorRecall: 0.97 },
    blind: false,
  },
];

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

if (!HAS_SCORER) console.warn(`evaluation skipped: the official scorer ${SCORER} is absent (../shared is not next to the project)`);

for (const set of SETS) {
  const dir = join(PROJECT, 'test/eval', set.name);
  const articlesDir = join(dir, 'articles');
  const goldFile = join(dir, 'gold.json');

  describe(`${set.name} set: the annotation`, () => {
    it('matches the article files: every text is its slice, every sha256 is the file’s', async () => {
      const gold = JSON.parse(await readFile(goldFile, 'utf8')) as GoldFile;
      const articles = goldArticles(gold);
      expect(articles.length).toBe(set.articles);
      const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.txt')).sort();
      expect(articles.map(([, g]) => g.file).sort()).toEqual(files);
      for (const [key, g] of articles) {
        const bytes = await readFile(join(articlesDir, g.file));
        const text = bytes.toString('utf8');
        expect(createHash('sha256').update(bytes).digest('hex'), `${key} sha256`).toBe(g.sha256);
        for (const q of g.quotes) expect(text.slice(q.start, q.end) === q.text, `${key} quote at ${q.start}`).toBe(true);
        for (const r of g.reported)
          expect(text.slice(r.sentence_start, r.sentence_end) === r.text, `${key} reported at ${r.sentence_start}`).toBe(true);
      }
    });
  });

  describe.skipIf(!HAS_SCORER)(`${set.name} set: who said what, scored by the official scorer`, () => {
    let work: string;
    let score: Score;
    let diagnosis: Diagnosis;

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), `attache-eval-${set.name}-`));
      const seeds = join(work, 'seeds');
      await mkdir(seeds);
      for (const f of (await readdir(articlesDir)).filter((x) => x.endsWith('.txt'))) await copyFile(join(articlesDir, f), join(seeds, f));
      await copyFile(DICTIONARY, join(seeds, 'actors.json'));
      const { SEEDS_DIR: _ignored, ...inherited } = process.env;
      const exp = await run(['--import', 'tsx', join(PROJECT, 'src/cli/main.ts'), 'export', '--seeds', seeds], {
        ...inherited,
        CACHE_DIR: join(work, 'cache'),
      });
      if (exp.code !== 0) throw new Error(`cli export failed (${exp.code}): ${set.blind ? '(held-out: output not shown)' : exp.stderr}`);
      const exportFile = join(work, 'export.json');
      await writeFile(exportFile, exp.stdout);
      const scored = await run([SCORER, '--gold', goldFile, '--export', exportFile, '--json'], process.env);
      if (scored.code !== 0) throw new Error(`score.mjs failed (${scored.code})`);
      score = JSON.parse(scored.stdout) as Score;
      diagnosis = diagnose(JSON.parse(await readFile(goldFile, 'utf8')) as GoldFile, JSON.parse(exp.stdout) as ExportDoc, articlesDir);
      // The held-out figures print first and bare ("quote {…}"), as ../shared/hooks/before-stop reads them.
      const prefix = set.name === 'heldout' ? '' : `${set.name} `;
      const totals = (['quote', 'reported', 'contact', 'actor'] as const)
        .map((k) => `${prefix}${k.padEnd(10)} ${JSON.stringify(score[k])}`)
        .join('\n');
      console.log(`${set.name} set (${set.articles} articles)\n${totals}`);
      if (!set.blind && process.env.EVAL_DIAGNOSE) console.log(formatDiagnosis(diagnosis));
    }, 240_000);

    afterAll(async () => {
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('exports every article', () => {
      expect(score.missingArticles).toBe(0);
    });

    it(`finds direct quotes with the right speaker: F1 ≥ ${set.floor.quote}`, () => {
      expect(score.quote.f1).toBeGreaterThanOrEqual(set.floor.quote);
    });

    it(`finds reported speech with the right speaker: F1 ≥ ${set.floor.reported}`, () => {
      expect(score.reported.f1).toBeGreaterThanOrEqual(set.floor.reported);
    });

    it(`finds who met or called whom: F1 ≥ ${set.floor.contact}`, () => {
      expect(score.contact.f1).toBeGreaterThanOrEqual(set.floor.contact);
    });

    it(`names the people of each article: precision ≥ ${set.floor.peoplePrecision}, recall ≥ ${set.floor.actorRecall}`, () => {
      expect(score.actor.peoplePrecision).toBeGreaterThanOrEqual(set.floor.peoplePrecision);
      expect(score.actor.recall).toBeGreaterThanOrEqual(set.floor.actorRecall);
    });

    it('never gives an anonymous source’s words (a senior EU official, diplomats, a person familiar …) to a named person', () => {
      if (set.blind)
        expect(diagnosis.anonymousNamed.length, 'anonymous-source spans attributed to a person (texts not shown)').toBeLessThanOrEqual(
          set.knownAnonymousNamed ?? 0,
        );
      else expect(diagnosis.anonymousNamed).toEqual([]);
    });
  });
}
