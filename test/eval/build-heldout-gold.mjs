#!/usr/bin/env node
// Builds test/eval/heldout-gold.json from the hand annotation in heldout-spec-*.mjs.
// usage: node test/eval/build-heldout-gold.mjs [--check]   (--check: verify the committed file is up to date)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticle, verifyGold } from './gold-lib.mjs';
import specA from './heldout-spec-a.mjs';
import specB from './heldout-spec-b.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'heldout');
const out = join(here, 'heldout-gold.json');

const gold = {
  offsets: 'utf16 code units (JavaScript string index)',
  _conventions: {
    files: 'each entry names its article file in test/eval/heldout/; spans index the file text exactly as stored (UTF-8 decoded, date prefix included)',
    spans: "start inclusive, end exclusive (text.slice(start, end)); every quote/reported entry repeats its slice in 'text'",
    quote: 'start just after the opening mark, end just before the closing mark (a comma/period inside the marks is part of the quote); a quotation that continues into the next paragraph (reopened with a new mark) is one quote per paragraph; a transcript answer with no marks ("Name: answer", form "transcript") spans the words after the label',
    reported: 'sentence span, from the first character of the sentence (after any dateline) to just after its final punctuation or closing quote mark; if a quotation opened in the sentence runs on past the sentence, the span runs to the end of the quotation. A bare “…,” X said frame yields only the quote; a sentence with paraphrased content outside the marks (X said that …, adding that …, calling it “…”) also yields a reported item (mixed: true)',
    speaker: 'canonical full name of the person or organisation whose words these are; a readout "attributable to" a spokesperson gives the principal as speaker with via: the spokesperson (as in the seeds); null only on optional items',
    optional: 'true on debatable items (collective subjects "the sides", agentless passives, speech acts with no content, one-word quotes, unnamed or anonymous speakers, peripheral contacts); the scorer neither rewards nor penalises them',
    anonymous: 'true on statements by unnamed sources (a senior EU official, diplomats, a person familiar with …): they are optional for the scorer, and heldout.test.ts separately checks that no export statement on these spans names a known person as the speaker',
    contacts: 'unordered pairs; kind call/meeting; date YYYY-MM-DD resolved against the article date, null when the text gives no day; status held/planned/cancelled (the scorer does not score status)',
    actors: 'every person named in the text, and every organisation that speaks or meets; media: true for news outlets (not scored)',
  },
};

let n = 0;
for (const [key, spec] of Object.entries({ ...specA, ...specB })) {
  gold[key] = buildArticle(dir, spec);
  n++;
}
const problems = verifyGold(dir, gold);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const json = JSON.stringify(gold, null, 1) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== json) {
    console.error('heldout-gold.json is out of date: run node test/eval/build-heldout-gold.mjs');
    process.exit(1);
  }
  console.log(`heldout-gold.json is up to date (${n} articles)`);
} else {
  writeFileSync(out, json);
  const count = (k) => Object.values(gold).filter((g) => g && g.file).reduce((s, g) => s + g[k].length, 0);
  const req = (k) => Object.values(gold).filter((g) => g && g.file).reduce((s, g) => s + g[k].filter((x) => !x.optional).length, 0);
  console.log(`wrote ${out}: ${n} articles, quotes ${req('quotes')}/${count('quotes')}, reported ${req('reported')}/${count('reported')}, contacts ${req('contacts')}/${count('contacts')} (required/all)`);
}
