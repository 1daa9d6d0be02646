// The operator's sources file (SOURCES_FILE, default seeds/sources.json): a JSON array of the feeds and
// press-release pages to poll. Pure apart from `loadSourcesFile`: a bad entry is reported with its index,
// its id when it has one and the field, and every other entry still loads, so one typo never stops the news.
import { readFile } from 'node:fs/promises';

export const DEFAULT_SOURCES_FILE = 'seeds/sources.json';

/** How a source's URL is read: a feed (RSS 2.0, Atom, RDF or JSON Feed) or an HTML list of press releases. */
export type SourceKind = 'feed' | 'page-list';

export interface Source {
  /** Stable key for the store and the articles' metadata: lower-case letters, digits and "-". */
  readonly id: string;
  /** The outlet, as readers know it. */
  readonly name: string;
  /** http(s) only. */
  readonly url: string;
  /** BCP 47 tag of the items' language (`en`, `ru`, `hy`…). */
  readonly language: string;
  /** Minutes between polls (at least 5: nobody's news changes faster than we should ask). */
  readonly interval: number;
  readonly kind: SourceKind;
  /** The items carry the whole article (no need to fetch the linked page). Default false. */
  readonly fullText: boolean;
  /** The source's own home page, for people (the "Sources shipped" table). */
  readonly homepage?: string;
  /** Left out of polling without deleting the entry. Default true. */
  readonly enabled: boolean;
}

export interface SourcesProblem {
  /** 0-based position in the array; null when the whole file is at fault. */
  readonly index: number | null;
  /** The entry's id when it has a usable one. */
  readonly id: string | null;
  /** The field at fault; null for the entry or file as a whole. */
  readonly field: string | null;
  readonly message: string;
}

export interface SourcesFileResult {
  readonly sources: readonly Source[];
  readonly problems: readonly SourcesProblem[];
}

export const MIN_INTERVAL_MINUTES = 5;
/** A day: a source polled less often than that is better read by hand. */
export const MAX_INTERVAL_MINUTES = 24 * 60;

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const KNOWN = new Set(['id', 'name', 'url', 'language', 'interval', 'kind', 'fullText', 'homepage', 'enabled', 'note']);

/** `sources.json entry 3 (id "armenpress"), field "url": …`: how the CLI and the log name a problem. */
export function formatSourcesProblem(p: SourcesProblem, file = 'sources file'): string {
  if (p.index === null) return `${file}: ${p.message}`;
  const id = p.id ? ` (id "${p.id}")` : '';
  const field = p.field ? `, field "${p.field}"` : '';
  return `${file} entry ${p.index}${id}${field}: ${p.message}`;
}

/** Parses and validates a sources file's text. */
export function parseSourcesFile(text: string): SourcesFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { sources: [], problems: [whole(`is not JSON: ${(error as Error).message}`)] };
  }
  return validateSources(json);
}

/** Reads SOURCES_FILE. A missing file is no sources and no problem: ingestion is simply off. */
export async function loadSourcesFile(path: string): Promise<SourcesFileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sources: [], problems: [] };
    return { sources: [], problems: [whole(`cannot be read: ${(error as Error).message}`)] };
  }
  return parseSourcesFile(text);
}

/** Validates the parsed JSON: every good entry becomes a Source, every bad one a problem naming it. */
export function validateSources(json: unknown): SourcesFileResult {
  if (!Array.isArray(json)) return { sources: [], problems: [whole('must be a JSON array of sources')] };
  const sources: Source[] = [];
  const problems: SourcesProblem[] = [];
  const seen = new Map<string, number>();
  json.forEach((entry: unknown, index) => {
    const result = validateEntry(entry, index);
    problems.push(...result.problems);
    if (!result.source) return;
    const first = seen.get(result.source.id);
    if (first !== undefined) {
      problems.push({ index, id: result.source.id, field: 'id', message: `repeats the id of entry ${first}; this entry is skipped` });
      return;
    }
    seen.set(result.source.id, index);
    sources.push(result.source);
  });
  return { sources, problems };
}

function validateEntry(entry: unknown, index: number): { source: Source | null; problems: SourcesProblem[] } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return {
      source: null,
      problems: [{ index, id: null, field: null, message: 'must be an object with id, name, url, language and interval' }],
    };
  }
  const e = entry as Record<string, unknown>;
  const id = typeof e.id === 'string' && ID.test(e.id) ? e.id : null;
  const problems: SourcesProblem[] = [];
  const bad = (field: string, message: string) => problems.push({ index, id, field, message });

  if (id === null) bad('id', `must be lower-case letters, digits and "-" (at most 63), got ${show(e.id)}`);
  const name = typeof e.name === 'string' && e.name.trim() ? e.name.trim() : null;
  if (name === null) bad('name', `must be the outlet's name, got ${show(e.name)}`);
  const url = checkUrl(e.url);
  if (typeof url !== 'string') bad('url', url.problem);
  const language = typeof e.language === 'string' && LANGUAGE.test(e.language) ? e.language : null;
  if (language === null) bad('language', `must be a language tag such as "en" or "ru", got ${show(e.language)}`);
  const interval = typeof e.interval === 'number' && Number.isInteger(e.interval) ? e.interval : null;
  if (interval === null || interval < MIN_INTERVAL_MINUTES || interval > MAX_INTERVAL_MINUTES)
    bad('interval', `must be whole minutes between ${MIN_INTERVAL_MINUTES} and ${MAX_INTERVAL_MINUTES}, got ${show(e.interval)}`);
  const kind = e.kind === undefined ? 'feed' : e.kind === 'feed' || e.kind === 'page-list' ? e.kind : null;
  if (kind === null) bad('kind', `must be "feed" or "page-list", got ${show(e.kind)}`);
  const fullText = e.fullText === undefined ? false : typeof e.fullText === 'boolean' ? e.fullText : null;
  if (fullText === null) bad('fullText', `must be true or false, got ${show(e.fullText)}`);
  const enabled = e.enabled === undefined ? true : typeof e.enabled === 'boolean' ? e.enabled : null;
  if (enabled === null) bad('enabled', `must be true or false, got ${show(e.enabled)}`);
  let homepage: string | undefined;
  if (e.homepage !== undefined) {
    const checked = checkUrl(e.homepage);
    if (typeof checked === 'string') homepage = checked;
    else bad('homepage', checked.problem);
  }
  for (const key of Object.keys(e)) if (!KNOWN.has(key)) bad(key, `is not a field of a source (known: ${[...KNOWN].join(', ')})`);

  if (problems.length > 0 || !id || !name || typeof url !== 'string' || !language || interval === null || !kind) {
    return { source: null, problems };
  }
  const source: Source = { id, name, url, language, interval, kind, fullText: fullText ?? false, enabled: enabled ?? true };
  return { source: homepage ? { ...source, homepage } : source, problems };
}

function checkUrl(value: unknown): string | { problem: string } {
  if (typeof value !== 'string') return { problem: `must be an http(s) URL, got ${show(value)}` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `"${value}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `must be http or https, got "${url.protocol}"` };
  if (url.username || url.password) return { problem: 'must not carry a user name or password' };
  return url.href;
}

function whole(message: string): SourcesProblem {
  return { index: null, id: null, field: null, message };
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
