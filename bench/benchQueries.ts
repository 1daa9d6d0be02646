// The queries the bench times: actor lookups (exact, typo, nominal), briefs, searches and autocomplete
// prefixes, drawn from the synthetic archive with the bench's seed.
import type { IsoDate } from '../src/model.js';
import { prng, searchVocabulary, type SyntheticActor, type SyntheticCorpus } from './syntheticCorpus.js';

export interface BriefQuery {
  readonly id: string;
  readonly range?: { since?: IsoDate; until?: IsoDate };
}

export function makeQueries(corpus: SyntheticCorpus, count: number, set: number, seed: number) {
  const rand = prng((seed ^ 0x51ed270b) + set * 7919);
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Biased towards the active actors, as real queries are; the tail still gets asked about.
  const someActor = (persons = true): SyntheticActor => {
    for (;;) {
      const a = corpus.actors[Math.floor(Math.pow(rand(), 2.5) * corpus.actors.length)]!;
      if (!persons || a.kind === 'person') return a;
    }
  };
  const transliterate = (s: string) =>
    s
      .replace(/yan\b/, 'ian')
      .replace(/ian\b/, 'yan')
      .replace(/yev\b/, 'ev')
      .replace(/y(?=[aeiou])/, 'i');
  const typo = (s: string) => {
    if (s.length < 5) return `${s}h`;
    const i = 1 + Math.floor(rand() * (s.length - 2));
    const r = rand();
    if (r < 0.33) return s.slice(0, i) + s.slice(i + 1);
    if (r < 0.66) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    return s.slice(0, i) + 'aeioubdgkmrst'[Math.floor(rand() * 13)] + s.slice(i + 1);
  };
  const titles = ['Secretary', 'Foreign Minister', 'President', 'Mr', 'Ambassador', 'Prime Minister'];
  const unknown = corpus.unknownNames();

  const resolve: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = someActor();
    const r = rand();
    if (r < 0.25) resolve.push(a.name);
    else if (r < 0.35) resolve.push(rand() < 0.5 ? a.name.toLowerCase() : a.name.toUpperCase());
    else if (r < 0.5) resolve.push(a.short);
    else if (r < 0.65) resolve.push(a.altShort ?? transliterate(a.short));
    else if (r < 0.75) resolve.push(`${pickFrom(titles)} ${a.short}`);
    else if (r < 0.9) resolve.push(rand() < 0.5 ? typo(a.short) : typo(a.name));
    else resolve.push(pickFrom(unknown));
  }

  const brief: BriefQuery[] = [];
  for (let i = 0; i < count; i++) {
    const a = someActor(false);
    if (rand() < 0.3) {
      const year = 2018 + Math.floor(rand() * 7);
      brief.push({ id: a.id, range: { since: `${year}-01-01` as IsoDate, until: `${year}-12-31` as IsoDate } });
    } else brief.push({ id: a.id });
  }

  const { words, phrases } = searchVocabulary();
  const search: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.6) search.push(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pickFrom(words)).join(' '));
    else if (r < 0.7) search.push(`${someActor().short} ${pickFrom(words)}`);
    else if (r < 0.9) search.push(`"${pickFrom(phrases)}"`);
    else search.push(`"${pickFrom(phrases)}" ${pickFrom(words)}`);
  }

  const prefixes: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = someActor();
    const word = rand() < 0.5 ? a.short : a.name.split(' ')[0]!;
    const p = word.slice(0, 1 + Math.floor(rand() * 4));
    prefixes.push(rand() < 0.2 ? p.toLowerCase() : p);
  }
  return { resolve, brief, search, prefixes };
}
