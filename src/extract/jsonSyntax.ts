// Where a JSON text first breaks the grammar, as a line and column an editor can jump to. JSON.parse
// says where only sometimes, as a character offset, and otherwise quotes the text back at length; a
// half-saved actors.json deserves a plain "line 41, column 7: the file ends inside a string".

export interface JsonSyntaxError {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  readonly column: number;
  readonly message: string;
}

class Broken extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The first syntax error of `text`, or null when it is valid JSON (or too deeply nested to scan). */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const shown = (c: string) => (c < ' ' ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(c));
  const fail = (expected: string): never => {
    throw new Broken(
      i,
      i >= text.length ? `the file ends where ${expected} should be` : `found ${shown(text[i]!)} where ${expected} should be`,
    );
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string) => {
    space();
    if (text[i] !== c) fail(`'${c}'`);
    i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Broken(i, 'the file ends inside a string');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail('the rest of the string (a line break inside a string is written \\n)');
      if (c !== '\\') {
        i++;
        continue;
      }
      i++;
      if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
      else if (text[i] === 'u') {
        i++;
        HEX4.lastIndex = i;
        if (!HEX4.test(text)) fail('four hexadecimal digits');
        i += 4;
      } else fail('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{')
      return members('}', () => {
        space();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        expect(':');
        value();
      });
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
      // Cut off in the middle of the word: the file ends there, not at the word's start.
      const rest = text.slice(i);
      if (rest && word.startsWith(rest)) {
        i = text.length;
        fail(`the rest of ${word}`);
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-0-9]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail('a value');
  };
  /** `{…}` or `[…]`: items separated by commas, no trailing comma. */
  const members = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail(`',' or '${close}'`);
    }
  };

  try {
    value();
    space();
    if (i < text.length) throw new Broken(i, `found ${shown(text[i]!)} after the end of the JSON`);
    return null;
  } catch (err) {
    if (!(err instanceof Broken)) return null; // RangeError: nested deeper than the stack; JSON.parse's message will do
    const before = text.slice(0, err.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: err.offset - lineStart + 1, message: err.message };
  }
}
