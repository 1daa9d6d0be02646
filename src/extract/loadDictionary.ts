import { readFile } from 'node:fs/promises';
import { emptyDictionary, parseDictionary, type Dictionary, type DictionaryProblem } from './dictionary.js';

/** Reads `<dir>/actors.json`. A missing file is an empty dictionary (every actor is then discovered). */
export async function loadDictionary(file: string): Promise<{ dictionary: Dictionary; problems: DictionaryProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { dictionary: emptyDictionary(), problems: [] };
    return { dictionary: emptyDictionary(), problems: [{ path: file, message: `cannot be read: ${String(err)}` }] };
  }
  try {
    return parseDictionary(JSON.parse(text));
  } catch (err) {
    return { dictionary: emptyDictionary(), problems: [{ path: file, message: `is not valid JSON: ${(err as Error).message}` }] };
  }
}
