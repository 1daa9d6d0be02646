// The specification of the extraction engine, as short invented articles (test/extract/cases/*),
// one per pattern of shared/EXTRACTION.md, each with the attributions it must yield.
// Run against test/extract/fixtures/actors.json (invented actors), plus a smoke test on the seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { parseDictionary } from '../../src/extract/dictionary.js';
import type { ActorId, ArticleExtraction } from '../../src/model.js';
import { readArticles } from '../../src/pipeline/readArticles.js';
import { allCases, caseGroups } from './cases/index.js';
import { buildCaseArticle, checkCase, failureReport, loadFixtureDictionary, repoRoot } from './harness.js';

const { dictionary, problems: dictionaryProblems } = loadFixtureDictionary();

describe('extraction patterns', () => {
  it('the test dictionary loads without problems', () => {
    expect(dictionaryProblems, JSON.stringify(dictionaryProblems, null, 2)).toEqual([]);
  });

  for (const [group] of caseGroups) {
    describe(group, () => {
      for (const { n, c } of allCases.filter((x) => x.group === group)) {
        it(c.name, () => {
          const article = buildCaseArticle(n, c);
          const extraction = extractArticle(article, dictionary);
          const problems = checkCase(c, article, extraction, dictionary);
          if (problems.length > 0) expect.fail(failureReport(n, c, article, extraction, dictionary, problems));
        });
      }
    });
  }
});

const seedsDir = join(repoRoot, 'seeds');
const seedDictionaryFile = join(seedsDir, 'actors.json');
// Read as the bot reads them.
const seeds = existsSync(seedsDir) ? await readArticles(seedsDir, '') : { articles: [], problems: [] };

describe('seed articles (seeds/*.txt with seeds/actors.json)', () => {
  it.skipIf(!existsSync(seedDictionaryFile) || seeds.articles.length + seeds.problems.length === 0)(
    'each seed yields at least one statement, and every statement has a known speaker',
    () => {
      const { dictionary: seedDictionary, problems } = parseDictionary(JSON.parse(readFileSync(seedDictionaryFile, 'utf8')) as unknown);
      const failures = seeds.problems.map((p) => `${p.file}: does not parse: ${p.message}`);
      for (const article of seeds.articles) {
        const file = article.file;
        const ex: ArticleExtraction = extractArticle(article, seedDictionary);
        const known = (id: ActorId | null | undefined) =>
          typeof id === 'string' && (seedDictionary.byId.has(id) || ex.discovered.some((a) => a.id === id));
        if (ex.statements.length === 0) failures.push(`${file}: no statement at all`);
        for (const s of ex.statements) {
          if (!known(s.speaker)) {
            const words = article.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 100);
            failures.push(
              `${file}: ${s.kind} «${words}» has speaker ${JSON.stringify(s.speaker)}, which is neither in the dictionary nor discovered`,
            );
          }
        }
      }
      const note = problems.length ? `\n(seeds/actors.json problems: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')})` : '';
      expect(failures, failures.join('\n') + note).toEqual([]);
    },
  );
});
