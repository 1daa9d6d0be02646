// The actor dictionary (seeds/actors.json): validated once, then read-only.
import { toIsoDate, type Actor, type ActorId, type IsoDate, type RoleTerm } from '../model.js';

export interface Dictionary {
  readonly actors: readonly Actor[];
  readonly byId: ReadonlyMap<ActorId, Actor>;
}

export interface DictionaryProblem {
  /** Where in the file: `actors[3].roles[0].from`; the file itself for a problem with the whole file. */
  readonly path: string;
  /** Where the file stops being JSON (1-based), for a file that does not parse. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export function emptyDictionary(): Dictionary {
  return { actors: [], byId: new Map() };
}

/** Validates the parsed JSON. Bad entries are reported and left out; good ones are kept. */
export function parseDictionary(json: unknown): { dictionary: Dictionary; problems: DictionaryProblem[] } {
  const problems: DictionaryProblem[] = [];
  const actors: Actor[] = [];
  const byId = new Map<ActorId, Actor>();
  const list = isRecord(json) && Array.isArray(json.actors) ? json.actors : null;
  if (!list) {
    problems.push({ path: 'actors', message: 'expected an object with an "actors" array' });
    return { dictionary: { actors, byId }, problems };
  }
  list.forEach((raw: unknown, i: number) => {
    const at = `actors[${i}]`;
    const before = problems.length;
    const bad = (path: string, message: string) => problems.push({ path: `${at}${path}`, message });
    if (!isRecord(raw)) return bad('', 'expected an object');
    const id = raw.id;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) bad('.id', 'expected a lower-case slug');
    else if (byId.has(id)) bad('.id', `"${id}" is used twice`);
    if (raw.kind !== 'person' && raw.kind !== 'org') bad('.kind', 'expected "person" or "org"');
    if (raw.gender !== undefined && raw.gender !== 'f' && raw.gender !== 'm') bad('.gender', 'expected "f" or "m"');
    if (typeof raw.name !== 'string' || !raw.name.trim()) bad('.name', 'expected a name');
    const strings = (key: string): string[] => {
      const v = raw[key];
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) {
        bad(`.${key}`, 'expected a list of non-empty strings');
        return [];
      }
      return v.map((s: string) => s.trim());
    };
    const aliases = strings('aliases');
    const nominals = strings('nominals');
    const metonyms = strings('metonyms');
    const roles: RoleTerm[] = [];
    if (raw.roles !== undefined && !Array.isArray(raw.roles)) bad('.roles', 'expected a list');
    (Array.isArray(raw.roles) ? raw.roles : []).forEach((r: unknown, j: number) => {
      const rat = `.roles[${j}]`;
      if (!isRecord(r) || typeof r.title !== 'string' || !r.title.trim()) return bad(rat, 'expected { title, from, to }');
      const from = typeof r.from === 'string' ? toIsoDate(r.from) : null;
      if (!from) return bad(`${rat}.from`, 'expected a date YYYY-MM-DD');
      let to: IsoDate | null = null;
      if (r.to !== null && r.to !== undefined) {
        to = typeof r.to === 'string' ? toIsoDate(r.to) : null;
        if (!to) return bad(`${rat}.to`, 'expected a date YYYY-MM-DD or null');
        if (to < from) return bad(`${rat}.to`, 'ends before it starts');
      }
      const noms = r.nominals === undefined ? [] : r.nominals;
      if (!Array.isArray(noms) || noms.some((s) => typeof s !== 'string')) return bad(`${rat}.nominals`, 'expected a list of strings');
      roles.push({ title: r.title.trim(), from, to, nominals: noms.map((s: string) => s.trim()).filter(Boolean) });
    });
    if (problems.length > before) return;
    const name = (raw.name as string).trim();
    const actor: Actor = {
      id: id as string,
      kind: raw.kind as Actor['kind'],
      name,
      ...(typeof raw.country === 'string' && raw.country.trim() ? { country: raw.country.trim() } : {}),
      ...(raw.gender === 'f' || raw.gender === 'm' ? { gender: raw.gender } : {}),
      aliases: unique([name, ...aliases]),
      nominals,
      metonyms,
      roles,
      origin: 'dictionary',
    };
    actors.push(actor);
    byId.set(actor.id, actor);
  });
  return { dictionary: { actors, byId }, problems };
}

/** The role the actor held on `date` (`from` ≤ date < `to`: on a handover day the successor holds it). */
export function roleOn(actor: Actor, date: IsoDate): RoleTerm | undefined {
  let best: RoleTerm | undefined;
  for (const r of actor.roles) {
    if (r.from <= date && (r.to === null || date < r.to) && (!best || r.from > best.from)) best = r;
  }
  return best;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
