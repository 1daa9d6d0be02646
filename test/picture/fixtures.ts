// A small index for the picture's tests: Mirzoyan's calls, meetings and letters with four counterparts,
// held, planned and cancelled, one undated, and a discovered counterpart whose name is written to break
// out of an SVG element and out of Discord markdown.
import { buildIndex } from '../../src/index/buildIndex.js';
import type { AttacheIndex } from '../../src/index/api.js';
import type { ContactKind, ContactStatus } from '../../src/model.js';
import { discovered, makeArticle, makeDictionary, makeExtraction } from '../index/fixtures.js';

export const EVIL_NAME = '</text><script>alert(1)</script> **Bold** & "Co" @everyone <@&123>';

export function pictureIndex(): AttacheIndex {
  const a1 = makeArticle('a1', '2022-03-25', ['Mirzoyan called Bayramov.', 'Mirzoyan met Michel.', 'Mirzoyan wrote to Blinken.']);
  const a2 = makeArticle('a2', '2022-04-06', ['Mirzoyan will meet Michel.', 'Mirzoyan and Bayramov did not meet.', 'Mirzoyan met Evil.']);
  const a3 = makeArticle('a3', '2022-06-01', ['Mirzoyan called Bayramov again.', 'Mirzoyan spoke to Aliyev.']);
  const kinds = (
    extraction: ReturnType<typeof makeExtraction>,
    specs: readonly [ContactKind, ContactStatus][],
  ): ReturnType<typeof makeExtraction> => ({
    ...extraction,
    contacts: extraction.contacts.map((c, i) => ({ ...c, kind: specs[i]![0], status: specs[i]![1] })),
  });
  const e1 = kinds(
    makeExtraction(a1, [], {
      met: [
        { a: 'mirzoyan', b: 'bayramov', words: 'Mirzoyan called Bayramov.', date: '2022-03-20' },
        { a: 'mirzoyan', b: 'michel', words: 'Mirzoyan met Michel.', date: '2022-03-24' },
        { a: 'blinken', b: 'mirzoyan', words: 'Mirzoyan wrote to Blinken.', date: '2022-03-25' },
      ],
    }),
    [
      ['call', 'held'],
      ['meeting', 'held'],
      ['letter', 'held'],
    ],
  );
  const e2 = kinds(
    makeExtraction(a2, [], {
      met: [
        { a: 'mirzoyan', b: 'michel', words: 'Mirzoyan will meet Michel.', date: '2022-04-20' },
        { a: 'mirzoyan', b: 'bayramov', words: 'Mirzoyan and Bayramov did not meet.', date: null },
        { a: 'mirzoyan', b: 'evil', words: 'Mirzoyan met Evil.', date: '2022-04-05' },
      ],
      discovered: [discovered('evil', EVIL_NAME)],
    }),
    [
      ['meeting', 'planned'],
      ['meeting', 'cancelled'],
      ['other', 'held'],
    ],
  );
  const e3 = kinds(
    makeExtraction(a3, [], {
      met: [
        { a: 'mirzoyan', b: 'bayramov', words: 'Mirzoyan called Bayramov again.', date: '2022-05-30' },
        { a: 'mirzoyan', b: 'aliyev', words: 'Mirzoyan spoke to Aliyev.', date: '2022-05-31' },
      ],
    }),
    [
      ['call', 'held'],
      ['call', 'held'],
    ],
  );
  return buildIndex({ articles: [a1, a2, a3], extractions: [e1, e2, e3], dictionary: makeDictionary() });
}
