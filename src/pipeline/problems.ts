// What went wrong while loading, for the operator: files skipped, dictionary entries left out,
// articles the extractor choked on. None of them stops the rest from loading.
import { formatProblem, type CorpusProblem } from '../corpus/parseArticle.js';
import type { DictionaryProblem } from '../extract/dictionary.js';

export type LoadProblem =
  | ({ readonly source: 'corpus' } & CorpusProblem)
  | ({ readonly source: 'dictionary'; readonly file: string } & DictionaryProblem)
  | { readonly source: 'extraction'; readonly file: string; readonly message: string };

export function corpusProblem(p: CorpusProblem): LoadProblem {
  return { source: 'corpus', ...p };
}

export function dictionaryProblem(file: string, p: DictionaryProblem): LoadProblem {
  return { source: 'dictionary', file, ...p };
}

export function formatLoadProblem(p: LoadProblem): string {
  switch (p.source) {
    case 'corpus':
      return formatProblem(p);
    case 'dictionary': {
      // file:line:column, as compilers write it, when the file does not parse.
      const at = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
      return p.path === p.file ? `${at}: ${p.message}` : `${at}: ${p.path}: ${p.message}`;
    }
    default:
      return `${p.file}: extraction failed: ${p.message}`;
  }
}
