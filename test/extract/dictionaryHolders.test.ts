// The project's dictionary (seeds/actors.json) answers "who held that office on that day" for the offices
// articles name instead of people, including the holders added for issue #9; a holder whose surname is also a
// common word ("Austin") is that person only once the article has given the full name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { parseDictionary } from '../../src/extract/dictionary.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { officeHolder } from '../../src/extract/offices.js';
import type { IsoDate } from '../../src/model.js';
import { repoRoot } from './harness.js';

const { dictionary, problems } = parseDictionary(JSON.parse(readFileSync(join(repoRoot, 'seeds/actors.json'), 'utf8')) as unknown);

function speakers(date: string, body: string): string[] {
  const parsed = parseArticle('holders.txt', new TextEncoder().encode(` date ${date} ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const nameOf = (id: string | null) =>
    id ? (dictionary.byId.get(id)?.name ?? x.discovered.find((a) => a.id === id)?.name ?? id) : 'null';
  return x.statements.map((s) => nameOf(s.speaker));
}

function contactNames(date: string, body: string): string[] {
  const parsed = parseArticle('holders.txt', new TextEncoder().encode(` date ${date} ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const x = extractArticle(parsed.article, dictionary);
  const nameOf = (id: string) => dictionary.byId.get(id)?.name ?? x.discovered.find((a) => a.id === id)?.name ?? id;
  return x.contacts.map((c) => [nameOf(c.a), nameOf(c.b)].sort().join(' – ')).sort();
}

describe('office holders in seeds/actors.json', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('gives parliament speakers, and their counterparts, by the office whatever its title', () => {
    expect(officeHolder(dictionary, 'Armenia', 'speaker', '2024-05-20' as IsoDate)).toBe('alen-simonyan');
    expect(officeHolder(dictionary, 'Iran', 'speaker', '2024-05-20' as IsoDate)).toBe('mohammad-bagher-ghalibaf');
    expect(officeHolder(dictionary, 'Turkey', 'speaker', '2024-05-20' as IsoDate)).toBe('numan-kurtulmus');
    expect(contactNames('2024-05-20', 'Alen Simonyan met his Georgian counterpart in Tbilisi on Monday.')).toEqual([
      'Alen Simonyan – Shalva Papuashvili',
    ]);
    expect(contactNames('2024-05-20', 'Talks in Baku\n\nSahiba Gafarova met the speaker of the Armenian parliament on Monday.')).toEqual([
      'Alen Simonyan – Sahiba Gafarova',
    ]);
  });

  it('a title before the family name of a person named in full is that person, not a new one ("Minister Wang")', () => {
    expect(
      speakers(
        '2024-05-20',
        'Talks in Beijing\n\nChinese Foreign Minister Wang Yi met Ararat Mirzoyan. Minister Wang said China supported peace.',
      ),
    ).toEqual(['Wang Yi']);
  });

  it('a ministry written as agencies of the region write it ("the MFA Armenia") is that ministry, not the government', () => {
    expect(
      speakers('2024-05-20', 'Talks in Yerevan\n\nThe MFA Armenia said the Iranian envoy had been summoned over the remarks.'),
    ).toEqual(['Ministry of Foreign Affairs of Armenia']);
  });

  it("a role after a country's possessive is that country's holder (\"Russia's foreign ministry spokeswoman\")", () => {
    const body = [
      'Talks in Yerevan',
      "Russia's foreign ministry spokeswoman told reporters that Moscow would host the next round.",
      "Armenia's Security Council secretary said the border commissions would meet in June.",
    ].join('\n\n');
    expect(speakers('2024-05-20', body)).toEqual(['Maria Zakharova', 'Armen Grigoryan']);
  });

  it('gives the holders of earlier terms only on their own dates', () => {
    expect(officeHolder(dictionary, 'Armenia', 'president', '2005-01-10' as IsoDate)).toBe('robert-kocharyan');
    expect(officeHolder(dictionary, 'Armenia', 'president', '2020-01-10' as IsoDate)).toBe('armen-sarkissian');
    expect(officeHolder(dictionary, 'Georgia', 'president', '2010-01-10' as IsoDate)).toBe('mikheil-saakashvili');
    expect(officeHolder(dictionary, 'Iran', 'vice president', '2025-01-10' as IsoDate)).toBe('mohammad-reza-aref');
    expect(contactNames('2023-07-15', 'Talks in Yerevan\n\nThe Armenian defence minister met his Iranian counterpart.')).toEqual([
      'Mohammad-Reza Gharaei Ashtiani – Suren Papikyan',
    ]);
  });

  it('gives Armenia’s foreign minister between Mnatsakanyan and Mirzoyan', () => {
    expect(officeHolder(dictionary, 'Armenia', 'foreign minister', '2021-02-01' as IsoDate)).toBe('ara-ayvazian');
    expect(officeHolder(dictionary, 'Armenia', 'foreign minister', '2020-06-01' as IsoDate)).toBe('zohrab-mnatsakanyan');
    expect(officeHolder(dictionary, 'Armenia', 'foreign minister', '2022-06-01' as IsoDate)).toBe('ararat-mirzoyan');
  });

  it('resolves "the U.S. defense secretary" to the secretary of that day', () => {
    expect(speakers('2022-03-01', 'The U.S. defense secretary said the exercises would go ahead.')).toEqual(['Lloyd Austin']);
    expect(speakers('2020-03-01', 'The U.S. defense secretary said the exercises would go ahead.')).toEqual(['Mark Esper']);
  });

  it('"the Secretary General" is the one the article named, whichever organisation’s, and with or without the hyphen', () => {
    expect(
      speakers(
        '2025-03-04',
        'OSCE Secretary General Feridun Sinirlioğlu arrived in Yerevan on Tuesday. The Secretary General stressed that the border talks deserved support.',
      ),
    ).toEqual(['Feridun Sinirlioğlu']);
    expect(
      speakers(
        '2021-05-04',
        'UN Secretary-General António Guterres spoke with both leaders. The Secretary General urged restraint along the border.',
      ),
    ).toEqual(['António Guterres']);
  });

  it('"the Prime Minister" is not a deputy prime minister named after the prime minister', () => {
    expect(
      speakers(
        '2023-06-14',
        'Prime Minister Nikol Pashinyan received a delegation from Vienna. Deputy Prime Minister Mher Grigoryan also attended. The Prime Minister noted that the talks had gone well.',
      ),
    ).toEqual(['Nikol Pashinyan']);
  });

  it('a dictionary person named in full answers to a lone family name the dictionary does not list ("Park Jin … Park said")', () => {
    expect(
      speakers(
        '2022-09-20',
        'South Korean Foreign Minister Park Jin arrived in Tokyo on Monday. Park said the two sides had agreed to keep talking.',
      ),
    ).toEqual(['Park Jin']);
  });

  it('a surname the dictionary knows, standing as the first name of someone else, is that other person ("Petro Poroshenko")', () => {
    expect(speakers('2019-03-01', 'Petro Poroshenko said the vote would be held on time.')).toEqual(['Petro Poroshenko']);
  });

  it('a chancellor leads Germany: "the leaders of France and Germany" are its president and its chancellor', () => {
    expect(officeHolder(dictionary, 'Germany', 'leader', '2023-06-01' as IsoDate)).toBe('olaf-scholz');
    expect(officeHolder(dictionary, 'Germany', 'prime minister', '2019-06-01' as IsoDate)).toBe('angela-merkel');
  });

  it('a leader’s counterparts are the other countries’ leaders, a prime minister where the prime minister leads', () => {
    expect(
      contactNames('2021-01-11', 'Russian President Vladimir Putin hosted his counterparts from Armenia and Azerbaijan on Monday.'),
    ).toEqual(['Ilham Aliyev – Nikol Pashinyan', 'Ilham Aliyev – Vladimir Putin', 'Nikol Pashinyan – Vladimir Putin']);
    // a president who does not lead his country meets the other country's president
    expect(
      contactNames('2023-03-01', 'Armenian President Vahagn Khachaturyan met his Georgian counterpart in Tbilisi on Tuesday.'),
    ).toEqual(['Salome Zourabichvili – Vahagn Khachaturyan']);
  });

  it('a nominal that opens with a body’s name or adjective is the body’s officer ("the UN chief", "the EU’s foreign policy chief")', () => {
    expect(speakers('2021-05-04', 'The UN chief urged both sides to pull back their troops.')).toEqual(['António Guterres']);
    expect(speakers('2023-05-04', 'The EU’s foreign policy chief said the mission would stay.')).toEqual(['Josep Borrell']);
    expect(speakers('2025-05-04', 'The EU foreign policy chief said the mission would stay.')).toEqual(['Kaja Kallas']);
  });

  it('a dictionary person written with a middle initial is that person ("Lloyd J. Austin")', () => {
    expect(speakers('2022-03-01', 'Lloyd J. Austin said the exercises would go ahead. Austin added that allies had been told.')).toEqual([
      'Lloyd Austin',
      'Lloyd Austin',
    ]);
  });

  it('a dictionary person written with a patronymic is that person ("Abdulla Nigmatovich Aripov")', () => {
    expect(speakers('2023-01-10', 'Prime Minister Abdulla Nigmatovich Aripov said the new corridor would open in spring.')).toEqual([
      'Abdulla Aripov',
    ]);
  });

  it('does not take "Austin" alone for Lloyd Austin before his full name', () => {
    expect(speakers('2022-03-01', 'Austin officials said the conference would open on Monday.')).not.toContain('Lloyd Austin');
  });
});
