// A synthetic archive for the bench: articles in the real file format (` date YYYY-MM-DD first
// paragraph…`), 2,000–3,000 characters, ~6 statements each in the ways diplomatic news attributes
// words, spoken by the real dictionary actors and a few thousand generated names (Armenian, Azerbaijani,
// Russian, English, European), near neighbours and double spellings included. Deterministic for a seed.
// Each article comes with its ground truth (the extraction a perfect extractor would give), so the index
// can be measured before the real extractor exists.
import type { Actor, ArticleExtraction, Contact, IsoDate, Mention, Statement } from '../src/model.js';
import { parseDictionary, roleOn } from '../src/extract/dictionary.js';
import { UNKNOWN_FIRST, UNKNOWN_SURNAMES, CITIES, WEEKDAYS, CONTEXT } from './corpusWords.js';
import { prng, pick, chance, generatePeople, fill, quoteBody, lowerFirst, type Rand, type SyntheticActor } from './syntheticParts.js';

export { prng, searchVocabulary, type SyntheticActor } from './syntheticParts.js';

export const GENERATOR_VERSION = 1;

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
