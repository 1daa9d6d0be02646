// Search hits as terminal text: best first, each dated, attributed and traced to its article.
import { citationPlain, sourcesText } from '../views/citations.js';
import type { SearchView } from '../views/statements.js';
import { plural } from '../views/text.js';
import { speakerName, statementWords, type TextOptions } from './formatBrief.js';
import { wrap } from './text.js';

export function formatSearch({ query, hits }: SearchView, options: TextOptions = {}): string {
  if (hits.length === 0) return `No statement matches "${query}".\n`;
  const lines = [`${plural(hits.length, 'statement')} matching "${query}", best first:`];
  const number = (i: number) => `${i + 1}.`.padEnd(String(hits.length).length + 2);
  hits.forEach((hit, i) => {
    const margin = number(i).length;
    lines.push(
      '',
      `${number(i)}${hit.date} · ${speakerName(hit)} · ${hit.kind} · ${hit.sources.length > 1 ? sourcesText(hit.sources) : citationPlain(hit.sources[0]!)} [${hit.source.id}]`,
      `${' '.repeat(margin)}${wrap(statementWords(hit), margin, options.width)}`,
    );
    if (hit.sources.length > 1) lines.push(...hit.sources.map((c) => `${' '.repeat(margin)}- ${citationPlain(c)}`));
  });
  return `${lines.join('\n')}\n`;
}
