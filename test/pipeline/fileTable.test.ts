import { describe, expect, it } from 'vitest';
import { FileTable, type ServedFile } from '../../src/pipeline/fileTable.js';

const file = (id: string, key = `k-${id}`): ServedFile => ({ id, key });
const base = () =>
  FileTable.of(
    new Map([
      ['a.txt', file('a')],
      ['b.txt', file('b')],
      ['c.txt', file('c')],
    ]),
  );

describe('FileTable', () => {
  it('applies changes to a new table and leaves the old one as it was', () => {
    const before = base();
    const after = before.with(
      new Map([
        ['b.txt', null],
        ['d.txt', file('d')],
        ['a.txt', file('a', 'k-a2')],
      ]),
    );
    expect(after.size).toBe(3);
    expect(after.get('b.txt')).toBeUndefined();
    expect(after.get('a.txt')?.key).toBe('k-a2');
    expect(after.get('d.txt')?.id).toBe('d');
    expect([...after.entries()].map(([name]) => name).sort()).toEqual(['a.txt', 'c.txt', 'd.txt']);
    expect(before.size).toBe(3);
    expect(before.get('b.txt')?.id).toBe('b');
    expect(before.get('d.txt')).toBeUndefined();
  });

  it('counts a file removed then added again once, and a file added then removed not at all', () => {
    const t = base()
      .with(new Map([['b.txt', null]]))
      .with(
        new Map([
          ['b.txt', file('b')],
          ['e.txt', file('e')],
        ]),
      );
    expect(t.size).toBe(4);
    const u = t.with(new Map([['e.txt', null]]));
    expect(u.size).toBe(3);
    expect([...u.entries()].map(([name]) => name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('finds the file of an article id in the top first, and not a base file changed or removed since', () => {
    const t = base().with(
      new Map([
        ['c.txt', null],
        ['x.txt', file('b')],
      ]),
    );
    expect(t.fileOf('a')).toBe('a.txt');
    expect(t.fileOf('c')).toBeUndefined();
    // b.txt still serves "b" in the base, x.txt now too: the top's answer comes first.
    expect(t.fileOf('b')).toBe('x.txt');
    expect(
      base()
        .with(new Map([['a.txt', file('z')]]))
        .fileOf('a'),
    ).toBeUndefined();
  });

  it('says which bytes are served, the top’s and the base’s', () => {
    const t = base().with(new Map([['d.txt', file('d', 'new')]]));
    expect(t.serves('new')).toBe(true);
    expect(t.serves('k-a')).toBe(true);
    expect(t.serves('never')).toBe(false);
  });
});
