// Words about counts and text tidied to one line: shared by every renderer (terminal text and Discord).

/** Runs of white space (line breaks of the article included) as one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "1 statement", "3 statements"; `many` where adding an s will not do. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
