// Hand-made articles and extractions: the index is tested without the extractor.
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { parseDictionary, type Dictionary } from '../../src/extract/dictionary.js';
import type { Actor, Article, ArticleExtraction, Contact, IsoDate, Statement } from '../../src/model.js';

export function makeArticle(id: string, date: string, paragraphs: readonly string[]): Article {
  const parsed = parseArticle(`${id}.txt`, new TextEncoder().encode(` date ${date} ${paragraphs.join('\n\n')}\n`));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problem.message}`);
  return parsed.article;
}

export interface Said {
  readonly words: string;
  /** `null`: words nobody can be named as having said (an agentless readout). */
  readonly speaker: string | null;
  readonly date?: string;
}

export interface Met {
  readonly a: string;
  readonly b: string;
  readonly words: string;
  readonly date?: string | null;
}

/** An extraction whose statements are the given words of the article, found where they occur. */
export function makeExtraction(
  article: Article,
  said: readonly Said[],
  options: { met?: readonly Met[]; discovered?: readonly Actor[]; mentioned?: readonly string[] } = {},
): ArticleExtraction {
  const spanOf = (words: string) => {
    const start = article.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in ${article.id}`);
    return { start, end: start + words.length };
  };
  const statements: Statement[] = said.map((s, n) => ({
    id: `${article.id}#${n}`,
    article: article.id,
    kind: 'quote',
    speaker: s.speaker,
    cue: 'said',
    date: (s.date ?? article.date) as IsoDate,
    dateBasis: s.date ? 'text' : 'article',
    ...spanOf(s.words),
  }));
  const contacts: Contact[] = (options.met ?? []).map((m) => ({
    article: article.id,
    a: m.a,
    b: m.b,
    kind: 'meeting',
    date: m.date === undefined ? article.date : (m.date as IsoDate | null),
    status: 'held',
    ...spanOf(m.words),
  }));
  const speakers = said.flatMap((s) => (s.speaker === null ? [] : [s.speaker]));
  const actors = [...new Set([...(options.mentioned ?? []), ...speakers, ...(options.met ?? []).flatMap((m) => [m.a, m.b])])];
  return { article: article.id, actors, discovered: options.discovered ?? [], mentions: [], statements, contacts };
}

export function discovered(id: string, name: string, more: Partial<Actor> = {}): Actor {
  return { id, kind: 'person', name, aliases: [name], nominals: [], metonyms: [], roles: [], origin: 'discovered', ...more };
}

export const DICTIONARY_JSON = {
  actors: [
    {
      id: 'blinken',
      kind: 'person',
      name: 'Antony Blinken',
      country: 'US',
      aliases: ['Tony Blinken'],
      roles: [
        { title: 'US Secretary of State', from: '2021-01-26', to: '2025-01-20', nominals: ['the Secretary', 'the secretary of state'] },
      ],
    },
    {
      id: 'pompeo',
      kind: 'person',
      name: 'Mike Pompeo',
      country: 'US',
      roles: [
        { title: 'US Secretary of State', from: '2018-04-26', to: '2021-01-20', nominals: ['the Secretary', 'the secretary of state'] },
      ],
    },
    {
      id: 'pashinyan',
      kind: 'person',
      name: 'Nikol Pashinyan',
      country: 'Armenia',
      roles: [{ title: 'Prime Minister of Armenia', from: '2018-05-08', to: null, nominals: ['the prime minister'] }],
    },
    {
      id: 'mirzoyan',
      kind: 'person',
      name: 'Ararat Mirzoyan',
      country: 'Armenia',
      roles: [{ title: 'Foreign Minister of Armenia', from: '2021-08-19', to: null, nominals: ['the foreign minister'] }],
    },
    { id: 'aliyev', kind: 'person', name: 'Ilham Aliyev', country: 'Azerbaijan', aliases: ['President Aliyev'] },
    { id: 'bayramov', kind: 'person', name: 'Jeyhun Bayramov', country: 'Azerbaijan' },
    { id: 'michel', kind: 'person', name: 'Charles Michel', country: 'EU' },
    {
      id: 'azerbaijan-government',
      kind: 'org',
      name: 'Government of Azerbaijan',
      metonyms: ['Baku'],
      nominals: ['the Azerbaijani government'],
    },
  ],
};

export function makeDictionary(json: unknown = DICTIONARY_JSON): Dictionary {
  const { dictionary, problems } = parseDictionary(json);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return dictionary;
}

/** A small corpus: Mirzoyan twice in 2022, Blinken in April 2022, Pashinyan in 2021, two namesakes. */
export function sampleInput() {
  const a1 = makeArticle('a1', '2022-03-25', [
    'Foreign Minister Ararat Mirzoyan held telephone conversations with Jeyhun Bayramov.',
    '“Armenia and Azerbaijan need to use direct communications channels to de-escalate,” Mirzoyan said.',
    '“The peace treaty must respect the rights of the people of Nagorno Karabakh,” Mirzoyan said.',
  ]);
  const a2 = makeArticle('a2', '2022-04-06', [
    'Blinken spoke with Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev.',
    '“Now is not the time for further escalation in the region,” Blinken said.',
    '“We support a lasting peace treaty between Armenia and Azerbaijan,” Blinken said.',
  ]);
  const a3 = makeArticle('a3', '2021-11-10', [
    '“Armenia is ready to sign a peace treaty with Azerbaijan,” Prime Minister Nikol Pashinyan said on Wednesday.',
    '“Treaty talks on peace are in progress,” Pashinyan added.',
  ]);
  const a4 = makeArticle('a4', '2022-06-01', [
    '“The humanitarian crisis in Nagorno Karabakh is deepening,” Mirzoyan said after meeting Gohar Mirzoyan.',
    '“Civil society must be heard,” Gohar Mirzoian said. Leyla Bayramova did not comment.',
    '“Escalation breeds escalation,” Bayramov said.',
  ]);
  const a5 = makeArticle('a5', '2020-01-01', ['“Dialogue is the only way,” Aliyev said.']);
  const a6 = makeArticle('a6', '2021-01-01', ['“Dialogue is the only way,” Aliyev said.']);
  const gohar = discovered('gohar-mirzoyan', 'Gohar Mirzoyan', { description: 'civil society activist' });
  const extractions = [
    makeExtraction(
      a1,
      [
        { speaker: 'mirzoyan', words: 'Armenia and Azerbaijan need to use direct communications channels to de-escalate' },
        { speaker: 'mirzoyan', words: 'The peace treaty must respect the rights of the people of Nagorno Karabakh' },
      ],
      { met: [{ a: 'mirzoyan', b: 'bayramov', words: 'held telephone conversations with Jeyhun Bayramov' }] },
    ),
    makeExtraction(
      a2,
      [
        { speaker: 'blinken', words: 'Now is not the time for further escalation in the region' },
        { speaker: 'blinken', words: 'We support a lasting peace treaty between Armenia and Azerbaijan' },
      ],
      {
        met: [
          { a: 'blinken', b: 'pashinyan', words: 'Blinken spoke with Armenian Prime Minister Nikol Pashinian' },
          { a: 'blinken', b: 'aliyev', words: 'Azerbaijani President Ilham Aliyev' },
        ],
      },
    ),
    makeExtraction(a3, [
      { speaker: 'pashinyan', words: 'Armenia is ready to sign a peace treaty with Azerbaijan' },
      { speaker: 'pashinyan', words: 'Treaty talks on peace are in progress' },
    ]),
    makeExtraction(
      a4,
      [
        { speaker: 'mirzoyan', words: 'The humanitarian crisis in Nagorno Karabakh is deepening' },
        { speaker: 'gohar-mirzoyan', words: 'Civil society must be heard' },
        { speaker: 'bayramov', words: 'Escalation breeds escalation' },
      ],
      {
        met: [{ a: 'mirzoyan', b: 'gohar-mirzoyan', words: 'after meeting Gohar Mirzoyan' }],
        discovered: [gohar, discovered('leyla-bayramova', 'Leyla Bayramova')],
        mentioned: ['leyla-bayramova'],
      },
    ),
    makeExtraction(a5, [{ speaker: 'aliyev', words: 'Dialogue is the only way' }]),
    // The same discovered actor again, in another article, with another spelling: the copies merge.
    makeExtraction(a6, [{ speaker: 'aliyev', words: 'Dialogue is the only way' }], {
      discovered: [discovered('gohar-mirzoyan', 'Gohar Mirzoyan', { aliases: ['Gohar Mirzoyan', 'Gohar Mirzoian'] })],
    }),
  ];
  return { articles: [a1, a2, a3, a4, a5, a6], extractions, dictionary: makeDictionary() };
}

/** The readout sentence of `withUnattributed`: reported, with nobody to name as its speaker. */
export const READOUT = 'It was noted that the sides would continue the ceasefire consultations';

/**
 * The sample corpus and one more article, a7 (the newest), where Mirzoyan speaks and an agentless
 * readout sentence follows: the readout is a statement without a speaker (issue #9).
 */
export function withUnattributed() {
  const input = sampleInput();
  const a7 = makeArticle('a7', '2022-07-01', ['“Armenia seeks a ceasefire that holds,” Mirzoyan said after the talks.', `${READOUT}.`]);
  const extraction = makeExtraction(a7, [
    { speaker: 'mirzoyan', words: 'Armenia seeks a ceasefire that holds' },
    { speaker: null, words: READOUT },
  ]);
  const readout = { ...extraction.statements[1]!, kind: 'reported' as const, cue: 'it was noted' };
  return {
    ...input,
    articles: [...input.articles, a7],
    extractions: [...input.extractions, { ...extraction, statements: [extraction.statements[0]!, readout] }],
  };
}
