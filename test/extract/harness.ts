// Runs one pattern case through the extractor and lists every way the result departs from the case.
// Shared by patterns.test.ts (the specification) and cases.test.ts (the self-check of the cases).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { parseDictionary, type Dictionary, type DictionaryProblem } from '../../src/extract/dictionary.js';
import type { Actor, ActorId, Article, ArticleExtraction, Contact, Statement } from '../../src/model.js';
import type { Case, ExpectedContact, ExpectedQuote, ExpectedReported } from './cases/types.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const fixtureDictionaryFile = join(here, 'fixtures', 'actors.json');

export function loadFixtureDictionary(): { dictionary: Dictionary; problems: DictionaryProblem[] } {
  return parseDictionary(JSON.parse(readFileSync(fixtureDictionaryFile, 'utf8')) as unknown);
}

/** The article file text the harness builds for a case. */
export function caseFileText(c: Pick<Case, 'date' | 'text'>): string {
  return ` date ${c.date} ${c.text}`;
}

export function caseFileName(n: number): string {
  return `case-${n}.txt`;
}

/** Builds the Article for a case, or throws with the parser's reason. */
export function buildCaseArticle(n: number, c: Case): Article {
  const parsed = parseArticle(caseFileName(n), Buffer.from(caseFileText(c), 'utf8'));
  if (!parsed.ok) throw new Error(`case "${c.name}" does not parse as an article: ${parsed.problem.message}`);
  return parsed.article;
}

// ---------------------------------------------------------------------------------------------
// Names

const fold = (s: string) => s.trim().toLowerCase();

/** Every name an actor answers to: canonical name and aliases. */
export function namesOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases];
}

/** True when `name` is the actor's canonical name or one of its aliases (case-insensitive). */
export function actorAnswersTo(actor: Actor | undefined, name: string): boolean {
  if (!actor) return false;
  const want = fold(name);
  return namesOf(actor).some((n) => fold(n) === want);
}

/** The dictionary actor answering to `name`, if any. */
export function dictionaryActorNamed(dictionary: Dictionary, name: string): Actor | undefined {
  return dictionary.actors.find((a) => actorAnswersTo(a, name));
}

// ---------------------------------------------------------------------------------------------
// Checking one extraction against one case

interface Ctx {
  readonly c: Case;
  readonly article: Article;
  readonly ex: ArticleExtraction;
  readonly dictionary: Dictionary;
}

function actorOf(ctx: Ctx, id: ActorId | undefined | null): Actor | undefined {
  if (id === undefined || id === null) return undefined;
  return ctx.dictionary.byId.get(id) ?? ctx.ex.discovered.find((a) => a.id === id);
}

function label(ctx: Ctx, id: ActorId | undefined | null): string {
  if (id === undefined || id === null) return '(none)';
  const a = actorOf(ctx, id);
  return a ? `${a.name}${a.origin === 'discovered' ? ' [discovered]' : ''}` : `(unresolved id "${id}")`;
}

const slice = (ctx: Ctx, s: { start: number; end: number }) => ctx.article.text.slice(s.start, s.end);

function short(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function describeStatement(ctx: Ctx, s: Statement): string {
  const extra = [
    `speaker=${label(ctx, s.speaker)}`,
    `cue=${JSON.stringify(s.cue)}`,
    s.via !== undefined ? `via=${label(ctx, s.via)}` : '',
    s.addressee !== undefined ? `addressee=${label(ctx, s.addressee)}` : '',
    `date=${s.date}(${s.dateBasis})`,
  ].filter(Boolean);
  return `${s.kind} [${s.start},${s.end}) «${short(slice(ctx, s))}» ${extra.join(' ')}`;
}

export function describeContact(ctx: Ctx, k: Contact): string {
  return `${k.kind} ${label(ctx, k.a)} ↔ ${label(ctx, k.b)} date=${k.date ?? 'null'} status=${k.status} «${short(slice(ctx, k), 100)}»`;
}

/** Every occurrence of `needle` in the article body. */
function occurrences(ctx: Ctx, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const from = ctx.article.paragraphs[0]?.start ?? 0;
  if (!needle) return out;
  for (let i = ctx.article.text.indexOf(needle, from); i >= 0; i = ctx.article.text.indexOf(needle, i + 1)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

/** Lenient span match used only for optional items: overlap ≥ ½ of the union, or inside the expected span. */
function looselyCovers(expected: { start: number; end: number }, got: { start: number; end: number }): boolean {
  return overlapRatio(expected, got) >= 0.5 || (got.start >= expected.start && got.end <= expected.end);
}

type Expected =
  | { readonly kind: 'quote'; readonly item: ExpectedQuote; readonly span: string }
  | { readonly kind: 'reported'; readonly item: ExpectedReported; readonly span: string };

function expectedStatements(c: Case): Expected[] {
  return [
    ...(c.quotes ?? []).map((item) => ({ kind: 'quote' as const, item, span: item.text })),
    ...(c.reported ?? []).map((item) => ({ kind: 'reported' as const, item, span: item.sentence })),
  ];
}

function spanMatches(ctx: Ctx, e: Expected, s: Statement): boolean {
  if (s.kind !== e.kind) return false;
  const got = slice(ctx, s);
  return e.kind === 'quote' ? got === e.span : got.trim() === e.span.trim();
}

function what(e: Expected): string {
  const i = e.item;
  const parts = [`speaker ${i.speaker}`];
  if (i.via) parts.push(`via ${i.via}`);
  if (i.addressee) parts.push(`addressee ${i.addressee}`);
  if (i.date) parts.push(`date ${i.date}`);
  return `${e.kind} «${short(e.span)}» (${parts.join(', ')})`;
}

function contactWhat(k: ExpectedContact): string {
  return `${k.kind} ${k.a} ↔ ${k.b} date=${k.date ?? 'null'} status=${k.status ?? 'held'}`;
}

/** All the ways the extraction departs from the case; empty when it meets it. */
export function checkCase(c: Case, article: Article, ex: ArticleExtraction, dictionary: Dictionary): string[] {
  const ctx: Ctx = { c, article, ex, dictionary };
  const problems: string[] = [];
  const used = new Set<Statement>();

  // --- statements: required first, so that optional items cannot steal their match
  const expected = expectedStatements(c);
  const required = expected.filter((e) => !e.item.optional);
  const optional = expected.filter((e) => e.item.optional);
  // Two passes, so that two expected items on one span (coordinated subjects) each get the statement
  // with their own speaker before any is matched by span alone.
  const assigned = new Map<Expected, Statement>();
  for (const e of required) {
    const exact = ex.statements.find(
      (s) => !used.has(s) && spanMatches(ctx, e, s) && actorAnswersTo(actorOf(ctx, s.speaker), e.item.speaker),
    );
    if (exact) {
      used.add(exact);
      assigned.set(e, exact);
    }
  }
  for (const e of required) {
    const chosen = assigned.get(e) ?? ex.statements.find((s) => !used.has(s) && spanMatches(ctx, e, s));
    if (!chosen) {
      const exp = occurrences(ctx, e.span)[0];
      const near = exp
        ? ex.statements.filter((s) => overlapRatio(exp, s) > 0).map((s) => `\n      nearest produced: ${describeStatement(ctx, s)}`)
        : [];
      problems.push(`missing ${what(e)}: no ${e.kind} statement with exactly this span${near.join('')}`);
      continue;
    }
    used.add(chosen);
    if (!actorAnswersTo(actorOf(ctx, chosen.speaker), e.item.speaker)) {
      problems.push(`wrong speaker for ${e.kind} «${short(e.span, 80)}»: expected ${e.item.speaker}, got ${label(ctx, chosen.speaker)}`);
    }
    if (e.item.via !== undefined && !actorAnswersTo(actorOf(ctx, chosen.via), e.item.via)) {
      problems.push(`wrong via for ${e.kind} «${short(e.span, 80)}»: expected ${e.item.via}, got ${label(ctx, chosen.via)}`);
    }
    if (e.item.addressee !== undefined && !actorAnswersTo(actorOf(ctx, chosen.addressee), e.item.addressee)) {
      problems.push(
        `wrong addressee for ${e.kind} «${short(e.span, 80)}»: expected ${e.item.addressee}, got ${label(ctx, chosen.addressee)}`,
      );
    }
    if (e.item.date !== undefined && chosen.date !== e.item.date) {
      problems.push(`wrong date for ${e.kind} «${short(e.span, 80)}»: expected ${e.item.date}, got ${chosen.date} (${chosen.dateBasis})`);
    }
  }
  // Optional items absorb whatever lies on them (any speaker), so that an exhaustive case tolerates them.
  const absorbed = new Set<Statement>();
  for (const e of optional) {
    const spans = occurrences(ctx, e.span);
    for (const s of ex.statements) {
      if (used.has(s) || s.kind !== e.kind) continue;
      if (spanMatches(ctx, e, s) || spans.some((sp) => looselyCovers(sp, s))) absorbed.add(s);
    }
  }

  // --- contacts
  const usedContacts = new Set<Contact>();
  const pairIs = (k: Contact, e: ExpectedContact) => {
    const a = actorOf(ctx, k.a);
    const b = actorOf(ctx, k.b);
    return (actorAnswersTo(a, e.a) && actorAnswersTo(b, e.b)) || (actorAnswersTo(a, e.b) && actorAnswersTo(b, e.a));
  };
  const expectedContacts = c.contacts ?? [];
  for (const e of expectedContacts.filter((k) => !k.optional)) {
    const status = e.status ?? 'held';
    const samePair = ex.contacts.filter((k) => !usedContacts.has(k) && pairIs(k, e));
    const sameKind = samePair.filter((k) => k.kind === e.kind);
    // as the official scorer has it: a contact the text gives no day accepts none or the article's own date
    const dateOk = (k: Contact) => k.date === e.date || (e.date === null && k.date === article.date);
    const chosen = sameKind.find((k) => dateOk(k) && k.status === status) ?? sameKind.find((k) => dateOk(k)) ?? sameKind[0];
    if (!chosen) {
      const other = samePair.map((k) => `\n      same pair, other kind: ${describeContact(ctx, k)}`);
      problems.push(`missing contact ${contactWhat(e)}${other.join('')}`);
      continue;
    }
    usedContacts.add(chosen);
    if (!dateOk(chosen)) {
      problems.push(
        `wrong date for contact ${contactWhat(e)}: got ${chosen.date ?? 'null'}${e.dateText ? ` (text: "${e.dateText}")` : ''}`,
      );
    }
    if (chosen.status !== status) problems.push(`wrong status for contact ${contactWhat(e)}: got ${chosen.status}`);
  }
  const absorbedContacts = new Set<Contact>(
    ex.contacts.filter((k) => !usedContacts.has(k) && expectedContacts.some((e) => e.optional && pairIs(k, e) && k.kind === e.kind)),
  );

  // --- actors
  const mentioned = ex.actors.map((id) => actorOf(ctx, id));
  for (const name of c.actors ?? []) {
    if (!mentioned.some((a) => actorAnswersTo(a, name))) {
      problems.push(`actor ${name} not among the article's actors (got: ${ex.actors.map((id) => label(ctx, id)).join(', ') || 'none'})`);
    }
  }
  for (const name of c.discovered ?? []) {
    if (!ex.discovered.some((a) => actorAnswersTo(a, name))) {
      problems.push(
        `discovered actor ${name} not found (discovered: ${ex.discovered.map((a) => `${a.name} [${a.aliases.join('|')}]`).join(', ') || 'none'})`,
      );
    }
  }
  const everyActor = [...mentioned, ...ex.discovered].filter((a): a is Actor => a !== undefined);
  for (const word of c.noActors ?? []) {
    const re = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
    const bad = everyActor.filter((a) => namesOf(a).some((n) => re.test(n)));
    if (bad.length) problems.push(`"${word}" must not be an actor, got: ${[...new Set(bad.map((a) => a.name))].join(', ')}`);
  }

  // --- negatives
  for (const word of c.noStatementsContaining ?? []) {
    for (const s of ex.statements.filter((s) => slice(ctx, s).includes(word))) {
      problems.push(`no statement may contain «${word}», got: ${describeStatement(ctx, s)}`);
    }
  }
  for (const word of c.noQuotes ?? []) {
    for (const s of ex.statements.filter((s) => s.kind === 'quote' && slice(ctx, s).includes(word))) {
      problems.push(`no quote may contain «${word}», got: ${describeStatement(ctx, s)}`);
    }
  }
  for (const { text, speaker } of c.notSaidBy ?? []) {
    for (const s of ex.statements.filter((s) => slice(ctx, s).includes(text) && actorAnswersTo(actorOf(ctx, s.speaker), speaker))) {
      problems.push(`«${text}» must not be attributed to ${speaker}, got: ${describeStatement(ctx, s)}`);
    }
  }

  // --- exhaustive
  if (c.exhaustive) {
    for (const s of ex.statements) {
      if (!used.has(s) && !absorbed.has(s)) problems.push(`unexpected statement: ${describeStatement(ctx, s)}`);
    }
    for (const k of ex.contacts) {
      if (!usedContacts.has(k) && !absorbedContacts.has(k)) problems.push(`unexpected contact: ${describeContact(ctx, k)}`);
    }
  }
  return problems;
}

/** A failure message: the case, its problems, then everything that was produced. */
export function failureReport(
  n: number,
  c: Case,
  article: Article,
  ex: ArticleExtraction,
  dictionary: Dictionary,
  problems: string[],
): string {
  const ctx: Ctx = { c, article, ex, dictionary };
  const lines = [
    `case ${n} "${c.name}" (${caseFileName(n)}, article date ${c.date}): ${problems.length} problem(s)`,
    ...problems.map((p) => `  ✗ ${p}`),
    `  produced statements (${ex.statements.length}):`,
    ...(ex.statements.length ? ex.statements.map((s) => `    - ${describeStatement(ctx, s)}`) : ['    (none)']),
    `  produced contacts (${ex.contacts.length}):`,
    ...(ex.contacts.length ? ex.contacts.map((k) => `    - ${describeContact(ctx, k)}`) : ['    (none)']),
  ];
  if (c.note) lines.push(`  note: ${c.note}`);
  return lines.join('\n');
}
