// The index's whole state as plain data: typed-array columns, string tables and the actor list. It is
// built from articles and extractions (here), opened into an AttacheIndex (openIndex.ts), and can be
// written to disk and read back in a blink (src/pipeline/indexSnapshot.ts), which is what makes a restart fast. Holding
// statements as columns rather than 700,000 objects also saves ~100 MB at 100k articles.
import type { Actor, Article, StoredExtraction, Contact, IsoDate, Statement } from '../model.js';
import type { Dictionary } from '../extract/dictionary.js';
import { indexUniverse } from './actorUniverse.js';
import { buildSearchIndex, type SearchData } from './searchIndex.js';
import { markRepeats } from './contactRepeats.js';
import { contactColumns, NONE, statementColumns, type ContactColumns, type StatementColumns } from './indexColumns.js';
import { statementTwins } from './twins.js';
import { hostsOf, wordsHash } from './utterances.js';

/** Bump when IndexData's layout or meaning changes: snapshots of another version are rebuilt. */
// 2: a statement's speaker may be NONE. 3: actors in canonical order, per-article actors and
// discoveries, statement lengths (what a layered index needs of its base). 4: each statement's `inside`
// and `words` (utterances.ts: what makes several statements one entry). 5: each statement's `twin` (twins.ts)
// and each contact's `repeat`.
export const INDEX_DATA_VERSION = 5;

export { NONE, type ContactColumns, type StatementColumns } from './indexColumns.js';

export interface IndexData {
  readonly builtAt: number;
  /** Article ids in index order: newest first, then by id descending. */
  readonly articleIds: readonly string[];
  readonly actors: readonly Actor[];
  /** Per actor: articles it appears in (named, speaking, or party to a contact). */
  readonly appearances: Int32Array;
  readonly statementCounts: Int32Array;
  readonly contactCounts: Int32Array;
  readonly strings: readonly string[];
  /** Statements in brief order: newest article first, text order within an article. */
  readonly statements: StatementColumns;
  readonly contacts: ContactColumns;
  readonly search: SearchData;
  /** Per article (index order): the actors it counts an appearance for, at `[offsets[a], offsets[a + 1])`. */
  readonly articleActors: { readonly offsets: Int32Array; readonly actors: Int32Array };
  /** Per article (index order): the actors its extraction discovered, as it found them (their copies). */
  readonly discovered: { readonly offsets: Int32Array; readonly actors: readonly Actor[] };
}

export interface IndexInput {
  readonly articles: readonly Article[];
  /** One per article, matched by `article` id; extractions of articles not given are ignored. */
  readonly extractions: readonly StoredExtraction[];
  readonly dictionary: Dictionary;
  /** The build time to report in stats (ms since epoch); defaults to now. */
  readonly builtAt?: number;
  /** Told how long each phase of the build took (for the bench). */
  readonly onPhase?: (phase: string, ms: number) => void;
}

/** Builds the data, yielding between slices of work (see runSteps / runCooperatively). */
export function* buildIndexData(input: IndexInput): Generator<void, IndexData, void> {
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    input.onPhase?.(name, now - phaseStart);
    phaseStart = now;
  };
  const byId = new Map<string, Article>();
  for (const a of input.articles) if (!byId.has(a.id)) byId.set(a.id, a);
  const dayOf = dayNumbers();
  const articles = sortArticles([...byId.values()], dayOf);
  const extractionOf = new Map<string, StoredExtraction>();
  for (const e of input.extractions) if (byId.has(e.article) && !extractionOf.has(e.article)) extractionOf.set(e.article, e);
  phase('articles');
  yield;

  const inFileOrder = [...extractionOf.values()];
  if (!sortedByFile(inFileOrder, byId)) inFileOrder.sort((x, y) => compareText(byId.get(x.article)!.file, byId.get(y.article)!.file));
  const universe = indexUniverse(input.dictionary, inFileOrder);
  const actorAt = (id: string) => universe.indexOf.get(id)!;
  phase('actors');
  let statementTotal = 0;
  let contactTotal = 0;
  for (const e of extractionOf.values()) {
    statementTotal += e.statements.length;
    contactTotal += e.contacts.length;
  }
  const strings = new StringTable();
  const st = statementColumns(statementTotal);
  const contactList: { contact: Contact; sortDate: IsoDate; day: number; article: number; a: number; b: number }[] = [];
  const appearances = new Counts(universe.actors.length);
  const statementCounts = new Counts(universe.actors.length);
  const contactCounts = new Counts(universe.actors.length);
  /** Per actor: the last article it was counted in, so an article counts once. */
  const lastSeenIn = new Counts(universe.actors.length, -1);
  const articleActors = new Growable(articles.length * 4);
  const articleActorOffsets = new Int32Array(articles.length + 1);
  const discovered: Actor[] = [];
  const discoveredOffsets = new Int32Array(articles.length + 1);

  let s = 0;
  // Articles [from, to): a plain function per chunk, so the hot loop runs outside the generator.
  const take = (from: number, to: number) => {
    let lastDate = '';
    let lastDateId = 0;
    let lastDay = 0;
    const appear = (actor: number, article: number) => {
      if (lastSeenIn.get(actor) === article) return;
      lastSeenIn.set(actor, article);
      appearances.add(actor, 1);
      articleActors.push(actor);
    };
    for (let ai = from; ai < to; ai++) {
      const article = articles[ai]!;
      const extraction = extractionOf.get(article.id);
      articleActorOffsets[ai] = articleActors.length;
      discoveredOffsets[ai] = discovered.length;
      if (!extraction) continue;
      for (const found of extraction.discovered) discovered.push(found);
      for (const id of extraction.actors) appear(actorAt(id), ai);
      const idPrefix = `${article.id}#`;
      const inOrder = inTextOrder(extraction.statements);
      const hosts = hostsOf(inOrder);
      let k = 0;
      for (const statement of inOrder) {
        const speaker = statement.speaker === null ? NONE : actorAt(statement.speaker);
        if (speaker !== NONE) appear(speaker, ai);
        st.article[s] = ai;
        st.start[s] = statement.start;
        st.end[s] = statement.end;
        st.speaker[s] = speaker;
        st.id[s] = idRef(statement.id, idPrefix, strings);
        st.kind[s] = strings.id(statement.kind);
        st.cue[s] = strings.id(statement.cue);
        st.addressee[s] = statement.addressee === undefined ? NONE : strings.id(statement.addressee);
        st.via[s] = statement.via === undefined ? NONE : strings.id(statement.via);
        // Statements of an article mostly share its date: one lookup for the run.
        if (statement.date !== lastDate) {
          lastDate = statement.date;
          lastDateId = strings.id(statement.date);
          lastDay = dayOf(statement.date);
        }
        st.date[s] = lastDateId;
        st.day[s] = lastDay;
        st.dateBasis[s] = strings.id(statement.dateBasis);
        st.inside[s] = hosts[k++]! >= 0 ? 1 : 0;
        st.words[s] = wordsHash(article.text, statement.start, statement.end);
        if (speaker !== NONE) statementCounts.add(speaker, 1);
        s++;
      }
      for (const c of extraction.contacts) {
        const a = actorAt(c.a);
        const b = actorAt(c.b);
        appear(a, ai);
        appear(b, ai);
        contactCounts.add(a, 1);
        if (b !== a) contactCounts.add(b, 1);
        const sortDate = c.date ?? article.date;
        contactList.push({ contact: c, sortDate, day: dayOf(sortDate), article: ai, a, b });
      }
    }
  };
  for (let ai = 0; ai < articles.length; ai += 1024) {
    take(ai, Math.min(articles.length, ai + 1024));
    yield;
  }
  articleActorOffsets[articles.length] = articleActors.length;
  discoveredOffsets[articles.length] = discovered.length;
  phase('statements');
  const articleTexts = articles.map((a) => a.text);
  const twin = yield* statementTwins({ ...st, articleTexts });
  phase('twins');

  // Contacts newest first; articles are already newest first.
  // (Day numbers, not date strings: comparing strings sliced from article texts is slow.)
  contactList.sort((x, y) => y.day - x.day || x.article - y.article || x.contact.start - y.contact.start);
  const ct = contactColumns(contactTotal);
  contactList.forEach((c, i) => {
    ct.article[i] = c.article;
    ct.start[i] = c.contact.start;
    ct.end[i] = c.contact.end;
    ct.a[i] = c.a;
    ct.b[i] = c.b;
    ct.kind[i] = strings.id(c.contact.kind);
    ct.date[i] = c.contact.date === null ? NONE : strings.id(c.contact.date);
    ct.status[i] = strings.id(c.contact.status);
    ct.sortDate[i] = strings.id(c.sortDate);
  });
  markRepeats(
    ct,
    Int32Array.from(contactList, (c) => c.day),
  );
  phase('contacts');
  yield;

  const { actors } = universe;
  const search = yield* buildSearchIndex({
    count: statementTotal,
    stmtStart: st.start,
    stmtEnd: st.end,
    stmtArticle: st.article,
    stmtSpeaker: st.speaker,
    articleTexts,
    speakerNames: actors.map((a) => a.name),
  });
  phase('search');
  return {
    builtAt: input.builtAt ?? Date.now(),
    articleIds: articles.map((a) => a.id),
    actors,
    appearances: appearances.toArray(actors.length),
    statementCounts: statementCounts.toArray(actors.length),
    contactCounts: contactCounts.toArray(actors.length),
    strings: strings.list,
    statements: { ...st, twin },
    contacts: ct,
    search,
    articleActors: { offsets: articleActorOffsets, actors: articleActors.toArray() },
    discovered: { offsets: discoveredOffsets, actors: discovered },
  };
}

/** Code-unit order, as `Array.prototype.sort` orders file names (`listArticleFiles`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedByFile(list: readonly StoredExtraction[], byId: ReadonlyMap<string, Article>): boolean {
  for (let i = 1; i < list.length; i++) if (byId.get(list[i - 1]!.article)!.file > byId.get(list[i]!.article)!.file) return false;
  return true;
}

/** A growable Int32Array. */
class Growable {
  private data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Ids are `${article}#${n}`: keep n, not a string per statement. */
function idRef(id: string, prefix: string, strings: StringTable): number {
  const digits = id.length - prefix.length;
  if (digits >= 1 && digits <= 9 && id.startsWith(prefix) && (digits === 1 || id.charCodeAt(prefix.length) !== 48)) {
    let n = 0;
    for (let i = prefix.length; i < id.length; i++) {
      const d = id.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return strings.id(id);
      n = n * 10 + d;
    }
    return -n - 2;
  }
  return strings.id(id);
}

/**
 * Index order: newest first, then by id descending. Day numbers rather than the date strings: comparing
 * strings sliced from article texts is slow at 100k.
 */
function sortArticles(list: Article[], dayOf: (date: IsoDate) => number): Article[] {
  const days = Int32Array.from(list, (a) => dayOf(a.date));
  const order = Array.from(list.keys()).sort(
    (x, y) => days[y]! - days[x]! || (list[x]!.id < list[y]!.id ? 1 : list[x]!.id > list[y]!.id ? -1 : 0),
  );
  return order.map((i) => list[i]!);
}

class StringTable {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** A growable Int32Array of per-actor numbers (stand-in actors may be added while counting). */
class Counts {
  private data: Int32Array;

  constructor(
    size: number,
    private readonly initial = 0,
  ) {
    this.data = new Int32Array(Math.max(16, size)).fill(initial);
  }

  get(i: number): number {
    return i < this.data.length ? this.data[i]! : this.initial;
  }

  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const bigger = new Int32Array(Math.max(i + 1, this.data.length * 2)).fill(this.initial);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = value;
  }

  add(i: number, delta: number): void {
    this.set(i, this.get(i) + delta);
  }

  toArray(length: number): Int32Array {
    const out = new Int32Array(length).fill(this.initial);
    out.set(this.data.subarray(0, Math.min(length, this.data.length)));
    return out;
  }
}

/** Statements sorted by where they start, without copying when they already are (the usual case). */
function inTextOrder(list: readonly Statement[]): readonly Statement[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.start < list[i - 1]!.start) return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return list;
}

/** Days since 1970 for ISO dates, each date parsed once. */
function dayNumbers(): (date: IsoDate) => number {
  const cache = new Map<string, number>();
  return (date) => {
    let day = cache.get(date);
    if (day === undefined) {
      day = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      if (!Number.isFinite(day)) day = 0;
      cache.set(date, day);
    }
    return day;
  };
}
