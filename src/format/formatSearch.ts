// Search hits as terminal text: best first, each dated, attributed and traced to its article.
import type { SearchHit } from '../index/api.js';
import { speakerName, statementWords, type IndexLookup, type TextOptions } from './formatBrief.js';
import { plural } from '../views/text.js';
import { wrap } from './text.js';

export function formatSearch(query: string, hits: readonly SearchHit[], index: IndexLookup, options: TextOptions = {}): string {
  if (hits.length === 0) return `No statement matches "${query}".\n`;
  const lines = [`${plural(hits.length, 'statement')} matching "${query}", best first:`];
  const number = (i: number) => `${i + 1}.`.padEnd(String(hits.length).length + 2);
  hits.forEach((hit, i) => {
    const { statement, article } = hit;
    const margin = number(i).length;
    lines.push(
      '',
      `${number(i)}${article.date} · ${speakerName(statement, index)} · ${article.id} · ${statement.kind}`,
      `${' '.repeat(margin)}${wrap(statementWords(statement, index), margin, options.width)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
