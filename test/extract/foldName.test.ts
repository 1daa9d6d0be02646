// The name folding that lets "Mevlut Cavusoglu" find the dictionary's "Mevlüt Çavuşoğlu": an ASCII name takes
// a short path (its lower case), which must fold exactly as the full one does.
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/extract/actorLexicon.js';

const slow = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();

describe('foldName', () => {
  it.each(['Ararat Mirzoyan', "O'Brien", 'Al-Busaidi', 'JEYHUN BAYRAMOV', 'x', ''])(
    'folds the ASCII name %j as the full folding does',
    (name) => {
      expect(foldName(name)).toBe(slow(name));
    },
  );

  it.each([
    ['Mevlüt Çavuşoğlu', 'mevlut cavusoglu'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Hakan Öztürk', 'hakan ozturk'],
    ['Işık', 'isik'],
  ])('takes the marks off %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});
