import { readFile } from 'node:fs/promises';
import { emptyDictionary, parseDictionary, type Dictionary, type DictionaryProblem } from './dictionary.js';
import { jsonSyntaxError } from './jsonSyntax.js';

export interface LoadedDictionary {
  readonly dictionary: Dictionary;
  readonly problems: DictionaryProblem[];
  /**
   * The file is there but gives no dictionary at all: it cannot be read, is not JSON (half-saved), or is
   * not an object with an "actors" array. `dictionary` is then empty, and a caller that loaded a good one
   * before should keep that one (see LoadOptions.lastGoodDictionary). An absent file is not broken: it
   * means no dictionary; nor is a file with some bad entries, whose good ones are kept.
   */
  readonly broken: boolean;
}

/** Reads `<dir>/actors.json`. A missing file is an empty dictionary (every actor is then discovered). */
export async function loadDictionary(file: string): Promise<LoadedDictionary> {
  const broken = (problem: Omit<DictionaryProblem, 'path'>): LoadedDictionary => ({
    dictionary: emptyDictionary(),
    problems: [{ path: file, ...problem }],
    broken: true,
  });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { dictionary: emptyDictionary(), problems: [], broken: false };
    return broken({ message: `cannot be read: ${String(err)}` });
  }
  // Some editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
  if (text.startsWith('\ufeff')) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const at = jsonSyntaxError(text);
    if (!at) return broken({ message: `is not valid JSON: ${(err as Error).message.slice(0, 200)}` });
    return broken({ line: at.line, column: at.column, message: `is not valid JSON: ${at.message}` });
  }
  const parsed = parseDictionary(json);
  // A problem at `actors` itself: not an object with an "actors" array, so nothing in it was read.
  return { ...parsed, broken: parsed.problems.some((p) => p.path === 'actors') };
}
