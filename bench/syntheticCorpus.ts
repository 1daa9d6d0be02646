// A synthetic archive for the bench: articles in the real file format (` date YYYY-MM-DD first
// paragraph…`), 2,000–3,000 characters, ~6 statements each in the ways diplomatic news attributes
// words, spoken by the real dictionary actors and a few thousand generated names (Armenian, Azerbaijani,
// Russian, English, European), near neighbours and double spellings included. Deterministic for a seed.
// Each article comes with its ground truth (the extraction a perfect extractor would give), so the index
// can be measured before the real extractor exists.
import type { Actor, ArticleExtraction, Contact, IsoDate, Mention, Statement } from '../src/model.js';
import { parseDictionary, roleOn } from '../src/extract/dictionary.js';

export const GENERATOR_VERSION = 1;

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

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;

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

const ARMENIAN_FIRST = [
  'Ararat',
  'Gohar',
  'Artur',
  'Anna',
  'Armen',
  'Tigran',
  'Narek',
  'Lilit',
  'Hayk',
  'Aram',
  'Karen',
  'Ani',
  'Vahan',
  'Davit',
  'Arsen',
  'Ruben',
  'Mane',
  'Sona',
  'Ashot',
  'Gagik',
  'Levon',
  'Hasmik',
  'Nune',
  'Zara',
  'Vardan',
  'Samvel',
  'Edgar',
  'Hovhannes',
  'Sargis',
  'Mher',
  'Arpine',
  'Tatevik',
  'Marine',
  'Eduard',
  'Grigor',
  'Gevorg',
  'Anahit',
  'Kristine',
  'Alen',
  'Srbuhi',
];
const ARMENIAN_ROOTS = [
  'Mirzo',
  'Kocher',
  'Sargs',
  'Harutyun',
  'Grigor',
  'Petros',
  'Hovhannis',
  'Avetis',
  'Karapet',
  'Galst',
  'Manuk',
  'Ghazar',
  'Vardan',
  'Simon',
  'Abraham',
  'Tonoy',
  'Zakar',
  'Arzum',
  'Martiros',
  'Melik',
  'Babay',
  'Hakob',
  'Khachatur',
  'Mkrtch',
  'Barsegh',
  'Daniel',
  'Stepan',
  'Movses',
  'Gevorg',
  'Yeghiaz',
  'Papik',
  'Safar',
  'Nazar',
  'Aslan',
  'Ohan',
  'Torosy',
  'Kirakos',
  'Hambardzum',
  'Ter-Petros',
  'Mnatsakan',
  'Poghos',
  'Sahak',
  'Margar',
  'Adamy',
  'Gasparo',
  'Alaverd',
  'Khanzad',
  'Marukh',
  'Ishkhan',
  'Vahram',
];
const AZERBAIJANI_FIRST_M = [
  'Jeyhun',
  'Elnur',
  'Hikmet',
  'Ramiz',
  'Elmar',
  'Anar',
  'Samir',
  'Rashad',
  'Vugar',
  'Farid',
  'Tural',
  'Kamran',
  'Ulvi',
  'Zaur',
  'Orkhan',
  'Elchin',
  'Rauf',
  'Novruz',
  'Mubariz',
  'Ilgar',
  'Azer',
  'Fuad',
  'Emin',
  'Rovshan',
];
const AZERBAIJANI_FIRST_F = [
  'Leyla',
  'Aynur',
  'Gunel',
  'Nigar',
  'Sevinj',
  'Mehriban',
  'Aysel',
  'Lala',
  'Nargiz',
  'Sabina',
  'Konul',
  'Shahla',
];
const AZERBAIJANI_ROOTS = [
  'Bayram',
  'Mammad',
  'Hasan',
  'Huseyn',
  'Guliy',
  'Ismayil',
  'Ahmad',
  'Abbas',
  'Jafar',
  'Mammadyar',
  'Rzay',
  'Hajiy',
  'Karim',
  'Nasib',
  'Gasim',
  'Allahverdiy',
  'Salah',
  'Nuri',
  'Aliy',
  'Valiy',
  'Musay',
  'Suleyman',
  'Gadir',
  'Rahim',
  'Sadig',
  'Zeynal',
  'Yusif',
  'Agay',
  'Shiriy',
  'Babay',
  'Novruz',
  'Asgar',
  'Heydar',
  'Ibrahim',
  'Mahmud',
];
const RUSSIAN_FIRST = [
  'Sergey',
  'Maria',
  'Dmitry',
  'Alexei',
  'Andrei',
  'Yevgeny',
  'Mikhail',
  'Olga',
  'Nikolai',
  'Igor',
  'Vladimir',
  'Anatoly',
  'Ivan',
  'Tatiana',
  'Galina',
  'Pavel',
  'Konstantin',
  'Grigory',
  'Yuri',
  'Boris',
  'Alexander',
  'Natalia',
  'Yelena',
  'Vasily',
];
const RUSSIAN_ROOTS = [
  'Volk',
  'Sokol',
  'Moroz',
  'Pop',
  'Lebed',
  'Kozl',
  'Novik',
  'Fedor',
  'Orl',
  'Bel',
  'Yakovl',
  'Karas',
  'Overchuk',
  'Kopyrk',
  'Galuz',
  'Rudenk',
  'Zakhar',
  'Smirn',
  'Kuznets',
  'Vasil',
  'Petr',
  'Mikhail',
  'Andre',
  'Nikit',
  'Stepan',
  'Tarasov',
  'Gromyk',
  'Ignat',
  'Zuev',
  'Medved',
];
const ENGLISH_FIRST = [
  'John',
  'Mary',
  'James',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Thomas',
  'Karen',
  'Philip',
  'Victoria',
  'Daniel',
  'Rachel',
  'Peter',
  'Emily',
  'Andrew',
  'Laura',
];
const ENGLISH_SURNAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Martin',
  'Jackson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Reeker',
  "O'Brien",
  'Nuland',
  'Kirby',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Carter',
  'Mitchell',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
  'Collins',
  'Stewart',
  'Morris',
  'Murphy',
  'Cook',
  'Rogers',
  'Morgan',
  'Cooper',
  'Peterson',
  'Reed',
];
const EUROPEAN_FIRST = [
  'Josep',
  'Olivier',
  'Emmanuel',
  'Annalena',
  'Ursula',
  'Stefan',
  'Jean-Yves',
  'Catherine',
  'Miroslav',
  'Kaja',
  'Marco',
  'Pierre',
  'Heiko',
  'Olaf',
  'Luisa',
  'Giorgia',
  'Pedro',
  'Ewa',
  'Jan',
  'Anders',
  'Mette',
  'Sophie',
  'Lukas',
  'Elena',
  'Matteo',
  'Jakub',
];
const EUROPEAN_SURNAMES = [
  'Decottignies',
  'Szijjarto',
  'Rutte',
  'Schmidt',
  'Le Drian',
  'Colonna',
  'Lajcak',
  'Kallas',
  'Rossi',
  'Dubois',
  'Maas',
  'Scholz',
  'Meyer',
  'Müller',
  'Lefèvre',
  'Nowak',
  'Kowalski',
  'Weber',
  'Fischer',
  'Bernard',
  'Moreau',
  'Ricci',
  'Bianchi',
  'Novak',
  'Horvat',
  'Jansen',
  'De Vries',
  'Lindqvist',
  'Nielsen',
  'Dvořák',
  'Svoboda',
  'García',
  'Fernández',
  'Papadopoulos',
  'Ionescu',
  'Popescu',
  'Kovács',
  'Nagy',
  'Virtanen',
  'Andersson',
];

const DESCRIPTIONS: Record<string, readonly string[]> = {
  Armenia: [
    'Deputy Foreign Minister of Armenia',
    'a member of the Armenian parliament',
    'Secretary of the Security Council of Armenia',
    'spokesperson for the Armenian Foreign Ministry',
    'Armenian ambassador to the EU',
    'an adviser to the prime minister',
    'Speaker of the National Assembly',
  ],
  Azerbaijan: [
    'Deputy Foreign Minister of Azerbaijan',
    'spokesperson for the Azerbaijani Foreign Ministry',
    'a member of the Milli Majlis',
    'Azerbaijani ambassador to France',
    'an aide to the president',
    'head of the State Border Service',
  ],
  Russia: [
    'Russian Deputy Prime Minister',
    'Russian ambassador to Armenia',
    'Kremlin spokesman',
    'Russian Deputy Foreign Minister',
    'a senior Russian diplomat',
  ],
  US: [
    'US Assistant Secretary of State',
    'a senior State Department official',
    'US ambassador to Armenia',
    'a US senator',
    'National Security Council spokesman',
  ],
  EU: [
    'EU Special Representative',
    'a European Commission spokesperson',
    'a member of the European Parliament',
    'French foreign minister',
    'German foreign minister',
    'head of the EU monitoring mission',
  ],
};

/** Names of people nobody in the corpus is called: the "unknown" resolveActor queries. */
const UNKNOWN_FIRST = ['Xavier', 'Bartholomew', 'Ingrid', 'Quentin', 'Ottilie', 'Zbigniew', 'Hortense', 'Cornelius'];
const UNKNOWN_SURNAMES = [
  'Quackenbush',
  'Wolfenden',
  'Thistlewood',
  'Pumpernickel',
  'Featherstonehaugh',
  'Zuckermann',
  'Oyelaran',
  'Vanterpool',
];

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function generatePeople(rand: Rand, count: number, taken: Set<string>): SyntheticActor[] {
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

const CITIES = [
  'Yerevan',
  'Baku',
  'Moscow',
  'Brussels',
  'Washington',
  'Paris',
  'Berlin',
  'Tbilisi',
  'Ankara',
  'Tehran',
  'Prague',
  'Granada',
  'Almaty',
  'Vienna',
  'Geneva',
  'Munich',
  'Istanbul',
  'Astana',
  'Sochi',
  'Kazan',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SUBJECTS = [
  'The peace agreement',
  'A comprehensive peace treaty',
  'The delimitation of the border',
  'The demarcation process',
  'The opening of regional transport links',
  'The humanitarian situation in Nagorno-Karabakh',
  'The return of prisoners of war',
  'Our government',
  'The international community',
  'The Lachin corridor',
  'Regional stability',
  'The normalization of relations',
  'Direct dialogue between Baku and Yerevan',
  'The work of the border commissions',
  'The EU monitoring mission',
  'Energy security in the South Caucasus',
  'The ceasefire',
  'The situation on the border',
  'The negotiation process',
  'Mutual recognition of territorial integrity',
  'The unblocking of communications',
  'Humanitarian access',
  'The mediation effort',
  'Confidence-building measures',
  'Mine clearance',
  'The security of the population',
  'Trade between the two countries',
  'The trilateral statement',
  'Bilateral cooperation',
  'The exchange of detainees',
  'The draft agreement',
  'The reopening of the railway',
];
const PREDICATES = [
  'must be based on',
  'remains essential for',
  'cannot be achieved without',
  'depends on',
  'is inseparable from',
  'requires',
  'should lead to',
  'will contribute to',
  'is the only path to',
  'must not undermine',
  'has been complicated by',
  'was discussed together with',
  'is a priority alongside',
  'opens the way to',
  'is threatened by',
];
const OBJECTS = [
  'mutual respect for sovereignty',
  'the principles of international law',
  'a lasting and dignified peace',
  'the security of civilians',
  'constructive engagement by all sides',
  'the withdrawal of troops from the border areas',
  'the release of detainees',
  'transparent and inclusive negotiations',
  'the full implementation of earlier agreements',
  'unhindered humanitarian access',
  'regional economic development',
  'de-escalation along the line of contact',
  'the work of international observers',
  'further talks in {city}',
  'the commitments assumed by the parties',
  'a clear response from the international community',
  'direct communication channels',
  'guarantees for the people of Karabakh',
  'stability across the South Caucasus',
  'the Alma-Ata Declaration of 1991',
  'the deliberate obstruction of vital infrastructure',
  'the gas supply disruptions',
  'the troop movements near the village of {village}',
  'the ethnic cleansing of the region',
  'the landmines left behind',
  'the rights of refugees to return',
];
const TAILS = [
  '',
  '',
  '',
  ' in the coming months',
  ' without delay',
  ', and we will not step back',
  ' as agreed in {city}',
  ' before the end of the year',
  ', as we have said many times',
  ' at this critical moment',
];
const WHOLE_QUOTES = [
  'Now is not the time for further escalation in the region',
  'We call on all sides to show restraint',
  'The door to dialogue remains open',
  'We are ready to sign the agreement once the text is finalized',
  'These actions endanger regional peace and stability',
  'Such provocations are unacceptable',
  'There is no alternative to peace',
  'We welcome the progress achieved at the talks in {city}',
  'The United States is ready to help both countries reach a long-term peace',
  'We will continue to defend our interests by political and diplomatic means',
  'The gas disruptions and troop movements are deeply concerning',
  'Heinous war crimes cannot go unpunished',
  'A humanitarian crisis is unfolding before our eyes',
  'We expect concrete steps, not declarations',
];
const VILLAGES = ['Parukh', 'Khramort', 'Tegh', 'Sotk', 'Jermuk', 'Kornidzor', 'Aghdam', 'Shusha', 'Kalbajar', 'Lachin'];
const CONTEXT = [
  'The talks in {city} were scheduled a week after deadly clashes on the border.',
  'The two leaders last met in {city} in {month}.',
  'It was not clear whether the sides would resume the negotiations before the end of the month.',
  'Officials in {city} declined to comment on the reports.',
  'The meeting was held on the sidelines of the OSCE Ministerial Council.',
  'Observers say the process has stalled since the spring.',
  'The border commissions have met several times since {month}.',
  'Hundreds of people gathered outside the government building in {city} on {weekday}.',
  'The previous round of talks ended without a joint statement.',
  'Both sides accuse each other of violating the ceasefire near {village}.',
  'The European Union has deployed civilian monitors along the border since {month}.',
  'Analysts in {city} said the statement signalled a shift in tone.',
  'The village of {village} lies in the responsibility zone of the peacekeeping contingent.',
  'Local residents reported gunfire overnight near {village}.',
  'The foreign ministers are expected to meet again in {city} next month.',
  'A joint statement issued after the talks made no mention of the corridor.',
  'The road has been closed to civilian traffic since {month}.',
  'Several rounds of consultations took place in {city} over the summer.',
  'The parliament is due to debate the draft law on {weekday}.',
  'Diplomats familiar with the negotiations said a breakthrough was unlikely this year.',
  'The ministry published the readout of the conversation late on {weekday}.',
  'The previous agreement, signed in {city}, was never fully implemented.',
  'Energy prices in the region rose sharply after the pipeline was damaged.',
  'Humanitarian organisations have repeatedly asked for access to the area.',
  'The mission will remain in place at least until the end of the year.',
  'Earlier this week, protesters blocked the main highway outside {city}.',
  'The statement came hours after reports of shelling near {village}.',
  'The sides also discussed the exchange of bodies and the search for missing persons.',
];

function fill(rand: Rand, template: string): string {
  return template
    .replace('{city}', () => pick(rand, CITIES))
    .replace('{month}', () => pick(rand, MONTHS))
    .replace('{weekday}', () => pick(rand, WEEKDAYS))
    .replace('{village}', () => pick(rand, VILLAGES));
}

/** One or two clauses a diplomat might say, capitalised, without final punctuation. */
function quoteBody(rand: Rand): string {
  const clause = () =>
    chance(rand, 0.2)
      ? fill(rand, pick(rand, WHOLE_QUOTES))
      : `${pick(rand, SUBJECTS)} ${pick(rand, PREDICATES)} ${fill(rand, pick(rand, OBJECTS))}${fill(rand, pick(rand, TAILS))}`;
  const first = clause();
  return chance(rand, 0.5) ? `${first}. ${clause()}` : first;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

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

export interface SyntheticArticle {
  readonly file: string;
  readonly id: string;
  readonly date: IsoDate;
  readonly text: string;
  /** What a perfect extractor would find. */
  readonly truth: ArticleExtraction;
}

export interface SyntheticOptions {
  readonly articles: number;
  readonly seed?: number;
  /** Generated people (besides the dictionary's); default 2,500. */
  readonly names?: number;
  /** Dictionary JSON (seeds/actors.json format). */
  readonly dictionary: unknown;
}

/** Builds an article's text while keeping the offsets of what the truth has to point at. */
class ArticleText {
  private parts: string[] = [];
  length: number;

  constructor(prefix: string) {
    this.parts.push(prefix);
    this.length = prefix.length;
  }

  add(s: string): { start: number; end: number } {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    return { start, end: this.length };
  }

  toString(): string {
    return this.parts.join('');
  }
}

export class SyntheticCorpus {
  readonly actors: readonly SyntheticActor[];
  readonly dictionaryJson: unknown;
  private readonly cumulative: Float64Array;
  /** Organisations that issue statements ("In a statement, the ministry said that…"). */
  private readonly orgs: readonly SyntheticActor[];
  private readonly seed: number;

  constructor(private readonly options: SyntheticOptions) {
    this.seed = options.seed ?? 20240501;
    const rand = prng(this.seed);
    const { dictionary } = parseDictionary(options.dictionary);
    this.dictionaryJson = options.dictionary;
    const taken = new Set(dictionary.actors.map((a) => a.id));
    const real: SyntheticActor[] = dictionary.actors.map((a) => {
      const words = a.name.split(' ');
      const altAlias = a.aliases.find((x) => x !== a.name);
      return {
        id: a.id,
        kind: a.kind,
        name: a.name,
        short: a.kind === 'person' ? words.at(-1)! : a.name,
        // A dictionary alias that is a single word is the other spelling of the surname (Pashinian).
        ...(a.kind === 'person' && altAlias && !altAlias.includes(' ')
          ? { altName: `${words.slice(0, -1).join(' ')} ${altAlias}`, altShort: altAlias }
          : {}),
        country: a.country ?? 'EU',
        dictionary: a,
      };
    });
    const people = generatePeople(rand, options.names ?? 2500, taken);
    // Shuffle the generated names, so that activity (Zipf by rank) is unrelated to origin or country.
    for (let i = people.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [people[i], people[j]] = [people[j]!, people[i]!];
    }
    this.actors = [...real, ...people];
    this.orgs = real.filter((x) => x.kind === 'org' && x.dictionary?.nominals.length);
    // Zipf-like activity: the dictionary's actors first, then generated ones in their shuffled order.
    this.cumulative = new Float64Array(this.actors.length);
    let sum = 0;
    this.actors.forEach((_, i) => {
      sum += 1 / Math.pow(i + 3, 0.9);
      this.cumulative[i] = sum;
    });
  }

  /** Generated names nobody in this corpus has. */
  unknownNames(): string[] {
    return UNKNOWN_FIRST.flatMap((f) => UNKNOWN_SURNAMES.map((s) => `${f} ${s}`));
  }

  private speaker(rand: Rand, persons: boolean): SyntheticActor {
    for (;;) {
      const x = rand() * this.cumulative[this.cumulative.length - 1]!;
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      const a = this.actors[lo]!;
      if (!persons || a.kind === 'person') return a;
    }
  }

  /** The articles, one at a time: the caller writes them out without holding the whole corpus. */
  *articles(): Generator<SyntheticArticle> {
    const rand = prng(this.seed ^ 0x9e3779b9);
    const start = Date.UTC(2018, 0, 1);
    const days = Math.floor((Date.UTC(2025, 5, 30) - start) / 86_400_000);
    for (let n = 0; n < this.options.articles; n++) {
      const date = new Date(start + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
      const hex =
        Math.floor(rand() * 0xffffffff)
          .toString(16)
          .padStart(8, '0') +
        Math.floor(rand() * 0xffffffff)
          .toString(16)
          .padStart(8, '0');
      const id = `${String(n).padStart(6, '0')}_${hex}`;
      yield this.article(rand, id, date);
    }
  }

  private article(rand: Rand, id: string, date: IsoDate): SyntheticArticle {
    const text = new ArticleText(` date ${date} `);
    const statements: Statement[] = [];
    const contacts: Contact[] = [];
    const mentions: Mention[] = [];
    const present = new Map<string, SyntheticActor>();
    const spelling = new Map<string, boolean>();
    const cast = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => this.speaker(rand, true));
    // The last paragraph overshoots the target by ~200 characters: articles come out at 2,000–3,000.
    const target = 1850 + Math.floor(rand() * 900);
    let paragraph = 0;

    const name = (a: SyntheticActor, full: boolean, describe = false): void => {
      if (!spelling.has(a.id)) spelling.set(a.id, !!a.altName && chance(rand, 0.35));
      const alt = spelling.get(a.id)!;
      const first = !present.has(a.id);
      present.set(a.id, a);
      let written: string;
      if (a.kind === 'org') {
        const nominal = a.dictionary?.nominals[0];
        written = nominal && chance(rand, 0.5) ? nominal : a.name;
      } else if (first || full) {
        const title = a.dictionary ? roleOn(a.dictionary, date)?.title : undefined;
        if (title && chance(rand, 0.5)) text.add(`${title} `);
        written = alt ? a.altName! : a.name;
      } else written = alt ? a.altShort! : a.short;
      const span = text.add(written);
      mentions.push({ ...span, actor: a.id });
      if (describe && first && a.kind === 'person' && !a.dictionary && a.description && chance(rand, 0.5)) text.add(`, ${a.description},`);
    };
    const statement = (speaker: SyntheticActor, span: { start: number; end: number }, kind: Statement['kind'], cue: string) => {
      statements.push({
        id: `${id}#${statements.length}`,
        article: id,
        kind,
        speaker: speaker.id,
        cue,
        date,
        dateBasis: 'article',
        ...span,
      });
    };
    const newParagraph = () => {
      if (paragraph++ > 0) text.add('\n\n');
    };

    // First paragraph: who talked to whom.
    newParagraph();
    const [a, b] = [cast[0]!, cast[1] ?? this.speaker(rand, true)];
    const contactStart = text.length;
    name(a, true, true);
    const met = chance(rand, 0.5);
    text.add(met ? ' met with ' : ' held telephone conversations with ');
    name(b, true);
    text.add(met ? ` in ${pick(rand, CITIES)} on ${pick(rand, WEEKDAYS)}` : '');
    contacts.push({
      article: id,
      a: a.id,
      b: b.id,
      kind: met ? 'meeting' : 'call',
      date,
      status: 'held',
      start: contactStart,
      end: text.length,
    });
    text.add(`, ${fill(rand, 'the ministry said in a news release on {weekday}')}.`);

    const context = () => {
      if (chance(rand, 0.2)) {
        // A sentence naming someone without quoting them: a mention, not a statement.
        name(this.speaker(rand, true), true);
        text.add(
          fill(
            rand,
            pick(rand, [' arrived in {city} on {weekday}.', ' is expected to visit {city} in {month}.', ' did not attend the meeting.']),
          ),
        );
      } else text.add(fill(rand, pick(rand, CONTEXT)));
    };
    let form = Math.floor(rand() * 7);
    while (text.length < target) {
      newParagraph();
      if (chance(rand, 0.3)) {
        for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
          context();
          if (k > 1) text.add(' ');
        }
        continue;
      }
      if (chance(rand, 0.7)) {
        context();
        text.add(' ');
      }
      const who = chance(rand, 0.85) ? pick(rand, cast) : this.speaker(rand, false);
      const body = quoteBody(rand);
      switch (form++ % 7) {
        case 0: {
          text.add('“');
          statement(who, text.add(body), 'quote', 'said');
          text.add(',” said ');
          name(who, false);
          text.add('.');
          break;
        }
        case 1: {
          name(who, false, true);
          text.add(' said: “');
          statement(who, text.add(body), 'quote', 'said');
          text.add('.”');
          break;
        }
        case 2: {
          text.add('According to ');
          name(who, false);
          text.add(', ');
          statement(who, text.add(lowerFirst(body)), 'reported', 'according to');
          text.add('.');
          break;
        }
        case 3: {
          name(who, false, true);
          text.add(` ${pick(rand, ['stressed', 'noted', 'underlined', 'emphasized'])} that `);
          statement(who, text.add(lowerFirst(body)), 'reported', 'stressed');
          text.add('.');
          break;
        }
        case 4: {
          text.add('“');
          statement(who, text.add(body), 'quote', 'told reporters');
          text.add(',” ');
          name(who, false);
          text.add(` told reporters in ${pick(rand, CITIES)} on ${pick(rand, WEEKDAYS)}.`);
          break;
        }
        case 5: {
          const org = this.orgs.length ? pick(rand, this.orgs) : who;
          text.add('In a statement, ');
          name(org, false);
          text.add(' said that ');
          statement(org, text.add(lowerFirst(body)), 'reported', 'said');
          text.add('.');
          break;
        }
        default: {
          const x = pick(rand, cast);
          const y = this.speaker(rand, true);
          const c0 = text.length;
          name(x, false);
          text.add(chance(rand, 0.5) ? ' also spoke by phone with ' : ' later met with ');
          name(y, true);
          contacts.push({ article: id, a: x.id, b: y.id, kind: 'call', date, status: 'held', start: c0, end: text.length });
          text.add('.');
        }
      }
      if (chance(rand, 0.7)) {
        text.add(' ');
        context();
      }
    }
    text.add('\n');
    const discovered: Actor[] = [];
    for (const x of present.values()) {
      if (x.dictionary) continue;
      discovered.push({
        id: x.id,
        kind: x.kind,
        name: x.name,
        country: x.country,
        aliases: x.altName ? [x.name, x.altName] : [x.name],
        nominals: [],
        metonyms: [],
        roles: [],
        origin: 'discovered',
        ...(x.description ? { description: x.description } : {}),
      });
    }
    return {
      file: `${id}.txt`,
      id,
      date,
      text: text.toString(),
      truth: { article: id, actors: [...present.keys()], discovered, mentions, statements, contacts },
    };
  }
}
