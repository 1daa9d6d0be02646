// Who each mention points at. Names and nominals resolve here, in text order, using only what the
// article said before them outside quotations; pronouns and documents wait for the attribution
// pass, where the adjacent quotation decides.
import type { Actor, ActorId, IsoDate, Span } from '../model.js';
import type { ActorLexicon } from './actorLexicon.js';
import { roleOn } from './dictionary.js';
import type { RawMention } from './mentions.js';
import type { Quotation } from './quotations.js';
import { COUNTRY_NAMES } from './lexicon.js';
import { OFFICE_NOUNS, officeHolder, officeOf, type OfficeKind } from './offices.js';

const COUNTRY_NAMES_SET = new Set(Object.values(COUNTRY_NAMES));
/** Every way of writing each country ("United States": "America", "US", "U.S.", …). */
const NAMES_OF_COUNTRY = new Map<string, string[]>();
for (const [name, country] of Object.entries(COUNTRY_NAMES))
  if (country) NAMES_OF_COUNTRY.set(country, [...(NAMES_OF_COUNTRY.get(country) ?? []), name]);
/** Nominals every country's office has: alone, they say nothing of whose. */
const GENERIC_OFFICE = /\b(?:ministry|spokes(?:man|woman|person)|press\s+secretary|minister|ambassador|official)\b/i;

/** "Secretary-General" and "secretary general" alike. */
function unhyphenated(phrase: string): string {
  const lower = phrase.toLowerCase();
  return lower.includes('-') ? lower.replace(/-/g, ' ') : lower;
}

/** Whether an office's title is the one a noun names: "Secretary General of the OSCE" is "the secretary general", "Deputy Prime Minister" is not "the prime minister". */
function titleNames(title: string | undefined, noun: string): boolean {
  if (!title) return false;
  let words = TITLE_WORDS_CACHE.get(title);
  if (!words) TITLE_WORDS_CACHE.set(title, (words = unhyphenated(title).split(/[\s,]+/)));
  const nounWords = noun.split(' ');
  for (let i = 0; i + nounWords.length <= words.length; i++) {
    if (!nounWords.every((w, k) => words[i + k] === w)) continue;
    if (i === 0 || !RANK_BEFORE.has(words[i - 1]!)) return true;
  }
  return false;
}
// A role's title in lower-case words, once per title (titles come from the dictionary: a bounded set)
const TITLE_WORDS_CACHE = new Map<string, string[]>();
const RANK_BEFORE = new Set(['deputy', 'vice', 'assistant', 'under', 'first', 'former', 'acting']);

export interface ResolvedMention extends Span {
  readonly kind: RawMention['kind'];
  /** `null` for pronouns and documents (resolved during attribution) and for what nothing fits. */
  readonly actor: ActorId | null;
  readonly inQuote: boolean;
  readonly gender?: 'm' | 'f';
  /** The title written before a name ("Foreign Minister"), kept to resolve "the minister" later. */
  readonly title?: string;
  /** Where the title before the name starts. */
  readonly titleStart?: number;
  /** A person called only by a role that names no country ("the President"): no name the article gives. */
  readonly byRoleOnly?: true;
}

export function resolveMentions(
  text: string,
  raw: readonly RawMention[],
  quotations: readonly Quotation[],
  lexicon: ActorLexicon,
  discovered: ReadonlyMap<ActorId, Actor>,
  date: IsoDate,
): ResolvedMention[] {
  const resolved: ResolvedMention[] = [];
  const countriesInText = new Map<string, boolean>();
  const ownedTitles = new Map<string, number>();
  const titles = new Map<ActorId, string | undefined>();
  const history: ResolvedMention[] = []; // outside quotations only, in order
  const everMentioned = new Set<ActorId>();
  // How often each country's people are named in the article: the last resort for "the ministry".
  const countryWeight = new Map<string, number>();
  for (const m of raw) {
    if (m.kind !== 'name') continue;
    const c = actorOf(m.entries[0]!.actor);
    if (c?.kind === 'person' && c.country) countryWeight.set(c.country, (countryWeight.get(c.country) ?? 0) + 1);
  }
  let q = 0;
  for (let at = 0; at < raw.length; at++) {
    const m = raw[at]!;
    while (q < quotations.length && quotations[q]!.end <= m.start) q++;
    const quote = quotations[q];
    const inQuote = !!quote && m.start >= quote.start && m.end <= quote.end;
    let actor: ActorId | null = null;
    let title: string | undefined;
    switch (m.kind) {
      case 'name': {
        const ids = [...new Set(m.entries.map((e) => e.actor))];
        actor = pickAmong(ids);
        if (m.title) title = text.slice(m.title.start, m.title.end);
        break;
      }
      case 'discovered':
        actor = m.actor;
        if (m.title) title = text.slice(m.title.start, m.title.end);
        break;
      case 'metonym':
        actor = m.entries[0]?.actor ?? null;
        break;
      case 'nominal': {
        const fitting = m.entries.filter((e) => !e.role || (e.role.from <= date && (e.role.to === null || date < e.role.to)));
        let ids = [...new Set(fitting.map((e) => e.actor))];
        if (m.country) ids = ids.filter((id) => actorOf(id)?.country === m.country);
        const isRole = fitting.some((e) => e.role);
        actor = (isRole ? lastFitting(m.phrase.toLowerCase(), m.country, ids, m.start) : null) ?? pickNominal(ids);
        // ("the Turkish envoy" in 2020, before the dictionary's holder of that title took office: whoever the
        // article has named whose role fits, as for a role noun)
        if (!actor && fitting.length === 0 && m.entries.some((e) => e.role))
          actor = lastFitting(m.phrase.toLowerCase(), m.country, [], m.start);
        // "the ministry spokeswoman" in an article about Armenia is not Russia's: a generic office of a
        // country the article never speaks of names no one
        if (actor && !m.country && GENERIC_OFFICE.test(m.phrase) && !everMentioned.has(actor)) {
          const country = actorOf(actor)?.country;
          if (country && !countryWeight.has(country) && !mentionsCountry(country)) actor = null;
        }
        // "the press secretary of the U.S. Embassy … the press secretary stressed": the holder of another body's
        // office, whom the article never names, is not the dictionary's holder of the bare title
        if (
          actor &&
          !everMentioned.has(actor) &&
          GENERIC_OFFICE.test(m.phrase) &&
          actorOf(actor)?.kind === 'person' &&
          unnamedHolderBefore(m.phrase, m.start)
        )
          actor = null;
        actor = appositiveName(at) ?? actor;
        break;
      }
      case 'roleNoun': {
        if (m.noun === 'former' || m.noun === 'latter') {
          actor = pairMember(m.noun === 'latter' ? 0 : 1);
          break;
        }
        if (m.noun === 'side' && m.country) {
          actor = sideOf(m.country);
          break;
        }
        actor = appositiveName(at) ?? lastFitting(m.noun, m.country, [], m.start);
        // "the top Iranian diplomat" with no Iranian named before: the holder of the office that day
        const office = OFFICE_NOUNS.get(m.noun);
        if (!actor && m.country && office) actor = holderOfOffice(office, m.country);
        break;
      }
      case 'office':
        actor = holderOfOffice(m.office, m.country);
        break;
      case 'pronoun':
      case 'document':
        break;
    }
    const r: ResolvedMention = {
      start: m.start,
      end: m.end,
      kind: m.kind,
      actor,
      inQuote,
      ...(m.kind === 'pronoun' ? { gender: m.gender } : {}),
      ...(title ? { title } : {}),
      ...((m.kind === 'name' || m.kind === 'discovered') && m.title ? { titleStart: m.title.start } : {}),
      ...((m.kind === 'nominal' || m.kind === 'roleNoun') && !m.country && actor && actorOf(actor)?.kind === 'person'
        ? { byRoleOnly: true as const }
        : {}),
    };
    resolved.push(r);
    if (actor) everMentioned.add(actor);
    if (!inQuote && actor) history.push(r);
  }
  return resolved;

  // a declaration, not an arrow in a const: tsx (esbuild keepNames) would rename the arrow on every call
  function actorOf(id: ActorId): Actor | undefined {
    return lexicon.dictionary.byId.get(id) ?? discovered.get(id);
  }

  /** Shared surnames: the one named before, else the one in office on the article's date. */
  function pickAmong(ids: ActorId[]): ActorId | null {
    if (ids.length <= 1) return ids[0] ?? null;
    const named = ids.filter((id) => everMentioned.has(id));
    if (named.length) return named[0]!;
    const inOffice = ids.filter((id) => {
      const a = actorOf(id);
      return a ? roleOn(a, date) !== undefined : false;
    });
    return inOffice[0] ?? ids[0]!;
  }

  /** "the foreign ministry": the one mentioned last, else the one of the country of the last person named. */
  function pickNominal(ids: ActorId[]): ActorId | null {
    if (ids.length === 0) return null;
    for (let i = history.length - 1; i >= 0; i--) if (ids.includes(history[i]!.actor!)) return history[i]!.actor;
    // "the department said" in an article about Georgia's ministry is not the U.S. State Department: a lone
    // candidate counts when the article speaks of its country
    if (ids.length === 1) {
      const only = actorOf(ids[0]!);
      const country = only?.kind === 'org' ? only.country : undefined;
      return !country || countryWeight.has(country) || mentionsCountry(country) ? ids[0]! : null;
    }
    // ("Azerbaijan's Foreign Minister X and Turkish Ambassador Y discussed …, the ministry said": the ministry of the
    // foreign minister named, not of the last person named)
    const foreignMinistries = ids.filter((id) => /\bForeign Affairs\b|\bForeign Ministry\b/.test(actorOf(id)?.name ?? ''));
    if (foreignMinistries.length)
      for (let i = history.length - 1; i >= 0; i--) {
        const h = history[i]!;
        const person = actorOf(h.actor!);
        if (person?.kind !== 'person' || !person.country) continue;
        const role = [h.title, person.description, titleOn(person)].filter(Boolean).join(' ');
        if (!/\bforeign\s+minister\b|\bminister\s+(?:of|for)\s+foreign\s+affairs\b/i.test(role)) continue;
        const match = foreignMinistries.find((id) => actorOf(id)?.country === person.country);
        if (match) return match;
      }
    for (let i = history.length - 1; i >= 0; i--) {
      const person = actorOf(history[i]!.actor!);
      if (person?.kind !== 'person') continue;
      const country = person.country;
      const match = country ? ids.find((id) => actorOf(id)?.country === country) : undefined;
      if (match) return match;
    }
    const named = ids.filter((id) => everMentioned.has(id));
    if (named.length === 1) return named[0]!;
    // "The Secretary General" in an article about the OSCE is the OSCE's
    const inText = ids.filter((id) => {
      const c = actorOf(id)?.country;
      return !!c && !COUNTRY_NAMES_SET.has(c) && text.includes(c);
    });
    if (inText.length === 1) return inText[0]!;
    // else the ministry of the country the article is most about
    const ranked = ids.map((id) => ({ id, n: countryWeight.get(actorOf(id)?.country ?? '') ?? 0 })).sort((a, b) => b.n - a.n);
    return ranked[0] && ranked[0].n > 0 && ranked[0].n > (ranked[1]?.n ?? 0) ? ranked[0].id : null;
  }

  /**
   * "Armenia's prime minister": the person of the article who holds it, else the dictionary's holder on
   * the article's date; "his Azerbaijani counterpart": the holder there of the office of the last person
   * named who has one.
   */
  function holderOfOffice(office: OfficeKind, country: string): ActorId | null {
    let kind: Exclude<OfficeKind, 'counterpart'> | undefined = office === 'counterpart' ? undefined : office;
    if (office === 'counterpart') {
      for (let i = history.length - 1; i >= 0 && !kind; i--) {
        const person = actorOf(history[i]!.actor!);
        if (person?.kind !== 'person' || person.country === country) continue;
        kind = officeOf(person, date);
        // "Putin hosted his counterparts from Armenia and Azerbaijan": a country's leader meets the other's leader,
        // whether president or prime minister there
        if ((kind === 'president' || kind === 'prime minister') && person.country && leads(person.id, person.country)) kind = 'leader';
      }
      if (!kind) return null;
    }
    for (let i = history.length - 1; i >= 0; i--) {
      const person = actorOf(history[i]!.actor!);
      if (person?.kind === 'person' && person.origin === 'discovered' && person.country === country && officeOf(person, date) === kind)
        return person.id;
    }
    return officeHolder(lexicon.dictionary, country, kind!, date) ?? null;
  }

  /** "the ministry spokeswoman, Anna Naghdalian, said": the person named right after a role, set off by a comma, holds it. */
  function appositiveName(at: number): ActorId | null {
    const next = raw[at + 1];
    if (!next || (next.kind !== 'name' && next.kind !== 'discovered')) return null;
    if (!/^,\s*$/.test(text.slice(raw[at]!.end, next.start))) return null;
    const id = next.kind === 'discovered' ? next.actor : pickAmong([...new Set(next.entries.map((e) => e.actor))]);
    return id && actorOf(id)?.kind === 'person' ? id : null;
  }

  /** "the press secretary of the U.S. Embassy" before `at` ("Former Secretary of State X" is a title, not this). */
  function unnamedHolderBefore(phrase: string, at: number): boolean {
    // one look through the text per phrase and article, not per mention
    let first = ownedTitles.get(phrase);
    if (first === undefined) {
      const lower = text.indexOf(`the ${phrase} of `);
      const upper = text.indexOf(`The ${phrase} of `);
      first = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      ownedTitles.set(phrase, first);
    }
    return first >= 0 && first < at;
  }

  /** "the Azerbaijani side": the last person of that country named (who led its side), else its government. */
  function sideOf(country: string): ActorId | null {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      const a = h.kind === 'name' || h.kind === 'discovered' ? actorOf(h.actor!) : undefined;
      if (a?.kind === 'person' && a.country === country) return a.id;
    }
    return lexicon.governments.get(country) ?? null;
  }

  /** "the latter" (0): the last person named; "the former" (1): the one named before that one. */
  function pairMember(back: number): ActorId | null {
    let found: ActorId | null = null;
    for (let i = history.length - 1, seen = 0; i >= 0; i--) {
      const id = history[i]!.actor!;
      if (actorOf(id)?.kind !== 'person' || id === found) continue;
      if (seen++ === back) return id;
      found = id;
    }
    return null;
  }

  /** The title of the role `a` holds on the article's date, looked up once per actor and article. */
  function titleOn(a: Actor): string | undefined {
    if (titles.has(a.id)) return titles.get(a.id);
    const title = roleOn(a, date)?.title;
    titles.set(a.id, title);
    return title;
  }

  function leads(id: ActorId, country: string): boolean {
    return officeHolder(lexicon.dictionary, country, 'leader', date) === id;
  }

  function knownHolder(noun: string, country: string): boolean {
    const office = OFFICE_NOUNS.get(noun);
    return !office || office === 'counterpart' || officeHolder(lexicon.dictionary, country, office, date) !== undefined;
  }

  function mentionsCountry(country: string): boolean {
    let known = countriesInText.get(country);
    if (known === undefined) {
      known = text.includes(country) || (NAMES_OF_COUNTRY.get(country) ?? []).some((name) => text.includes(name));
      countriesInText.set(country, known);
    }
    return known;
  }

  /** "the minister", "the American official": the last person named whose role or title fits. */
  function lastFitting(noun: string, country: string | undefined, holders: readonly ActorId[] = [], at = 0): ActorId | null {
    const wanted = unhyphenated(noun);
    const head = wanted.split(' ').pop()!;
    const generic = head === 'official' || head === 'diplomat' || head === 'leader' || head === 'counterpart' || head === 'source';
    // "a senior EU official said … the official added": the official is the unnamed one, not the last person named
    if (generic && new RegExp(`\\b(?:a|an|one|another|two|three|several)\\s+(?:[\\w-]+\\s+){0,3}${head}s?\\b`, 'i').test(text.slice(0, at)))
      return null;
    if (head === 'source') return null;
    // a person the article gives no country may be of that one ("Foreign Minister Sameh Shoukry … the Egyptian
    // foreign minister"), after anyone of that country, unless the dictionary knows who held the office there, and
    // for an office only ("the Egyptian official" could be anyone)
    // ("Samir Sharifov, Deputy Minister of Foreign Affairs, met Acting Minister Ali Bagheri … The Deputy Minister
    // expressed": a person whose role holds the whole noun, before one whose role holds only its head; and a rank
    // the noun names, "deputy", "vice", is never dropped)
    const ranked = /^(?:deputy|vice|acting|assistant|first|junior)\s/.test(wanted);
    const whole = wholeNoun(wanted);
    const found = fitting(false, true) ?? (ranked ? null : fitting(false, false));
    return found ?? (country && !generic && !knownHolder(noun, country) ? fitting(true, ranked) : null);

    function fitting(countryUnknown: boolean, wholeOnly: boolean): ActorId | null {
      for (let i = history.length - 1; i >= 0; i--) {
        const h = history[i]!;
        const a = actorOf(h.actor!);
        if (!a || a.kind !== 'person') continue;
        if (holders.includes(a.id)) return a.id;
        // the dictionary knows who held the office that day: another person it knows is a former or future holder,
        // unless their own office that day is the one named ("Secretary General of the OSCE X … the Secretary General")
        if (holders.length && a.origin === 'dictionary' && !titleNames(titleOn(a), wanted)) continue;
        // "former President X": the word may stand before the title the mention keeps
        const lead = h.titleStart === undefined ? '' : text.slice(Math.max(0, h.titleStart - 12), h.titleStart);
        if (/\b(?:former|ex-|late)\b/i.test(h.title ?? '') || /\b(?:former|ex-|late)\s*$/i.test(lead)) continue;
        if (country && a.country !== country && (a.country || !countryUnknown)) continue;
        if (generic && (country || a.roles.length || a.description || h.title)) return a.id;
        const described = unhyphenated([h.title, a.description, titleOn(a), ...a.roles.map((r) => r.title)].filter(Boolean).join(' '));
        if (whole.test(described)) return a.id;
        if (!wholeOnly && (described.includes(head) || (SAME_OFFICE.has(head) && described.includes(SAME_OFFICE.get(head)!)))) return a.id;
      }
      return null;
    }
  }
}

/** Head nouns that name the same office by another word ("Ambassador X … the Turkish envoy expressed"). */
const SAME_OFFICE = new Map([['envoy', 'ambassador']]);

/**
 * A role noun's words in order, a word or two between ("deputy minister" fits "deputy foreign minister"); made
 * once per noun (a few dozen), not at every role noun an article holds.
 */
const WHOLE_NOUNS = new Map<string, RegExp>();
function wholeNoun(noun: string): RegExp {
  let re = WHOLE_NOUNS.get(noun);
  if (!re) WHOLE_NOUNS.set(noun, (re = new RegExp(`\\b${noun.split(' ').map(escapeRegExp).join("(?:\\s+[\\w’'-]+){0,2}\\s+")}\\b`)));
  return re;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
