// One article file → an Article, or the reasons it cannot be one. Pure: the pipeline does the I/O.
import { Buffer, isUtf8 } from 'node:buffer';
import { toIsoDate, type Article, type Span } from '../model.js';

export interface CorpusProblem {
  readonly file: string;
  /** 1-based line the problem is on (1 when it concerns the whole file). */
  readonly line: number;
  readonly message: string;
}

/** `file:line: message`, as the CLI's validate and the bot's log write a problem. */
export function formatProblem(p: CorpusProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export type ParsedArticle = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly problem: CorpusProblem };

// ` date 2022-03-25 body…`: the leading space is optional; the body may start on the same line.
const DATE_PREFIX = /^[\uFEFF \t]*date[ \t]+(\S+)(?=\s|$)/;
const LOOKS_LIKE_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Validating first and then decoding with Buffer is ~3× faster than a fatal TextDecoder (a restart over
// 100k articles decodes them all); like Node's readFile, it keeps a byte-order mark in the text, so
// offsets agree with other readers.
function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

export function articleIdOf(file: string): string {
  return file.replace(/\.txt$/i, '');
}

export function parseArticle(file: string, bytes: Uint8Array): ParsedArticle {
  const fail = (line: number, message: string): ParsedArticle => ({ ok: false, problem: { file, line, message } });
  const text = decodeUtf8(bytes);
  if (text === null) return fail(lineOfFirstInvalidByte(bytes), 'not valid UTF-8 text');
  // Some editors put the date after a blank line or two; the date must still be the first thing in the file.
  const firstContent = text.search(/\S/);
  if (firstContent < 0) return fail(1, 'the file is empty: expected " date YYYY-MM-DD" followed by the article');
  const line = lineAt(text, firstContent);
  const lineStart = text.lastIndexOf('\n', firstContent) + 1;
  const m = DATE_PREFIX.exec(text.slice(lineStart));
  if (!m) return fail(line, 'no date: the file must start with " date YYYY-MM-DD"');
  const written = m[1] ?? '';
  if (!LOOKS_LIKE_DATE.test(written)) return fail(line, `"${written}" is not a date written YYYY-MM-DD`);
  const date = toIsoDate(written);
  if (!date) return fail(line, `${written} is not a real calendar date`);
  const bodyStart = lineStart + m[0].length;
  const paragraphs = splitParagraphs(text, bodyStart);
  if (paragraphs.length === 0) return fail(line, 'the article has a date but no body');
  return { ok: true, article: { id: articleIdOf(file), file, date, text, paragraphs } };
}

/** Paragraphs are separated by blank lines; spans are trimmed and never empty. */
export function splitParagraphs(text: string, from: number): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\r]*\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  for (;;) {
    const m = separator.exec(text);
    const end = m ? m.index : text.length;
    const trimmed = trimSpan(text, start, end);
    if (trimmed) spans.push(trimmed);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Find the longest prefix that decodes; its line count is where the bad byte sits.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let line = 1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
