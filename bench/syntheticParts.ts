// The generated people of the synthetic archive (names by origin, near neighbours and double spellings), the
// seeded random source, and the sentence fillers the articles are written from.
import type { Actor } from '../src/model.js';
import {
  ARMENIAN_FIRST,
  ARMENIAN_ROOTS,
  AZERBAIJANI_FIRST_M,
  AZERBAIJANI_FIRST_F,
  AZERBAIJANI_ROOTS,
  RUSSIAN_FIRST,
  RUSSIAN_ROOTS,
  ENGLISH_FIRST,
  ENGLISH_SURNAMES,
  EUROPEAN_FIRST,
  EUROPEAN_SURNAMES,
  DESCRIPTIONS,
  CITIES,
  WEEKDAYS,
  MONTHS,
  SUBJECTS,
  PREDICATES,
  OBJECTS,
  TAILS,
  WHOLE_QUOTES,
  VILLAGES,
} from './corpusWords.js';

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
export const chance = (rand: Rand, p: number) => rand() < p;

export interface SyntheticActor {
  readonly id: string;
  readonly kind: 'person' | 'org';
  readonly name: string;
  /** How later mentions name them: the surname, or the name for organisations. */
  readonly short: string;
  /** A second spelling of the whole name some articles use (Pashinian for Pashinyan). */
  readonly altName?: string;
  readonly altShort?: string;
  readonly country: string;
  readonly description?: string;
  readonly dictionary: Actor | null;
}

// ---------------------------------------------------------------------------------------------------
// Names

/** Names of people nobody in the corpus is called: the "unknown" resolveActor queries. */

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generatePeople(rand: Rand, count: number, taken: Set<string>): SyntheticActor[] {
  const people: SyntheticActor[] = [];
  const add = (first: string, surname: string, country: string, altSurname?: string) => {
    const name = `${first} ${surname}`;
    const id = slug(name);
    if (taken.has(id)) return;
    taken.add(id);
    const descriptions = DESCRIPTIONS[country] ?? DESCRIPTIONS.EU!;
    people.push({
      id,
      kind: 'person',
      name,
      short: surname,
      ...(altSurname ? { altName: `${first} ${altSurname}`, altShort: altSurname } : {}),
      country,
      ...(chance(rand, 0.7) ? { description: pick(rand, descriptions) } : {}),
      dictionary: null,
    });
  };
  // The near neighbours the issue names, always present.
  add('Gohar', 'Mirzoyan', 'Armenia', 'Mirzoian');
  add('Artur', 'Mirzoyants', 'Armenia');
  add('Leyla', 'Bayramova', 'Azerbaijan');
  add('Elnur', 'Bayramli', 'Azerbaijan');
  let guard = 0;
  while (people.length < count && guard++ < count * 50) {
    const r = rand();
    if (r < 0.3) {
      const root = pick(rand, ARMENIAN_ROOTS);
      const y = root.endsWith('y') || root.endsWith('i') ? 'an' : 'yan';
      const variant = rand();
      const surname = variant < 0.06 ? `${root}yants` : `${root}${y}`;
      // Some Armenian surnames are written both ways, -yan and -ian.
      const alt = variant >= 0.06 && chance(rand, 0.25) ? `${root}${y === 'yan' ? 'ian' : 'an'}` : undefined;
      add(pick(rand, ARMENIAN_FIRST), surname, 'Armenia', alt !== surname ? alt : undefined);
    } else if (r < 0.55) {
      const female = chance(rand, 0.35);
      const root = pick(rand, AZERBAIJANI_ROOTS);
      const style = rand();
      const surname =
        style < 0.75
          ? `${root}${root.endsWith('y') ? 'ev' : 'ov'}${female ? 'a' : ''}`
          : style < 0.9
            ? `${root.replace(/y$/, '')}li`
            : `${root.replace(/y$/, '')}zade`;
      // -yev written -ev too: Aliyev / Aliev.
      const alt = surname.endsWith('yev') && chance(rand, 0.4) ? surname.replace(/yev$/, 'ev') : undefined;
      add(pick(rand, female ? AZERBAIJANI_FIRST_F : AZERBAIJANI_FIRST_M), surname, 'Azerbaijan', alt);
    } else if (r < 0.7) {
      const first = pick(rand, RUSSIAN_FIRST);
      const female = /a$/.test(first);
      const root = pick(rand, RUSSIAN_ROOTS);
      const surname =
        /[aeiou]$/.test(root) || /(chuk|ov)$/.test(root) ? root : `${root}${pick(rand, ['ov', 'ev', 'in'])}${female ? 'a' : ''}`;
      add(first, surname, 'Russia');
    } else if (r < 0.85) {
      add(pick(rand, ENGLISH_FIRST), pick(rand, ENGLISH_SURNAMES), 'US');
    } else {
      add(pick(rand, EUROPEAN_FIRST), pick(rand, EUROPEAN_SURNAMES), 'EU');
    }
  }
  return people;
}

// ---------------------------------------------------------------------------------------------------
// Sentences

export function fill(rand: Rand, template: string): string {
  return template
    .replace('{city}', () => pick(rand, CITIES))
    .replace('{month}', () => pick(rand, MONTHS))
    .replace('{weekday}', () => pick(rand, WEEKDAYS))
    .replace('{village}', () => pick(rand, VILLAGES));
}

/** One or two clauses a diplomat might say, capitalised, without final punctuation. */
export function quoteBody(rand: Rand): string {
  const clause = () =>
    chance(rand, 0.2)
      ? fill(rand, pick(rand, WHOLE_QUOTES))
      : `${pick(rand, SUBJECTS)} ${pick(rand, PREDICATES)} ${fill(rand, pick(rand, OBJECTS))}${fill(rand, pick(rand, TAILS))}`;
  const first = clause();
  return chance(rand, 0.5) ? `${first}. ${clause()}` : first;
}

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Words and two-word phrases the queries are drawn from. */
export function searchVocabulary(): { words: string[]; phrases: string[] } {
  const text = [...SUBJECTS, ...PREDICATES, ...OBJECTS, ...WHOLE_QUOTES].join(' ').replace(/\{\w+\}/g, ' ');
  const stop = new Set([
    'the',
    'of',
    'and',
    'a',
    'to',
    'in',
    'by',
    'is',
    'be',
    'for',
    'on',
    'we',
    'our',
    'are',
    'not',
    'with',
    'must',
    'will',
    'all',
    'has',
    'been',
    'was',
    'as',
    'at',
    'no',
    'it',
  ]);
  const words = [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^a-z-]+/)
        .filter((w) => w.length > 2 && !stop.has(w)),
    ),
  ];
  const phrases = new Set<string>();
  for (const s of [...SUBJECTS, ...OBJECTS, ...WHOLE_QUOTES]) {
    const ws = s
      .replace(/\{\w+\}/g, '')
      .split(/\s+/)
      .filter(Boolean);
    for (let i = 0; i + 1 < ws.length; i++) {
      if (!stop.has(ws[i]!.toLowerCase()) && !stop.has(ws[i + 1]!.toLowerCase())) phrases.add(`${ws[i]} ${ws[i + 1]}`.toLowerCase());
    }
  }
  return { words, phrases: [...phrases] };
}

// ---------------------------------------------------------------------------------------------------
// Articles
