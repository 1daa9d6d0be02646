import { describe, expect, it } from 'vitest';
import { discoveredId } from '../../src/extract/mentions.js';

/** The specification: the expressions discoveredId applies to any name. */
function bySpec(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `new-${slug}`;
}

describe('discoveredId: the one-pass ASCII slug agrees with the expressions', () => {
  const names = [
    'Karen Smith',
    'Hovik Sargsian',
    'Ursula von der Leyen',
    "Conor O'Brien",
    'Jean-Yves Le Drian',
    '  Leading and trailing  ',
    '--',
    '',
    'A',
    'Mr. T',
    'R2-D2 Unit 7',
    'UPPER lower',
    'Tab\tand\nnewline',
    'Ahmet Davutoğlu',
    'Zoë Ĉapek',
    'Mevlüt Çavuşoğlu',
    'Łukasz',
    'Ǆ digraph',
    'ﬁne ligature',
    '  ',
    '"Quoted" Name,',
    'Émile Zola',
    'Straße',
  ];
  it.each(names)('%j', (name) => {
    expect(discoveredId(name)).toBe(bySpec(name));
  });

  it('on every printable ASCII character between two words', () => {
    for (let c = 32; c < 127; c++) {
      const name = `Ab${String.fromCharCode(c)}Cd ${String.fromCharCode(c)}`;
      expect(discoveredId(name)).toBe(bySpec(name));
    }
  });
});
