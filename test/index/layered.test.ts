// A layered index (an index that takes one article at a time) answers every query exactly as a build
// of the same articles from scratch does, whatever sequence of additions, replacements and removals
// led to it: random sequences over a small corpus, every answer compared.
import { describe, expect, it } from 'vitest';
import type { AttacheIndex } from '../../src/index/api.js';
import { buildIndex, buildIndexSteps, runSteps } from '../../src/index/buildIndex.js';
import { layeredSteps, type LayerArticle, type LayeredIndex } from '../../src/index/layered.js';
import { openLayerSteps } from '../../src/index/openIndex.js';
import type { Actor, Article } from '../../src/model.js';
import { discovered, makeArticle, makeDictionary, makeExtraction, type Met, type Said } from './fixtures.js';

const dictionary = makeDictionary();
const DICTIONARY_IDS = ['blinken', 'pompeo', 'pashinyan', 'mirzoyan', 'aliyev', 'bayramov', 'michel', 'azerbaijan-government'];
const DISCOVERED = ['new-john-smith', 'new-jane-doe', 'new-peace-council'];
const STAND_INS = ['ghost-envoy', 'unnamed-official'];
const WORDS = [
  'peace',
  'treaty',
  'border',
  'talks',
  'corridor',
  'Lachin',
  'Baku',
  'Yerevan',
  'summit',
  'delimitation',
  'trust',
  'agreement',
];
const SHARED = ['Peace talks must resume now.', 'The border stays closed.'];
const DATES = ['2021-06-01', '2022-03-10', '2022-03-10', '2022-04-02', '2023-01-15', '2024-11-30'];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function copyOf(id: string, rnd: () => number): Actor {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  if (id === 'new-peace-council') return { ...discovered(id, 'Peace Council'), kind: 'org', ...(rnd() < 0.5 ? { country: 'EU' } : {}) };
  const name = id === 'new-john-smith' ? 'John Smith' : 'Jane Doe';
  const surname = name.split(' ')[1]!;
  return discovered(id, name, {
    aliases: rnd() < 0.5 ? [name, surname] : [name, `${name[0]}. ${surname}`],
    ...(rnd() < 0.6 ? { description: pick(['US envoy', 'EU special representative', 'OSCE observer']) } : {}),
    ...(rnd() < 0.3 ? { country: pick(['US', 'EU']) } : {}),
  });
}

/** One version of article `n`: random sentences, some said by someone, some contacts, some discoveries. */
function makeVersion(n: number, rnd: () => number): LayerArticle {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const sentences = Array.from({ length: 2 + Math.floor(rnd() * 5) }, (_, k) => {
    const words = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => pick(WORDS));
    return `${words.join(' ')} v${n}s${k}${Math.floor(rnd() * 1000)}.`;
  });
  // Words other articles carry too: one utterance of several articles when the speaker is the same.
  if (rnd() < 0.5) sentences.push(pick(SHARED));
  const article: Article = makeArticle(`art-${String(n).padStart(2, '0')}`, pick(DATES), [sentences.join(' ')]);
  const found = DISCOVERED.filter(() => rnd() < 0.35).map((id) => copyOf(id, rnd));
  const speakers = [...DICTIONARY_IDS.slice(0, 5), ...found.map((a) => a.id), pick(STAND_INS), null];
  const said: Said[] = sentences
    .filter(() => rnd() < 0.6)
    .map((words) => ({
      words,
      speaker: pick(speakers),
      ...(rnd() < 0.2 ? { date: pick(DATES) } : {}),
    }));
  const parties = [...DICTIONARY_IDS, ...found.map((a) => a.id)];
  const met: Met[] = sentences
    .filter(() => rnd() < 0.25)
    .map((words) => ({ a: pick(parties), b: pick(parties), words, ...(rnd() < 0.3 ? { date: null } : {}) }));
  // A quote inside a reported sentence of the same speaker (its unique last word): one utterance with it.
  const host = said.find((x) => !SHARED.includes(x.words) && rnd() < 0.5);
  const inner = host ? { ...host, words: host.words.split(' ').at(-1)!.replace(/\.$/, '') } : null;
  const mentioned = DICTIONARY_IDS.filter(() => rnd() < 0.2);
  if (rnd() < 0.1) return { article, extraction: null };
  const extraction = makeExtraction(article, inner ? [...said, inner] : said, { met, discovered: found, mentioned });
  const hostAt = host ? said.indexOf(host) : -1;
  return {
    article,
    extraction: { ...extraction, statements: extraction.statements.map((st, i) => (i === hostAt ? { ...st, kind: 'reported' } : st)) },
  };
}

function fullBuild(files: ReadonlyMap<string, LayerArticle>): AttacheIndex {
  const list = [...files.values()];
  return buildIndex({
    articles: list.map((c) => c.article),
    extractions: list.flatMap((c) => (c.extraction ? [c.extraction] : [])),
    dictionary,
    builtAt: 0,
  });
}

function baseOf(files: ReadonlyMap<string, LayerArticle>) {
  const list = [...files.values()];
  const input = {
    articles: list.map((c) => c.article),
    extractions: list.flatMap((c) => (c.extraction ? [c.extraction] : [])),
    dictionary,
  };
  const { data } = runSteps(buildIndexSteps(input));
  return runSteps(openLayerSteps(data, input.articles));
}

/** Every answer the index gives, as JSON (briefs' lists are getters: JSON reads them). */
function answers(index: AttacheIndex): unknown {
  const ids = [...DICTIONARY_IDS, ...DISCOVERED, ...STAND_INS, 'nobody'];
  const articleIds = Array.from({ length: 14 }, (_, n) => `art-${String(n).padStart(2, '0')}`);
  const { builtAt: _builtAt, ...stats } = index.stats();
  const queries = [...WORDS, 'peace treaty', '"border talks"', 'Smith', 'Mirzoyan peace', 'Jane Doe trust', 'council', 'zzz'];
  const names = ['Mirzoyan', 'John Smith', 'Smith', 'Doe', 'J. Smith', 'Jon Smth', 'the Secretary', 'Peace Council', 'ghost-envoy', 'Baku'];
  return JSON.parse(
    JSON.stringify({
      stats,
      articleIds: index.articleIds(),
      articles: articleIds.map((id) => ({
        article: index.article(id) ?? null,
        statements: index.statementsOfArticle(id).map((s) => ({ s, text: index.statementText(s) })),
        contacts: index.contactsOfArticle(id),
      })),
      actors: ids.map((id) => ({
        actor: index.actor(id) ?? null,
        brief: index.brief(id),
        ranged: index.brief(id, { since: '2022-03-10' as never, until: '2023-01-15' as never }, { limit: 3 }),
        limited: index.brief(id, {}, { limit: 2 }),
      })),
      search: queries.map((q) => [index.search(q), index.search(q, { limit: 2 })]),
      resolve: names.map((n) => index.resolveActor(n)),
      complete: ['', 'j', 'mi', 'smi', 'pe', 'gh', 'doe '].map((p) => [index.actors(p), index.actors(p, 3)]),
      list: index.listActors(''),
    }),
  );
}

describe('a layered index', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`answers as a full build after each of 40 random changes (seed ${seed})`, () => {
      const rnd = random(seed);
      const files = new Map<string, LayerArticle>();
      for (let n = 0; n < 8; n++) {
        const v = makeVersion(n, rnd);
        files.set(v.article.id, v);
      }
      let base = baseOf(files);
      let changes = new Map<string, LayerArticle | null>();
      let previous: LayeredIndex | undefined;
      let folded = 0;
      for (let step = 0; step < 40; step++) {
        const n = Math.floor(rnd() * 14);
        const id = `art-${String(n).padStart(2, '0')}`;
        const action = rnd();
        if (action < 0.3 && files.has(id)) {
          files.delete(id);
          changes.set(id, null);
        } else {
          const v = makeVersion(n, rnd);
          files.set(id, v);
          changes.set(id, v);
        }
        // Now and then the layers fold into a new base, as the pipeline compacts them.
        // Each over the one before, as the pipeline makes them (sharing its name matchers when it can).
        let layered: LayeredIndex = runSteps(layeredSteps(base, changes, dictionary, 0, previous));
        if (rnd() < 0.15) {
          base = runSteps(openLayerSteps(runSteps(buildIndexSteps(layered.wholeInput())).data, layered.wholeInput().articles));
          changes = new Map();
          layered = runSteps(layeredSteps(base, changes, dictionary, 0));
        }
        previous = layered;
        expect(answers(layered), `seed ${seed}, step ${step}`).toEqual(answers(fullBuild(files)));
        for (const id of DICTIONARY_IDS) {
          const brief = layered.brief(id);
          if (brief.utteranceCount < brief.statementCount) folded++;
        }
      }
      // The sequence did fold statements into utterances (quotes inside sentences, words of several articles).
      expect(folded).toBeGreaterThan(0);
    });
  }

  it('counts words said in three articles once when the middle one is gone (its twin gives way to the next newer)', () => {
    const words = 'Peace talks must resume now.';
    const said = (id: string, date: string): LayerArticle => {
      const article = makeArticle(id, date, [`“${words}” Mirzoyan said.`]);
      return { article, extraction: makeExtraction(article, [{ speaker: 'mirzoyan', words }]) };
    };
    const files = new Map([said('old', '2022-01-01'), said('mid', '2022-02-01'), said('new', '2022-03-01')].map((v) => [v.article.id, v]));
    const base = baseOf(files);
    files.delete('mid');
    const layered = runSteps(layeredSteps(base, new Map([['mid', null]]), dictionary, 0));
    for (const range of [{}, { since: '2022-01-01', until: '2022-03-31' }, { since: '2022-01-01', until: '2022-01-31' }] as const) {
      const brief = layered.brief('mirzoyan', range as never);
      expect(brief.utteranceCount).toBe(fullBuild(files).brief('mirzoyan', range as never).utteranceCount);
      expect(brief.utteranceCount).toBe(1);
    }
  });
});
