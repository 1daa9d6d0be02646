#!/usr/bin/env node
// Scores the extractor on one evaluation set the way a user would run it: the set's articles and the project's
// dictionary in a fresh folder, `cli export`, then the official scorer (../shared/eval/score.mjs).
// usage: npm run eval -- <set> [--json] [--diagnose]      <set>: seeds | written | dev | dev2 | dev3 | dev4 | heldout | heldout2 | … | heldout6
//   --diagnose lists every miss with its text (test/eval/diagnose.ts); refused for heldout, whose texts the
//   rule authors never read: they see its scores only.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '../..');
const scorer = resolve(project, '../shared/eval/score.mjs');
const [name, ...flags] = process.argv.slice(2);
if (!name || name.startsWith('--')) {
  console.error(
    'usage: npm run eval -- <seeds|written|dev|dev2|dev3|dev4|heldout|heldout2|heldout3|heldout4|heldout5|heldout6> [--json] [--diagnose]',
  );
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`the official scorer ${scorer} is absent: ../shared must be beside the project`);
  process.exit(2);
}
const articles = name === 'seeds' ? join(project, 'seeds') : join(here, name, 'articles');
const gold = name === 'seeds' ? resolve(project, '../shared/eval/seeds-gold.json') : join(here, name, 'gold.json');
if (!existsSync(gold)) {
  console.error(`no gold annotation at ${gold}: run node test/eval/build-gold.mjs ${name}`);
  process.exit(2);
}
if (flags.includes('--diagnose') && name.startsWith('heldout')) {
  console.error('--diagnose shows article texts: a held-out set is scored only, never read by whoever tunes the rules');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), `attache-eval-${name}-`));
try {
  const seeds = join(work, 'seeds');
  execFileSync('mkdir', ['-p', seeds]);
  for (const f of readdirSync(articles).filter((x) => x.endsWith('.txt'))) copyFileSync(join(articles, f), join(seeds, f));
  copyFileSync(join(project, 'seeds/actors.json'), join(seeds, 'actors.json'));
  const { SEEDS_DIR: _ignored, ...env } = process.env;
  const exported = execFileSync(process.execPath, ['--import', 'tsx', join(project, 'src/cli/main.ts'), 'export', '--seeds', seeds], {
    cwd: project,
    env: { ...env, CACHE_DIR: join(work, 'cache') },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const exportFile = join(work, 'export.json');
  writeFileSync(exportFile, exported);
  const args = [scorer, '--gold', gold, '--export', exportFile, ...(flags.includes('--json') ? ['--json'] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  if (flags.includes('--diagnose')) {
    const diag = ['--import', 'tsx', join(here, 'diagnose.ts'), '--gold', gold, '--export', exportFile, '--dir', articles];
    process.stdout.write(execFileSync(process.execPath, diag, { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
