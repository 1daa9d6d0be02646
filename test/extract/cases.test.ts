// Self-check of the pattern cases and of the harness. Independent of the extractor: always passes
// when the cases are consistent. It verifies that every expected span really is in its article, that
// every expected name is in the test dictionary or marked as discovered, that dates written as
// weekdays / month-days / "yesterday" agree with the article date, that no case borrows a sentence
// from the seed articles, and that the harness accepts a perfect extraction and rejects an empty one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  toIsoDate,
  type Actor,
  type ActorId,
  type ArticleExtraction,
  type Contact,
  type IsoDate,
  type Statement,
} from '../../src/model.js';
import { allCases } from './cases/index.js';
import type { Case } from './cases/types.js';
import { buildCaseArticle, checkCase, dictionaryActorNamed, loadFixtureDictionary, repoRoot } from './harness.js';

const { dictionary, problems: dictionaryProblems } = loadFixtureDictionary();

const OPEN = new Set(['“', '‘', '"', '«', "'"]);
const CLOSE = new Set(['”', '’', '"', '»', "'"]);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const fold = (s: string) => s.trim().toLowerCase();
const isDiscovered = (c: Case, name: string) => (c.discovered ?? []).some((d) => fold(d) === fold(name));
const knownName = (c: Case, name: string) => dictionaryActorNamed(dictionary, name) !== undefined || isDiscovered(c, name);
const dayMs = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every name the case expects somewhere (speakers, via, addressees, contact parties, actors). */
function namesIn(c: Case): { where: string; name: string }[] {
  const out: { where: string; name: string }[] = [];
  for (const q of c.quotes ?? []) {
    out.push({ where: `quote «${q.text}» speaker`, name: q.speaker });
    if (q.via) out.push({ where: `quote «${q.text}» via`, name: q.via });
    if (q.addressee) out.push({ where: `quote «${q.text}» addressee`, name: q.addressee });
  }
  for (const r of c.reported ?? []) {
    out.push({ where: `reported «${r.sentence}» speaker`, name: r.speaker });
    if (r.via) out.push({ where: `reported «${r.sentence}» via`, name: r.via });
    if (r.addressee) out.push({ where: `reported «${r.sentence}» addressee`, name: r.addressee });
  }
  for (const k of c.contacts ?? []) {
    out.push({ where: 'contact a', name: k.a }, { where: 'contact b', name: k.b });
  }
  for (const a of c.actors ?? []) out.push({ where: 'actors', name: a });
  for (const x of c.notSaidBy ?? []) out.push({ where: 'notSaidBy', name: x.speaker });
  return out;
}

/** Problems with one `dateText` claim: the words must be in the text and agree with the expected date. */
function dateProblems(c: Case, expected: string | null, dateText: string | undefined): string[] {
  const out: string[] = [];
  if (expected !== null && !toIsoDate(expected)) out.push(`"${expected}" is not a real date`);
  if (dateText === undefined) return out;
  if (!c.text.includes(dateText)) out.push(`dateText "${dateText}" is not in the text`);
  if (expected === null) return out;
  const words = fold(dateText);
  const day = new Date(utc(expected));
  const weekday = WEEKDAYS.find((w) => new RegExp(`\\b${w}\\b`).test(words));
  if (weekday) {
    const actual = WEEKDAYS[day.getUTCDay()];
    if (actual !== weekday) out.push(`"${dateText}": ${expected} is a ${actual}`);
    if (Math.abs(utc(expected) - utc(c.date)) > 7 * dayMs)
      out.push(`"${dateText}": ${expected} is more than a week from the article date ${c.date}`);
  }
  const md = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})\\b`).exec(words);
  if (md) {
    const month = MONTHS.indexOf(md[1]!) + 1;
    if (day.getUTCMonth() + 1 !== month || day.getUTCDate() !== Number(md[2])) out.push(`"${dateText}" is not ${expected}`);
  }
  if (/\byesterday\b/.test(words) && expected !== isoOf(utc(c.date) - dayMs)) {
    out.push(`"yesterday" in an article dated ${c.date} is ${isoOf(utc(c.date) - dayMs)}, not ${expected}`);
  }
  return out;
}

/** Everything wrong with a case as written (independent of any extractor). */
function caseProblems(n: number, c: Case): string[] {
  const problems: string[] = [];
  if (!toIsoDate(c.date)) problems.push(`article date ${c.date} is not a real date`);
  let paragraphs: string[] = [];
  try {
    const article = buildCaseArticle(n, c);
    paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (paragraphs.length < 1 || paragraphs.length > 4) problems.push(`has ${paragraphs.length} paragraphs (1–4 expected)`);

  const required = [...(c.quotes ?? []), ...(c.reported ?? []), ...(c.contacts ?? [])].filter((x) => !x.optional);
  if (required.length === 0)
    problems.push('has no required quote, reported statement or contact: an extractor that finds nothing would pass it');

  for (const q of c.quotes ?? []) {
    const at: number[] = [];
    for (let i = c.text.indexOf(q.text); i >= 0; i = c.text.indexOf(q.text, i + 1)) at.push(i);
    if (at.length === 0) problems.push(`quote «${q.text}» is not in the text`);
    else if (
      !at.some((i) => {
        const before = c.text[i - 1] ?? '';
        const after = c.text[i + q.text.length];
        return OPEN.has(before) && (after === undefined || after === '\n' || CLOSE.has(after));
      })
    ) {
      problems.push(`quote «${q.text}» is not directly between quotation marks (or an opening mark and the paragraph end)`);
    }
    problems.push(...dateProblems(c, q.date ?? null, q.dateText).map((p) => `quote «${q.text}»: ${p}`));
  }
  for (const r of c.reported ?? []) {
    const i = c.text.indexOf(r.sentence);
    if (i < 0) {
      problems.push(`reported sentence «${r.sentence}» is not in the text`);
      continue;
    }
    if (r.sentence !== r.sentence.trim()) problems.push(`reported sentence «${r.sentence}» has surrounding whitespace`);
    const before = c.text.slice(Math.max(0, i - 2), i);
    if (!(i === 0 || /\s$/.test(before) || OPEN.has(before.slice(-1)))) problems.push(`reported sentence «${r.sentence}» starts mid-word`);
    if (!r.optional) {
      if (!/^[\p{Lu}“‘"«]/u.test(r.sentence)) problems.push(`reported sentence «${r.sentence}» does not start like a sentence`);
      if (!/[.!?][”’"»]?$/.test(r.sentence)) problems.push(`reported sentence «${r.sentence}» does not end like a sentence`);
      const after = c.text[i + r.sentence.length];
      if (after !== undefined && !/\s/.test(after)) problems.push(`reported sentence «${r.sentence}» stops before the end of its sentence`);
    }
    problems.push(...dateProblems(c, r.date ?? null, r.dateText).map((p) => `reported «${r.sentence}»: ${p}`));
  }
  for (const k of c.contacts ?? []) {
    problems.push(...dateProblems(c, k.date, k.dateText).map((p) => `contact ${k.a} ↔ ${k.b}: ${p}`));
    if (fold(k.a) === fold(k.b)) problems.push(`contact ${k.a} ↔ ${k.b} has the same party twice`);
  }
  for (const { where, name } of namesIn(c)) {
    if (!knownName(c, name)) problems.push(`${where}: "${name}" is neither in fixtures/actors.json nor listed in \`discovered\``);
  }
  for (const d of c.discovered ?? []) {
    if (dictionaryActorNamed(dictionary, d)) problems.push(`discovered "${d}" is in the test dictionary: it would not be discovered`);
    if (!c.text.includes(d)) problems.push(`discovered "${d}" is not named in full in the text`);
  }
  for (const w of [
    ...(c.noActors ?? []),
    ...(c.noStatementsContaining ?? []),
    ...(c.noQuotes ?? []),
    ...(c.notSaidBy ?? []).map((x) => x.text),
  ]) {
    if (!c.text.includes(w)) problems.push(`negative expectation «${w}» is not in the text, so it tests nothing`);
  }
  return problems;
}

/** The extraction a perfect extractor would return for a case (required items only). */
function perfectExtraction(n: number, c: Case): ArticleExtraction {
  const article = buildCaseArticle(n, c);
  const discovered: Actor[] = (c.discovered ?? []).map((name, i) => ({
    id: `discovered-${i}`,
    kind: 'person',
    name,
    aliases: [name],
    nominals: [],
    metonyms: [],
    roles: [],
    origin: 'discovered',
  }));
  const idOf = (name: string): ActorId => {
    const a = dictionaryActorNamed(dictionary, name) ?? discovered.find((d) => fold(d.name) === fold(name));
    if (!a) throw new Error(`unknown name ${name}`);
    return a.id;
  };
  const bodyStart = article.paragraphs[0]?.start ?? 0;
  const spanOf = (words: string) => {
    const start = article.text.indexOf(words, bodyStart);
    if (start < 0) throw new Error(`«${words}» is not in the article`);
    return { start, end: start + words.length };
  };
  const statements: Statement[] = [];
  const add = (kind: Statement['kind'], words: string, item: { speaker: string; via?: string; addressee?: string; date?: string }) =>
    statements.push({
      id: `${article.id}#${statements.length + 1}`,
      article: article.id,
      kind,
      ...spanOf(words),
      speaker: idOf(item.speaker),
      cue: 'said',
      ...(item.via ? { via: idOf(item.via) } : {}),
      ...(item.addressee ? { addressee: idOf(item.addressee) } : {}),
      date: (item.date ?? c.date) as IsoDate,
      dateBasis: item.date ? 'text' : 'article',
    });
  for (const q of c.quotes ?? []) if (!q.optional) add('quote', q.text, q);
  for (const r of c.reported ?? []) if (!r.optional) add('reported', r.sentence, r);
  const contacts: Contact[] = (c.contacts ?? [])
    .filter((k) => !k.optional)
    .map((k) => ({
      article: article.id,
      start: bodyStart,
      end: bodyStart,
      a: idOf(k.a),
      b: idOf(k.b),
      kind: k.kind,
      date: k.date as IsoDate | null,
      status: k.status ?? 'held',
    }));
  const actors = [
    ...new Set([
      ...statements.flatMap((s) => [s.speaker, s.via, s.addressee]),
      ...contacts.flatMap((k) => [k.a, k.b]),
      ...(c.actors ?? []).map(idOf),
    ]),
  ].filter((id): id is ActorId => typeof id === 'string');
  return { article: article.id, actors, discovered, mentions: [], statements, contacts };
}

/** Word 8-grams of a text, lower-cased, typographic quotes and apostrophes folded. */
function ngrams(text: string, size = 8): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

describe('pattern cases: self-check', () => {
  it('the test dictionary is valid', () => {
    expect(dictionaryProblems).toEqual([]);
    expect(dictionary.actors.length).toBeGreaterThan(15);
  });

  it('there are 60–400 cases with unique names', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(60);
    expect(allCases.length).toBeLessThanOrEqual(400);
    const names = allCases.map(({ c }) => c.name);
    expect(names.filter((x, i) => names.indexOf(x) !== i)).toEqual([]);
  });

  it('every case is consistent: spans in the text, names known, dates right', () => {
    const all = allCases.flatMap(({ n, c }) => caseProblems(n, c).map((p) => `case ${n} "${c.name}": ${p}`));
    expect(all, all.join('\n')).toEqual([]);
  });

  it('the harness accepts a perfect extraction of every case', () => {
    const all = allCases.flatMap(({ n, c }) => {
      const article = buildCaseArticle(n, c);
      return checkCase(c, article, perfectExtraction(n, c), dictionary).map((p) => `case ${n} "${c.name}": ${p}`);
    });
    expect(all, all.join('\n')).toEqual([]);
  });

  it('the harness rejects an empty extraction of every case (so a stub fails every case)', () => {
    const passing = allCases.filter(({ n, c }) => {
      const article = buildCaseArticle(n, c);
      const empty: ArticleExtraction = { article: article.id, actors: [], discovered: [], mentions: [], statements: [], contacts: [] };
      return checkCase(c, article, empty, dictionary).length === 0;
    });
    expect(passing.map(({ c }) => c.name)).toEqual([]);
  });

  it('the harness flags a wrong speaker, an extra statement and a wrong contact date', () => {
    const found = allCases.find(({ c }) => c.exhaustive && (c.quotes?.length ?? 0) > 0 && (c.contacts?.length ?? 0) > 0 && !c.discovered);
    expect(found).toBeDefined();
    const { n, c } = found!;
    const article = buildCaseArticle(n, c);
    const good = perfectExtraction(n, c);
    const other = dictionary.actors.find((a) => !good.actors.includes(a.id))!;
    const [first, ...rest] = good.statements;
    const [k0, ...moreContacts] = good.contacts;
    const bad: ArticleExtraction = {
      ...good,
      statements: [{ ...first!, speaker: other.id }, ...rest, { ...first!, id: 'extra', kind: 'reported' }],
      contacts: [{ ...k0!, date: '1999-01-01' as IsoDate }, ...moreContacts],
    };
    const problems = checkCase(c, article, bad, dictionary).join('\n');
    expect(problems).toMatch(/wrong speaker/);
    expect(problems).toMatch(/unexpected statement/);
    expect(problems).toMatch(/wrong date for contact/);
  });

  it('no case borrows a sentence from the seed articles (no 8-word run in common)', () => {
    const seedsDir = join(repoRoot, 'seeds');
    const seedTexts = existsSync(seedsDir)
      ? readdirSync(seedsDir)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
      : [];
    const seedGrams = new Set(seedTexts.flatMap((t) => [...ngrams(t)]));
    const shared = allCases.flatMap(({ c }) => [...ngrams(c.text)].filter((g) => seedGrams.has(g)).map((g) => `${c.name}: "${g}"`));
    expect(shared, shared.join('\n')).toEqual([]);
  });
});
