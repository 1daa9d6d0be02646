// Plain-text layout for terminal output: no colours, no terminal queries; the caller passes the width.
import { oneLine } from '../views/text.js';

/**
 * Word-wraps `text` to `width` columns, every line after the first indented by `indent` spaces (the
 * first line is assumed to sit after a label of that width). Without a width the text stays on one line,
 * which keeps piped output greppable.
 */
export function wrap(text: string, indent: number, width?: number): string {
  const words = oneLine(text).split(' ');
  if (!width) return words.join(' ');
  const room = Math.max(20, width - indent);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** Left-aligned columns separated by two spaces; trailing spaces trimmed. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
