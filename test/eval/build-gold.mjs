#!/usr/bin/env node
// Builds <set>/gold.json from the hand annotation in <set>/spec-*.mjs (items anchored by their exact text;
// offsets are computed from <set>/articles/*.txt, never typed by hand).
// usage: node test/eval/build-gold.mjs <set> [--check]     <set>: written | dev | heldout (a folder of test/eval)
//        --check: verify the committed gold.json is up to date instead of writing it
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildArticle, verifyGold } from './gold-lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name || name.startsWith('--')) {
  console.error('usage: node test/eval/build-gold.mjs <set> [--check]   (a folder of test/eval holding articles/ and spec-*.mjs)');
  process.exit(2);
}
const set = resolve(here, name);
const dir = join(set, 'articles');
const out = join(set, 'gold.json');

const gold = {
  offsets: 'utf16 code units (JavaScript string index)',
  _conventions: {
    files:
      'each entry names its article file in articles/ beside this file; spans index the file text exactly as stored (UTF-8 decoded, date prefix included)',
    spans: "start inclusive, end exclusive (text.slice(start, end)); every quote/reported entry repeats its slice in 'text'",
    quote:
      'start just after the opening mark, end just before the closing mark (a comma/period inside the marks is part of the quote); a quotation that continues into the next paragraph (reopened with a new mark) is one quote per paragraph; a transcript answer with no marks ("Name: answer", form "transcript") spans the words after the label',
    reported:
      'sentence span, from the first character of the sentence (after any dateline) to just after its final punctuation or closing quote mark; if a quotation opened in the sentence runs on past the sentence, the span runs to the end of the quotation. A bare “…,” X said frame yields only the quote; a sentence with paraphrased content outside the marks (X said that …, adding that …, calling it “…”) also yields a reported item (mixed: true)',
    speaker:
      'canonical full name of the person or organisation whose words these are; a readout "attributable to" a spokesperson gives the principal as speaker with via: the spokesperson (as in the seeds); null only on optional items',
    optional:
      'true on debatable items (collective subjects "the sides", agentless passives, speech acts with no content, one-word quotes, unnamed or anonymous speakers, peripheral contacts); the scorer neither rewards nor penalises them',
    anonymous:
      'true on statements by unnamed sources (a senior EU official, diplomats, a person familiar with …): they are optional for the scorer, and the evaluation test separately checks that no export statement on these spans names a known person as the speaker',
    contacts:
      'unordered pairs; kind call/meeting/letter/other; date YYYY-MM-DD resolved against the article date, null when the text gives no day; status held/planned/cancelled (the scorer does not score status)',
    actors: 'every person named in the text, and every organisation that speaks or meets; media: true for news outlets (not scored)',
  },
};

const specs = readdirSync(set)
  .filter((f) => /^spec-.*\.mjs$/.test(f))
  .sort();
let n = 0;
for (const file of specs) {
  const spec = (await import(pathToFileURL(join(set, file)).href)).default;
  for (const [key, article] of Object.entries(spec)) {
    if (gold[key]) throw new Error(`${file}: key ${key} is used twice`);
    gold[key] = buildArticle(dir, article);
    n++;
  }
}
const problems = verifyGold(dir, gold);
const listed = new Set(
  Object.values(gold)
    .filter((g) => g && g.file)
    .map((g) => g.file),
);
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) if (!listed.has(f)) problems.push(`${f}: article without annotation`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const json = JSON.stringify(gold, null, 1) + '\n';
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {}
  if (committed !== json) {
    console.error(`${out} is out of date: run node test/eval/build-gold.mjs ${name}`);
    process.exit(1);
  }
  console.log(`${name}/gold.json is up to date (${n} articles)`);
} else {
  writeFileSync(out, json);
  const arts = Object.values(gold).filter((g) => g && g.file);
  const count = (k) => arts.reduce((s, g) => s + g[k].length, 0);
  const req = (k) => arts.reduce((s, g) => s + g[k].filter((x) => !x.optional).length, 0);
  console.log(
    `wrote ${out}: ${n} articles, quotes ${req('quotes')}/${count('quotes')}, reported ${req('reported')}/${count('reported')}, contacts ${req('contacts')}/${count('contacts')} (required/all)`,
  );
}
