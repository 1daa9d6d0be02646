// An actor's brief: their statements grouped by article, newest article first, and their contacts.
// Statements are numbered newest article first and in text order within an article, so each actor's
// list is already in brief order: a brief is one filtered walk over it.
//
// The busiest actors have tens of thousands of statements (a ministry: 45,000 at 100k articles), more
// than any reply shows, and making that many objects takes 20–50 ms. So a brief counts eagerly and
// makes its lists when they are first read: `articles` and `contacts` are getters on the brief (own,
// enumerable: spread, JSON and destructuring see them) that build their array once. Each article's
// `statements` is a getter too, on the class of the (many) article entries, because object literals
// with getters are ~50× slower to make than class instances: JSON and destructuring see it, a spread
// of the entry does not (`{ ...entry }` has `article` only; read `entry.statements`).
import type { Actor, Contact, IsoDate, Statement } from '../model.js';
import { roleOn } from '../extract/dictionary.js';
import type { ArticleRef, Brief, BriefArticle, DateRange } from './api.js';
import { NONE, type IndexData } from './indexData.js';
import { RecentlyUsed } from './recentlyUsed.js';
import type { Records } from './records.js';

/** Briefs kept for a repeat; a fully read brief of the busiest actor is a few MB. */
const RECENT_BRIEFS = 16;

export class BriefIndex {
  private readonly stmtOffsets: Int32Array;
  private readonly stmtIds: Int32Array;
  private readonly contactOffsets: Int32Array;
  private readonly contactIds: Int32Array;
  /** Day number of each contact's date (its own, else its article's). */
  readonly contactDay: Int32Array;
  /**
   * The last briefs asked for. A brief is immutable (its lazy lists fill once), so a repeat can be the
   * same object: the busiest actors, whose lists cost milliseconds to make, are also the most asked for.
   */
  private readonly recent = new RecentlyUsed<string, Brief>(RECENT_BRIEFS);
  /**
   * Every actor's twins as `twinsOf` gives them, aligned with `stmtIds`: read from the index's `twin`
   * column when the index opens (one pass over the statements, a few milliseconds at 100k articles),
   * where working them out at an actor's first brief cost that brief milliseconds.
   */
  private readonly twinPlaces: Int32Array;

  constructor(
    private readonly data: IndexData,
    private readonly records: Records,
    private readonly articleRefs: readonly ArticleRef[],
    /** Statement i's folded words (utterances.ts), to tell a repeat from a hash collision. */
    private readonly foldedWords: (i: number) => string,
    /** The same, for two statements, without making the strings. */
    private readonly sameWords: (i: number, j: number) => boolean,
  ) {
    const actorCount = data.actors.length;
    const { speaker } = data.statements;
    // A statement without a speaker (NONE) is in no actor's list: no brief shows it under a wrong name.
    [this.stmtOffsets, this.stmtIds] = groupBy(actorCount, speaker.length, (i, emit) => {
      if (speaker[i]! !== NONE) emit(speaker[i]!);
    });
    const placeInList = placesInLists(this.stmtOffsets, this.stmtIds, speaker.length);
    this.twinPlaces = new Int32Array(this.stmtIds.length);
    for (let actor = 0; actor < actorCount; actor++) {
      const from = this.stmtOffsets[actor]!;
      this.twinPlaces.set(placesOfTwins(this.stmtIds.subarray(from, this.stmtOffsets[actor + 1]), data.statements, placeInList), from);
    }
    const { a, b, sortDate } = data.contacts;
    [this.contactOffsets, this.contactIds] = groupBy(actorCount, a.length, (i, emit) => {
      emit(a[i]!);
      if (b[i] !== a[i]) emit(b[i]!);
    });
    const dayOfString = new Map<number, number>();
    this.contactDay = Int32Array.from(sortDate, (s) => {
      let day = dayOfString.get(s);
      if (day === undefined) dayOfString.set(s, (day = dayNumber(data.strings[s] as IsoDate)));
      return day;
    });
  }

  brief(actor: Actor, actorIndex: number, range: DateRange = {}, limit = Infinity): Brief {
    const key = `${actorIndex}|${range.since ?? ''}|${range.until ?? ''}|${limit}`;
    return this.recent.get(key, () =>
      makeBrief(actor, this.statementsOf(actorIndex), this.contactsOf(actorIndex), (a) => this.articleRefs[a]!, range, limit),
    );
  }

  /** The actor's statements, newest article first, text order within. */
  statementsOf(actorIndex: number): ActorStatements {
    const { day, article, inside, words } = this.data.statements;
    const ids = this.stmtIds.subarray(this.stmtOffsets[actorIndex], this.stmtOffsets[actorIndex + 1]);
    const list = {
      ids,
      day,
      article,
      inside,
      words,
      statement: (i: number) => this.records.statement(i),
      foldedWords: this.foldedWords,
      sameWords: this.sameWords,
    };
    const places = this.twinPlaces.subarray(this.stmtOffsets[actorIndex], this.stmtOffsets[actorIndex + 1]);
    const twins = () => places;
    return { ...list, twins };
  }

  /** Statement i's folded words (utterances.ts). */
  foldedWordsOf(i: number): string {
    return this.foldedWords(i);
  }

  /** The actor's contacts, newest first. */
  contactsOf(actorIndex: number): ActorContacts {
    const ids = this.contactIds.subarray(this.contactOffsets[actorIndex], this.contactOffsets[actorIndex + 1]);
    const { article, repeat } = this.data.contacts;
    return { ids, day: this.contactDay, article, repeat, contact: (i) => this.records.contact(i) };
  }
}

/**
 * An actor's statements in brief order: `ids` index `day`, `article` (the article's place in index
 * order: smaller is newer) and `statement`. A plain index gives its columns; a layered one the lists
 * it merged from its layers.
 */
export interface ActorStatements {
  readonly ids: Int32Array;
  readonly day: Int32Array;
  readonly article: Int32Array;
  /** IndexData's `inside` and `words` of each statement. */
  readonly inside: ArrayLike<number>;
  readonly words: ArrayLike<number>;
  statement(id: number): Statement;
  /** A statement's folded words (utterances.ts): two with equal `words` hashes are compared by these. */
  foldedWords(id: number): string;
  /** Whether two statements' folded words are the same, without folding them into strings (when it can tell). */
  sameWords?(a: number, b: number): boolean;
  /** `twinsOf` this list (made once, kept where the list is kept). */
  twins(): Int32Array;
}

/** An actor's contacts, newest first, the same way (`day`: its date, else its article's). */
export interface ActorContacts {
  readonly ids: Int32Array;
  readonly day: Int32Array;
  readonly article: Int32Array;
  /** 1 for another report of a contact before it (contactRepeats.ts): not counted again. */
  readonly repeat: ArrayLike<number>;
  contact(id: number): Contact;
}

/** The brief of `actor` over its lists: counted now, its lists made when first read (see the top of this file). */
export function makeBrief(
  actor: Actor,
  stmts: ActorStatements,
  contactList: ActorContacts,
  refOf: (article: number) => ArticleRef,
  range: DateRange,
  limit: number,
): Brief {
  const since = range.since ? dayNumber(range.since) : -Infinity;
  const until = range.until ? dayNumber(range.until) : Infinity;
  const { ids, day, article: articleOf } = stmts;
  let count = 0;
  let articleCount = 0;
  const twins = stmts.twins();
  let utteranceCount = 0;
  let lastArticle = -1;
  let first = -1;
  for (let k = 0; k < ids.length; k++) {
    const s = ids[k]!;
    const d = day[s]!;
    if (d < since || d > until) continue;
    if (first < 0) first = s;
    count++;
    const twin = twins[k]!;
    if (twin === -1 || (twin >= 0 && day[ids[twin]!]! > until)) utteranceCount++;
    if (articleOf[s] !== lastArticle) {
      articleCount++;
      lastArticle = articleOf[s]!;
    }
  }
  // The role on the newest article of the brief, statements' or contacts' (articles are numbered
  // newest first: the smallest number is the newest).
  let newestArticle = first >= 0 ? articleOf[first]! : Infinity;
  let contactCount = 0;
  const c = contactList;
  for (let k = 0; k < c.ids.length; k++) {
    const id = c.ids[k]!;
    if (c.day[id]! < since || c.day[id]! > until) continue;
    // A repeat is on the day of the contact it repeats: both are in the period, or neither.
    if (!c.repeat[id]) contactCount++;
    if (c.article[id]! < newestArticle) newestArticle = c.article[id]!;
  }
  const newest = Number.isFinite(newestArticle) ? refOf(newestArticle).date : undefined;
  const role = newest ? roleOn(actor, newest)?.title : undefined;
  let articles: BriefArticle[] | undefined;
  let contacts: Contact[] | undefined;
  const articlesNow = () => articlesOf(stmts, refOf, since, until, limit);
  const contactsNow = () => contactsOf(contactList, since, until, limit);
  return {
    actor,
    ...(role ? { role } : {}),
    get articles() {
      return (articles ??= articlesNow());
    },
    get contacts() {
      return (contacts ??= contactsNow());
    },
    statementCount: count,
    utteranceCount,
    articleCount,
    contactCount,
  };
}

function articlesOf(
  stmts: ActorStatements,
  refOf: (article: number) => ArticleRef,
  since: number,
  until: number,
  limit: number,
): BriefArticle[] {
  const { ids, day, article: articleOf } = stmts;
  const to = ids.length;
  const articles: BriefArticle[] = [];
  let left = limit;
  let k = 0;
  while (k < to && left > 0) {
    const s = ids[k]!;
    const d = day[s]!;
    if (d < since || d > until) {
      k++;
      continue;
    }
    // This article's run of the actor's statements: [k, end).
    const a = articleOf[s]!;
    let end = k + 1;
    while (end < to && articleOf[ids[end]!] === a) end++;
    // the limit may cut this article's run short: keep only as many as are left
    const cut = Math.min(end, k + left);
    articles.push(new LazyBriefArticle(refOf(a), stmts, k, cut, since, until));
    left -= cut - k;
    k = end;
  }
  return articles;
}

/** The statements at positions [from, to) of an actor's list that fall within the days. */
function statementsAt(stmts: ActorStatements, from: number, to: number, since: number, until: number): Statement[] {
  const statements: Statement[] = [];
  const { ids, day } = stmts;
  for (let k = from; k < to; k++) {
    const s = ids[k]!;
    if (day[s]! >= since && day[s]! <= until) statements.push(stmts.statement(s));
  }
  return statements;
}

function contactsOf(list: ActorContacts, since: number, until: number, limit: number): Contact[] {
  const contacts: Contact[] = [];
  for (let k = 0; k < list.ids.length && contacts.length < limit; k++) {
    const c = list.ids[k]!;
    if (list.day[c]! >= since && list.day[c]! <= until) contacts.push(list.contact(c));
  }
  return contacts;
}

/** An article of a brief; its statements are made when first read (see the top of this file). */
class LazyBriefArticle implements BriefArticle {
  #statements: readonly Statement[] | undefined;
  readonly #list: ActorStatements;
  readonly #from: number;
  readonly #to: number;
  readonly #since: number;
  readonly #until: number;

  constructor(
    readonly article: ArticleRef,
    list: ActorStatements,
    from: number,
    to: number,
    since: number,
    until: number,
  ) {
    this.#list = list;
    this.#from = from;
    this.#to = to;
    this.#since = since;
    this.#until = until;
  }

  get statements(): readonly Statement[] {
    return (this.#statements ??= statementsAt(this.#list, this.#from, this.#to, this.#since, this.#until));
  }

  toJSON(): { article: ArticleRef; statements: readonly Statement[] } {
    return { article: this.article, statements: this.statements };
  }
}

/**
 * For each place k of `stmts.ids`: the place of the nearest newer statement of the same words (the same
 * utterance, repeated by another outlet; utterances.ts), -1 for none, or -2 for a quotation inside a
 * sentence of the list (never an utterance of its own). In a period, a statement is an utterance of its
 * own unless it is inside, or its nearest newer twin is in the period too: the list runs newest first, so
 * a twin after the period's end means every newer one is as well. Counted in O(1) a statement, where a
 * set of the period's words cost 40 ms for an actor of 70,000 statements, on every brief.
 */
export function twinsOf(stmts: Omit<ActorStatements, 'twins'>): Int32Array {
  const { ids, inside, words } = stmts;
  const twins = new Int32Array(ids.length);
  /** Words hash → the places seen with it, newest last (more than one text only on a hash collision). */
  const seen = new Map<number, number | number[]>();
  // Each statement's words folded at most once: a repeat is compared with the one before it, which is
  // compared with the next in turn.
  const foldedOf = new Map<number, string>();
  const foldedAt = (k: number): string => {
    let folded = foldedOf.get(k);
    if (folded === undefined) foldedOf.set(k, (folded = stmts.foldedWords(ids[k]!)));
    return folded;
  };
  for (let k = 0; k < ids.length; k++) {
    const s = ids[k]!;
    if (inside[s]) {
      twins[k] = -2;
      continue;
    }
    const hash = words[s]!;
    const before = seen.get(hash);
    if (before === undefined) {
      seen.set(hash, k);
      twins[k] = -1;
      continue;
    }
    const places = typeof before === 'number' ? [before] : before;
    const same = stmts.sameWords;
    const at = same ? places.findIndex((j) => same(s, ids[j]!)) : places.findIndex((j) => foldedAt(j) === foldedAt(k));
    twins[k] = at < 0 ? -1 : places[at]!;
    if (at < 0) places.push(k);
    else places[at] = k;
    seen.set(hash, places.length === 1 ? places[0]! : places);
  }
  return twins;
}

/**
 * `twinsOf` an actor's list `ids` (ascending statement ids) from the index's `twin` column (twins.ts), which
 * holds each statement's nearest newer twin of the same speaker, and `placeInList`, each statement's place in
 * its speaker's list (placesInLists). (A bisection of the list for each twin cost the first brief of an actor
 * of 20,000 statements several milliseconds.)
 */
export function placesOfTwins(
  ids: Int32Array,
  columns: Pick<IndexData['statements'], 'inside' | 'twin'>,
  placeInList: Int32Array,
): Int32Array {
  const { inside, twin } = columns;
  const twins = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const s = ids[k]!;
    const t = twin[s]!;
    if (inside[s]) twins[k] = -2;
    else if (t === NONE) twins[k] = -1;
    else {
      // The twin is newer: a smaller id, at a place before k (of this list: the same speaker).
      const at = placeInList[t]!;
      twins[k] = at >= 0 && at < k && ids[at] === t ? at : -1;
    }
  }
  return twins;
}

/** For lists grouped as `groupBy` makes them, each item's place in its group's list; -1 for an item in none. */
export function placesInLists(offsets: Int32Array, ids: Int32Array, items: number): Int32Array {
  const places = new Int32Array(items).fill(-1);
  for (let g = 0; g + 1 < offsets.length; g++) {
    const from = offsets[g]!;
    for (let at = from; at < offsets[g + 1]!; at++) places[ids[at]!] = at - from;
  }
  return places;
}

export function dayNumber(date: IsoDate): number {
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return Number.isFinite(day) ? day : 0;
}

/** Compressed lists: for each group, the items emitted for it, in item order. */
function groupBy(groups: number, items: number, each: (item: number, emit: (group: number) => void) => void): [Int32Array, Int32Array] {
  const offsets = new Int32Array(groups + 1);
  const count = (g: number) => {
    offsets[g + 1]!++;
  };
  for (let i = 0; i < items; i++) each(i, count);
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const fill = offsets.slice(0, groups);
  const ids = new Int32Array(offsets[groups]!);
  let item = 0;
  const place = (g: number) => {
    ids[fill[g]!++] = item;
  };
  for (item = 0; item < items; item++) each(item, place);
  return [offsets, ids];
}
