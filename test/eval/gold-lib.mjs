// Helpers that turn a hand-written annotation spec (items anchored by their exact text) into the
// seeds-gold.json format with offsets computed from the file text. Offsets are never typed by hand:
// every anchor must occur exactly once in the article (or carry `nth` / `after` to pick one occurrence),
// and every quote anchor must sit between an opening and a closing quotation mark (or after a
// "Speaker: " label for transcript answers, `nomarks: true`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OPEN = new Set(['“', '«', '"', '‘', '„']);
const CLOSE = new Set(['”', '»', '"', '’']);

export function locate(text, needle, { nth, after, from, to } = {}, what = '') {
  if (needle === undefined) {
    // a span given by its first and last words: `from` (unique, or picked by nth/after) through the end of `to`
    const a = locate(text, from, { nth, after }, what);
    const e = text.indexOf(to, a.start);
    if (e < 0) throw new Error(`${what}: 'to' not found after 'from': ${JSON.stringify(to)}`);
    const end = e + to.length;
    if (text.slice(a.start, end).includes('\n\n') && !what.includes('allow-paragraphs'))
      throw new Error(`${what}: span crosses a paragraph: ${from}`);
    return { start: a.start, end };
  }
  const hits = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) hits.push(i);
  let pick = hits;
  if (after !== undefined) {
    const a = text.indexOf(after);
    if (a < 0) throw new Error(`${what}: 'after' anchor not found: ${after}`);
    pick = hits.filter((h) => h > a);
  }
  if (pick.length === 0) throw new Error(`${what}: not found: ${JSON.stringify(needle)}`);
  if (nth === undefined && pick.length !== 1)
    throw new Error(`${what}: ${pick.length} occurrences, give nth/after: ${JSON.stringify(needle)}`);
  const start = pick[nth ?? 0];
  if (start === undefined) throw new Error(`${what}: no occurrence #${nth}: ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

const words = (s) => s.trim().split(/\s+/).filter(Boolean).length;

export function buildArticle(dir, spec) {
  const text = readFileSync(join(dir, spec.file), 'utf8');
  const where = spec.file;
  const out = {
    file: spec.file,
    style: spec.style,
    patterns: spec.patterns,
    actors: spec.actors,
    quotes: [],
    reported: [],
    contacts: spec.contacts,
    excluded_quote_marks: [],
  };
  const names = new Set(spec.actors.map((a) => a.name));
  const checkSpeaker = (s, item) => {
    if (s === null && item.optional) return;
    if (!names.has(s)) throw new Error(`${where}: speaker ${JSON.stringify(s)} is not in the actors list`);
  };
  for (const a of spec.actors)
    for (const f of a.surface) if (!text.includes(f)) throw new Error(`${where}: surface form not in text: ${f}`);
  for (const q of spec.quotes) {
    const { start, end } = locate(text, q.text, q, `${where} quote`);
    q.text = text.slice(start, end);
    if (q.nomarks) {
      if (!/: $/.test(text.slice(start - 2, start))) throw new Error(`${where}: transcript answer not after a label: ${q.text}`);
    } else {
      if (!OPEN.has(text[start - 1])) throw new Error(`${where}: no opening mark before quote: ${q.text.slice(0, 40)}`);
      const endsParagraph = q.unclosed && (end === text.length || text[end] === '\n');
      if (!CLOSE.has(text[end]) && !endsParagraph) throw new Error(`${where}: no closing mark after quote: ${q.text.slice(-40)}`);
    }
    checkSpeaker(q.speaker, q);
    const { nth, after, from, to, nomarks, unclosed, text: t, ...rest } = q;
    out.quotes.push({
      speaker: q.speaker,
      start,
      end,
      form: q.form ?? (q.nomarks ? 'transcript' : /^[A-Z]/.test(t) ? 'full' : 'partial'),
      ...(words(t) <= 3 ? { short: true } : {}),
      ...omit(rest, ['speaker', 'form']),
      text: t,
    });
  }
  for (const r of spec.reported) {
    const { start, end } = locate(text, r.text, r, `${where} reported`);
    r.text = text.slice(start, end);
    // a sentence starts a paragraph, or follows sentence-final punctuation (maybe a closing mark) and a space,
    // or a dateline ending in "- ", "– ", "/TASS/. ", "ARMENPRESS. "
    const before = text.slice(Math.max(0, start - 3), start);
    if (!(
      start === 0 ||
      /\n$/.test(before) ||
      /[.?!:][”"’»]? $/.test(before) ||
      /[-–—] $/.test(before) ||
      / date \d{4}-\d{2}-\d{2} $/.test(text.slice(0, start))
    )) {
      throw new Error(`${where}: reported span does not start a sentence: ${JSON.stringify(before)} | ${r.text.slice(0, 40)}`);
    }
    if (!/[.?!][”"’»]?$|[”"’»]$/.test(r.text)) throw new Error(`${where}: reported span does not end a sentence: ${r.text.slice(-40)}`);
    checkSpeaker(r.speaker, r);
    const { nth, after, from, to, text: t, ...rest } = r;
    out.reported.push({ speaker: r.speaker, sentence_start: start, sentence_end: end, ...omit(rest, ['speaker']), text: t });
  }
  for (const x of spec.excluded ?? []) {
    const { start, end } = locate(text, x.text, x, `${where} excluded`);
    if (!OPEN.has(text[start - 1]) || !CLOSE.has(text[end])) throw new Error(`${where}: excluded span not between marks: ${x.text}`);
    out.excluded_quote_marks.push({ start, end, reason: x.reason, text: x.text });
  }
  for (const c of spec.contacts) {
    if (!names.has(c.a) || !names.has(c.b)) throw new Error(`${where}: contact party not in actors: ${c.a} / ${c.b}`);
    if (c.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(c.date)) throw new Error(`${where}: bad contact date ${c.date}`);
    if (!['call', 'meeting', 'letter', 'other'].includes(c.kind)) throw new Error(`${where}: bad contact kind ${c.kind}`);
  }
  out.sha256 = createHash('sha256')
    .update(readFileSync(join(dir, spec.file)))
    .digest('hex');
  return out;
}

function omit(o, keys) {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** Re-checks a finished gold document against the files: every text equals its slice. */
export function verifyGold(dir, gold) {
  const problems = [];
  for (const [key, g] of Object.entries(gold)) {
    if (key.startsWith('_') || key === 'offsets') continue;
    const text = readFileSync(join(dir, g.file), 'utf8');
    for (const q of g.quotes) if (text.slice(q.start, q.end) !== q.text) problems.push(`${key}: quote ${q.start}-${q.end}`);
    for (const r of g.reported)
      if (text.slice(r.sentence_start, r.sentence_end) !== r.text) problems.push(`${key}: reported ${r.sentence_start}-${r.sentence_end}`);
    for (const x of g.excluded_quote_marks)
      if (text.slice(x.start, x.end) !== x.text) problems.push(`${key}: excluded ${x.start}-${x.end}`);
  }
  return problems;
}
