// A key under which the ways a name gets written meet: "Pashinyan", "Pashinian" and "pashinyan" all
// fold to "pashinian"; "Aliyev" and "Aliev" to "aliev"; "Lavroff" to "lavrov". Query and index fold the
// same way, so the key never has to be pretty, only stable. Words of search text fold through
// `foldWord` too, which is why a search for "Pashinian" finds "Pashinyan" in a quote.

// Letters NFKD does not take apart.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ə: 'a',
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const SPECIAL = /[əıßøæœłđðþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’ʼ]s(?![\p{L}\p{N}])/gu;
// Apostrophes and the dots of abbreviations vanish inside a word: O'Brien → obrien, U.S. → us.
const JOINERS = /['’‘ʼ`.]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case, no diacritics, no apostrophes: the part of folding that does not depend on word ends. */
export function plainLower(text: string): string {
  let s = text.toLowerCase();
  // ASCII needs no decomposition; most of the corpus is ASCII, so skip the costly part when possible.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s))
    s = s
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
  return s;
}

/**
 * Folds one lower-case, diacritic-free word: -off → -ov, "ye" after a vowel or at the start → "e"
 * (Aliyev → aliev, Yerevan → erevan), y → i (Pashinyan → pashinian, Mirzoyan → mirzoian), and
 * doubled letters once (Dmitriy → dmitrii → dmitri).
 */
export function foldWord(word: string): string {
  let s = word;
  if (s.length > 4 && s.endsWith('off')) s = `${s.slice(0, -3)}ov`;
  else if (s.length > 4 && s.endsWith('eff')) s = `${s.slice(0, -3)}ev`;
  if (s.includes('y')) s = s.replace(/(^|[aeiouy])ye/g, '$1e').replace(/y/g, 'i');
  return s.replace(/([a-z])\1+/g, '$1');
}

/** Every word of `text`, folded, in order; no titles removed. */
export function foldWords(text: string): string[] {
  const plain = plainLower(text).replace(POSSESSIVE, '').replace(JOINERS, '');
  const words: string[] = [];
  for (const w of plain.split(NOT_WORD)) if (w) words.push(foldWord(w));
  return words;
}

// Words that stand before a name without being part of it. A run of them is dropped from the front of
// a name ("Armenian Foreign Minister Ararat Mirzoyan" → "ararat mirzoian") when it holds at least one
// real title and leaves something behind, so "the Secretary" stays whole for the nominal lookup.
const TITLES = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'madam',
  'madame',
  'mister',
  'prof',
  'professor',
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'deputy',
  'secretary',
  'undersecretary',
  'under',
  'assistant',
  'ambassador',
  'envoy',
  'special',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'senator',
  'congressman',
  'congresswoman',
  'speaker',
  'chairman',
  'chairwoman',
  'chair',
  'commissioner',
  'high',
  'representative',
  'rep',
  'sen',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'pm',
  'fm',
  'king',
  'queen',
  'prince',
  'sheikh',
  'emir',
  'premier',
  'mp',
  'mep',
  'acting',
  'former',
  'ex',
  'chief',
  'head',
  'director',
  'counselor',
  'adviser',
  'advisor',
  'national',
  'security',
  'defense',
  'defence',
  'interior',
  'affairs',
  'co',
  'mediator',
  'spokesperson',
].map(foldWord);
const FILLERS = [
  'the',
  'of',
  'for',
  'and',
  'state',
  'us',
  'usa',
  'uk',
  'eu',
  'un',
  'osce',
  'nato',
  'american',
  'armenian',
  'armenia',
  'azerbaijani',
  'azerbaijan',
  'russian',
  'russia',
  'french',
  'france',
  'german',
  'germany',
  'turkish',
  'turkey',
  'turkiye',
  'iranian',
  'iran',
  'georgian',
  'georgia',
  'british',
  'ukrainian',
  'ukraine',
  'european',
  'chinese',
  'china',
  'italian',
  'italy',
  'polish',
  'poland',
  'swedish',
  'sweden',
  'greek',
  'greece',
  'indian',
  'india',
  'kazakh',
  'israeli',
  'israel',
  'canadian',
  'canada',
  'japanese',
  'japan',
  'belarusian',
  'belarus',
  'states',
  'united',
  'kingdom',
  'federation',
  'republic',
  'ministry',
  'european',
  'union',
  'council',
  'commission',
  'group',
  'minsk',
  'eurasian',
  'europe',
  'europes',
  'department',
  'office',
  'government',
  'defense',
  'country',
  'countrys',
  'his',
  'her',
].map(foldWord);
const TITLE_SET = new Set(TITLES);
const STRIPPABLE = new Set([...TITLES, ...FILLERS]);

/** Drops leading titles from folded words when a title is among them and a name is left behind. */
export function stripTitles(words: readonly string[]): readonly string[] {
  let i = 0;
  let sawTitle = false;
  while (i < words.length && STRIPPABLE.has(words[i]!)) {
    if (TITLE_SET.has(words[i]!)) sawTitle = true;
    i++;
  }
  return sawTitle && i > 0 && i < words.length ? words.slice(i) : words;
}

/** The folded key of a name as typed or written: titles stripped, words folded, joined by one space. */
export function foldName(text: string): string {
  return stripTitles(foldWords(text)).join(' ');
}

/** The folded key of a generic reference ("the Secretary" → "secretari"): a leading "the" dropped. */
export function foldNominal(text: string): string {
  const words = foldWords(text);
  return (words[0] === 'the' ? words.slice(1) : words).join(' ');
}
