// Who is meant by a name as typed: resolveActor and autocomplete. Exact folded keys first (names,
// aliases, surnames, metonyms, generic references like "the Secretary"), fuzzy matching second.
import type { Actor, ActorId, IsoDate, RoleTerm } from '../model.js';
import { roleOn } from '../extract/dictionary.js';
import type { ActorResolution, ActorSummary } from './api.js';
import { foldName, foldNominal, foldWords } from './foldName.js';
import { FuzzyNames, type NameEntry } from './fuzzyNames.js';
import { NamePrefixes } from './namePrefixes.js';

export interface ActorFacts {
  readonly actors: readonly Actor[];
  /** Per actor: the number of articles it appears in (named, speaking, or party to a contact). */
  readonly appearances: Int32Array;
  readonly statementCounts: Int32Array;
  readonly contactCounts: Int32Array;
  /** The newest article date: the date on which roles and generic references are read. */
  readonly latestDate: IsoDate | null;
}

/** A fuzzy match this good or better is taken as the answer; worse ones only suggest. */
const FOUND_SCORE = 0.3;
const SUGGEST_SCORE = 0.6;
/** Fuzzy matches within this of the best count as equally good; the most active of them wins. */
const SCORE_TIE = 0.03;
const SUGGESTIONS = 5;
/** Autocomplete looks for typos when the prefix matches fewer actors than this, keeping those this close. */
const TYPO_FALLBACK_BELOW = 5;
const TYPO_SCORE = 0.3;
/** Autocomplete's cap: Discord shows 25 choices at most. */
export const MAX_CHOICES = 25;
/** The longest paged list of actors (/actors): enough to browse, bounded so a reply stays quick. */
export const MAX_LISTED = 1000;

interface NominalEntry {
  readonly actor: number;
  /** The role the reference belongs to; `null`: an organisation's own generic name, always valid. */
  readonly role: RoleTerm | null;
}

export class ActorDirectory {
  private readonly byId: Map<ActorId, number>;
  private readonly names: Map<string, number[]>;
  private readonly surnames: Map<string, number[]>;
  private readonly metonyms: Map<string, number[]>;
  private readonly nominals: Map<string, NominalEntry[]>;
  private readonly fuzzy: FuzzyNames;
  private readonly prefixes: NamePrefixes;
  /** Actor indices, most active first: ranking and the empty-prefix answer. */
  private readonly byActivity: Int32Array;
  /** Position of each actor in `byActivity`: a rank comparable in one subtraction. */
  private readonly rank: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  /**
   * `sameNames`: a directory over the very same actors (equal, in the same order) whose name matchers
   * can be shared, only the counts being new: what a layered index makes for a change that brought no
   * new actor (the matchers are most of the cost: ~40 ms for 3,000 actors).
   */
  constructor(
    private readonly facts: ActorFacts,
    sameNames?: ActorDirectory,
  ) {
    const { actors } = facts;
    if (sameNames) {
      ({ byId: this.byId, names: this.names, surnames: this.surnames, metonyms: this.metonyms, nominals: this.nominals } = sameNames);
      ({ fuzzy: this.fuzzy, prefixes: this.prefixes } = sameNames);
    } else {
      this.byId = new Map();
      this.names = new Map();
      this.surnames = new Map();
      this.metonyms = new Map();
      this.nominals = new Map();
      const entries = this.addNames(actors);
      this.fuzzy = new FuzzyNames(entries);
      this.prefixes = new NamePrefixes(entries);
    }
    const order = Array.from(actors.keys()).sort((a, b) => this.compareActivity(a, b));
    this.byActivity = Int32Array.from(order);
    this.rank = new Int32Array(actors.length);
    order.forEach((a, r) => (this.rank[a] = r));
    this.seen = new Int32Array(actors.length);
  }

  /** The actors' names, surnames, metonyms and generic references into the maps; the entries for the matchers. */
  private addNames(actors: readonly Actor[]): NameEntry[] {
    const entries: NameEntry[] = [];
    actors.forEach((actor, i) => {
      this.byId.set(actor.id, i);
      for (const written of actor.aliases.length ? actor.aliases : [actor.name]) {
        const key = foldName(written);
        if (!key) continue;
        add(this.names, key, i);
        entries.push({ key, actor: i });
        const space = key.lastIndexOf(' ');
        if (actor.kind === 'person' && space > 0) {
          const surname = key.slice(space + 1);
          add(this.surnames, surname, i);
          entries.push({ key: surname, actor: i });
        }
        // Aliases written with titles ("President Aliyev") also answer to the whole form.
        const whole = foldWords(written).join(' ');
        if (whole !== key) add(this.names, whole, i);
      }
      for (const m of actor.metonyms) add(this.metonyms, foldName(m), i);
      for (const n of actor.nominals) addNominal(this.nominals, foldNominal(n), { actor: i, role: null });
      for (const role of actor.roles) {
        for (const n of role.nominals) addNominal(this.nominals, foldNominal(n), { actor: i, role });
        addNominal(this.nominals, foldNominal(role.title), { actor: i, role });
      }
    });
    return entries;
  }

  /** Whether `other` was made over actors equal to these, in the same order. */
  sameActorsAs(other: readonly Actor[]): boolean {
    const mine = this.facts.actors;
    if (mine === other) return true;
    if (mine.length !== other.length) return false;
    for (let i = 0; i < mine.length; i++) {
      if (mine[i] !== other[i] && JSON.stringify(mine[i]) !== JSON.stringify(other[i])) return false;
    }
    return true;
  }

  indexOf(id: ActorId): number | undefined {
    return this.byId.get(id);
  }

  resolve(text: string): ActorResolution {
    const query = text.trim();
    const key = foldName(query);
    if (!key) return { kind: 'unknown', query, suggestions: [] };
    const exact = this.exact(key) ?? this.nominal(foldNominal(query));
    if (exact !== undefined) return { kind: 'found', actor: this.facts.actors[exact]!, match: 'exact' };
    const matches = this.fuzzy.match(key, { limit: SUGGESTIONS * 2, maxScore: SUGGEST_SCORE, lengthWeight: 0.5 });
    const best = matches[0];
    if (best && best.score <= FOUND_SCORE && key.replace(/ /g, '').length >= 4) {
      const tied = matches.filter((m) => m.score <= best.score + SCORE_TIE).map((m) => m.actor);
      return { kind: 'found', actor: this.facts.actors[this.mostActive(tied) ?? best.actor]!, match: 'fuzzy' };
    }
    const suggestions = matches
      .sort((a, b) => Math.round((a.score - b.score) / SCORE_TIE) || this.rank[a.actor]! - this.rank[b.actor]!)
      .slice(0, SUGGESTIONS)
      .map((m) => this.facts.actors[m.actor]!);
    return { kind: 'unknown', query, suggestions };
  }

  /**
   * Autocomplete: actors with a name or word of a name starting with `prefix`, most active first.
   * `cap` bounds `limit`: Discord's 25 choices for autocomplete, more for a paged list.
   */
  complete(prefix: string, limit: number = MAX_CHOICES, cap: number = MAX_CHOICES): ActorSummary[] {
    const max = Math.max(0, Math.min(cap, Math.floor(limit)));
    if (max === 0) return [];
    let key = foldName(prefix);
    if (!key) return Array.from(this.byActivity.subarray(0, max), (a) => this.summary(a));
    // "Ararat " asks for Ararat's surname next, not for "Araratian".
    if (/\s$/.test(prefix)) key += ' ';
    const stamp = ++this.stamp;
    const found: number[] = [];
    this.prefixes.forEachStartingWith(key, (actor) => {
      if (this.seen[actor] === stamp) return;
      this.seen[actor] = stamp;
      found.push(actor);
    });
    found.sort((a, b) => this.rank[a]! - this.rank[b]!);
    if (found.length > max) found.length = max;
    // A typo finds little or nothing by prefix: add close fuzzy matches, prefix-like (no length
    // penalty), after the prefix matches. Not for short prefixes: "mir" is close to half the names.
    if (found.length < Math.min(max, TYPO_FALLBACK_BELOW) && key.trim().length >= 4) {
      const fuzzy = this.fuzzy.match(key.trim(), { limit: max, maxScore: TYPO_SCORE, lengthWeight: 0 });
      fuzzy.sort((a, b) => Math.round((a.score - b.score) / SCORE_TIE) || this.rank[a.actor]! - this.rank[b.actor]!);
      for (const m of fuzzy) {
        if (found.length >= max) break;
        if (this.seen[m.actor] === stamp) continue;
        this.seen[m.actor] = stamp;
        found.push(m.actor);
      }
    }
    return found.map((a) => this.summary(a));
  }

  summary(i: number): ActorSummary {
    const actor = this.facts.actors[i]!;
    const role = this.facts.latestDate ? roleOn(actor, this.facts.latestDate) : undefined;
    const label = role?.title ?? actor.country ?? actor.description;
    return {
      actor,
      statementCount: this.facts.statementCounts[i]!,
      contactCount: this.facts.contactCounts[i]!,
      ...(label ? { label } : {}),
    };
  }

  private exact(key: string): number | undefined {
    const words = key.split(' ');
    const lists = [
      this.names.get(key),
      // "Aliyev Ilham": surname first, as lists and some languages write it.
      words.length === 2 ? this.names.get(`${words[1]} ${words[0]}`) : undefined,
      words.length === 1 ? this.surnames.get(key) : undefined,
      this.metonyms.get(key),
    ];
    for (const list of lists) if (list) return this.mostActive(list);
    return undefined;
  }

  /**
   * "the Secretary": the actor whose role on the newest article date answers to it; among several,
   * one present in the corpus, the most active first. With none in office then, the latest holder.
   */
  private nominal(key: string): number | undefined {
    const entries = this.nominals.get(key);
    if (!entries?.length) return undefined;
    const date = this.facts.latestDate ?? (new Date().toISOString().slice(0, 10) as IsoDate);
    const inOffice = entries.filter((e) => e.role === null || covers(e.role, date));
    const pool = inOffice.length ? inOffice : entries;
    const ranked = [...pool].sort(
      (a, b) =>
        Number(this.facts.appearances[b.actor]! > 0) - Number(this.facts.appearances[a.actor]! > 0) ||
        (inOffice.length ? 0 : (b.role?.from ?? '').localeCompare(a.role?.from ?? '')) ||
        this.compareActivity(a.actor, b.actor),
    );
    return ranked[0]?.actor;
  }

  private mostActive(list: readonly number[]): number | undefined {
    let best: number | undefined;
    for (const a of list) if (best === undefined || this.compareActivity(a, best) < 0) best = a;
    return best;
  }

  /** Negative when actor `a` ranks before `b`: appearances, statements, dictionary first, then name. */
  private compareActivity(a: number, b: number): number {
    const f = this.facts;
    return (
      f.appearances[b]! - f.appearances[a]! ||
      f.statementCounts[b]! - f.statementCounts[a]! ||
      Number(f.actors[b]!.origin === 'dictionary') - Number(f.actors[a]!.origin === 'dictionary') ||
      (f.actors[a]!.name < f.actors[b]!.name ? -1 : f.actors[a]!.name > f.actors[b]!.name ? 1 : 0) ||
      a - b
    );
  }
}

/** Same reading as `roleOn`: `from` ≤ date < `to`, so on a handover day the successor holds it. */
function covers(role: RoleTerm, date: IsoDate): boolean {
  return role.from <= date && (role.to === null || date < role.to);
}

function add(map: Map<string, number[]>, key: string, actor: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [actor]);
  else if (!list.includes(actor)) list.push(actor);
}

function addNominal(map: Map<string, NominalEntry[]>, key: string, entry: NominalEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.actor === entry.actor && e.role === entry.role)) list.push(entry);
}
