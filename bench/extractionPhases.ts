// Where extraction spends its time, phase by phase, on one core: the figure to watch when making the
// cold build faster.
//   tsx bench/extractionPhases.ts [DIR] [--articles N]
// DIR defaults to the 10,000-article corpus `npm run bench` leaves in the temp folder.
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../src/corpus/parseArticle.js';
import { actorLexicon } from '../src/extract/actorLexicon.js';
import { attribute } from '../src/extract/attribution.js';
import { findContacts } from '../src/extract/contacts.js';
import { resolveMentions } from '../src/extract/coreference.js';
import { parseDictionary } from '../src/extract/dictionary.js';
import { findMentions } from '../src/extract/mentions.js';
import { findQuotations, maskQuotations } from '../src/extract/quotations.js';
import { splitSentences } from '../src/extract/sentences.js';
import { tokenize } from '../src/extract/tokens.js';
import type { Actor, ActorId, Article } from '../src/model.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--articles');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 3000;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--articles') ?? defaultCorpus();

const { dictionary } = parseDictionary(JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8')));
const articles: Article[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, limit)
  .flatMap((f) => {
    const parsed = parseArticle(f, readFileSync(join(dir, f)));
    return parsed.ok ? [parsed.article] : [];
  });
const lexicon = actorLexicon(dictionary);
const spent = new Map<string, number>();
const time = <T>(phase: string, work: () => T): T => {
  const t = performance.now();
  const result = work();
  spent.set(phase, (spent.get(phase) ?? 0) + performance.now() - t);
  return result;
};

// Twice: the first round warms the JIT up; the second is measured.
for (let round = 0; round < 2; round++) {
  spent.clear();
  for (const article of articles) {
    const { text, date } = article;
    const quotations = time('quotations', () => findQuotations(article));
    const masked = time('masking', () => maskQuotations(text, quotations));
    const sentences = time('sentences', () => splitSentences(article, quotations));
    const tokens = time('tokens', () => tokenize(text, article.paragraphs[0]?.start ?? 0));
    const scan = time('mentions', () => findMentions(text, tokens, lexicon));
    const discovered = new Map<ActorId, Actor>(scan.discovered.map((a) => [a.id, a]));
    const actorOf = (id: ActorId) => dictionary.byId.get(id) ?? discovered.get(id);
    const mentions = time('coreference', () => resolveMentions(text, scan.mentions, quotations, lexicon, discovered, date));
    time('attribution', () =>
      attribute({ text, masked, date, sentences, quotations, mentions, lexicon, actorOf, discover: (a) => discovered.set(a.id, a) }),
    );
    time('contacts', () => findContacts(text, masked, sentences, mentions, date, actorOf));
  }
}
const total = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${articles.length} articles from ${dir}`);
for (const [phase, ms] of spent)
  console.log(
    `${phase.padEnd(12)} ${((ms / articles.length) * 1000).toFixed(0).padStart(6)} µs/article  ${((ms / total) * 100).toFixed(0).padStart(3)}%`,
  );
console.log(
  `${'total'.padEnd(12)} ${((total / articles.length) * 1000).toFixed(0).padStart(6)} µs/article  (${Math.round(articles.length / (total / 1000))} articles/s on one core)`,
);

function defaultCorpus(): string {
  const root = join(tmpdir(), 'attache-bench');
  const found = readdirSync(root).find((d) => d.startsWith('corpus-10000-'));
  if (!found) throw new Error(`no corpus in ${root}: run "npm run bench -- --articles 10000" first, or give a folder`);
  return join(root, found);
}
