import { describe, expect, it } from 'vitest';
import { articleIdOf, formatProblem, parseArticle, splitParagraphs, type ParsedArticle } from '../../src/corpus/parseArticle.js';
import { textOf } from '../../src/model.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, file = 'x.txt') => parseArticle(file, bytes(text));

function ok(parsed: ParsedArticle) {
  if (!parsed.ok) throw new Error(`expected an article, got ${parsed.problem.line}: ${parsed.problem.message}`);
  return parsed.article;
}
function problem(parsed: ParsedArticle) {
  if (parsed.ok) throw new Error('expected a problem, got an article');
  return parsed.problem;
}
const paragraphsOf = (text: string) => {
  const article = ok(parse(text));
  return article.paragraphs.map((p) => textOf(article, p));
};

describe('parseArticle: what makes a file an article', () => {
  it('reads the date, the id from the file name, and keeps the whole text', () => {
    const text = ' date 2022-03-25 Mirzoyan met Kasprzyk.\n';
    const article = ok(parse(text, '000_abc.txt'));
    expect(article).toMatchObject({ id: '000_abc', file: '000_abc.txt', date: '2022-03-25', text });
  });

  it('keeps a byte-order mark in the text, as readFile does, so offsets agree with other readers', () => {
    const article = ok(parseArticle('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(' date 2022-03-25 Body.')])));
    expect(article.text).toBe('\uFEFF date 2022-03-25 Body.');
    expect(textOf(article, article.paragraphs[0]!)).toBe('Body.');
  });

  it('rejects an overlong or truncated UTF-8 sequence with the line it is on', () => {
    expect(problem(parseArticle('bad.txt', new Uint8Array([...bytes(' date 2022-03-25 A.\n\nB '), 0xc0, 0xaf]))).line).toBe(3);
    expect(problem(parseArticle('cut.txt', new Uint8Array([...bytes(' date 2022-03-25 A '), 0xe2, 0x80]))).message).toMatch(/UTF-8/);
  });

  it('accepts the date with or without the leading space', () => {
    expect(ok(parse(' date 2022-03-25 Body.')).date).toBe('2022-03-25');
    expect(ok(parse('date 2022-03-25 Body.')).date).toBe('2022-03-25');
  });

  it('takes the first paragraph from the date line or from the next line alike', () => {
    expect(paragraphsOf(' date 2022-03-25 First para.\n\nSecond para.')).toEqual(['First para.', 'Second para.']);
    expect(paragraphsOf(' date 2022-03-25\nFirst para.\n\nSecond para.')).toEqual(['First para.', 'Second para.']);
  });

  it('splits paragraphs on blank lines, also lines of only spaces, and keeps single line breaks inside one', () => {
    expect(paragraphsOf('date 2022-03-25 One,\nstill one.\n   \n\nTwo.\n\n\nThree.\n')).toEqual(['One,\nstill one.', 'Two.', 'Three.']);
  });

  it('reads CRLF files: the date is clean and paragraphs carry no carriage return', () => {
    const article = ok(parse('date 2022-03-25\r\nFirst para.\r\n\r\nSecond para.\r\n'));
    expect(article.date).toBe('2022-03-25');
    expect(article.paragraphs.map((p) => textOf(article, p))).toEqual(['First para.', 'Second para.']);
  });

  it('gives offsets into the whole text, date prefix included', () => {
    const text = ' date 2022-04-06 Blinken spoke with “Pashinian”.\n\nPrice said so.';
    const article = ok(parse(text));
    expect(article.text).toBe(text);
    expect(article.paragraphs[0]).toEqual({ start: text.indexOf('Blinken'), end: text.indexOf('\n') });
    expect(article.paragraphs[1]).toEqual({ start: text.indexOf('Price'), end: text.length });
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = 'date 2022-03-25 😀 Émile said so.\n\nNext.';
    const article = ok(parse(text));
    expect(textOf(article, article.paragraphs[1]!)).toBe('Next.');
  });

  it('accepts blank lines before the date line', () => {
    expect(ok(parse('\n\n date 2022-03-25 Body.')).paragraphs).toHaveLength(1);
  });

  it('takes the id from the file name without .txt, whatever its case', () => {
    expect(articleIdOf('002_ebe8.txt')).toBe('002_ebe8');
    expect(articleIdOf('A.TXT')).toBe('A');
  });

  it('splitParagraphs never yields an empty paragraph', () => {
    const text = '\n\n  \n\nA\n\n \t \n\nB\n\n';
    expect(splitParagraphs(text, 0).map((s) => text.slice(s.start, s.end))).toEqual(['A', 'B']);
  });
});

describe('parseArticle: each way a file can break the format', () => {
  it('no date at all', () => {
    expect(problem(parse('Mirzoyan met Kasprzyk.\n'))).toMatchObject({ file: 'x.txt', line: 1, message: expect.stringMatching(/no date/) });
  });

  it('the word "date" with no date after it', () => {
    expect(problem(parse(' date\nMirzoyan met Kasprzyk.'))).toMatchObject({ line: 1, message: expect.stringMatching(/date/) });
    expect(problem(parse(' date March 25, 2022 Mirzoyan met Kasprzyk.'))).toMatchObject({
      line: 1,
      message: expect.stringMatching(/"March" is not a date written YYYY-MM-DD/),
    });
  });

  it('an impossible date', () => {
    expect(problem(parse(' date 2022-02-30 Body.'))).toMatchObject({
      line: 1,
      message: expect.stringMatching(/2022-02-30 is not a real calendar date/),
    });
    expect(problem(parse(' date 2022-13-01 Body.'))).toMatchObject({ message: expect.stringMatching(/not a real calendar date/) });
  });

  it('reports the line of the date when blank lines come first', () => {
    expect(problem(parse('\n\n date 2022-02-30 Body.')).line).toBe(3);
  });

  it('an empty file, or one of only white space', () => {
    expect(problem(parse(''))).toMatchObject({ line: 1, message: expect.stringMatching(/empty/) });
    expect(problem(parse(' \n\t\n'))).toMatchObject({ line: 1, message: expect.stringMatching(/empty/) });
  });

  it('a date and no body', () => {
    expect(problem(parse(' date 2022-03-25'))).toMatchObject({ line: 1, message: expect.stringMatching(/no body/) });
    expect(problem(parse(' date 2022-03-25 \n\n  \n'))).toMatchObject({ line: 1, message: expect.stringMatching(/no body/) });
  });

  it('bytes that are not UTF-8, with the line of the first bad byte', () => {
    const head = bytes(' date 2022-03-25 Fine.\n\nStill fine.\nBad ');
    const bad = new Uint8Array([...head, 0xff, ...bytes(' byte.\n')]);
    expect(parseArticle('latin.txt', bad).ok).toBe(false);
    expect(problem(parseArticle('latin.txt', bad))).toEqual({ file: 'latin.txt', line: 4, message: expect.stringMatching(/UTF-8/) });
  });

  it('a Latin-1 file on its first line', () => {
    const latin1 = new Uint8Array([...bytes(' date 2022-03-25 Caf'), 0xe9, ...bytes(' talks.')]);
    expect(problem(parseArticle('cafe.txt', latin1))).toMatchObject({ line: 1, message: expect.stringMatching(/UTF-8/) });
  });
});

describe('formatProblem', () => {
  it('writes file:line: message', () => {
    expect(formatProblem({ file: 'a.txt', line: 3, message: 'not valid UTF-8 text' })).toBe('a.txt:3: not valid UTF-8 text');
  });
});
