// Offices named instead of people: "Armenia's prime minister", "the foreign ministers of Russia, Armenia and
// Azerbaijan", "his Azerbaijani counterpart". News names a party by its office as often as by its name; the
// dictionary's dated roles say who held the office on the article's date.
import type { Actor, ActorId, IsoDate } from '../model.js';
import type { Dictionary } from './dictionary.js';

/** The offices an article names by country. `counterpart` is the office of the person it is the counterpart of. */
export type OfficeKind =
  | 'foreign minister'
  | 'deputy foreign minister'
  | 'prime minister'
  | 'deputy prime minister'
  | 'president'
  | 'vice president'
  | 'speaker'
  | 'leader'
  | 'defence minister'
  | 'counterpart';

/** Office nouns as written (lower case, singular and plural), longest first where one starts another. */
export const OFFICE_NOUNS: ReadonlyMap<string, OfficeKind> = new Map<string, OfficeKind>([
  ['deputy foreign ministers', 'deputy foreign minister'],
  ['deputy foreign minister', 'deputy foreign minister'],
  ['foreign ministers', 'foreign minister'],
  ['foreign minister', 'foreign minister'],
  ['top diplomats', 'foreign minister'],
  ['fms', 'foreign minister'],
  ['fm', 'foreign minister'],
  ['top diplomat', 'foreign minister'],
  ['chief diplomats', 'foreign minister'],
  ['chief diplomat', 'foreign minister'],
  ['deputy prime ministers', 'deputy prime minister'],
  ['deputy prime minister', 'deputy prime minister'],
  ['deputy premiers', 'deputy prime minister'],
  ['deputy premier', 'deputy prime minister'],
  ['vice premiers', 'deputy prime minister'],
  ['prime ministers', 'prime minister'],
  ['prime minister', 'prime minister'],
  ['premiers', 'prime minister'],
  ['premier', 'prime minister'],
  ['first vice presidents', 'vice president'],
  ['first vice president', 'vice president'],
  ['first vice-president', 'vice president'],
  ['first deputy president', 'vice president'],
  ['vice presidents', 'vice president'],
  ['vice president', 'vice president'],
  ['vice-presidents', 'vice president'],
  ['vice-president', 'vice president'],
  ['presidents', 'president'],
  ['president', 'president'],
  ['heads of state', 'president'],
  ['parliament speakers', 'speaker'],
  ['parliament speaker', 'speaker'],
  ['parliamentary speakers', 'speaker'],
  ['parliamentary speaker', 'speaker'],
  ['speakers', 'speaker'],
  ['speaker', 'speaker'],
  ['leaders', 'leader'],
  ['leader', 'leader'],
  ['defence ministers', 'defence minister'],
  ['defence minister', 'defence minister'],
  ['defense ministers', 'defence minister'],
  ['defense minister', 'defence minister'],
  ['counterparts', 'counterpart'],
  ['counterpart', 'counterpart'],
]);

/** The first words of the office nouns: most words start none, and need no further look. */
export const OFFICE_FIRST_WORDS: ReadonlySet<string> = new Set([...OFFICE_NOUNS.keys()].map((n) => n.split(' ')[0]!));

/** The longest office noun in `words` from `k` (lower-cased words), with its last index. */
export function officeNounAt(words: { lower(k: number): string | undefined }, k: number): { office: OfficeKind; last: number } | null {
  const w1 = words.lower(k);
  if (!w1 || !OFFICE_FIRST_WORDS.has(w1)) return null;
  const w2 = words.lower(k + 1);
  const w3 = w2 === undefined ? undefined : words.lower(k + 2);
  const three = w3 === undefined ? undefined : OFFICE_NOUNS.get(`${w1} ${w2} ${w3}`);
  if (three) return { office: three, last: k + 2 };
  const two = w2 === undefined ? undefined : OFFICE_NOUNS.get(`${w1} ${w2}`);
  if (two) return { office: two, last: k + 1 };
  const one = OFFICE_NOUNS.get(w1);
  return one ? { office: one, last: k } : null;
}

const SPEAKER_TITLE =
  /^(?:speaker|chair(?:man|woman|person)?|president)\s+of\s+(?:the\s+)?(?:national\s+assembly|parliament|milli\s+majlis|grand\s+national\s+assembly|state\s+duma|(?:u\.s\.\s+)?house\s+of\s+(?:representatives|commons)|knesset|verkhovna\s+rada|bundestag|sejm|mazhilis|majlis)\b/i;

/** The office a role's title describes, if it is one an article may name by country. */
export function officeOfTitle(title: string): OfficeKind | undefined {
  if (/^deputy\s+(?:foreign\s+minister|minister\s+of\s+foreign\s+affairs)\b/i.test(title)) return 'deputy foreign minister';
  if (/^(?:deputy|vice)\s+prime\s+minister\s+of\b/i.test(title)) return 'deputy prime minister';
  // the head of a country's (lower or only) chamber, whatever the title calls it ("President of the National Assembly
  // of Armenia", "Chairman of the Parliament of Georgia"): no head of state
  if (SPEAKER_TITLE.test(title)) return 'speaker';
  // ("Vice President of Iran for Strategic Affairs" is one of several: not the office a country's vice president names)
  if (/^(?:first\s+)?(?:vice|deputy)[\s-]+president\s+of\b(?!.*\bfor\b)/i.test(title)) return 'vice president';
  if (/\b(?:deputy|vice|assistant|under|former)\b/i.test(title)) return undefined;
  if (
    /\bforeign\s+minister\b|\bminister\s+(?:of|for)\s+foreign\s+affairs\b|^(?:U\.S\.\s+|US\s+)?secretary\s+of\s+state$|\bforeign\s+secretary\b/i.test(
      title,
    )
  )
    return 'foreign minister';
  // a chancellor heads the government as a prime minister does ("the leaders of France and Germany")
  if (/^(?:prime\s+minister|(?:federal\s+)?chancellor)\s+of\b/i.test(title)) return 'prime minister';
  if (/^president\s+of\b/i.test(title)) return 'president';
  if (/\bdefen[cs]e\s+minister\b|\bminister\s+of\s+(?:national\s+)?defen[cs]e\b/i.test(title)) return 'defence minister';
  return undefined;
}

interface Term {
  readonly actor: ActorId;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** The role's nominals call its holder the country's leader ("the Armenian leader"). */
  readonly leader: boolean;
}

const indexes = new WeakMap<Dictionary, Map<string, Term[]>>();

/** Office holders by `${country}|${office}`, built once per dictionary. */
function officeIndex(dictionary: Dictionary): Map<string, Term[]> {
  let index = indexes.get(dictionary);
  if (index) return index;
  index = new Map();
  for (const actor of dictionary.actors) {
    if (actor.kind !== 'person' || !actor.country) continue;
    for (const role of actor.roles) {
      const office = officeOfTitle(role.title);
      if (!office) continue;
      const key = `${actor.country}|${office}`;
      const list = index.get(key) ?? [];
      list.push({ actor: actor.id, from: role.from, to: role.to, leader: role.nominals.some((n) => /\bleader\b/i.test(n)) });
      index.set(key, list);
    }
  }
  indexes.set(dictionary, index);
  return index;
}

function holderOn(terms: readonly Term[] | undefined, date: IsoDate, leaderOnly = false): ActorId | undefined {
  return terms?.find((t) => t.from <= date && (t.to === null || date < t.to) && (!leaderOnly || t.leader))?.actor;
}

/**
 * Who held `office` in `country` on `date`, by the dictionary's dated roles. A country's "leader" is
 * the holder whose role the dictionary calls its leader, else its president, else its prime minister.
 */
export function officeHolder(
  dictionary: Dictionary,
  country: string,
  office: Exclude<OfficeKind, 'counterpart'>,
  date: IsoDate,
): ActorId | undefined {
  const index = officeIndex(dictionary);
  if (office !== 'leader') return holderOn(index.get(`${country}|${office}`), date);
  return (
    holderOn(index.get(`${country}|president`), date, true) ??
    holderOn(index.get(`${country}|prime minister`), date, true) ??
    holderOn(index.get(`${country}|president`), date) ??
    holderOn(index.get(`${country}|prime minister`), date)
  );
}

/** The office `person` held on `date` that a counterpart would hold in another country. */
export function officeOf(person: Actor, date: IsoDate): Exclude<OfficeKind, 'counterpart' | 'leader'> | undefined {
  for (const role of person.roles) {
    if (role.from <= date && (role.to === null || date < role.to)) {
      const office = officeOfTitle(role.title);
      if (office && office !== 'counterpart' && office !== 'leader') return office;
    }
  }
  const described = person.description ? officeOfTitle(person.description.replace(/^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?/u, '')) : undefined;
  return described === 'counterpart' || described === 'leader' ? undefined : described;
}
